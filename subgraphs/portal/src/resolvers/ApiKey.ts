import type { ApiKeyResolvers } from '../__generated__/resolvers-types.ts';
import { scopeEnumName } from '../auth/api-keys.ts';

export const ApiKey: ApiKeyResolvers = {
  prefix: (k) => `ppk_${k.prefix}`,
  scopes: (k) => k.scopes.map(scopeEnumName),
  company: (k, _args, ctx) => (k.companyId ? ctx.companies.byId(k.companyId) : null),
  status: (k) => {
    if (k.revokedAt) return 'REVOKED';
    if (k.expiresAt && Date.parse(k.expiresAt) <= Date.now()) return 'EXPIRED';
    return 'ACTIVE';
  },
};
