/** The admin sign-in page. */
export const ADMIN_SIGN_IN_PATH = '/admin/sign-in';
/** Where an admin lands after signing in without a (usable) `next`. */
export const ADMIN_HOME_PATH = '/admin';

/** `next` as a path inside `/admin` (never the sign-in page itself), else the admin home. */
export function safeAdminNextPath(raw: string | null | undefined): string {
  if (!raw?.startsWith('/admin') || /[\p{Cc}\\]/u.test(raw)) return ADMIN_HOME_PATH;
  let url: URL;
  try {
    url = new URL(raw, 'https://portal.invalid');
  } catch {
    return ADMIN_HOME_PATH;
  }
  if (url.origin !== 'https://portal.invalid') return ADMIN_HOME_PATH;
  if (url.pathname !== '/admin' && !url.pathname.startsWith('/admin/')) return ADMIN_HOME_PATH;
  if (url.pathname === ADMIN_SIGN_IN_PATH) return ADMIN_HOME_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The admin sign-in page, asked to come back to `next` afterwards. */
export function adminSignInPath(next?: string): string {
  const target = safeAdminNextPath(next);
  return target === ADMIN_HOME_PATH
    ? ADMIN_SIGN_IN_PATH
    : `${ADMIN_SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}
