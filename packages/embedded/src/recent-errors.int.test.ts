import { type Engine, openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { BODY_SIGNATURE_HEADER, signBody } from '@portal/identity';
import { provisionAdmin } from '@portal/portal-subgraph/admins';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// Recent errors (docs/operations.md): a real internal error — a portal database query that
// fails — reaches the client masked with its request id, and `admin.recentErrors` shows it
// under that id from the portal's and the gateway's rings; refusals are not recorded;
// customers get FORBIDDEN; each service's `/internal/recent-errors` answers only signed calls.

interface GraphQLResponse {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; requestId?: string } }>;
}

interface RecentErrorRow {
  at: string;
  service: string;
  requestId: string | null;
  operationName: string | null;
  code: string;
  path: string | null;
  message: string;
}

const PASSWORD = 'Gyalulap-2026-errors';

const RECENT_ERRORS = /* GraphQL */ `
  query RecentErrors($first: Int, $service: String) {
    admin {
      recentErrors(first: $first, service: $service) {
        at service requestId operationName code path message
      }
    }
  }
`;

describe.each(testEngines())('recent errors on %s', (engine: Engine) => {
  let system: RunningSystem;
  let portalDb: TestDb | undefined;
  let adminToken: string;
  let supportToken: string;
  let customerToken: string;

  const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

  async function gql(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    requestId?: string,
  ): Promise<GraphQLResponse> {
    const res = await fetch(system.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  }

  async function signIn(email: string, password: string): Promise<string> {
    const r = await gql(
      'mutation($e: String!, $p: String!) { adminSignIn(email: $e, password: $p) { session { accessToken } } }',
      { e: email, p: password },
    );
    const token = r.data?.adminSignIn?.session?.accessToken;
    expect(token, JSON.stringify(r)).toEqual(expect.any(String));
    return token as string;
  }

  async function signUpCustomer(): Promise<string> {
    const email = 'hibak-vevo@example.hu';
    const up = await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password: PASSWORD, name: 'Hiba Vevő', companyIds: [system.companies[0]!.id] },
    });
    expect(up.data?.signUp?.ok, JSON.stringify(up)).toBe(true);
    const [mail] = await system.portalDb.query<{ link: string }>(
      `select link from mail_outbox where to_address = $1 and kind = 'verification'
        order by created_at desc limit 1`,
      [email],
    );
    await gql('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', {
      t: new URL(mail!.link).searchParams.get('token'),
    });
    const r = await gql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
      { e: email, p: PASSWORD },
    );
    const token = r.data?.signIn?.session?.accessToken;
    expect(token, JSON.stringify(r)).toEqual(expect.any(String));
    return token as string;
  }

  async function recentErrors(token: string, variables: Record<string, unknown> = {}) {
    const r = await gql(RECENT_ERRORS, variables, token);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data?.admin?.recentErrors as RecentErrorRow[];
  }

  /** A call to a service's internal route, signed with `key` (or not at all). */
  function internalCall(url: string, body: string, signature?: string, method = 'POST') {
    return fetch(`${base(url)}/internal/recent-errors`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(signature ? { [BODY_SIGNATURE_HEADER]: signature } : {}),
      },
      ...(method === 'POST' ? { body } : {}),
    });
  }

  beforeAll(async () => {
    if (engine === 'postgres') portalDb = await openTestDb('postgres');
    system = await startSystem({
      ...(portalDb?.url ? { databaseUrl: portalDb.url } : {}),
      demoAdmin: true,
      orderSyncIntervalMs: 0,
      delivery: false,
      demoConsole: false,
      healthSampling: false,
    });
    adminToken = await signIn(system.demoAdmin!.email, system.demoAdmin!.password);
    const created = await provisionAdmin(system.portalDb, {
      email: 'support-errors@portal.test',
      name: 'Support',
      role: 'support',
      password: PASSWORD,
    });
    expect('admin' in created).toBe(true);
    supportToken = await signIn('support-errors@portal.test', PASSWORD);
    customerToken = await signUpCustomer();
  });
  afterAll(async () => {
    await system?.close();
    await portalDb?.close();
  });

  it('shows a failed database query under the request id the client got', async () => {
    // Refusals first: they must not be recorded.
    const forbidden = await gql(RECENT_ERRORS, {}, customerToken, 'refused-forbidden-1');
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badInput = await gql(RECENT_ERRORS, { first: 0 }, adminToken, 'refused-input-1');
    expect(badInput.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // A real internal error: the table `admin.mailTemplates` reads is gone for a moment.
    await system.portalDb.query('alter table mail_templates rename to mail_templates_away');
    let failed: GraphQLResponse;
    try {
      failed = await gql(
        'query TemplatesWhileBroken { admin { mailTemplates { kind locale subject } } }',
        {},
        adminToken,
        'broken-templates-1',
      );
    } finally {
      await system.portalDb.query('alter table mail_templates_away rename to mail_templates');
    }
    const masked = failed.errors?.[0];
    expect(masked?.extensions?.code, JSON.stringify(failed)).toBe('INTERNAL');
    expect(masked?.extensions?.requestId).toBe('broken-templates-1');
    expect(masked?.message).toBe('Internal error (request id broken-templates-1)');
    expect(masked?.message).not.toContain('mail_templates');

    const all = await recentErrors(adminToken);
    const ofRequest = all.filter((e) => e.requestId === 'broken-templates-1');
    const portal = ofRequest.find((e) => e.service === 'portal');
    expect(portal, JSON.stringify(all)).toMatchObject({
      code: 'INTERNAL',
      path: 'admin.mailTemplates',
      operationName: expect.stringMatching(/^TemplatesWhileBroken__portal__\d+$/),
    });
    // The internal message the client never saw.
    expect(portal!.message).toContain('mail_templates');
    expect(Number.isNaN(Date.parse(portal!.at))).toBe(false);
    const gateway = ofRequest.find((e) => e.service === 'gateway');
    expect(gateway, JSON.stringify(all)).toMatchObject({
      operationName: 'TemplatesWhileBroken',
      path: 'admin.mailTemplates',
    });
    expect(gateway!.message).toContain('mail_templates');

    // Refusals are not errors of the system.
    const ids = all.map((e) => e.requestId);
    expect(ids).not.toContain('refused-forbidden-1');
    expect(ids).not.toContain('refused-input-1');
    // Newest first, and every service answered (nothing unreachable).
    const times = all.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(all.some((e) => e.code === 'SERVICE_UNREACHABLE')).toBe(false);
    // No company secret key, however it was spelt.
    expect(JSON.stringify(all)).not.toMatch(/sb_secret_[A-Za-z0-9]/);

    // One service, and a limit.
    const onlyPortal = await recentErrors(adminToken, { service: 'portal' });
    expect(onlyPortal.length).toBeGreaterThan(0);
    expect(onlyPortal.every((e) => e.service === 'portal')).toBe(true);
    const onlyGateway = await recentErrors(adminToken, { service: 'gateway' });
    expect(onlyGateway.map((e) => e.requestId)).toContain('broken-templates-1');
    expect(onlyGateway.every((e) => e.service === 'gateway')).toBe(true);
    expect(await recentErrors(adminToken, { first: 1 })).toHaveLength(1);

    // Support reads the same.
    const bySupport = await recentErrors(supportToken);
    expect(bySupport.map((e) => e.requestId)).toContain('broken-templates-1');
  });

  it('gives customers and anonymous callers FORBIDDEN', async () => {
    for (const token of [customerToken, undefined]) {
      const r = await gql(RECENT_ERRORS, {}, token);
      expect(r.data?.admin ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("answers each service's internal route only when signed with the shared key", async () => {
    const now = JSON.stringify({ issuedAt: Date.now() });
    const stale = JSON.stringify({ issuedAt: Date.now() - 5 * 60_000 });
    const wrongKey = Buffer.alloc(32, 7);
    for (const url of [system.graphqlUrl, system.portalUrl, system.catalogUrl]) {
      expect((await internalCall(url, now)).status).toBe(403);
      expect((await internalCall(url, now, signBody(now, wrongKey))).status).toBe(403);
      expect((await internalCall(url, now, 'not-a-signature')).status).toBe(403);
      // A captured call cannot be replayed later: the signed body carries its time.
      expect((await internalCall(url, stale, signBody(stale, system.signingKey))).status).toBe(403);
      expect((await internalCall(url, '', undefined, 'GET')).status).toBe(405);
      const signed = await internalCall(url, now, signBody(now, system.signingKey));
      expect(signed.status).toBe(200);
      const body = (await signed.json()) as { service: string; errors: RecentErrorRow[] };
      expect(Array.isArray(body.errors)).toBe(true);
    }
    const gateway = await internalCall(
      system.graphqlUrl,
      now,
      signBody(now, system.signingKey),
    ).then((r) => r.json() as Promise<{ service: string; errors: RecentErrorRow[] }>);
    expect(gateway.service).toBe('gateway');
    expect(gateway.errors.map((e) => e.requestId)).toContain('broken-templates-1');
  });
});
