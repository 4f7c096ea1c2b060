import { buildSchema } from 'graphql';
import { deny, or } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import type { Identity } from './identity.ts';
import {
  allowedFields,
  canReadCatalog,
  fieldsWithoutRule,
  hasScope,
  isAdmin,
  isAnonymous,
  isAuthenticated,
  isCustomer,
  isPartner,
  isPartnerOrCustomer,
  isPublic,
  isSupportOrAdmin,
} from './shield.ts';

const anonymous: Identity = { kind: 'anonymous' };
const customer: Identity = { kind: 'customer', customerId: 'c', email: 'c@x.hu', sessionId: 's' };
const admin: Identity = {
  kind: 'admin',
  adminId: 'a',
  email: 'a@x.hu',
  role: 'admin',
  sessionId: 's',
};
const support: Identity = { ...admin, role: 'support' };
const catalogKey: Identity = {
  kind: 'partner',
  apiKeyId: 'k1',
  scopes: ['catalog:read'],
  owner: { kind: 'company', companyId: 'co' },
};
const ordersKey: Identity = { ...catalogKey, apiKeyId: 'k2', scopes: ['orders:read'] };
const everyone = { anonymous, customer, admin, support, catalogKey, ordersKey };

const schema = buildSchema(`
  type Query {
    open: Int
    anon: Int
    authed: Int
    customer: Int
    admin: Int
    staff: Int
    partner: Int
    partnerOrCustomer: Int
    orders: Int
    catalog: Int
    customerOrOrders: Int
    forgotten: Int
  }
`);

const rules = {
  Query: {
    open: isPublic,
    anon: isAnonymous,
    authed: isAuthenticated,
    customer: isCustomer,
    admin: isAdmin,
    staff: isSupportOrAdmin,
    partner: isPartner,
    partnerOrCustomer: isPartnerOrCustomer,
    orders: hasScope('orders:read'),
    catalog: canReadCatalog,
    customerOrOrders: or(isCustomer, hasScope('orders:read')),
    forgotten: deny,
  },
};

describe('shield rules', () => {
  it('let exactly the intended callers through', async () => {
    const reach: Record<string, string[]> = {};
    for (const [name, identity] of Object.entries(everyone)) {
      reach[name] = (await allowedFields(schema, rules, identity)).map((f) => f.slice(6));
    }
    expect(reach).toEqual({
      anonymous: ['open', 'anon', 'catalog'],
      customer: ['open', 'authed', 'customer', 'partnerOrCustomer', 'catalog', 'customerOrOrders'],
      admin: ['open', 'authed', 'admin', 'staff', 'catalog'],
      support: ['open', 'authed', 'staff', 'catalog'],
      catalogKey: ['open', 'authed', 'partner', 'partnerOrCustomer', 'catalog'],
      ordersKey: ['open', 'authed', 'partner', 'partnerOrCustomer', 'orders', 'customerOrOrders'],
    });
  });

  it('gives one rule per scope (shield refuses two rules of one name)', () => {
    expect(hasScope('quotes:read')).toBe(hasScope('quotes:read'));
    expect(hasScope('quotes:read')).not.toBe(hasScope('quotes:write'));
  });

  it('denies a context without an identity (a wiring bug, not an anonymous caller)', async () => {
    const rule = isAnonymous as unknown as { resolve: (...args: unknown[]) => Promise<unknown> };
    const options = { debug: false, hashFunction: () => '' };
    expect(await rule.resolve({}, {}, { _shield: { cache: {} } }, {}, options)).toBe(false);
  });

  it('names the fields a rule tree forgets', () => {
    const twoTypes = buildSchema('type Query { a: Int b: Thing } type Thing { x: Int y: Int }');
    expect(fieldsWithoutRule(twoTypes, { Query: { a: isPublic } })).toEqual([
      'Query.b',
      'Thing.x',
      'Thing.y',
    ]);
    expect(
      fieldsWithoutRule(twoTypes, { Query: { a: isPublic, b: isCustomer }, Thing: isCustomer }),
    ).toEqual([]);
    expect(fieldsWithoutRule(twoTypes, { Query: { '*': isPublic }, Thing: { x: deny } })).toEqual([
      'Thing.y',
    ]);
  });
});
