/** Where to go after signing in when no (usable) `next` was given. */
export const DEFAULT_NEXT_PATH = '/';

const SIGN_IN_PATH = '/sign-in';

// Any valid origin will do: it only tells a same-origin path from anything else.
const PROBE_ORIGIN = 'https://portal.invalid';

/**
 * The `next` parameter as a path on this site, or the default. Only a relative path that
 * starts with one slash is taken: `//evil.example`, `/\evil.example`, `https://…`,
 * `javascript:…` and anything with control characters would send the customer elsewhere
 * right after they typed their password (an open redirect).
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return DEFAULT_NEXT_PATH;
  }
  // Browsers drop tabs and newlines from URLs ("/\t/evil.example" is "//evil.example").
  if (/[\p{Cc}\\]/u.test(raw)) return DEFAULT_NEXT_PATH;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return DEFAULT_NEXT_PATH;
  }
  if (url.origin !== PROBE_ORIGIN) return DEFAULT_NEXT_PATH;
  // Back to the sign-in page would be a loop.
  if (url.pathname === SIGN_IN_PATH) return DEFAULT_NEXT_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, asked to come back to `next` afterwards. */
export function signInPath(next?: string): string {
  const target = next ? safeNextPath(next) : DEFAULT_NEXT_PATH;
  return target === DEFAULT_NEXT_PATH
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}
