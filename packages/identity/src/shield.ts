import { type GraphQLSchema, isIntrospectionType, isObjectType } from 'graphql';
import { allow, type and, type IRules, rule } from 'graphql-shield';
import type { ApiKeyScope, Identity } from './identity.ts';

/**
 * The permission rules every subgraph uses with graphql-shield (deny by default). A subgraph's
 * `src/permissions.ts` names one rule per type or field; resolvers still check ownership
 * (this customer's quote, this key's owner), because a rule sees who calls, not which row.
 *
 * Rules only read `ctx.identity`, so their result is cached per request ('contextual').
 */
export interface IdentityContext {
  identity: Identity;
}

/** A rule or a combination (`and`, `or`, `allow`…); graphql-shield does not export the name. */
export type ShieldRule = Parameters<typeof and>[0];

type Check = (identity: Identity) => boolean;

function identityRule(name: string, check: Check): ShieldRule {
  return rule(name, { cache: 'contextual' })(
    (_parent: unknown, _args: unknown, ctx: Partial<IdentityContext> | undefined) =>
      // A context without an identity is a wiring bug: deny rather than guess.
      ctx?.identity !== undefined && check(ctx.identity),
  );
}

/** Anyone, signed in or not: data the portal shows on its public pages. */
export const isPublic: ShieldRule = allow;

/** Only callers without credentials (e.g. signing up or in). */
export const isAnonymous = identityRule('isAnonymous', (id) => id.kind === 'anonymous');

/** Any identified caller: a customer, an admin or a partner key. */
export const isAuthenticated = identityRule('isAuthenticated', (id) => id.kind !== 'anonymous');

/** A signed-in customer (not a partner key acting for one: combine with `hasScope`). */
export const isCustomer = identityRule('isCustomer', (id) => id.kind === 'customer');

/** A signed-in admin with the `admin` role (support staff excluded). */
export const isAdmin = identityRule('isAdmin', (id) => id.kind === 'admin' && id.role === 'admin');

/** A signed-in admin of either role, `admin` or `support` (read-mostly admin screens). */
export const isSupportOrAdmin = identityRule('isSupportOrAdmin', (id) => id.kind === 'admin');

/** Any partner API key, whatever its scopes. */
export const isPartner = identityRule('isPartner', (id) => id.kind === 'partner');

/** A signed-in customer or a partner key of any scope. */
export const isPartnerOrCustomer = identityRule(
  'isPartnerOrCustomer',
  (id) => id.kind === 'customer' || id.kind === 'partner',
);

// One rule instance per scope: shield caches by rule name and refuses two rules of one name.
const scopeRules = new Map<ApiKeyScope, ShieldRule>();

/** A partner API key that carries `scope`. */
export function hasScope(scope: ApiKeyScope): ShieldRule {
  let scoped = scopeRules.get(scope);
  if (!scoped) {
    scoped = identityRule(
      `hasScope:${scope}`,
      (id) => id.kind === 'partner' && id.scopes.includes(scope),
    );
    scopeRules.set(scope, scoped);
  }
  return scoped;
}

/** A partner key made by a customer for their own account (it acts for that customer). */
export const isCustomerKey = identityRule(
  'isCustomerKey',
  (id) => id.kind === 'partner' && id.owner.kind === 'customer',
);

/** A partner key an admin made for a company's integration (it acts for that company). */
export const isCompanyKey = identityRule(
  'isCompanyKey',
  (id) => id.kind === 'partner' && id.owner.kind === 'company',
);

/** Public catalog data: everyone, except a partner key without `catalog:read`. */
export const canReadCatalog = identityRule(
  'canReadCatalog',
  (id) => id.kind !== 'partner' || id.scopes.includes('catalog:read'),
);

/** Whether a company key may read the catalog of `companyId`: its own company only. */
function catalogOpenTo(identity: Identity | undefined, companyId: unknown): boolean {
  if (identity === undefined) return false;
  if (identity.kind !== 'partner') return true;
  if (!identity.scopes.includes('catalog:read')) return false;
  return identity.owner.kind === 'customer' || identity.owner.companyId === companyId;
}

