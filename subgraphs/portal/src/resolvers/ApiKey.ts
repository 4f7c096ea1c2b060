import { BadUserInputError } from '@portal/errors';
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
  usage: (k, { days }, ctx) => {
    if (!Number.isInteger(days) || days < 1 || days > 90) {
      throw new BadUserInputError('days must be between 1 and 90', 'days');
    }
    const { identity } = ctx;
    // A customer reads under RLS (only their own keys' rows); an admin only company keys' rows.
    if (identity.kind === 'customer') {
      return ctx.apiKeyUsage.ofCustomerKey(identity.customerId, k.id, days);
    }
    if (identity.kind === 'admin' && k.companyId) return ctx.apiKeyUsage.ofCompanyKey(k.id, days);
    return [];
  },
};
