import { testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOD_PASSWORD,
  type PortalHarness,
  REFRESH,
  SIGN_IN,
  startPortalHarness,
} from '../test/portal-harness.ts';
import { provisionAdmin } from './auth/admin-accounts.ts';

const ADMIN_SIGN_IN = `mutation($email: String!, $password: String!) {
  adminSignIn(email: $email, password: $password) {
    session { id accessToken refreshToken }
    admin { id email name role }
    customer { id }
    error { code retryAfterSeconds }
  }
}`;

describe.each(testEngines())('admins on %s', (engine) => {
  let h: PortalHarness;
  beforeAll(async () => {
    h = await startPortalHarness(engine);
    for (const [email, role] of [
      ['root@portal.test', 'admin'],
      ['help@portal.test', 'support'],
    ] as const) {
      const created = await provisionAdmin(h.db, {
        email,
        name: role,
        role,
        password: GOOD_PASSWORD,
      });
      expect('admin' in created).toBe(true);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('signs admins in separately, with their role in the token', async () => {
    const r = await h.run(ADMIN_SIGN_IN, { email: 'ROOT@portal.test', password: GOOD_PASSWORD });
    expect(r.errors).toBeUndefined();
    expect(r.data.adminSignIn).toMatchObject({
      admin: { email: 'root@portal.test', role: 'ADMIN' },
      customer: null,
      error: null,
    });
    const claims = await h.subgraph.accounts.accessTokens.verify(
      r.data.adminSignIn.session.accessToken,
    );
    expect(claims).toMatchObject({
      portal_kind: 'admin',
      admin_role: 'admin',
      role: 'authenticated',
    });
    const identity = await h.identityOf(r.data.adminSignIn.session.accessToken);
    const me = await h.run('{ admin { me { email role } } me { id } }', undefined, identity);
    expect(me.data).toEqual({
      admin: { me: { email: 'root@portal.test', role: 'ADMIN' } },
      me: null,
    });

    const refreshed = await h.run(REFRESH, {
      refreshToken: r.data.adminSignIn.session.refreshToken,
    });
    expect(refreshed.data.refreshSession).toMatchObject({
      admin: { email: 'root@portal.test', role: 'ADMIN' },
      customer: null,
      error: null,
    });

    const support = await h.run(ADMIN_SIGN_IN, {
      email: 'help@portal.test',
      password: GOOD_PASSWORD,
    });
    const supportIdentity = await h.identityOf(support.data.adminSignIn.session.accessToken);
    expect(supportIdentity).toMatchObject({ kind: 'admin', role: 'support' });
    const supportMe = await h.run('{ admin { me { role } } }', undefined, supportIdentity);
    expect(supportMe.data.admin.me.role).toBe('SUPPORT');
  });

  it('keeps customer and admin credentials apart', async () => {
    await h.customer('customer@portal.test');
    const customerAsAdmin = await h.run(ADMIN_SIGN_IN, {
      email: 'customer@portal.test',
      password: GOOD_PASSWORD,
    });
    expect(customerAsAdmin.data.adminSignIn.error.code).toBe('INVALID_CREDENTIALS');
    const adminAsCustomer = await h.run(SIGN_IN, {
      email: 'root@portal.test',
      password: GOOD_PASSWORD,
    });
    expect(adminAsCustomer.data.signIn.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an admin email out too', async () => {
    for (let i = 0; i < 5; i++) {
      await h.run(ADMIN_SIGN_IN, { email: 'help@portal.test', password: `Wrong-password-${i}` });
    }
    const locked = await h.run(ADMIN_SIGN_IN, {
      email: 'help@portal.test',
      password: GOOD_PASSWORD,
    });
    expect(locked.data.adminSignIn.error.code).toBe('LOCKED_OUT');
    expect(locked.data.adminSignIn.error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses a duplicate or weak admin', async () => {
    const duplicate = await provisionAdmin(h.db, {
      email: 'Root@Portal.test',
      name: 'x',
      role: 'admin',
      password: GOOD_PASSWORD,
    });
    expect(duplicate).toMatchObject({ error: { code: 'EMAIL_TAKEN' } });
    const weak = await provisionAdmin(h.db, {
      email: 'new@portal.test',
      name: 'x',
      role: 'support',
      password: 'password',
    });
    expect(weak).toMatchObject({ error: { code: 'WEAK_PASSWORD' } });
  });
});
