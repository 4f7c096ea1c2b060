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
        "Query._entities",
        "Query._service",
        "Mutation.createQuote",
        "Mutation.updateQuote",
        "Mutation.duplicateQuote",
        "Mutation.deleteQuotes",
        "Mutation.repriceQuote",
      ]
    `);
  });

  it('give a partner key the quote fields of its scopes only', async () => {
    const withScopes = (scopes: ApiKeyScope[]): Identity => ({ ...partner, scopes });
    const quoteFields = async (identity: Identity) =>
      (await allowedFields(schema, portalRules, identity, ROOTS)).filter((f) => /quote/i.test(f));
    expect(await quoteFields(withScopes(['quotes:read']))).toEqual(['Query.quote', 'Query.quotes']);
    expect(await quoteFields(withScopes(['quotes:write']))).toEqual([
      'Mutation.createQuote',
      'Mutation.updateQuote',
      'Mutation.duplicateQuote',
      'Mutation.deleteQuotes',
      'Mutation.repriceQuote',
    ]);
    expect(await quoteFields(withScopes(['catalog:read', 'orders:read']))).toEqual([]);
    const customer: Identity = {
      kind: 'customer',
      customerId: 'c',
      email: 'c@x.hu',
      sessionId: 's',
    };
    expect(await quoteFields(customer)).toHaveLength(7);
    expect(await quoteFields(anonymous)).toEqual([]);
  });

  it('let anonymous callers resolve only these entities through _entities', async () => {
    expect(await allowedFields(schema, portalRules, anonymous, entityTypes)).toMatchInlineSnapshot(`
      [
        "Company.id",
        "Company.name",
        "Company.slug",
      ]
    `);
  });
});
