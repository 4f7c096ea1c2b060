import { describe, expect, it } from 'vitest';
import { generateLocalKeys, roleForRequest } from './api-keys.ts';
import { fromDatabaseError, PostgrestHttpError, statusForSqlState } from './postgrest-errors.ts';

describe('statusForSqlState (PostgREST table)', () => {
  it.each([
    ['22023', false, 400],
    ['22P02', false, 400],
    ['P0001', false, 400],
    ['P0002', false, 500],
    ['23505', false, 409],
    ['23503', false, 409],
    ['23502', false, 400],
    ['42883', false, 404],
    ['42P01', false, 404],
    ['42501', true, 401],
    ['42501', false, 403],
    ['08006', false, 503],
    ['53300', false, 503],
    ['53400', false, 500],
    ['25006', false, 405],
    ['40001', false, 500],
    ['28000', false, 403],
    ['XX000', false, 500],
    ['PT402', false, 402],
    ['42601', false, 400],
  ])('%s (anonymous: %s) → %i', (code, anonymous, status) => {
    expect(statusForSqlState(code, anonymous)).toBe(status);
  });

  it('keeps a server error’s fields and answers 503 PGRST001 for an unreachable database', () => {
    const raised = fromDatabaseError(
      { code: '22023', message: 'bad', detail: 'd', hint: undefined },
      false,
    );
    expect(raised).toBeInstanceOf(PostgrestHttpError);
    expect(raised.status).toBe(400);
    expect(raised.body).toEqual({ code: '22023', message: 'bad', details: 'd', hint: null });
    const refused = fromDatabaseError(new Error('connect ECONNREFUSED 127.0.0.1:5432'), false);
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('PGRST001');
  });
});

describe('roleForRequest', () => {
  const keys = generateLocalKeys();

  it('takes the role from the bearer when present, else from the apikey', () => {
    expect(roleForRequest(keys, keys.serviceKey, `Bearer ${keys.serviceKey}`)).toBe('service_role');
    expect(roleForRequest(keys, keys.anonKey, undefined)).toBe('anon');
    expect(roleForRequest(keys, keys.anonKey, `Bearer ${keys.serviceKey}`)).toBe('service_role');
    expect(roleForRequest(keys, undefined, `bearer ${keys.anonKey}`)).toBe('anon');
  });

  it('refuses unknown keys, a malformed Authorization and no key at all with 401', () => {
    const other = generateLocalKeys();
    for (const [apikey, authorization] of [
      [other.serviceKey, undefined],
      [keys.serviceKey, `Bearer ${other.serviceKey}`],
      [keys.serviceKey, 'Basic abc'],
      [undefined, undefined],
    ] as const) {
      let thrown: unknown;
      try {
        roleForRequest(keys, apikey, authorization);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(PostgrestHttpError);
      expect((thrown as PostgrestHttpError).status).toBe(401);
    }
  });

  it('makes keys shaped like Supabase’s new API keys', () => {
    expect(keys.anonKey).toMatch(/^sb_publishable_[\w-]{32}$/);
    expect(keys.serviceKey).toMatch(/^sb_secret_[\w-]{32}$/);
  });
});
