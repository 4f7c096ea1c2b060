import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Identity } from '@portal/identity';
import { allowedFields, fieldsWithoutRule } from '@portal/identity/shield';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { catalogRules, PREVIEW_TYPES } from './permissions.ts';

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
const partner = (scopes: Extract<Identity, { kind: 'partner' }>['scopes']): Identity => ({
  kind: 'partner',
  apiKeyId: 'k',
  scopes,
  owner: { kind: 'company', companyId: 'c' },
});

describe('company-catalog permissions', () => {
  it('name a rule for every field of the schema', () => {
    expect(fieldsWithoutRule(schema, catalogRules)).toEqual([]);
  });

  const objectFields = allFields.filter(
    (f) =>
      !/^(MaterialFilter|QuoteInput|QuotePanelInput|QuoteAccessoryInput|QuoteFeeInput)\./.test(f),
  );
  /** Fields of the value types only previewQuote returns (public values, like Money). */
  const isPreviewValue = (f: string) => PREVIEW_TYPES.some((t) => f.startsWith(`${t}.`));

  it('serve every field to customers and to partner keys with catalog:read', async () => {
    const customer: Identity = { kind: 'customer', customerId: 'c', email: 'c@x', sessionId: 's' };
    for (const identity of [customer, partner(['catalog:read'])]) {
      expect(await allowedFields(schema, catalogRules, identity)).toEqual(objectFields);
    }
  });

  it('serve anonymous callers the catalog but not previewQuote', async () => {
    const anonymous = await allowedFields(schema, catalogRules, { kind: 'anonymous' });
    expect(anonymous).toEqual(objectFields.filter((f) => f !== 'Query.previewQuote'));
    expect(objectFields.filter(isPreviewValue)).toContain('QuotePricing.finalTotal');
  });

  it('refuse previewQuote to a partner key with quotes:read but not catalog:read', async () => {
    const allowed = await allowedFields(schema, catalogRules, partner(['quotes:read']));
    expect(allowed).not.toContain('Query.previewQuote');
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
