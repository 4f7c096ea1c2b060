import { ForbiddenError } from '@portal/errors';
import type { Identity } from '@portal/identity';

/** The customer whose orders the caller reads, or null: a customer, or their key with `orders:read`. */
export function orderReaderId(identity: Identity): string | null {
  if (identity.kind === 'customer') return identity.customerId;
  if (
    identity.kind === 'partner' &&
    identity.owner.kind === 'customer' &&
    identity.scopes.includes('orders:read')
  ) {
    return identity.owner.customerId;
  }
  return null;
}

/** Like `orderReaderId`, but FORBIDDEN instead of null (the root fields). */
export function orderCustomerId(identity: Identity): string {
  const id = orderReaderId(identity);
  if (!id) throw new ForbiddenError('Only a customer or their partner key reads orders');
  return id;
}
