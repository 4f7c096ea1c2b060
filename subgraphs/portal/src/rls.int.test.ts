import { withRole } from '@portal/db';
import { testEngines } from '@portal/db/testing';
import type { Identity } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';

/**
 * Isolation in the database itself: the same statements a resolver could run, as
 * `authenticated` with customer A's claims, never see or change customer B's rows.
 */
describe.each(testEngines())('row-level security of account tables on %s', (engine) => {
  let h: PortalHarness;
  let a: string;
  let b: string;
  let bKeyId: string;

  const asA = <T>(fn: Parameters<typeof withRole<T>>[2]) =>
    withRole(h.db, { role: 'authenticated', claims: { sub: a, role: 'authenticated' } }, fn);

  beforeAll(async () => {
    h = await startPortalHarness(engine);
    const extra = (name: string) => ({
      billing: { name: `${name} Kft.`, city: 'Győr' },
      companyIds: [h.companyIds.alfa],
    });
    const ca = await h.customer('a@example.hu', extra('A'));
    const cb = await h.customer('b@example.hu', extra('B'));
    a = ca.customerId;
    b = cb.customerId;
    for (const c of [ca, cb]) {
      await h.run(
        `mutation { createApiKey(input: { name: "k", scopes: [CATALOG_READ] }) { key } }`,
        undefined,
        c.identity as Identity,
      );
    }
    const [key] = await h.db.query<{ id: string }>(
      'select id from api_keys where customer_id = $1',
      [b],
    );
    bKeyId = key!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows A only A rows of every customer-owned table', async () => {
    const seen = await asA(async (tx) => ({
      customers: await tx.query<{ id: string }>('select id from customers'),
      billing: await tx.query<{ customer_id: string }>('select customer_id from customer_billing'),
      companies: await tx.query<{ customer_id: string }>(
        'select customer_id from customer_companies',
      ),
      keys: await tx.query<{ customer_id: string }>('select customer_id from api_keys'),
      sessions: await tx.query<{ customer_id: string }>('select customer_id from auth_sessions'),
      byId: await tx.query('select id from customers where id = $1', [b]),
    }));
    expect(seen.customers.map((r) => r.id)).toEqual([a]);
    expect(seen.billing.map((r) => r.customer_id)).toEqual([a]);
    expect(seen.companies.map((r) => r.customer_id)).toEqual([a]);
    expect(seen.keys.map((r) => r.customer_id)).toEqual([a]);
    expect(new Set(seen.sessions.map((r) => r.customer_id))).toEqual(new Set([a]));
    expect(seen.byId).toEqual([]);
  });

  it('lets A change none of B rows', async () => {
    const changed = await asA(async (tx) => ({
      customer: await tx.query(`update customers set name = 'hacked' where id = $1 returning id`, [
        b,
      ]),
      billing: await tx.query(
        `update customer_billing set city = 'hacked' where customer_id = $1 returning customer_id`,
        [b],
      ),
      company: await tx.query(
        `update customer_companies set is_active = false where customer_id = $1 returning customer_id`,
        [b],
      ),
      key: await tx.query(`update api_keys set revoked_at = now() where id = $1 returning id`, [
        bKeyId,
      ]),
      deletedBilling: await tx.query(
        'delete from customer_billing where customer_id = $1 returning customer_id',
        [b],
      ),
    }));
    expect(changed).toEqual({
      customer: [],
      billing: [],
      company: [],
      key: [],
      deletedBilling: [],
    });
    const [bRow] = await h.db.query<{ name: string }>('select name from customers where id = $1', [
      b,
    ]);
    expect(bRow!.name).toBe('Kovács Anna');

    const refusals = [
      `insert into customer_billing (customer_id, name) values ('${b}', 'x')`,
      `insert into customer_companies (customer_id, company_id) values ('${b}', '${h.companyIds.zeta}')`,
      `insert into api_keys (name, prefix, key_hash, scopes, customer_id)
         values ('x', 'abcdefabcdef', '${'0'.repeat(64)}', '{catalog:read}', '${b}')`,
      // A deactivated company cannot be connected, even by A for A.
      `insert into customer_companies (customer_id, company_id) values ('${a}', '${h.companyIds.regi}')`,
    ];
    for (const sql of refusals) {
      await expect(
        asA((tx) => tx.query(sql)),
        sql,
      ).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('keeps secrets and service tables away from customers and visitors', async () => {
    const denied = [
      'select password_hash from customers',
      'select key_hash from api_keys',
      'select token_hash from refresh_tokens',
      'select token_hash from email_tokens',
      'select email from admins',
      'select to_address from mail_outbox',
      'select email_key from sign_in_attempts',
      // The discount is the company's to set.
      `update customer_companies set discount_percent = 50`,
      // So is the verification state.
      'update customers set email_verified_at = now()',
    ];
    for (const sql of denied) {
      await expect(
        asA((tx) => tx.query(sql)),
        sql,
      ).rejects.toMatchObject({ code: '42501' });
    }
    await expect(
      withRole(h.db, { role: 'anon' }, (tx) => tx.query('select id from customers')),
    ).rejects.toMatchObject({ code: '42501' });
  });
});
