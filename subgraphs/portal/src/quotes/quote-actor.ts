import { ForbiddenError } from '@portal/errors';
import type { ApiKeyScope, Identity } from '@portal/identity';

/**
 * The customer whose quotes the caller works with: a signed-in customer themself, or the owner
 * of a partner key with `scope`. `permissions.ts` already admits only these; this picks the
 * customer id the data layer scopes every statement to (never one from the arguments).
 */
export function quoteCustomerId(identity: Identity, scope: ApiKeyScope): string {
  if (identity.kind === 'customer') return identity.customerId;
  if (
    identity.kind === 'partner' &&
    identity.owner.kind === 'customer' &&
    identity.scopes.includes(scope)
  ) {
    return identity.owner.customerId;
  }
  throw new ForbiddenError('Only a customer or their partner key works with quotes');
}

/** Like `quoteCustomerId`, but null instead of an error (entity references). */
export function quoteReaderId(identity: Identity): string | null {
  if (identity.kind === 'customer') return identity.customerId;
  if (
    identity.kind === 'partner' &&
    identity.owner.kind === 'customer' &&
    (identity.scopes.includes('quotes:read') || identity.scopes.includes('quotes:write'))
  ) {
    return identity.owner.customerId;
  }
  return null;
}
