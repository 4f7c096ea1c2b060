import { randomBytes } from 'node:crypto';
import { postgrestError } from './postgrest-errors.ts';

export type LocalRole = 'anon' | 'service_role';

export interface LocalKeys {
  anonKey: string;
  serviceKey: string;
}

/**
 * A fresh key pair in the shape of Supabase's new API keys (`sb_publishable_…` for anon,
 * `sb_secret_…` for service_role). supabase-js recognises the prefixes, so it sends them as
 * it would to a real project.
 */
export function generateLocalKeys(): LocalKeys {
  const random = () => randomBytes(24).toString('base64url');
  return { anonKey: `sb_publishable_${random()}`, serviceKey: `sb_secret_${random()}` };
}

const INVALID_KEY_HINT = 'Double check your Supabase `anon` or `service_role` API key.';

/**
 * The role a request runs as, from its `apikey` (header or `?apikey=`) and its
 * `Authorization: Bearer`: both must be keys of this company when present, and the bearer
 * decides, as a user token would on Supabase. Throws the 401 Supabase's gateway answers with.
 */
export function roleForRequest(
  keys: LocalKeys,
  apikey: string | undefined,
  authorization: string | undefined,
): LocalRole {
  const roleOf = (key: string): LocalRole | undefined =>
    key === keys.serviceKey ? 'service_role' : key === keys.anonKey ? 'anon' : undefined;
  const bearer = authorization ? /^bearer\s+(.+)$/i.exec(authorization.trim())?.[1] : undefined;
  if (authorization !== undefined && bearer === undefined) {
    throw postgrestError(
      401,
      'PGRST301',
      'Invalid Authorization header',
      'Expected "Bearer <key>"',
      INVALID_KEY_HINT,
    );
  }
  if (!apikey && !bearer) {
    throw postgrestError(
      401,
      'PGRST302',
      'No API key found in request',
      null,
      'No `apikey` request header or url param was found.',
    );
  }
  const apikeyRole = apikey ? roleOf(apikey) : undefined;
  const bearerRole = bearer ? roleOf(bearer) : undefined;
  if ((apikey && !apikeyRole) || (bearer && !bearerRole)) {
    throw postgrestError(401, 'PGRST301', 'Invalid API key', null, INVALID_KEY_HINT);
  }
  return (bearerRole ?? apikeyRole)!;
}
