import { withRole } from '@portal/db';
import { testEngines } from '@portal/db/testing';
import type { Identity } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOD_PASSWORD,
  type PortalHarness,
  REFRESH,
  SIGN_IN,
  startPortalHarness,
} from '../test/portal-harness.ts';
import { provisionAdmin } from './auth/admin-accounts.ts';
import { LOCKOUT } from './auth/lockout.ts';

const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  admin {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id at actorKind actorId action targetKind targetId ip requestId details } }
    }
  }
}`;
const ADMIN_SIGN_IN = `mutation($e: String!, $p: String!) {
  adminSignIn(email: $e, password: $p) { session { accessToken } error { code } }
}`;

interface AuditNode {
  id: string;
  actorKind: string;
  actorId: string | null;
  action: string;
  targetKind: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: string;
}

describe.each(testEngines())('the audit log on %s', (engine) => {
  let h: PortalHarness;
  let admin: Identity;
  let support: Identity;

  /** The newest events of one action, as an admin reads them. */
  async function events(action: string, as: Identity = admin): Promise<AuditNode[]> {
    const r = await h.run(AUDIT_LOG, { filter: { action }, first: 100 }, as);
    expect(r.errors).toBeUndefined();
    return r.data.admin.auditLog.edges.map((e: { node: AuditNode }) => e.node);
  }

  async function signInAdmin(email: string): Promise<Identity> {
    const r = await h.run(ADMIN_SIGN_IN, { e: email, p: GOOD_PASSWORD });
    return h.identityOf(r.data.adminSignIn.session.accessToken);
  }

  beforeAll(async () => {
    h = await startPortalHarness(engine);
    for (const [email, role] of [
      ['audit-root@portal.test', 'admin'],
      ['audit-help@portal.test', 'support'],
    ] as const) {
      await provisionAdmin(h.db, { email, name: role, role, password: GOOD_PASSWORD });
    }
    admin = await signInAdmin('audit-root@portal.test');
    support = await signInAdmin('audit-help@portal.test');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records sign-ins, failures and the lockout, with the email but never the password', async () => {
    const c = await h.customer('audited@example.hu');
    const [signedIn] = await events('auth.signed_in');
    expect(signedIn).toMatchObject({
      actorKind: 'CUSTOMER',
      actorId: c.customerId,
      targetKind: 'session',
      targetId: c.session.id,
    });
    const wrong = 'Rossz-jelszo-2026';
    for (let i = 0; i < LOCKOUT.maxFailures; i++) {
      await h.run(SIGN_IN, { email: 'audited@example.hu', password: wrong });
    }
    const locked = await h.run(SIGN_IN, { email: 'audited@example.hu', password: GOOD_PASSWORD });
    expect(locked.data.signIn.error.code).toBe('LOCKED_OUT');
    await h.run(SIGN_IN, { email: 'nobody@example.hu', password: wrong });

    const failed = await events('auth.sign_in_failed');
    expect(failed.filter((e) => e.actorId === c.customerId)).toHaveLength(LOCKOUT.maxFailures);
    expect(JSON.parse(failed[0]!.details)).toEqual({
      email: 'nobody@example.hu',
      reason: 'unknown_email',
    });
    expect(failed[0]!.actorId).toBeNull();
    expect(JSON.parse(failed[1]!.details)).toEqual({
      email: 'audited@example.hu',
      reason: 'wrong_password',
    });
    const [lockout] = await events('auth.locked_out');
    expect(lockout).toMatchObject({ actorKind: 'CUSTOMER', actorId: c.customerId });
    const all = JSON.stringify(await h.db.query('select * from audit_log'));
    expect(all).not.toContain(wrong);
    expect(all).not.toContain(GOOD_PASSWORD);
    expect(all).not.toContain(c.session.refreshToken);
  });

  it('records a replayed refresh token, password changes and resets, keys and deletion', async () => {
    const c = await h.customer('events@example.hu');
    const first = await h.run(REFRESH, { refreshToken: c.session.refreshToken });
    expect(first.data.refreshSession.error).toBeNull();
    const replay = await h.run(REFRESH, { refreshToken: c.session.refreshToken });
    expect(replay.data.refreshSession.error.code).toBe('INVALID_REFRESH_TOKEN');
    expect((await events('auth.refresh_token_reused'))[0]).toMatchObject({
      actorKind: 'CUSTOMER',
      actorId: c.customerId,
      targetKind: 'session',
      targetId: c.session.id,
      details: JSON.stringify({ sessionRevoked: true }),
    });

    const again = await h.run(SIGN_IN, { email: 'events@example.hu', password: GOOD_PASSWORD });
    const me = await h.identityOf(again.data.signIn.session.accessToken);
    const newPassword = 'Forgacslap-2027';
    const changed = await h.run(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ok } }',
      { c: GOOD_PASSWORD, n: newPassword },
      me,
    );
    expect(changed.data.changePassword.ok).toBe(true);
    expect((await events('auth.password_changed'))[0]!.actorId).toBe(c.customerId);

    await h.run('mutation($e: String!) { requestPasswordReset(email: $e) { ok } }', {
      e: 'events@example.hu',
    });
    const token = await h.tokenFromOutbox('events@example.hu', 'password_reset');
    const reset = await h.run(
      'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { ok } }',
      { t: token, p: GOOD_PASSWORD },
    );
    expect(reset.data.resetPassword.ok).toBe(true);
    expect((await events('auth.password_reset'))[0]!.targetId).toBe(c.customerId);

    const signedIn = await h.run(SIGN_IN, { email: 'events@example.hu', password: GOOD_PASSWORD });
    const fresh = await h.identityOf(signedIn.data.signIn.session.accessToken);
    const created = await h.run(
      'mutation { createApiKey(input: { name: "CAD", scopes: [QUOTES_READ] }) { key apiKey { id prefix } } }',
      undefined,
      fresh,
    );
    const { key, apiKey } = created.data.createApiKey;
    await h.run(
      'mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }',
      { id: apiKey.id },
      fresh,
    );
    const [keyCreated] = await events('api_key.created');
    expect(keyCreated).toMatchObject({ actorId: c.customerId, targetId: apiKey.id });
    expect(JSON.parse(keyCreated!.details)).toMatchObject({
      prefix: apiKey.prefix,
      scopes: ['quotes:read'],
      owner: { kind: 'customer', customerId: c.customerId },
    });
    expect(keyCreated!.details).not.toContain(key.slice(17));
    expect((await events('api_key.revoked'))[0]).toMatchObject({ targetId: apiKey.id });

    const deleted = await h.run(
      'mutation($p: String!) { deleteAccount(password: $p) { ok } }',
      { p: GOOD_PASSWORD },
      fresh,
    );
    expect(deleted.data.deleteAccount.ok).toBe(true);
    const [deletion] = await events('account.deleted');
    expect(deletion).toMatchObject({ actorId: c.customerId, targetId: c.customerId });
    expect(deletion!.details).toBe('{}');
  });

  it('records admin sign-ins and admin actions through recordAdminAction', async () => {
    const [signIn] = await events('auth.admin_signed_in');
    expect(signIn).toMatchObject({
      actorKind: 'ADMIN',
      actorId: (support as { adminId: string }).adminId,
    });
    await h.run(ADMIN_SIGN_IN, { e: 'audit-root@portal.test', p: 'Rossz-jelszo-2026' });
    expect(JSON.parse((await events('auth.admin_sign_in_failed'))[0]!.details)).toEqual({
      email: 'audit-root@portal.test',
      reason: 'wrong_password',
    });

    await h.subgraph.accounts.audit.recordAdminAction(
      admin as Extract<Identity, { kind: 'admin' }>,
      'admin.customer_disabled',
      { kind: 'customer', id: 'c-1' },
      { reason: 'test' },
      { requestId: 'req-42', ip: '203.0.113.9' },
    );
    const [action] = await events('admin.customer_disabled', support);
    expect(action).toMatchObject({
      actorKind: 'ADMIN',
      actorId: (admin as { adminId: string }).adminId,
      targetKind: 'customer',
      targetId: 'c-1',
      ip: '203.0.113.9',
      requestId: 'req-42',
    });
    expect(JSON.parse(action!.details)).toEqual({ reason: 'test', role: 'admin' });
    await expect(
      h.subgraph.accounts.audit.recordAdminAction(
        admin as Extract<Identity, { kind: 'admin' }>,
        'Disable Customer',
        null,
        {},
        { requestId: null, ip: null },
      ),
    ).rejects.toThrow(/dotted/);
  });

  it('pages newest first and filters by actor and time', async () => {
    const all = await h.run(AUDIT_LOG, { first: 100 }, admin);
    const total = all.data.admin.auditLog.totalCount as number;
    expect(total).toBeGreaterThan(10);
    const ids = all.data.admin.auditLog.edges.map((e: { node: AuditNode }) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<PortalHarness['run']>> = await h.run(
        AUDIT_LOG,
        { first: 4, after },
        admin,
      );
      const log = page.data.admin.auditLog;
      expect(log.totalCount).toBe(total);
      seen.push(...log.edges.map((e: { node: AuditNode }) => e.node.id));
      if (!log.pageInfo.hasNextPage) break;
      after = log.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data.admin.auditLog.edges.map((e: { node: AuditNode }) => e.node.id));

    const adminId = (admin as { adminId: string }).adminId;
    const mine = await h.run(AUDIT_LOG, { filter: { actorId: adminId } }, admin);
    expect(mine.data.admin.auditLog.edges.length).toBeGreaterThan(0);
    for (const e of mine.data.admin.auditLog.edges) expect(e.node.actorId).toBe(adminId);

    const future = new Date(Date.now() + 60_000).toISOString();
    const none = await h.run(AUDIT_LOG, { filter: { from: future } }, admin);
    expect(none.data.admin.auditLog).toMatchObject({ totalCount: 0, edges: [] });
    const past = await h.run(AUDIT_LOG, { filter: { to: future } }, admin);
    expect(past.data.admin.auditLog.totalCount).toBe(total);

    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: 'bm9wZQ' },
      { filter: { actorId: 'x' } },
    ]) {
      const bad = await h.run(AUDIT_LOG, variables, admin);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is closed to customers, partner keys and anonymous callers', async () => {
    const c = await h.customer('curious@example.hu');
    const partner: Identity = {
      kind: 'partner',
      apiKeyId: '00000000-0000-4000-8000-000000000000',
      scopes: ['catalog:read', 'quotes:read', 'quotes:write', 'orders:read'],
      owner: { kind: 'customer', customerId: c.customerId },
    };
    for (const identity of [c.identity, partner, undefined]) {
      const r = await h.run(
        '{ admin { auditLog { totalCount edges { node { details } } } } }',
        undefined,
        identity,
      );
      expect(r.data?.admin ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain('curious@example.hu');
    }
    // Straight in SQL as the customer (RLS, grants): no row, and no way to write one.
    const asCustomer = <T>(fn: Parameters<typeof withRole<T>>[2]) =>
      withRole(h.db, { role: 'authenticated', claims: { sub: c.customerId } }, fn);
    await expect(asCustomer((tx) => tx.query('select * from audit_log'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      asCustomer((tx) =>
        tx.query(`insert into audit_log (actor_kind, action) values ('system', 'x.y')`),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('cannot be changed or emptied, not even by the service role or the owner', async () => {
    const [row] = await h.db.query<{ id: string }>('select id from audit_log limit 1');
    const changes = [
      `update audit_log set action = 'auth.nothing_happened' where id = ${row!.id}`,
      `delete from audit_log where id = ${row!.id}`,
      'truncate audit_log',
    ];
    for (const sql of changes) {
      // The portal's own connection (the table's owner) is stopped by the trigger…
      await expect(h.db.query(sql)).rejects.toThrow(/append-only/);
      // …and service_role has no UPDATE, DELETE or TRUNCATE grant to begin with.
      await expect(withRole(h.db, { role: 'service_role' }, (tx) => tx.query(sql))).rejects.toThrow(
        /permission denied|append-only/,
      );
    }
    // The service role may append and read.
    await withRole(h.db, { role: 'service_role' }, async (tx) => {
      await tx.query(`insert into audit_log (actor_kind, action) values ('system', 'system.test')`);
      expect((await tx.query('select id from audit_log')).length).toBeGreaterThan(1);
    });
    const [still] = await h.db.query<{ id: string }>('select id from audit_log where id = $1', [
      row!.id,
    ]);
    expect(still).toBeDefined();
  });
});
