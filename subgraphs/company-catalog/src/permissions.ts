/**
 * Who may call which field of the company-catalog subgraph. DENY BY DEFAULT: a field without a
 * rule here answers FORBIDDEN to everyone, and `permissions.test.ts` fails until every field has
 * one. Rules come from `@portal/identity/shield` (see `subgraphs/portal/src/permissions.ts` for
 * the list). Catalogs are public, except to a partner key without `catalog:read`.
 */
import { ForbiddenError } from '@portal/errors';
import {
  canReadCatalog,
  federationQueryRules,
  federationTypeRules,
  isPublic,
} from '@portal/identity/shield';
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, type IRules, shield } from 'graphql-shield';

export const catalogRules = {
  Query: { ...federationQueryRules },
  ...federationTypeRules,
  // The id is the entity key the portal already serves publicly; the catalog is the data.
  Company: { id: isPublic, '*': canReadCatalog },
  Material: canReadCatalog,
  EdgeBanding: canReadCatalog,
  LinearMaterial: canReadCatalog,
  Accessory: canReadCatalog,
  Fee: canReadCatalog,
  CompanyServices: canReadCatalog,
  MaterialFilters: canReadCatalog,
  BrandFacet: canReadCatalog,
  Brand: canReadCatalog,
  MaterialGroup: canReadCatalog,
  MaterialSettings: canReadCatalog,
  MaterialConnection: canReadCatalog,
  MaterialEdge: canReadCatalog,
  EdgeBandingConnection: canReadCatalog,
  EdgeBandingEdge: canReadCatalog,
  LinearMaterialConnection: canReadCatalog,
  LinearMaterialEdge: canReadCatalog,
  AccessoryConnection: canReadCatalog,
  AccessoryEdge: canReadCatalog,
  // Values inside fields already guarded above.
  Money: isPublic,
  PageInfo: isPublic,
} satisfies IRules;

/** The catalog schema with `catalogRules` enforced on every field resolver. */
export function withPermissions(schema: GraphQLSchema): GraphQLSchema {
  return applyMiddleware(
    schema,
    shield(catalogRules, {
      fallbackRule: deny,
      // Resolver errors (COMPANY_UNAVAILABLE, NOT_FOUND…) pass through; a failed rule is FORBIDDEN.
      allowExternalErrors: true,
      fallbackError: (_error, _parent, _args, _ctx, info) =>
        new ForbiddenError(`Not allowed: ${info.parentType.name}.${info.fieldName}`),
    }),
  );
}
