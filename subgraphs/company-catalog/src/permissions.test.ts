import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Identity } from '@portal/identity';
import { allowedFields, fieldsWithoutRule } from '@portal/identity/shield';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { catalogRules } from './permissions.ts';

// Every field needs a rule (deny by default would hide it silently), and what each kind of
// caller reaches is pinned: catalogs are public, except to a partner key without catalog:read.

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

  it('serve every field to anonymous callers and to partner keys with catalog:read', async () => {
    const objectFields = allFields.filter((f) => !f.startsWith('MaterialFilter.'));
    for (const identity of [{ kind: 'anonymous' } as const, partner(['catalog:read'])]) {
      expect(await allowedFields(schema, catalogRules, identity)).toEqual(objectFields);
    }
  });

  it('serve a partner key without catalog:read only the plumbing and plain values', async () => {
    expect(
      await allowedFields(schema, catalogRules, partner(['orders:read', 'quotes:write'])),
    ).toMatchInlineSnapshot(`
        [
          "Money.amount",
          "Money.currency",
          "PageInfo.hasNextPage",
          "PageInfo.hasPreviousPage",
          "PageInfo.startCursor",
          "PageInfo.endCursor",
          "Company.id",
          "_Service.sdl",
          "Query._entities",
          "Query._service",
        ]
      `);
  });
});
