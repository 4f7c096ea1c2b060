import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { ERROR_CODES } from '@portal/errors';
import fc from 'fast-check';
import { buildSchema, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FieldCall, type FuzzWorld, fieldCall } from './hostile/arbitraries.ts';
import { type RunningSystem, startSystem } from './start-system.ts';

// Hostile input against the whole running system (docs/reliability.md, "Hostile input"):
// (a) every mutation of the public schema fuzzed with fast-check from its argument types, as a
// signed-in customer and anonymously, then with a partner API key, and every root query with
// arguments; (b) hostile documents and HTTP requests; (c) injection strings stored in text
// fields, read back byte-exact and rendered into the quote PDF, the company's database and the
// mail outbox; (d) every mutation fuzzed again as an admin. Nothing may answer 5xx or an `INTERNAL` error, every
// refusal carries a code the partner guide documents, a refused call changes nothing, and the
// services stay ready.
//
// `npm run test:hostile`. The seed is printed and fixed unless `FUZZ_SEED=random`;
// `FUZZ_SEED=<n>` replays a run, `FUZZ_RUNS=<n>` runs each mutation's property more often
// (default 30; the file takes under a minute on PGlite on a busy 2-core machine).

const ROOT = new URL('../../../', import.meta.url);
/** Fixed by default, so the suite is the same for everyone; `FUZZ_SEED=random` explores. */
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Runs per mutation with a partner API key (each key may make 120 requests a minute). */
const PARTNER_RUNS = Math.ceil(RUNS / 3);
const PASSWORD = 'Lapszabasz-2026-hostile';

/** Every `extensions.code` the partner guide's table documents, and the `@portal/errors` ones. */
function documentedCodes(): Set<string> {
  const guide = readFileSync(new URL('docs/partner-guide.md', ROOT), 'utf8');
  const table = guide.split('### `extensions.code`')[1]!.split('\n### ')[0]!;
  const codes = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!);
  return new Set([...codes, ...ERROR_CODES]);
}
const DOCUMENTED = documentedCodes();

const schema = buildSchema(readFileSync(new URL('gateway/schema.graphql', ROOT), 'utf8'));
const MUTATIONS = Object.values(schema.getMutationType()!.getFields());
/** Root queries that take arguments (the rest have no input to fuzz). */
const QUERIES = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);

interface GqlError {
  message: string;
  path?: unknown[];
  extensions?: Record<string, any>;
}
interface Reply {
  status: number;
  text: string;
  body: { data?: Record<string, any> | null; errors?: GqlError[] } | undefined;
}

/** Text fields are stored with these; each must come back exactly as sent. */
const INJECTIONS = {
  sql: "Robert'); drop table quotes; --",
  script: '<script>alert("x")</script><img src=x onerror=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, sent as text
  template: '{{7*7}} ${7*7} %s%n \\ `rm -rf /`',
  unicode: 'Árvíztűrő \u202eRTL\u202c zero\u200bwidth 🪚 Z̴̡a̷l̶g̵o',
};

type Gql = (query: string, variables?: Record<string, unknown>, token?: string) => Promise<Reply>;

/**
 * What this suite found and could not be fixed small (docs/reliability.md lists them): each
 * entry's `reproduce` answers whether the case still fails (as the fuzzed customer, whose
 * token it gets), and the suite asserts it does, so fixing one makes this list tell you.
 * Empty: every case holds.
 */
const KNOWN_FAILURES: Array<{
  id: string;
  reproduce: (gql: Gql, customerToken: string) => Promise<boolean>;
}> = [];

