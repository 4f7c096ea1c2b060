import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN_EMAIL } from './demo-admin.ts';
import { type RunningSystem, startSystem } from './start-system.ts';

// Accounts on the embedded default over HTTP: the demo admin, mail links in the log, a session
// through the gateway, and secrets that survive a restart.

async function gql(system: RunningSystem, query: string, variables = {}, token?: string) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

const ADMIN_SIGN_IN = `mutation($e: String!, $p: String!) {
  adminSignIn(email: $e, password: $p) { session { accessToken refreshToken } admin { email role } error { code } }
}`;

describe('accounts on the embedded default', () => {
  let dataDir: string;
  let system: RunningSystem | undefined;
  const lines: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-accounts-'));
    system = await startSystem({ dataDir, log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await system?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('logs the verification link and runs a session through the gateway', async () => {
    const s = system!;
    const email = 'embedded@example.hu';
    const password = 'Lapszabasz-2026';
    const signUp = await gql(
      s,
      'mutation($i: SignUpInput!) { signUp(input: $i) { ok error { code } } }',
      { i: { email, password, name: 'Beágyazott Béla' } },
    );
    expect(signUp.data.signUp).toEqual({ ok: true, error: null });
    const logged = lines.find((l) => l.startsWith(`mail to ${email}`));
    expect(logged).toMatch(new RegExp(`${s.gatewayUrl}/verify-email\\?token=`));
    const token = new URL(logged!.split(' — ')[1]!).searchParams.get('token');
    await gql(s, 'mutation($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });

    const signIn = await gql(
      s,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken refreshToken } error { code } } }',
      { e: email, p: password },
    );
    const session = signIn.data.signIn.session;
    expect((await gql(s, '{ me { email } }', {}, session.accessToken)).data.me).toEqual({ email });
    const refreshed = await gql(
      s,
      'mutation($r: String!) { refreshSession(refreshToken: $r) { session { accessToken } error { code } } }',
      { r: session.refreshToken },
    );
    expect(refreshed.data.refreshSession.error).toBeNull();
    const signOut = await gql(
      s,
      'mutation { signOut }',
      {},
      refreshed.data.refreshSession.session.accessToken,
    );
    expect(signOut.data.signOut).toBe(true);
  });

  it('has a demo admin whose credentials start returns, kept across restarts', async () => {
    const demo = system!.demoAdmin!;
    expect(demo.email).toBe(DEMO_ADMIN_EMAIL);
    const first = await gql(system!, ADMIN_SIGN_IN, { e: demo.email, p: demo.password });
    expect(first.data.adminSignIn.admin).toEqual({ email: DEMO_ADMIN_EMAIL, role: 'ADMIN' });
    const adminToken = first.data.adminSignIn.session.accessToken;
    expect(
      (await gql(system!, '{ admin { me { email } } }', {}, adminToken)).data.admin.me.email,
    ).toBe(DEMO_ADMIN_EMAIL);

    const secrets = JSON.parse(await readFile(join(dataDir, 'secrets.json'), 'utf8'));
    expect(secrets.demoAdminPassword).toBe(demo.password);
    expect(JSON.parse(secrets.authSigningJwk)).toMatchObject({ kty: 'EC', crv: 'P-256' });

    await system!.close();
    system = await startSystem({ dataDir });
    expect(system.demoAdmin).toEqual(demo);
    // Same signing key: a token issued before the restart still works.
    expect(
      (await gql(system, '{ admin { me { email } } }', {}, adminToken)).data.admin.me.email,
    ).toBe(DEMO_ADMIN_EMAIL);
  });
});
