/**
 * How a company's quote status becomes the portal's (DOMAIN.md "Statuses", docs/orders.md).
 * The company's `quote_status` has values the portal does not show; each maps to the nearest
 * status the customer knows.
 */

export type OrderStatusValue =
  | 'submitted'
  | 'ordered'
  | 'in_production'
  | 'ready'
  | 'finished'
  | 'cancelled';

export const ORDER_STATUSES: readonly OrderStatusValue[] = [
  'submitted',
  'ordered',
  'in_production',
  'ready',
  'finished',
  'cancelled',
];

export type PaymentStatusValue = 'not_paid' | 'partial' | 'paid';

export const PAYMENT_STATUSES: readonly PaymentStatusValue[] = ['not_paid', 'partial', 'paid'];

const COMPANY_STATUS: Record<string, OrderStatusValue> = {
  // The company has it, not ordered yet: for the customer it is "submitted".
  draft: 'submitted',
  accepted: 'submitted',
  ordered: 'ordered',
  in_production: 'in_production',
  ready: 'ready',
  // Turinova's older "done" closes the job like "finished" (no ready mail for old rows).
  done: 'finished',
  finished: 'finished',
  rejected: 'cancelled',
  cancelled: 'cancelled',
};

/**
 * The portal status of a company quote; a quote the company deleted is cancelled whatever its
 * status was. An unknown status (a newer Turinova value) counts as submitted: the order shows,
 * nothing is claimed about it.
 */
export function portalOrderStatus(companyStatus: string, deleted: boolean): OrderStatusValue {
  if (deleted) return 'cancelled';
  return COMPANY_STATUS[companyStatus] ?? 'submitted';
}

/** `not_paid`, `partial` or `paid`; anything else the company writes counts as not paid. */
export function portalPaymentStatus(companyPaymentStatus: string): PaymentStatusValue {
  return (PAYMENT_STATUSES as readonly string[]).includes(companyPaymentStatus)
    ? (companyPaymentStatus as PaymentStatusValue)
    : 'not_paid';
}