/**
 * `canReadCatalog` for one company's catalog, on the fields of `Company` (the parent's `id`):
 * a company key reads its own company's catalog only. Depends on the parent, so not cached.
 */
export const canReadCompanyCatalog: ShieldRule = rule('canReadCompanyCatalog', {
  cache: 'no_cache',
})((parent: { id?: unknown } | undefined, _args: unknown, ctx: Partial<IdentityContext>) =>
  catalogOpenTo(ctx?.identity, parent?.id),
);

/**
 * A partner key with `catalog:read` that may price at the `companyId` argument: a customer's
 * key anywhere (catalogs are public), a company key at its own company only.
 */
export const canReadCatalogOfCompanyArg: ShieldRule = rule('canReadCatalogOfCompanyArg', {
  // Not 'strict': hashing a 1000-panel input to cache one boolean costs more than the check.
  cache: 'no_cache',
})(
  (_parent: unknown, args: { companyId?: unknown } | undefined, ctx: Partial<IdentityContext>) =>
    ctx?.identity?.kind === 'partner' && catalogOpenTo(ctx.identity, args?.companyId),
);

/**
 * Federation plumbing every subgraph allows: the gateway's schema fetch and entity lookups.
 * `_entities` is safe to allow because each entity type's fields carry their own rules.
 */
export const federationQueryRules = { _service: allow, _entities: allow } as const;
export const federationTypeRules = { _Service: allow } as const;

/**
 * `Type.field` names of object fields the rule tree does not name (no type-wide rule, no field
 * rule, no `*`). Deny by default would hide them silently; tests call this and expect `[]`.
 */
export function fieldsWithoutRule(schema: GraphQLSchema, rules: IRules): string[] {
  const missing: string[] = [];
  const tree = rules as Record<string, unknown>;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const typeRules = tree[type.name];
    if (typeRules === undefined) {
      missing.push(...Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
      continue;
    }
    if (isShieldRule(typeRules)) continue;
    const fieldRules = typeRules as Record<string, unknown>;
    if (fieldRules['*'] !== undefined) continue;
    for (const field of Object.keys(type.getFields())) {
      if (fieldRules[field] === undefined) missing.push(`${type.name}.${field}`);
    }
  }
  return missing;
}

/**
 * `Type.field` names the identity may call under the rule tree (deny by default), for tests
 * that pin who reaches what: e.g. the fields open to anonymous callers, or to a partner key
 * with one scope. Rules that look at the parent or the arguments (a company key's own company)
 * see `at.parent` / `at.args`, the same for every field (default: empty objects).
 */
export async function allowedFields(
  schema: GraphQLSchema,
  rules: IRules,
  identity: Identity,
  types?: readonly string[],
  at: { parent?: object; args?: object } = {},
): Promise<string[]> {
  const tree = rules as Record<string, unknown>;
  const options = {
    debug: false,
    allowExternalErrors: true,
    fallbackRule: allow,
    hashFunction: () => 'static',
  };
  const allowed: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    if (types && !types.includes(type.name)) continue;
    const typeRules = tree[type.name];
    for (const field of Object.keys(type.getFields())) {
      let fieldRule: unknown;
      if (isShieldRule(typeRules)) fieldRule = typeRules;
      else if (typeRules) {
        const map = typeRules as Record<string, unknown>;
        fieldRule = map[field] ?? map['*'];
      }
      if (!isShieldRule(fieldRule)) continue; // deny by default
      const ctx = { identity, _shield: { cache: {} } };
      const result = await (fieldRule as RuleLike).resolve(
        at.parent ?? {},
        at.args ?? {},
        ctx,
        {} as never,
        options,
      );
      if (result === true) allowed.push(`${type.name}.${field}`);
    }
  }
  return allowed;
}

interface RuleLike {
  resolve(
    parent: object,
    args: object,
    ctx: object,
    info: never,
    options: object,
  ): Promise<unknown>;
}

function isShieldRule(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { resolve?: unknown }).resolve === 'function'
  );
}
