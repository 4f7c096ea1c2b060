import { type Db, type Queryable, withRole } from '@portal/db';

/** The claims a customer's statements run with: `auth.uid()` is the customer. */
function customerClaims(customerId: string) {
  return { role: 'authenticated' as const, claims: { sub: customerId, role: 'authenticated' } };
}

/**
 * Runs `fn` in a transaction as `authenticated` with the customer's claims, so row-level
 * security limits every statement to the customer's own rows.
 */
export function asCustomer<T>(
  db: Db,
  customerId: string,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return withRole(db, customerClaims(customerId), fn);
}

/**
 * Switches an open transaction to the customer's role for the rest of it (service work that
 * creates the customer first, then acts as them, atomically).
 */
export async function becomeCustomer(tx: Queryable, customerId: string): Promise<void> {
  const who = customerClaims(customerId);
  await tx.query(
    `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
    [who.role, JSON.stringify(who.claims)],
  );
}
