import type { Identity } from '@portal/identity';
import DataLoader from 'dataloader';
import type { OrderRow, OrderRows } from '../data/order-rows.ts';
import { orderReaderId } from './order-actor.ts';

/**
 * `Quote.order` for one request: the orders of every quote of a page in one query, read as the
 * caller's customer (null for a caller without order access: a key without `orders:read`).
 */
export function createOrderOfQuoteLoader(
  rows: OrderRows,
  identity: Identity,
): DataLoader<string, OrderRow | null> {
  const customerId = orderReaderId(identity);
  return new DataLoader(async (quoteIds) => {
    if (!customerId) return quoteIds.map(() => null);
    const found = await rows.byQuoteIds(customerId, quoteIds);
    const byQuote = new Map(found.map((o) => [o.quoteId, o]));
    return quoteIds.map((id) => byQuote.get(id) ?? null);
  });
}
