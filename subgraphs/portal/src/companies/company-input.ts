/** Checks of the company registry's input (docs/admin.md); each failure names its field. */

export type AdminCompanyErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_NAME'
  | 'INVALID_SLUG'
  | 'DUPLICATE_SLUG'
  | 'INVALID_URL'
  | 'SECRET_KEY_REQUIRED'
  | 'INVALID_SECRET_KEY'
  | 'ENCRYPTION_UNAVAILABLE'
  | 'INVALID_CONTACT';

export interface AdminCompanyError {
  code: AdminCompanyErrorCode;
  message: string;
  field: string | null;
}

export const companyError = (
  code: AdminCompanyErrorCode,
  message: string,
  field: string | null,
): AdminCompanyError => ({ code, message, field });

/** The slug rule of `companies.slug` (0002_companies.sql). */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SLUG = 60;
const MAX_NAME = 200;
const MAX_URL = 500;
const MAX_SECRET_KEY = 2000;

type Checked<T> = { value: T } | { error: AdminCompanyError };

export function checkName(raw: string): Checked<string> {
  const name = raw.trim();
  if (name.length < 1 || name.length > MAX_NAME) {
    return {
      error: companyError('INVALID_NAME', `The name must be 1–${MAX_NAME} characters`, 'name'),
    };
  }
  return { value: name };
}

export function checkSlug(raw: string): Checked<string> {
  const slug = raw.trim();
  if (!SLUG.test(slug) || slug.length > MAX_SLUG) {
    return {
      error: companyError(
        'INVALID_SLUG',
        `The slug must be lower-case letters, digits and single hyphens, at most ${MAX_SLUG} characters`,
        'slug',
      ),
    };
  }
  return { value: slug };
}

/**
 * A Supabase project's base URL: absolute http(s), a host, no credentials, query or fragment;
 * kept without a trailing slash. `http:` is allowed for a local project (the embedded one).
 */
export function checkSupabaseUrl(raw: string, field = 'supabaseUrl'): Checked<string> {
  const text = raw.trim();
  const bad = (why: string) => ({ error: companyError('INVALID_URL', why, field) });
  if (text.length === 0) return bad('The Supabase URL is required');
  if (text.length > MAX_URL) return bad(`The Supabase URL is longer than ${MAX_URL} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return bad('The Supabase URL is not a URL, e.g. https://abcd.supabase.co');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return bad('The Supabase URL must start with https:// (or http:// for a local project)');
  }
  if (!url.hostname) return bad('The Supabase URL has no host');
  if (url.username || url.password) return bad('The Supabase URL must not contain credentials');
  if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    return bad('The Supabase URL must not have a query or fragment');
  }
  return { value: `${url.origin}${url.pathname}`.replace(/\/+$/, '') };
}

export function checkSecretKey(raw: string, field = 'secretKey'): Checked<string> {
  const key = raw.trim();
  if (key.length === 0) {
    return { error: companyError('SECRET_KEY_REQUIRED', 'The secret key is required', field) };
  }
  if (key.length > MAX_SECRET_KEY || /\s/.test(key)) {
    return {
      error: companyError(
        'INVALID_SECRET_KEY',
        `The secret key must be one word without spaces, at most ${MAX_SECRET_KEY} characters`,
        field,
      ),
    };
  }
  return { value: key };
}