describe.each(testEngines())('hostile input on %s', (engine) => {
  let system: RunningSystem;
  let testDb: TestDb | undefined;
  const world = {} as {
    fuzz: { id: string; email: string; token: string };
    target: { id: string; email: string; token: string };
    turinova: string;
    ids: string[];
    materialId: string;
    quoteIds: string[];
    admin: string;
    partnerKeys: string[];
  };

  /**
   * POST to the gateway. `from`: the local address to send from (any of 127.0.0.0/8), so the
   * fuzzing of signIn, signUp and password resets is not all answered by the per-IP limit.
   */
  async function post(
    body: unknown,
    headers: Record<string, string> = {},
    raw = false,
    from = '127.0.0.1',
  ): Promise<Reply> {
    const url = new URL(system.graphqlUrl);
    const payload = raw ? (body as string | Buffer) : JSON.stringify(body);
    const { status, text } = await new Promise<{ status: number; text: string }>(
      (resolve, reject) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            localAddress: from,
            headers: { 'content-type': 'application/json', ...headers },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                text: Buffer.concat(chunks).toString('utf8'),
              }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      },
    );
    let parsed: Reply['body'];
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status, text, body: parsed };
  }
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    post({ query, variables }, token ? { authorization: `Bearer ${token}` } : {});

  async function signUpAndIn(email: string, input: Record<string, unknown>) {
    const signUp = await gql(
      'mutation ($i: SignUpInput!) { signUp(input: $i) { ok error { code field message } } }',
      { i: { email, password: PASSWORD, ...input } },
    );
    expect(signUp.body?.data?.signUp, JSON.stringify(signUp.body)).toMatchObject({ ok: true });
    const [mail] = await system.portalDb.query<{ link: string }>(
      `select link from mail_outbox where to_address = $1 and kind = 'verification'`,
      [email],
    );
    const token = new URL(mail!.link).searchParams.get('token');
    await gql('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
    const signIn = await gql(
      `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) {
         session { accessToken } customer { id } error { code } } }`,
      { e: email, p: PASSWORD },
    );
    const result = signIn.body?.data?.signIn;
    expect(result?.error).toBeNull();
    return { id: result.customer.id as string, email, token: result.session.accessToken as string };
  }

  /** What a refused call must not change: the fuzzed customer's data and the row counts. */
  async function fingerprint(): Promise<string> {
    const [row] = await system.portalDb.query<{ f: string }>(
      `select json_build_object(
         'customer', (select row_to_json(c) from (
            select email, name, mobile, locale, notify_order_ready, notify_order_status_changed,
                   password_hash, email_verified_at, disabled_at, deleted_at
            from customers where id = $1) c),
         'billing', (select row_to_json(b) from customer_billing b where customer_id = $1),
         'companies', (select json_agg(json_build_object('c', company_id, 'a', is_active,
            'd', disconnected_at) order by company_id) from customer_companies where customer_id = $1),
         'drafts', (select json_agg(json_build_object('id', id, 'v', version, 'd', deleted_at)
            order by id) from quotes where customer_id = $1 and status = 'draft'),
         'keys', (select json_agg(json_build_object('id', id, 'r', revoked_at) order by id)
            from api_keys where customer_id = $1),
         'counts', json_build_array((select count(*) from customers), (select count(*) from quotes),
            (select count(*) from api_keys), (select count(*) from companies),
            (select count(*) from admins))
       )::text as f`,
      [world.fuzz.id],
    );
    return row!.f;
  }

  async function ready(): Promise<void> {
    for (const url of [system.graphqlUrl, system.portalUrl, system.catalogUrl]) {
      const res = await fetch(new URL('/readyz', url));
      expect(res.status, `${url} /readyz`).toBe(200);
    }
  }

  /** The invariants of any answer: never 5xx, JSON, and only documented, non-internal codes. */
  function expectClean(reply: Reply, what: string): void {
    expect(reply.status, `${what}: HTTP ${reply.status} ${reply.text.slice(0, 500)}`).toBeLessThan(
      500,
    );
    expect(reply.body, `${what}: not JSON: ${reply.text.slice(0, 200)}`).toBeTypeOf('object');
    for (const error of reply.body?.errors ?? []) {
      const code = error.extensions?.code;
      expect(
        DOCUMENTED.has(code) && code !== 'INTERNAL',
        `${what}: error code ${code} (${error.message.slice(0, 200)})`,
      ).toBe(true);
    }
  }

  beforeAll(async () => {
    if (engine === 'postgres') testDb = await openTestDb('postgres');
    system = await startSystem({
      orderSyncIntervalMs: 0,
      demoConsole: false,
      // On PostgreSQL too: the admin's mutations are fuzzed as well.
      demoAdmin: true,
      ...(testDb?.url ? { databaseUrl: testDb.url } : {}),
    });
    const turinova = system.companies.find((c) => c.slug === 'turinova')!.id;
    const other = system.companies.find((c) => c.slug === 'kecskemeti-butorlap')!.id;
    world.turinova = turinova;
    // The sign-in and sign-up budget per IP is 10 a minute each: two of each here, the fuzzing
    // of signIn / signUp spends the rest (429 RATE_LIMITED is a clean refusal).
    world.fuzz = await signUpAndIn('fuzz.hostile@example.hu', {
      name: 'Fuzz Ferenc',
      companyIds: [turinova, other],
    });
    world.target = await signUpAndIn('injection.hostile@example.hu', {
      name: `${INJECTIONS.sql} ${INJECTIONS.script}`,
      mobile: '+36 30 123 4567',
      billing: {
        name: INJECTIONS.script,
        city: INJECTIONS.sql,
        street: INJECTIONS.unicode,
        taxNumber: "1'--",
      },
      companyIds: [turinova],
    });
    const catalog = await gql(
      'query ($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id active lengthMm widthMm } } } }',
      { id: turinova },
    );
    const material = catalog.body?.data?.company.materials.nodes.find(
      (m: { active: boolean; lengthMm: number; widthMm: number }) =>
        m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    );
    world.materialId = material.id;
    const ids = [...system.companies.map((c) => c.id), material.id];
    for (const comment of ['első', 'második']) {
      const created = await gql(
        `mutation ($i: QuoteDraftInput!) { createQuote(input: $i) { quote { id } error { code } } }`,
        {
          i: {
            companyId: turinova,
            comment,
            panels: [{ materialId: material.id, widthMm: 720, heightMm: 560, quantity: 2 }],
          },
        },
        world.fuzz.token,
      );
      expect(created.body?.data?.createQuote.error).toBeNull();
      ids.push(created.body?.data?.createQuote.quote.id);
      world.quoteIds = [...(world.quoteIds ?? []), created.body?.data?.createQuote.quote.id];
    }
    const key = await gql(
      `mutation ($i: ApiKeyInput!) { createApiKey(input: $i) { apiKey { id } error { code } } }`,
      { i: { name: 'fuzz', scopes: ['QUOTES_READ'] } },
      world.fuzz.token,
    );
    ids.push(key.body?.data?.createApiKey.apiKey.id, world.fuzz.id, world.target.id);
    world.ids = ids;
    const admin = await post(
      {
        query: `mutation ($e: String!, $p: String!) { adminSignIn(email: $e, password: $p) {
          session { accessToken } } }`,
        variables: { e: system.demoAdmin!.email, p: system.demoAdmin!.password },
      },
      {},
      false,
      '127.0.0.2',
    );
    world.admin = admin.body?.data?.adminSignIn.session.accessToken;
    expect(world.admin).toBeTruthy();
    // The fuzzed customer's partner keys with every scope, enough to stay under 120 requests
    // a minute per key (PARTNER_RUNS per mutation, ~90 a key).
    world.partnerKeys = [];
    for (let i = 0; i < Math.ceil((PARTNER_RUNS * MUTATIONS.length) / 90); i++) {
      const created = await gql(
        `mutation ($i: ApiKeyInput!) { createApiKey(input: $i) { key error { code } } }`,
        {
          i: {
            name: `partner ${i}`,
            scopes: ['CATALOG_READ', 'QUOTES_READ', 'QUOTES_WRITE', 'ORDERS_READ'],
          },
        },
        world.fuzz.token,
      );
      expect(created.body?.data?.createApiKey.error).toBeNull();
      world.partnerKeys.push(created.body?.data?.createApiKey.key);
    }
    console.log(`hostile-input (${engine}): FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`);
  }, 300_000);
  afterAll(async () => {
    await system?.close();
    await testDb?.close();
  });

  // --- (a) every mutation, fuzzed -------------------------------------------------------------

  type Caller = 'customer' | 'anonymous' | 'admin' | 'partner';
  /** The request's credentials; a partner's key rotates (`n`) to stay under each key's limit. */
  const credentials = (who: Caller, n: number): Record<string, string> =>
    who === 'anonymous'
      ? {}
      : who === 'partner'
        ? { 'x-api-key': world.partnerKeys[n % world.partnerKeys.length]! }
        : { authorization: `Bearer ${who === 'admin' ? world.admin : world.fuzz.token}` };

  /**
   * Every mutation of the schema as a fast-check property over its arguments' types, called as
   * one of `callers` each run; `seedOffset` keeps each suite's runs apart.
   */
  const fuzzFields = (
    title: string,
    operation: 'mutation' | 'query',
    fields: GraphQLField<unknown, unknown>[],
    callers: Caller[],
    runs: number,
    seedOffset: number,
  ) =>
    describe(title, () => {
      /** Per mutation: how many fuzzed calls got past the gateway's variable checks (HTTP 200). */
      const reached = new Map<string, number>();
      /** Every outcome seen ("200 ok", "400 BAD_USER_INPUT", "200 result INVALID_INPUT"…), counted. */
      const outcomes = new Map<string, number>();
      /** Per mutation: refused over HTTP, with a field error, in its result, or done. */
      const perMutation = new Map<string, Record<'http' | 'field' | 'result' | 'done', number>>();
      let calls = 0;
      afterAll(() => {
        const lines = [...outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n}\t${k}`);
        const table = [...perMutation].map(
          ([m, r]) =>
            `  ${m.padEnd(32)} http ${r.http}  field ${r.field}  result ${r.result}  done ${r.done}`,
        );
        console.log(
          `hostile-input (${engine}, ${callers.join(' and ')}): ${calls} fuzzed calls of ${fields.length} ${operation} fields, seed ${SEED}\n${lines.join('\n')}\n${table.join('\n')}`,
        );
      });

      it.each(fields.map((m, index) => [m.name, index] as const))(
        '%s',
        async (name, index) => {
          const field = fields[index]!;
          const fuzzWorld: FuzzWorld = {
            ids: world.ids,
            emails: [world.fuzz.email, world.target.email, 'admin@portal.local'],
            idsByName: {
              companyId: system.companies.map((c) => c.id),
              materialId: [world.materialId],
              id: world.quoteIds,
              ids: world.quoteIds,
            },
          };
          const call: FieldCall = fieldCall(schema, field, fuzzWorld, operation);
          reached.set(name, 0);
          await fc.assert(
            fc.asyncProperty(
              call.variables,
              fc.constantFrom(...callers),
              async (variables, who) => {
                const before = await fingerprint();
                calls += 1;
                const from = `127.${1 + seedOffset / 1000}.${(calls >> 8) & 255}.${calls & 255}`;
                const reply = await post(
                  { query: call.document, variables },
                  credentials(who, calls),
                  false,
                  from,
                );
                expectClean(reply, `${name} as ${who}`);
                if (reply.status === 200) reached.set(name, reached.get(name)! + 1);
                const result = reply.body?.data?.[name];
                const codes = new Set((reply.body?.errors ?? []).map((e) => e.extensions?.code));
                const outcome = [
                  reply.status,
                  ...codes,
                  ...(result?.error?.code
                    ? [
                        `result ${result.error.code} ${result.error.field ?? ''}`
                          .replace(/\[\d+\]/g, '[]')
                          .trim(),
                      ]
                    : []),
                ].join(' ');
                outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
                const kind =
                  reply.status !== 200
                    ? 'http'
                    : codes.size > 0
                      ? 'field'
                      : result?.error || result?.ok === false
                        ? 'result'
                        : 'done';
                const row = perMutation.get(name) ?? { http: 0, field: 0, result: 0, done: 0 };
                row[kind] += 1;
                perMutation.set(name, row);
                const refused =
                  reply.status !== 200 ||
                  (reply.body?.errors?.length ?? 0) > 0 ||
                  result === null ||
                  result === false ||
                  (typeof result === 'object' && (result.error != null || result.ok === false));
                if (refused || operation === 'query') {
                  expect(
                    await fingerprint(),
                    `${name} as ${who} was ${refused ? 'refused' : 'a query'} but changed data`,
                  ).toBe(before);
                }
              },
            ),
            { numRuns: runs, seed: SEED + seedOffset + index },
          );
          await ready();
          // Not all calls may die at variable coercion: the resolvers must have been reached.
          expect(
            reached.get(name),
            `${name}: no call got past the variable checks`,
          ).toBeGreaterThan(0);
        },
        120_000,
      );
    });

  it('reads the mutations from the schema and the codes from the partner guide', () => {
    // The properties below are made from the schema itself: a new mutation is fuzzed without
    // anything to add here. This guards against either file being unreadable or moved.
    expect(MUTATIONS.length).toBeGreaterThan(30);
    expect(MUTATIONS.map((m) => m.name)).toContain('createQuote');
    expect([...DOCUMENTED]).toEqual(
      expect.arrayContaining(['GRAPHQL_PARSE_FAILED', 'PAYLOAD_TOO_LARGE', 'FORBIDDEN']),
    );
  });

  fuzzFields(
    'every mutation of the schema, fuzzed from its argument types',
    'mutation',
    MUTATIONS,
    ['customer', 'anonymous'],
    RUNS,
    0,
  );

  fuzzFields(
    'every query with arguments, fuzzed: reads change nothing',
    'query',
    QUERIES,
    ['customer', 'anonymous'],
    Math.ceil(RUNS / 2),
    2000,
  );

  fuzzFields(
    'every mutation fuzzed with a partner API key (all scopes)',
    'mutation',
    MUTATIONS,
    ['partner'],
    PARTNER_RUNS,
    3000,
  );

  // --- (b) hostile documents and requests -----------------------------------------------------

  describe('hostile documents and HTTP requests', () => {
    /** Fields nested `depth` deep (`{ a { a { b } } }`); not the schema's, depth is checked too. */
    const nested = (depth: number) => `{ ${'a { '.repeat(depth - 1)}b${' }'.repeat(depth - 1)} }`;
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;

    interface Case {
      name: string;
      body: () => unknown;
      /** Send `body` as it is (a string or bytes), not as JSON. */
      raw?: boolean;
      headers?: Record<string, string>;
      status: number;
      code?: string;
      limit?: string;
    }
    const cases: Case[] = [
      {
        name: 'nesting 13 levels deep',
        body: () => ({ query: nested(13) }),
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'depth',
      },
      {
        name: 'nesting 5 000 levels deep (over the token limit)',
        body: () => ({ query: nested(5000) }),
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
      {
        name: '100 000 opening braces',
        body: () => ({ query: '{'.repeat(100_000) }),
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
      {
        name: 'a wide selection: one field 600 times (over the cost)',
        body: () => ({ query: `{ companies { ${'id '.repeat(600)} } }` }),
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'cost',
      },
      {
        name: 'a wide selection: one field 1 900 times (under the token limit)',
        body: () => ({ query: `{ companies { ${'id '.repeat(1900)} } }` }),
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
      {
        name: 'a wide selection: one field 5 000 times',
        body: () => ({ query: `{ companies { ${'id '.repeat(5000)} } }` }),
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
      {
        name: 'a wide and costly selection',
        body: () => ({
          query: `{ companies { materials(first: 100) { nodes { ${'id name '.repeat(30)} } } } }`,
        }),
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'cost',
      },
      {
        name: '31 aliases',
        body: () => ({ query: aliases(31) }),
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'aliases',
      },
      {
        name: '1 000 aliases',
        body: () => ({ query: aliases(1000) }),
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
      {
        name: '1 000 aliases of signIn in one mutation',
        body: () => ({
          query: `mutation { ${Array.from({ length: 1000 }, (_, i) => `s${i}: signIn(email: "a@b.hu", password: "x") { __typename }`).join(' ')} }`,
        }),
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
      {
        name: '10 MB of variables',
        body: () => ({
          query: 'query ($x: String) { __typename }',
          variables: { x: 'x'.repeat(10 * 1024 * 1024) },
        }),
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      {
        name: 'variables nested 100 000 levels deep',
        body: () =>
          `{"query":"mutation ($x: [ID!]!) { deleteQuotes(ids: $x) { __typename } }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
        raw: true,
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      {
        name: 'an input object nested 100 000 levels deep',
        body: () =>
          `{"query":"mutation ($i: ProfileInput!) { updateProfile(input: $i) { __typename } }","variables":{"i":${'{"name":'.repeat(100_000)}"x"${'}'.repeat(100_000)}}}`,
        raw: true,
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      {
        name: '500 operations in one document, none named',
        body: () => ({
          query: Array.from({ length: 500 }, (_, i) => `query Q${i} { __typename }`).join('\n'),
        }),
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
      {
        name: 'two operations, none named',
        body: () => ({ query: 'query A { __typename } query B { __typename }' }),
        status: 400,
        code: 'OPERATION_RESOLUTION_FAILURE',
      },
      {
        name: 'operationName naming no operation',
        body: () => ({ query: 'query A { __typename }', operationName: "'; drop table x" }),
        status: 400,
        code: 'OPERATION_RESOLUTION_FAILURE',
      },
      {
        name: 'a fragment cycle',
        body: () => ({
          query:
            'query { ...A } fragment A on Query { companies { id } ...B } fragment B on Query { ...A }',
        }),
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
      {
        name: 'a fragment spread 1 000 times over 10 levels (billion laughs)',
        body: () => ({
          query: `query { ...F0 } ${Array.from({ length: 10 }, (_, i) => `fragment F${i} on Query { ${i === 9 ? '__typename' : `...F${i + 1} `.repeat(10)} }`).join(' ')}`,
        }),
        status: 200,
      },
      {
        name: 'deep introspection',
        body: () => ({
          query: `{ __schema { types { ${'fields { type { ofType { '.repeat(6)}name${' } } }'.repeat(6)} } } }`,
        }),
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
      {
        name: 'invalid UTF-8 bytes in a variable',
        body: () =>
          Buffer.concat([
            Buffer.from(
              '{"query":"query ($s: String!) { company(slug: $s) { id } }","variables":{"s":"',
            ),
            Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
            Buffer.from('"}}'),
          ]),
        raw: true,
        status: 200,
      },
      {
        name: 'invalid UTF-8 bytes in the document',
        body: () =>
          Buffer.concat([
            Buffer.from('{"query":"{ '),
            Buffer.from([0xc0, 0xaf, 0xff]),
            Buffer.from(' }"}'),
          ]),
        raw: true,
        status: 400,
        code: 'GRAPHQL_PARSE_FAILED',
      },
      {
        name: 'invalid JSON',
        body: () => '{"query": "{ __typename }",',
        raw: true,
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'a JSON string instead of an object',
        body: () => '"{ __typename }"',
        raw: true,
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'JSON null',
        body: () => 'null',
        raw: true,
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'a batched array of operations',
        body: () => [{ query: '{ __typename }' }, { query: '{ __typename }' }],
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'query that is not a string',
        body: () => ({ query: { kind: 'Document' } }),
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'variables that are an array',
        body: () => ({ query: '{ __typename }', variables: [1, 2] }),
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'a __proto__ variable',
        body: () => '{"query":"{ __typename }","variables":{"__proto__":{"isAdmin":true}}}',
        raw: true,
        status: 200,
      },
      {
        name: 'text/plain (a simple cross-site POST)',
        body: () => JSON.stringify({ query: 'mutation { signOut }' }),
        raw: true,
        headers: { 'content-type': 'text/plain' },
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'a form POST',
        body: () => 'query=mutation%20%7B%20signOut%20%7D',
        raw: true,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'multipart',
        body: () => '--b\r\ncontent-disposition: form-data; name="operations"\r\n\r\n{}\r\n--b--',
        raw: true,
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'application/graphql',
        body: () => '{ __typename }',
        raw: true,
        headers: { 'content-type': 'application/graphql' },
        status: 400,
        code: 'BAD_REQUEST',
      },
      {
        name: 'an Accept the gateway cannot answer',
        body: () => ({ query: '{ __typename }' }),
        headers: { accept: 'text/html' },
        status: 406,
        code: 'NOT_ACCEPTABLE',
      },
      {
        name: 'a forged bearer token',
        body: () => ({ query: '{ __typename }' }),
        headers: { authorization: "Bearer '; drop table customers; --" },
        status: 401,
        code: 'UNAUTHENTICATED',
      },
      {
        name: 'an API key of invalid UTF-8 and injection',
        body: () => ({ query: '{ __typename }' }),
        headers: { 'x-api-key': "ppk_'or'1'='1_<script>" },
        status: 401,
        code: 'UNAUTHENTICATED',
      },
    ];

    it.each(cases)('$name: HTTP $status $code', async (c) => {
      const reply = await post(c.body(), c.headers ?? {}, c.raw ?? false);
      expectClean(reply, c.name);
      expect(reply.status, reply.text.slice(0, 300)).toBe(c.status);
      if (c.code) expect(reply.body?.errors?.map((e) => e.extensions?.code)).toContain(c.code);
      if (c.limit) expect(reply.body?.errors?.map((e) => e.extensions?.limit)).toContain(c.limit);
      if (c.status === 200) expect(reply.body?.data).toBeTruthy();
    });

    it('oversized headers and URLs are refused by HTTP itself (431), not a crash', async () => {
      const url = new URL(system.graphqlUrl);
      const status = (path: string, headers: Record<string, string>) =>
        new Promise<number>((resolve, reject) => {
          const req = request(
            { host: url.hostname, port: url.port, path, method: 'GET', headers },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          req.end();
        });
      expect(await status('/graphql', { authorization: `Bearer ${'x'.repeat(40_000)}` })).toBe(431);
      expect(
        await status(`/graphql?query=${'%7B'.repeat(20_000)}`, { 'apollo-require-preflight': 't' }),
      ).toBe(431);
      await ready();
    });

    it('GET by hostile query strings: never 5xx', async () => {
      for (const query of [
        '{',
        '%',
        '{ __typename }&variables=%7B',
        '{ __typename }&variables=[',
      ]) {
        const res = await fetch(`${system.graphqlUrl}?query=${query}`, {
          headers: { 'apollo-require-preflight': 'true' },
        });
        expect(res.status, query).toBeLessThan(500);
        expect(res.status, query).toBeGreaterThanOrEqual(200);
      }
    });

    it('the quote PDF route by hostile ids and languages: 4xx, never 5xx', async () => {
      const auth = { authorization: `Bearer ${world.fuzz.token}` };
      const paths = [
        '/api/quotes/not-an-id/pdf',
        `/api/quotes/${encodeURIComponent("1' or '1'='1")}/pdf`,
        '/api/quotes/%00/pdf',
        '/api/quotes/%ff%fe/pdf',
        `/api/quotes/${'a'.repeat(5000)}/pdf`,
        '/api/quotes/00000000-0000-4000-8000-000000000000/pdf',
        `/api/quotes/${world.ids.at(-4)}/pdf?lang=%3Cscript%3E`,
        '/api/quotes//pdf',
        '/api/quotes/../../etc/passwd',
      ];
      for (const path of paths) {
        const res = await fetch(`${system.gatewayUrl}${path}`, { headers: auth });
        expect(res.status, path).toBeLessThan(500);
        await res.arrayBuffer();
      }
      await ready();
    });
  });

  // --- (c) injection strings stored, read back and rendered -----------------------------------

  describe('injection strings in text fields', () => {
    it('come back byte-exact from the profile and billing', async () => {
      const me = await gql(
        '{ me { name mobile billing { name city street taxNumber } } }',
        {},
        world.target.token,
      );
      expectClean(me, 'me');
      expect(me.body?.data?.me).toEqual({
        name: `${INJECTIONS.sql} ${INJECTIONS.script}`,
        mobile: '+36 30 123 4567',
        billing: {
          name: INJECTIONS.script,
          city: INJECTIONS.sql,
          street: INJECTIONS.unicode,
          taxNumber: "1'--",
        },
      });
      const updated = await gql(
        'mutation ($i: ProfileInput!) { updateProfile(input: $i) { customer { name } error { code } } }',
        { i: { name: INJECTIONS.template } },
        world.target.token,
      );
      expect(updated.body?.data?.updateProfile).toEqual({
        customer: { name: INJECTIONS.template },
        error: null,
      });
      await gql(
        'mutation ($i: ProfileInput!) { updateProfile(input: $i) { error { code } } }',
        { i: { name: `${INJECTIONS.sql} ${INJECTIONS.script}` } },
        world.target.token,
      );
    });

    it('the verification mail escapes the name in HTML and keeps it in the text', async () => {
      const [mail] = await system.portalDb.query<{ html_body: string; text_body: string }>(
        `select html_body, text_body from mail_outbox where to_address = $1 and kind = 'verification'`,
        [world.target.email],
      );
      expect(mail!.text_body).toContain(INJECTIONS.sql);
      expect(mail!.text_body).toContain(INJECTIONS.script);
      expect(mail!.html_body).not.toContain('<script>');
      expect(mail!.html_body).not.toContain('<img src=x');
      expect(mail!.html_body).toContain('&lt;script&gt;');
      const box = await gql('{ devMailbox(first: 200) { to subject text html } }');
      expectClean(box, 'devMailbox');
      // The dev mail page gets them as stored (it shows the text, React escapes it).
      const mine = box.body?.data?.devMailbox.filter(
        (m: { to: string; text: string; html: string }) =>
          m.to === world.target.email && m.text === mail!.text_body && m.html === mail!.html_body,
      );
      expect(mine).toHaveLength(1);
    });

    it('a quote comment and panel labels come back byte-exact, in the PDF and at the company', {
      timeout: 90_000,
    }, async () => {
      const labels = Object.values(INJECTIONS).map((s) => s.slice(0, 100));
      const comment = Object.values(INJECTIONS).join('\n');
      const created = await gql(
        `mutation ($i: QuoteDraftInput!) { createQuote(input: $i) {
           quote { id comment panels { label } } error { code field message } } }`,
        {
          i: {
            companyId: world.turinova,
            comment,
            panels: labels.map((label, i) => ({
              materialId: world.materialId,
              widthMm: 700 - i * 10,
              heightMm: 500,
              quantity: 1,
              label,
            })),
          },
        },
        world.target.token,
      );
      expectClean(created, 'createQuote');
      const quote = created.body?.data?.createQuote.quote;
      expect(created.body?.data?.createQuote.error).toBeNull();
      expect(quote.comment).toBe(comment);
      expect(quote.panels.map((p: { label: string }) => p.label)).toEqual(labels);

      for (const lang of ['hu', 'en']) {
        const pdf = await fetch(`${system.gatewayUrl}/api/quotes/${quote.id}/pdf?lang=${lang}`, {
          headers: { authorization: `Bearer ${world.target.token}` },
        });
        expect(pdf.status).toBe(200);
        const bytes = Buffer.from(await pdf.arrayBuffer());
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      }

      const submitted = await gql(
        `mutation ($id: ID!, $k: String!) { submitQuote(id: $id, idempotencyKey: $k) {
           quote { status } error { code message } } }`,
        { id: quote.id, k: randomUUID() },
        world.target.token,
      );
      expectClean(submitted, 'submitQuote');
      expect(submitted.body?.data?.submitQuote.error).toBeNull();
      const company = system.companies.find((c) => c.slug === 'turinova')!.db;
      let delivered: Array<{ comment: string; name: string; billing_name: string }> = [];
      for (let i = 0; i < 60 && delivered.length === 0; i++) {
        delivered = await company.query(
          `select q.comment, c.name, c.billing_name, c.billing_city
             from portal_quote_links l join quotes q on q.id = l.quote_id
             join customers c on c.id = q.customer_id where l.portal_quote_id = $1`,
          [quote.id],
        );
        if (delivered.length === 0) await new Promise((r) => setTimeout(r, 500));
      }
      expect(delivered[0]).toEqual({
        comment,
        name: `${INJECTIONS.sql} ${INJECTIONS.script}`,
        billing_name: INJECTIONS.script,
        billing_city: INJECTIONS.sql,
      });
      const labelsThere = await company.query<{ label: string | null }>(
        `select p.label from portal_quote_links l join quote_panels p on p.quote_id = l.quote_id
          where l.portal_quote_id = $1 order by p.width_mm desc`,
        [quote.id],
      );
      expect(labelsThere.map((r) => r.label)).toEqual(labels);
      // Its PDF, frozen now, still renders.
      const pdf = await fetch(`${system.gatewayUrl}/api/quotes/${quote.id}/pdf`, {
        headers: { authorization: `Bearer ${world.target.token}` },
      });
      expect(pdf.status).toBe(200);
      await pdf.arrayBuffer();
      await ready();
    });
    it('NUL bytes and lone surrogates in text fields: refused with INVALID_INPUT or kept exactly', async () => {
      const token = world.target.token;
      const fields: Array<{
        field: string;
        write: (value: string) => Promise<Reply>;
        /** The payload of the write, and the value as read back. */
        read: (reply: Reply) => Promise<{ payload: any; value: unknown }>;
      }> = [
        {
          field: 'updateProfile input.name',
          write: (v) =>
            gql(
              'mutation ($i: ProfileInput!) { updateProfile(input: $i) { error { code field } } }',
              { i: { name: v } },
              token,
            ),
          read: async (r) => ({
            payload: r.body?.data?.updateProfile,
            value: (await gql('{ me { name } }', {}, token)).body?.data?.me.name,
          }),
        },
        {
          field: 'updateBilling input.city',
          write: (v) =>
            gql(
              'mutation ($i: BillingInput!) { updateBilling(input: $i) { error { code field } } }',
              {
                i: {
                  city: v,
                  name: INJECTIONS.script,
                  street: INJECTIONS.unicode,
                  taxNumber: "1'--",
                },
              },
              token,
            ),
          read: async (r) => ({
            payload: r.body?.data?.updateBilling,
            value: (await gql('{ me { billing { city } } }', {}, token)).body?.data?.me.billing
              .city,
          }),
        },
        {
          field: 'createQuote input.comment',
          write: (v) =>
            gql(
              'mutation ($i: QuoteDraftInput!) { createQuote(input: $i) { quote { id comment } error { code field } } }',
              { i: { companyId: world.turinova, comment: v } },
              token,
            ),
          read: async (r) => ({
            payload: r.body?.data?.createQuote,
            value: r.body?.data?.createQuote.quote?.comment,
          }),
        },
        {
          field: 'createQuote input.panels[0].label',
          write: (v) =>
            gql(
              `mutation ($i: QuoteDraftInput!) { createQuote(input: $i) {
                 quote { id panels { label } } error { code field } } }`,
              {
                i: {
                  companyId: world.turinova,
                  panels: [
                    {
                      materialId: world.materialId,
                      widthMm: 300,
                      heightMm: 300,
                      quantity: 1,
                      label: v,
                    },
                  ],
                },
              },
              token,
            ),
          read: async (r) => ({
            payload: r.body?.data?.createQuote,
            value: r.body?.data?.createQuote.quote?.panels[0].label,
          }),
        },
        {
          field: 'createApiKey input.name',
          write: (v) =>
            gql(
              'mutation ($i: ApiKeyInput!) { createApiKey(input: $i) { apiKey { name } error { code field } } }',
              { i: { name: v, scopes: ['QUOTES_READ'] } },
              token,
            ),
          read: async (r) => ({
            payload: r.body?.data?.createApiKey,
            value: r.body?.data?.createApiKey.apiKey?.name,
          }),
        },
      ];
      const outcomes: string[] = [];
      for (const { field, write, read } of fields) {
        for (const value of ['a\u0000b', 'x\ud800y', '\udfffz', 'ok\u0007bell']) {
          const reply = await write(value);
          expectClean(reply, `${field} = ${JSON.stringify(value)}`);
          const { payload, value: back } = await read(reply);
          if (payload?.error) {
            expect(payload.error.code, field).toBe('INVALID_INPUT');
            outcomes.push(`${field} ${JSON.stringify(value)}: INVALID_INPUT`);
          } else {
            expect(back, `${field} = ${JSON.stringify(value)} was stored as something else`).toBe(
              value,
            );
            const quoteId = payload?.quote?.id;
            if (quoteId) {
              // Kept in a quote: its PDF still renders.
              const pdf = await fetch(`${system.gatewayUrl}/api/quotes/${quoteId}/pdf`, {
                headers: { authorization: `Bearer ${token}` },
              });
              expect(pdf.status, `${field} = ${JSON.stringify(value)}: PDF`).toBe(200);
              await pdf.arrayBuffer();
            }
            outcomes.push(`${field} ${JSON.stringify(value)}: kept`);
          }
        }
      }
      console.log(outcomes.join('\n'));
      // The name the company-side test reads back.
      await gql(
        'mutation ($i: ProfileInput!) { updateProfile(input: $i) { error { code } } }',
        { i: { name: `${INJECTIONS.sql} ${INJECTIONS.script}` } },
        token,
      );
      await gql(
        'mutation ($i: BillingInput!) { updateBilling(input: $i) { error { code } } }',
        { i: { city: INJECTIONS.sql } },
        token,
      );
    });
  });

  // --- (d) the same as an admin, last: it may deactivate companies and disable customers ------

  fuzzFields(
    'every mutation fuzzed as an admin',
    'mutation',
    MUTATIONS,
    ['admin'],
    Math.ceil(RUNS / 2),
    1000,
  );

  it.runIf(KNOWN_FAILURES.length > 0).each(KNOWN_FAILURES.map((k) => [k.id, k] as const))(
    'known failure %s still fails (fixed? remove it from KNOWN_FAILURES and docs/reliability.md)',
    async (_id, known) => {
      expect(await known.reproduce(gql, world.fuzz.token)).toBe(true);
    },
  );
});
