import { UnauthenticatedError } from '@portal/errors';
import type { Identity } from '@portal/identity';

type CustomerIdentity = Extract<Identity, { kind: 'customer' }>;
type AdminIdentity = Extract<Identity, { kind: 'admin' }>;

/**
 * The signed-in customer, or UNAUTHENTICATED. `permissions.ts` already lets only customers
 * reach these fields; this narrows the type and guards a missing rule.
 */
export function signedInCustomer(identity: Identity): CustomerIdentity {
  if (identity.kind !== 'customer') throw new UnauthenticatedError('Sign in as a customer');
  return identity;
}

export function signedInAdmin(identity: Identity): AdminIdentity {
  if (identity.kind !== 'admin') throw new UnauthenticatedError('Sign in as an admin');
  return identity;
}
