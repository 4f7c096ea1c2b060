import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Identity } from '@portal/identity';
import { allowedFields, fieldsWithoutRule } from '@portal/identity/shield';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COMPARE_TYPES, catalogRules, PREVIEW_TYPES } from './permissions.ts';

// Every field needs a rule (deny by default would hide it silently), and what each kind of
// caller reaches is pinned: catalogs are public, except to a partner key without catalog:read;
// previewQuote is for signed-in customers and partner keys with catalog:read.

const schema = buildSubgraphSchema([
  { typeDefs: parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8')) },
]);
const allFields = Object.values(schema.getTypeMap()).flatMap((type) =>
  'getFields' in type && !type.name.startsWith('__') && !('getValues' in type)
    ? Object.keys((type as { getFields: () => object }).getFields()).map((f) => `${type.name}.${f}`)
    : [],
);
type Partner = Extract<Identity, { kind: 'partner' }>;
const partner = (
  scopes: Partner['scopes'],
  owner: Partner['owner'] = { kind: 'customer', customerId: 'u' },
): Identity => ({ kind: 'partner', apiKeyId: 'k', scopes, owner });
const companyKey = partner(['catalog:read'], { kind: 'company', companyId: 'own' });
/** What the company-dependent rules see: a `Company` parent and a `companyId` argument. */
const at = (companyId: string) => ({ parent: { id: companyId }, args: { companyId } });

describe('company-catalog permissions', () => {
  it('name a rule for every field of the schema', () => {
    expect(fieldsWithoutRule(schema, catalogRules)).toEqual([]);
  });

  const objectFields = allFields.filter(
    (f) =>
      !/^(MaterialFilter|QuoteInput|QuotePanelInput|QuoteAccessoryInput|QuoteFeeInput|CompareSubstitutionInput)\./.test(
        f,
      ),
  );
  /** Fields of the value types only previewQuote / compareQuote return (public, like Money). */
  const isPreviewValue = (f: string) =>
    [...PREVIEW_TYPES, ...COMPARE_TYPES].some((t) => f.startsWith(`${t}.`));

  it('serve every field to customers and to partner keys with catalog:read', async () => {
    const customer: Identity = { kind: 'customer', customerId: 'c', email: 'c@x', sessionId: 's' };
    for (const identity of [customer, partner(['catalog:read'])]) {
      expect(await allowedFields(schema, catalogRules, identity)).toEqual(objectFields);
    }
  });

  it('serve anonymous callers the catalog but not previewQuote', async () => {
    const anonymous = await allowedFields(schema, catalogRules, { kind: 'anonymous' });
    expect(anonymous).toEqual(
      objectFields.filter((f) => f !== 'Query.previewQuote' && f !== 'Query.compareQuote'),
    );
    expect(objectFields.filter(isPreviewValue)).toContain('QuotePricing.finalTotal');
  });

  it("serve a company key its own company's catalog and previews, and no other's", async () => {
    // Everything of its own company, except comparing (a customer's tool).
    expect(await allowedFields(schema, catalogRules, companyKey, undefined, at('own'))).toEqual(
      objectFields.filter((f) => f !== 'Query.compareQuote'),
    );
    const elsewhere = await allowedFields(schema, catalogRules, companyKey, undefined, at('other'));
    expect(elsewhere).not.toContain('Query.previewQuote');
    expect(elsewhere).not.toContain('Query.compareQuote');
    expect(elsewhere.filter((f) => f.startsWith('Company.'))).toEqual(['Company.id']);
    // A customer's key reads every public catalog, like its owner.
    const customerKey = partner(['catalog:read']);
    expect(await allowedFields(schema, catalogRules, customerKey, undefined, at('other'))).toEqual(
      objectFields,
    );
  });

  it('refuse previewQuote to a partner key with quotes:read but not catalog:read', async () => {
    const allowed = await allowedFields(schema, catalogRules, partner(['quotes:read']));
    expect(allowed).not.toContain('Query.previewQuote');
    expect(allowed).not.toContain('Query.compareQuote');
  });

  it("serve compareQuote to customers and their keys with catalog:read, never a company's key", async () => {
    const customer: Identity = { kind: 'customer', customerId: 'c', email: 'c@x', sessionId: 's' };
    expect(await allowedFields(schema, catalogRules, customer)).toContain('Query.compareQuote');
    expect(await allowedFields(schema, catalogRules, partner(['catalog:read']))).toContain(
      'Query.compareQuote',
    );
    for (const companyId of ['own', 'other']) {
      expect(
        await allowedFields(schema, catalogRules, companyKey, undefined, at(companyId)),
      ).not.toContain('Query.compareQuote');
    }
    const admin: Identity = {
      kind: 'admin',
      adminId: 'a',
      email: 'a@x',
      role: 'admin',
      sessionId: 's',
    };
    expect(await allowedFields(schema, catalogRules, admin)).not.toContain('Query.compareQuote');
  });

  it('serve a partner key without catalog:read only the plumbing and plain values', async () => {
    const allowed = await allowedFields(
      schema,
      catalogRules,
      partner(['orders:read', 'quotes:write']),
    );
    // The preview's value types are public values (reachable only through previewQuote).
    expect(allowed.filter(isPreviewValue).length).toBeGreaterThan(50);
    expect(allowed.filter((f) => !isPreviewValue(f))).toMatchInlineSnapshot(`
      [
        "Money.amount",
        "Money.currency",
        "PageInfo.hasNextPage",
        "PageInfo.hasPreviousPage",
        "PageInfo.startCursor",
        "PageInfo.endCursor",
        "Company.id",
        "Query._entities",
        "Query._service",
        "_Service.sdl",
      ]
    `);
  });
});
