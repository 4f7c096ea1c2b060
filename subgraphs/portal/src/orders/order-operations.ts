import { BadUserInputError } from '@portal/errors';
import type { QueryOrderArgs, QueryOrdersArgs } from '../__generated__/resolvers-types.ts';
import type { PortalContext } from '../context.ts';
import type { OrderRow } from '../data/order-rows.ts';
import { isUuid } from '../data/uuid.ts';
import { decodeQuoteCursor, encodeQuoteCursor } from '../quotes/quote-cursor.ts';
import { orderCustomerId } from './order-actor.ts';
import type { OrderStatusValue, PaymentStatusValue } from './order-status.ts';

/**
 * `Query.order`: null (never an error) for an order that is not the caller's, so a
 * subscription resolving someone else's event through the gateway simply gets nothing.
 */
export async function order(ctx: PortalContext, { id }: QueryOrderArgs): Promise<OrderRow | null> {
  const customerId = orderCustomerId(ctx.identity);
  if (!isUuid(id)) throw new BadUserInputError(`'${id}' is not a valid order id`, 'id');
  return ctx.orders.byId(customerId, id);
}

/** `Query.orders`: the caller's orders, most recently changed first (Relay paging). */
export async function orders(ctx: PortalContext, { filter, first, after }: QueryOrdersArgs) {
  const customerId = orderCustomerId(ctx.identity);
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new BadUserInputError('`first` must be 1–100', 'first');
  }
  // The same sort key as quotes (updated_at, id), so the same opaque cursor format.
  const cursor = after == null ? null : decodeQuoteCursor(after);
  if (after != null && !cursor) throw new BadUserInputError('`after` is not a cursor', 'after');
  const search = filter?.search?.trim() || null;
  if (search && search.length > 100) {
    throw new BadUserInputError('`search` must be at most 100 characters', 'filter.search');
  }
  const companyId = filter?.companyId ?? null;
  if (companyId !== null && !isUuid(companyId)) {
    throw new BadUserInputError(`'${companyId}' is not a valid company id`, 'filter.companyId');
  }
  const page = await ctx.orders.list(
    customerId,
    {
      statuses: filter?.status?.map((s) => s.toLowerCase() as OrderStatusValue) ?? null,
      paymentStatuses:
        filter?.paymentStatus?.map((s) => s.toLowerCase() as PaymentStatusValue) ?? null,
      search,
      companyId,
    },
    limit,
    cursor,
  );
  const edges = page.rows.map(({ row, cursor: c }) => ({
    cursor: encodeQuoteCursor(c),
    node: row,
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
