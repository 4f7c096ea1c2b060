/**
 * Who may call which field of the company-catalog subgraph. DENY BY DEFAULT: a field without a
 * rule here answers FORBIDDEN to everyone, and `permissions.test.ts` fails until every field has
 * one. Rules come from `@portal/identity/shield` (see `subgraphs/portal/src/permissions.ts` for
 * the list). Catalogs are public, except to a partner key without `catalog:read`.
 *
 * `previewQuote` (and the value types only it returns) is for signed-in customers and partner
 * keys with `catalog:read`. Not anonymous visitors: pricing a cut list runs the optimizer, so it
 * is kept behind an identity the gateway can rate-limit. Not keys with only `quotes:read`: a
 * preview shows every catalog price, which a key without `catalog:read` must not read. Admins
 * are not customers and have no use for it yet.
 *
 * Company keys (made by an admin for one company's integration) read that company's catalog
 * only: the `Company` fields check the parent's id (`canReadCompanyCatalog`), `previewQuote` its
 * `companyId` argument. The item types below them (`Material`…) are entities, but no subgraph
 * returns references to them, so the gateway reaches them only through a `Company` field.
 *
 * Why some types are unwrapped: shield wraps every field resolver in an async rule check, even
 * for `allow`. A 100-panel preview has ~1 500 fields (every placement and cut), and the wrappers
 * cost more than the pricing itself (measured: 40 → 220 previews/s straight to the subgraph).
 * Their rule is `isPublic` anyway, so the wrapper only ever said yes.
 */
import { ForbiddenError } from '@portal/errors';
import {
  canReadCatalog,
  canReadCatalogOfCompanyArg,
  canReadCompanyCatalog,
  federationQueryRules,
  federationTypeRules,
  hasScope,
  isCustomer,
  isCustomerKey,
  isPublic,
} from '@portal/identity/shield';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { and, deny, type IRules, or, shield } from 'graphql-shield';

const canPreviewQuote = or(isCustomer, canReadCatalogOfCompanyArg);

/**
 * `compareQuote` prices at several companies for ONE customer (their discount at each): a
 * signed-in customer, or a customer's partner key with `catalog:read`. Not a company key (it
 * reads its own company's catalog only), not anonymous visitors (several layouts per request).
 */
const canCompareQuote = or(isCustomer, and(isCustomerKey, hasScope('catalog:read')));

/** The value types only `compareQuote` returns; like `PREVIEW_TYPES`, reached only through it. */
export const COMPARE_TYPES = [
  'QuoteComparison',
  'CompanyComparison',
  'ComparisonUnavailable',
  'ComparisonMatch',
  'ComparisonMissing',
] as const;

/**
 * The value types only `previewQuote` returns. Like `Money`, they hold no data of their own and
 * are reached only through a guarded field, so their rule is `isPublic`; and they are served
 * without shield's per-field wrapper (see `withPermissions`).
 */
export const PREVIEW_TYPES = [
  'QuotePricing',
  'QuotePricingTotals',
  'QuoteDiscount',
  'QuoteAmounts',
  'MaterialPricing',
  'BoardLayout',
  'BoardRect',
  'PanelPlacement',
  'CutSegment',
  'EdgeBandingLine',
  'CuttingLine',
  'ServiceLine',
  'PricedAccessoryLine',
  'PricedFeeLine',
] as const;

/** Public value types whose fields skip the shield wrapper; each must have `isPublic` below. */
export const UNWRAPPED_TYPES = [...PREVIEW_TYPES, 'Money'] as const;

export const catalogRules = {
  Query: {
    ...federationQueryRules,
    previewQuote: canPreviewQuote,
    compareQuote: canCompareQuote,
  },
  // Values inside `compareQuote`, which is guarded above.
  ...Object.fromEntries(COMPARE_TYPES.map((type) => [type, isPublic])),
  // Values inside `previewQuote`, which is guarded above.
  ...Object.fromEntries(PREVIEW_TYPES.map((type) => [type, isPublic])),
  ...federationTypeRules,
  // The id is the entity key the portal already serves publicly; the catalog is the data.
  Company: { id: isPublic, '*': canReadCompanyCatalog },
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
  const guarded = applyMiddleware(
    schema,
    shield(catalogRules, {
      fallbackRule: deny,
      // Resolver errors (COMPANY_UNAVAILABLE, NOT_FOUND…) pass through; a failed rule is FORBIDDEN.
      allowExternalErrors: true,
      fallbackError: (_error, _parent, _args, _ctx, info) =>
        new ForbiddenError(`Not allowed: ${info.parentType.name}.${info.fieldName}`),
    }),
  );
  const rules = catalogRules as Record<string, unknown>;
  for (const name of UNWRAPPED_TYPES) {
    if (rules[name] !== isPublic) throw new Error(`${name} must be isPublic to skip the shield`);
    const type = guarded.getType(name);
    if (!isObjectType(type)) continue;
    // These types have no resolvers of their own: the default field resolver is what ran inside.
    for (const field of Object.values(type.getFields())) field.resolve = undefined;
  }
  return guarded;
}
