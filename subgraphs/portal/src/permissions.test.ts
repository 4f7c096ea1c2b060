import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { API_KEY_SCOPES, type ApiKeyScope, type Identity } from '@portal/identity';
import { allowedFields, fieldsWithoutRule } from '@portal/identity/shield';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { portalRules } from './permissions.ts';

// Deny by default hides a field without a rule from everyone, silently; and a rule too loose
// opens a field to everyone. These tests make both visible in review: every field needs a rule,
// and what anonymous callers and partner keys reach is pinned here — change it on purpose.

const schema = buildSubgraphSchema([
  { typeDefs: parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8')) },
]);
const ROOTS = ['Query', 'Mutation', 'Subscription'];
const anonymous: Identity = { kind: 'anonymous' };
const partner: Identity = {
  kind: 'partner',
  apiKeyId: 'k',
  scopes: [...API_KEY_SCOPES],
  owner: { kind: 'customer', customerId: 'c' },
};
const entityTypes = Object.keys(schema.getTypeMap()).filter((name) =>
  (schema.getType('_Entity') as { getTypes?: () => { name: string }[] } | undefined)
    ?.getTypes?.()
    .some((t) => t.name === name),
);

const customer: Identity = { kind: 'customer', customerId: 'c', email: 'c@x.hu', sessionId: 's' };
/** The federation plumbing and public reads every caller gets. */
const anonymousRoots = [
  'Query.companies',
  'Query.company',
  'Query.me',
  'Query.passwordPolicy',
  'Query.devMailbox',
  'Query._entities',
  'Query._service',
];

describe('portal permissions', () => {
  it('name a rule for every field of the schema', () => {
    expect(fieldsWithoutRule(schema, portalRules)).toEqual([]);
  });

  it('open exactly these entry points to anonymous callers', async () => {
    expect(await allowedFields(schema, portalRules, anonymous, ROOTS)).toMatchInlineSnapshot(`
      [
        "Query.companies",
        "Query.company",
        "Query.me",
        "Query.passwordPolicy",
        "Query.devMailbox",
        "Query._entities",
        "Query._service",
        "Mutation.signUp",
        "Mutation.verifyEmail",
        "Mutation.resendVerification",
        "Mutation.signIn",
        "Mutation.adminSignIn",
        "Mutation.refreshSession",
        "Mutation.signOut",
        "Mutation.requestPasswordReset",
        "Mutation.resetPassword",
      ]
    `);
  });

  it('open exactly these entry points to a partner key with every scope', async () => {
    expect(await allowedFields(schema, portalRules, partner, ROOTS)).toMatchInlineSnapshot(`
      [
        "Query.companies",
        "Query.company",
        "Query.me",
        "Query.passwordPolicy",
        "Query.devMailbox",
        "Query.quote",
        "Query.quotes",
        "Query.order",
        "Query.orders",
        "Query._entities",
        "Query._service",
        "Subscription.quoteUpdated",
        "Subscription.orderUpdated",
        "Mutation.createQuote",
        "Mutation.updateQuote",
        "Mutation.duplicateQuote",
        "Mutation.deleteQuotes",
        "Mutation.repriceQuote",
        "Mutation.submitQuote",
      ]
    `);
  });

  it('give a partner key the quote fields of its scopes only', async () => {
    const withScopes = (scopes: ApiKeyScope[]): Identity => ({ ...partner, scopes });
    const quoteFields = async (identity: Identity) =>
      (await allowedFields(schema, portalRules, identity, ROOTS)).filter((f) => /quote/i.test(f));
    expect(await quoteFields(withScopes(['quotes:read']))).toEqual([
      'Query.quote',
      'Query.quotes',
      'Subscription.quoteUpdated',
    ]);
    expect(await quoteFields(withScopes(['quotes:write']))).toEqual([
      'Mutation.createQuote',
      'Mutation.updateQuote',
      'Mutation.duplicateQuote',
      'Mutation.deleteQuotes',
      'Mutation.repriceQuote',
      'Mutation.submitQuote',
    ]);
    expect(await quoteFields(withScopes(['catalog:read', 'orders:read']))).toEqual([]);
    const customer: Identity = {
      kind: 'customer',
      customerId: 'c',
      email: 'c@x.hu',
      sessionId: 's',
    };
    expect(await quoteFields(customer)).toHaveLength(9);
    expect(await quoteFields(anonymous)).toEqual([]);
  });

  it('give a partner key the order fields with orders:read only', async () => {
    const withScopes = (scopes: ApiKeyScope[]): Identity => ({ ...partner, scopes });
    const orderFields = async (identity: Identity) =>
      (await allowedFields(schema, portalRules, identity, ROOTS)).filter((f) => /order/i.test(f));
    expect(await orderFields(withScopes(['orders:read']))).toEqual([
      'Query.order',
      'Query.orders',
      'Subscription.orderUpdated',
    ]);
    expect(await orderFields(withScopes(['quotes:read', 'quotes:write']))).toEqual([]);
    expect(await orderFields(anonymous)).toEqual([]);
    const companyKey: Identity = { ...partner, owner: { kind: 'company', companyId: 'co' } };
    expect(await orderFields(companyKey)).toEqual([]);
  });

  it('keep scopes on the edges between quotes and orders, and usage for owners', async () => {
    const withScopes = (scopes: ApiKeyScope[]): Identity => ({ ...partner, scopes });
    const edges = async (identity: Identity) =>
      (await allowedFields(schema, portalRules, identity, ['Quote', 'Order', 'ApiKey'])).filter(
        (f) => ['Quote.order', 'Order.quote', 'ApiKey.usage'].includes(f),
      );
    // A key reaching a quote (quotes:read, or quotes:write through a mutation's result) does
    // not read its order without orders:read, nor an order's quote without quotes:read.
    expect(await edges(withScopes(['quotes:read', 'quotes:write']))).toEqual(['Order.quote']);
    expect(await edges(withScopes(['orders:read']))).toEqual(['Quote.order']);
    expect(await edges(withScopes(['catalog:read']))).toEqual([]);
    expect(await edges(partner)).toEqual(['Quote.order', 'Order.quote']);
    // A company key has neither, whatever its scopes say.
    const companyKey: Identity = { ...partner, owner: { kind: 'company', companyId: 'co' } };
    expect(await edges(companyKey)).toEqual([]);
    expect(await edges(customer)).toEqual(['ApiKey.usage', 'Quote.order', 'Order.quote']);
    const support: Identity = {
      kind: 'admin',
      adminId: 'a',
      email: 'a@x.hu',
      role: 'support',
      sessionId: 's',
    };
    expect(await edges(support)).toContain('ApiKey.usage');
  });

  it("give a company key (an admin's, for one company) no customer data at all", async () => {
    const companyKey: Identity = {
      ...partner,
      owner: { kind: 'company', companyId: 'co' },
    };
    const allowed = await allowedFields(schema, portalRules, companyKey, ROOTS);
    // Every scope, yet nothing of customers: no quotes, no account, no admin fields.
    expect(allowed.filter((f) => !anonymousRoots.includes(f))).toEqual([]);
    expect(allowed).not.toContain('Query.quotes');
  });

  it('let only role admin make and revoke company keys; admins and support read the log', async () => {
    const admin = (role: 'admin' | 'support'): Identity => ({
      kind: 'admin',
      adminId: 'a',
      email: 'a@x.hu',
      role,
      sessionId: 's',
    });
    const companyKeyFields = ['Mutation.createCompanyApiKey', 'Mutation.revokeCompanyApiKey'];
    const rootsOf = async (identity: Identity) =>
      allowedFields(schema, portalRules, identity, ROOTS);
    expect(await rootsOf(admin('admin'))).toEqual(expect.arrayContaining(companyKeyFields));
    for (const identity of [admin('support'), customer, partner, anonymous]) {
      const allowed = await rootsOf(identity);
      expect(allowed.filter((f) => companyKeyFields.includes(f))).toEqual([]);
    }
    const logFields = ['AdminQuery.auditLog', 'AdminQuery.companyApiKeys', 'AuditEvent.details'];
    const adminTypes = ['AdminQuery', 'AuditEvent'];
    for (const role of ['admin', 'support'] as const) {
      expect(await allowedFields(schema, portalRules, admin(role), adminTypes)).toEqual(
        expect.arrayContaining(logFields),
      );
    }
    for (const identity of [customer, partner, anonymous]) {
      expect(await allowedFields(schema, portalRules, identity, adminTypes)).toEqual([]);
    }
  });

  it('let anonymous callers resolve only these entities through _entities', async () => {
    expect(await allowedFields(schema, portalRules, anonymous, entityTypes)).toMatchInlineSnapshot(`
      [
        "Company.id",
        "Company.name",
        "Company.slug",
        "Company.contact",
      ]
    `);
  });
});
