import { readFile } from 'node:fs/promises';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateLocalKeys, type LocalKeys } from './api-keys.ts';
import { GARBAGE_BODY } from './faults.ts';
import { type LocalSupabase, startLocalSupabase } from './local-supabase.ts';

const fixture = await readFile(new URL('./local-supabase.fixture.sql', import.meta.url), 'utf8');

const ID_1 = '0b6f3a52-3f4e-4c55-9d0a-6a2f3c9e1d01';
const ID_2 = '0b6f3a52-3f4e-4c55-9d0a-6a2f3c9e1d02';

function client(url: string, key: string): SupabaseClient {
  return createClient(url, key, { auth: { persistSession: false, autoRefreshToken: false } });
}

describe.each(testEngines())('local Supabase endpoint on %s', (engine) => {
  let db: TestDb;
  let local: LocalSupabase;
  let keys: LocalKeys;
  let service: SupabaseClient;
  let anon: SupabaseClient;

  beforeAll(async () => {
    db = await openTestDb(engine);
    await db.exec(fixture);
    keys = generateLocalKeys();
    local = await startLocalSupabase({ companies: [{ slug: 'acme', db, ...keys }] });
    service = client(local.companyUrl('acme'), keys.serviceKey);
    anon = client(local.companyUrl('acme'), keys.anonKey);
  });

  afterAll(async () => {
    await local?.close();
    await db?.close();
  });

  afterEach(() => {
    local.setFault('acme', null);
    local.resetCalls();
  });

  describe('calls', () => {
    it('answers a scalar jsonb function with its value, digits as the database wrote them', async () => {
      const { data, error, status } = await service.rpc('fixture_summary');
      expect(error).toBeNull();
      expect(status).toBe(200);
      expect(data).toEqual({ version: 1, price: '12345.00', exact: 12345 });
      const raw = await fetch(`${local.companyUrl('acme')}/rest/v1/rpc/fixture_summary`, {
        method: 'POST',
        headers: { apikey: keys.serviceKey, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(raw.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await raw.text()).toContain('12345.00');
    });

    it('answers a set-returning function with an array, and a count when asked', async () => {
      const { data, error, count } = await service.rpc(
        'fixture_items',
        { p_limit: 2 },
        { count: 'exact' },
      );
      expect(error).toBeNull();
      expect(data).toEqual([
        { id: 1, name: 'item 1' },
        { id: 2, name: 'item 2' },
      ]);
      expect(count).toBe(2);
      const empty = await service.rpc('fixture_items', { p_limit: 0 });
      expect(empty.data).toEqual([]);
    });

    it('applies the defaults of arguments left out, and passes an explicit null', async () => {
      const { data, error } = await service.rpc('fixture_by_ids', { p_ids: [ID_1, ID_2] });
      expect(error).toBeNull();
      expect(data).toEqual({ count: 2, ids: [ID_1, ID_2], limit: 50, label: 'none' });
      const withNull = await service.rpc('fixture_by_ids', {
        p_ids: [],
        p_label: null,
        p_limit: 5,
      });
      expect(withNull.data).toEqual({ count: 0, ids: [], limit: 5, label: null });
    });

    it('rejects a malformed uuid in a uuid[] argument with 400 and the SQLSTATE', async () => {
      const { data, error, status } = await service.rpc('fixture_by_ids', { p_ids: ['nope'] });
      expect(data).toBeNull();
      expect(status).toBe(400);
      expect(error).toMatchObject({ code: '22P02' });
      expect(error?.message).toMatch(/uuid/);
    });

    it('answers a void function with 204 and no data', async () => {
      const { data, error, status } = await service.rpc('fixture_add_note', {
        p_id: 1,
        p_body: 'hello',
      });
      expect(error).toBeNull();
      expect(status).toBe(204);
      expect(data).toBeNull();
    });

    it('serves GET with query-string arguments for read-only calls', async () => {
      const { data, error } = await service.rpc(
        'fixture_by_ids',
        { p_ids: [ID_1], p_limit: 7 },
        { get: true },
      );
      expect(error).toBeNull();
      expect(data).toEqual({ count: 1, ids: [ID_1], limit: 7, label: 'none' });
    });

    it('runs every call as the key’s role with the claims and request settings visible', async () => {
      const { data, error } = await service
        .rpc('fixture_whoami')
        .setHeader('x-client-info', 'portal-test');
      expect(error).toBeNull();
      expect(data).toMatchObject({
        current_user: 'service_role',
        claims: { role: 'service_role', ref: 'acme' },
        method: 'POST',
        path: '/acme/rest/v1/rpc/fixture_whoami',
        client_info: 'portal-test',
      });
      const ping = await anon.rpc('fixture_ping');
      expect(ping.error).toBeNull();
      expect(ping.data).toBe('anon');
    });

    it('keeps concurrent calls apart (role and transaction per call)', async () => {
      const results = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          i % 2 === 0
            ? service.rpc('fixture_whoami').then((r) => [r.data?.current_user, 'service_role'])
            : anon.rpc('fixture_ping').then((r) => [r.data, 'anon']),
        ),
      );
      for (const [got, expected] of results) expect(got).toBe(expected);
    });

    it('notices a function replaced with other arguments (schema cache refresh)', async () => {
      expect((await service.rpc('fixture_versioned', { p_x: 5 })).data).toBe('int 5');
      await db.exec(`
        drop function public.fixture_versioned(int);
        create function public.fixture_versioned(p_x text) returns text language sql stable
          as $$ select 'text ' || p_x $$;
        grant execute on function public.fixture_versioned(text) to service_role;
      `);
      // Same name, argument type changed: the cached call fails with 42883 and is retried.
      expect((await service.rpc('fixture_versioned', { p_x: 'a' })).data).toBe('text a');
      await db.exec(`
        drop function public.fixture_versioned(text);
        create function public.fixture_versioned(p_y int) returns text language sql stable
          as $$ select 'y ' || p_y $$;
        grant execute on function public.fixture_versioned(int) to service_role;
      `);
      // Argument renamed: the cached entry does not match the body and is looked up again.
      expect((await service.rpc('fixture_versioned', { p_y: 2 })).data).toBe('y 2');
    });
  });

  describe('errors', () => {
    it('keeps a raised 22023 with its fields, as HTTP 400', async () => {
      const { data, error, status } = await service.rpc('fixture_check_limit', { p_limit: 0 });
      expect(data).toBeNull();
      expect(status).toBe(400);
      expect(error).toEqual({
        code: '22023',
        message: 'p_limit must be between 1 and 500',
        details: 'got 0',
        hint: 'Use 1 to 500',
      });
    });

    it('maps P0001 to 400, 23505 to 409 and a write over GET to 405', async () => {
      const fail = await service.rpc('fixture_fail');
      expect(fail.status).toBe(400);
      expect(fail.error).toEqual({
        code: 'P0001',
        message: 'I refuse!',
        details: 'Pretty simple',
        hint: null,
      });
      await service.rpc('fixture_add_note', { p_id: 2, p_body: 'a' });
      const duplicate = await service.rpc('fixture_add_note', { p_id: 2, p_body: 'b' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.error?.code).toBe('23505');
      // GET runs in a read-only transaction, so a writing function fails there.
      const writer = await service.rpc('fixture_add_note', { p_id: 3, p_body: 'c' }, { get: true });
      expect(writer.status).toBe(405);
      expect(writer.error?.code).toBe('25006');
    });

    it('denies the anon key a service_role function with 401, service_role a locked one with 403', async () => {
      const denied = await anon.rpc('fixture_summary');
      expect(denied.status).toBe(401);
      expect(denied.error?.code).toBe('42501');
      expect(denied.error?.message).toMatch(/permission denied for function fixture_summary/);
      const locked = await service.rpc('fixture_locked');
      expect(locked.status).toBe(403);
      expect(locked.error?.code).toBe('42501');
    });

    it('refuses a key that is not the company’s with 401 Invalid API key', async () => {
      const stranger = client(local.companyUrl('acme'), generateLocalKeys().serviceKey);
      const { data, error, status } = await stranger.rpc('fixture_summary');
      expect(data).toBeNull();
      expect(status).toBe(401);
      expect(error).toMatchObject({
        message: 'Invalid API key',
        hint: 'Double check your Supabase `anon` or `service_role` API key.',
        details: null,
      });
      expect(error?.code).toBeTruthy();
      // A valid apikey does not make up for a foreign bearer.
      const mixed = await service
        .rpc('fixture_summary')
        .setHeader('Authorization', `Bearer ${generateLocalKeys().serviceKey}`);
      expect(mixed.status).toBe(401);
    });

    it('refuses a request without an API key with 401', async () => {
      const res = await fetch(`${local.companyUrl('acme')}/rest/v1/rpc/fixture_summary`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ message: 'No API key found in request' });
    });

    it('answers an unknown function or unknown arguments with 404 PGRST202', async () => {
      const missing = await service.rpc('no_such_function', { p_a: 1, p_b: 2 });
      expect(missing.status).toBe(404);
      expect(missing.error).toEqual({
        code: 'PGRST202',
        message:
          'Could not find the function public.no_such_function(p_a, p_b) in the schema cache',
        details:
          'Searched for the function public.no_such_function with parameters p_a, p_b or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
        hint: null,
      });
      const extra = await service.rpc('fixture_by_ids', { p_ids: [], p_bogus: 1 });
      expect(extra.status).toBe(404);
      expect(extra.error?.code).toBe('PGRST202');
      expect(extra.error?.hint).toBe(
        'Perhaps you meant to call the function public.fixture_by_ids(p_ids, p_label, p_limit)',
      );
      const noArgs = await service.rpc('fixture_check_limit');
      expect(noArgs.error?.message).toBe(
        'Could not find the function public.fixture_check_limit without parameters in the schema cache',
      );
    });

    it('answers a malformed JSON body with 400 PGRST102', async () => {
      const res = await fetch(`${local.companyUrl('acme')}/rest/v1/rpc/fixture_summary`, {
        method: 'POST',
        headers: { apikey: keys.serviceKey, 'content-type': 'application/json' },
        body: '{"p_limit": ',
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        code: 'PGRST102',
        message: 'Empty or invalid json',
      });
    });

    it('answers an unknown company with a JSON 404, and another schema with 406', async () => {
      const stranger = client(`${local.url}/nobody`, keys.serviceKey);
      const { error, status } = await stranger.rpc('fixture_summary');
      expect(status).toBe(404);
      expect(error?.message).toMatch(/No company "nobody"/);
      const other = await service.schema('private').rpc('fixture_summary');
      expect(other.status).toBe(406);
      expect(other.error?.code).toBe('PGRST106');
    });
  });

  describe('faults as supabase-js sees them', () => {
    it('down: the connection drops, status 0 and a fetch error', async () => {
      local.setFault('acme', { kind: 'down' });
      const { data, error, status } = await service.rpc('fixture_summary');
      expect(data).toBeNull();
      expect(status).toBe(0);
      expect(error?.message).toBe('TypeError: fetch failed');
      expect(error?.code).toBe('');
      expect(local.calls()).toEqual([
        expect.objectContaining({ slug: 'acme', fn: 'fixture_summary', status: 0 }),
      ]);
    });

    it('delay: answered after the delay, or an abort error when the caller gives up', async () => {
      local.setFault('acme', { kind: 'delay', ms: 300 });
      const started = performance.now();
      const slow = await service.rpc('fixture_summary');
      expect(slow.error).toBeNull();
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      const timedOut = await service.rpc('fixture_summary').abortSignal(AbortSignal.timeout(50));
      expect(timedOut.data).toBeNull();
      expect(timedOut.status).toBe(0);
      expect(timedOut.error?.message).toMatch(/^(AbortError|TimeoutError): /);
      await expect.poll(() => local.calls().length).toBe(2);
      expect(local.calls().map((c) => c.status)).toEqual([200, 0]);
      expect(local.calls()[0]!.ms).toBeGreaterThanOrEqual(290);
    });

    it('status: the status and a PostgREST-shaped error', async () => {
      local.setFault('acme', { kind: 'status', status: 500 });
      const failed = await service.rpc('fixture_summary');
      expect(failed.status).toBe(500);
      expect(failed.data).toBeNull();
      expect(failed.error).toMatchObject({ code: 'PGRSTX00', message: 'Internal server error' });
      local.setFault('acme', { kind: 'status', status: 503 });
      const unavailable = await service.rpc('fixture_summary');
      expect(unavailable.status).toBe(503);
      expect(unavailable.error?.code).toBe('PGRST001');
    });

    it('garbage: status 200, no data and the unparseable body as the error message', async () => {
      local.setFault('acme', { kind: 'garbage' });
      const { data, error, status } = await service.rpc('fixture_summary');
      expect(status).toBe(200);
      expect(data).toBeNull();
      expect(error).toEqual({ message: GARBAGE_BODY });
    });

    it('with onlyFunction: hits that function only', async () => {
      local.setFault('acme', { kind: 'status', status: 503, onlyFunction: 'fixture_summary' });
      expect((await service.rpc('fixture_summary')).status).toBe(503);
      expect((await service.rpc('fixture_ping')).error).toBeNull();
    });

    it('affects only the company it is set on, and clears', async () => {
      local.setFault('acme', { kind: 'status', status: 500 });
      local.setFault('acme', null);
      expect((await service.rpc('fixture_summary')).error).toBeNull();
      expect(() => local.setFault('acme', { kind: 'delay', ms: -1 })).toThrow(/Invalid fault/);
    });
  });

  describe('endpoint', () => {
    it('logs every call with slug, function, role, status and duration; listeners hear them', async () => {
      const heard: string[] = [];
      const stop = local.onCall((c) => heard.push(`${c.fn}:${c.status}`));
      await service.rpc('fixture_summary');
      await anon.rpc('fixture_summary');
      await client(local.companyUrl('acme'), 'sb_secret_wrong').rpc('fixture_summary');
      stop();
      await service.rpc('fixture_ping');
      expect(local.calls()).toEqual([
        {
          slug: 'acme',
          fn: 'fixture_summary',
          role: 'service_role',
          status: 200,
          ms: expect.any(Number),
        },
        { slug: 'acme', fn: 'fixture_summary', role: 'anon', status: 401, ms: expect.any(Number) },
        { slug: 'acme', fn: 'fixture_summary', role: 'none', status: 401, ms: expect.any(Number) },
        {
          slug: 'acme',
          fn: 'fixture_ping',
          role: 'service_role',
          status: 200,
          ms: expect.any(Number),
        },
      ]);
      expect(heard).toEqual(['fixture_summary:200', 'fixture_summary:401', 'fixture_summary:401']);
      local.resetCalls();
      expect(local.calls()).toEqual([]);
    });

    it('adds and removes companies while running; keys are per company', async () => {
      const betaKeys = generateLocalKeys();
      local.addCompany({ slug: 'beta', db, ...betaKeys });
      expect(() => local.addCompany({ slug: 'beta', db, ...betaKeys })).toThrow(/already served/);
      const beta = client(local.companyUrl('beta'), betaKeys.serviceKey);
      expect((await beta.rpc('fixture_ping')).data).toBe('service_role');
      const acmeKeyOnBeta = client(local.companyUrl('beta'), keys.serviceKey);
      expect((await acmeKeyOnBeta.rpc('fixture_ping')).status).toBe(401);
      local.removeCompany('beta');
      expect((await beta.rpc('fixture_ping')).status).toBe(404);
    });

    it('answers CORS preflights and /healthz', async () => {
      const preflight = await fetch(`${local.companyUrl('acme')}/rest/v1/rpc/fixture_summary`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'apikey, authorization, content-type, x-client-info',
        },
      });
      expect(preflight.status).toBe(200);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('apikey');
      const health = await fetch(`${local.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', companies: 1 });
    });
  });
});
