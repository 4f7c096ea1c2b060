import { BadUserInputError, NotFoundError } from '@portal/errors';
import type {
  MutationCreateQuoteArgs,
  MutationDeleteQuotesArgs,
  MutationDuplicateQuoteArgs,
  MutationRepriceQuoteArgs,
  MutationUpdateQuoteArgs,
  PriceChangePart,
  QueryQuoteArgs,
  QueryQuotesArgs,
} from '../__generated__/resolvers-types.ts';
import type { PortalContext } from '../context.ts';
import type {
  CreateOutcome,
  QuoteRow,
  QuoteStatusValue,
  UpdateOutcome,
} from '../data/quote-rows.ts';
import { isUuid } from '../data/uuid.ts';
import { type PriceChange, priceChanges } from './price-changes.ts';
import { quoteCustomerId } from './quote-actor.ts';
import { decodeQuoteCursor, encodeQuoteCursor } from './quote-cursor.ts';
import { type QuoteError, quoteError } from './quote-error.ts';
import { parseQuoteDraft, QUOTE_LIMITS, type QuoteDraft } from './quote-input.ts';
import type { StoredPrice } from './quote-pricer.ts';
import { quoteTotals } from './quote-totals.ts';

/*
 * The quote fields of Query and Mutation. Expected failures (bad input, not found, a stale
 * version, not a draft, an unusable company) come back as `QuoteError` data; only the
 * queries throw (NOT_FOUND / BAD_USER_INPUT), as `Query.company` does.
 */

type QuoteResult = { quote: QuoteRow | null; error: QuoteError | null };

const refused = (error: QuoteError): QuoteResult => ({ quote: null, error });
const saved = (quote: QuoteRow): QuoteResult => ({ quote, error: null });

const NOT_FOUND = (field: string | null = 'id') =>
  quoteError('NOT_FOUND', 'No such quote of yours', field);
const COMPANY_NOT_AVAILABLE = () =>
  quoteError(
    'COMPANY_NOT_AVAILABLE',
    'No active company with this id that you are connected to',
    'input.companyId',
  );

/**
 * The draft's price from the company's catalog before it is written (no company call inside a
 * transaction). Unpriced when pricing is not configured or the company cannot be asked: the
 * customer's work is saved either way. Ids the company does not sell are the input's fault.
 */
async function priceDraft(
  ctx: PortalContext,
  customerId: string,
  draft: QuoteDraft,
): Promise<{ price: StoredPrice | null } | { error: QuoteError }> {
  const discount = await ctx.quotes.discountFor(customerId, draft.companyId);
  if (discount === null) return { error: COMPANY_NOT_AVAILABLE() };
  if (!ctx.quotePricer) return { price: null };
  const outcome = await ctx.quotePricer.price(draft.companyId, draft, discount);
  if (outcome.kind === 'invalid') return { error: outcome.error };
  return { price: outcome.kind === 'priced' ? outcome.price : null };
}

function afterCreate(outcome: CreateOutcome): QuoteResult {
  return outcome.kind === 'created' ? saved(outcome.row) : refused(COMPANY_NOT_AVAILABLE());
}

export async function quote(ctx: PortalContext, { id }: QueryQuoteArgs): Promise<QuoteRow> {
  const customerId = quoteCustomerId(ctx.identity, 'quotes:read');
  if (!isUuid(id)) throw new BadUserInputError(`'${id}' is not a valid quote id`, 'id');
  const row = await ctx.quotes.byId(customerId, id);
  if (!row) throw new NotFoundError(`No quote with id ${id}`);
  return row;
}

export async function quotes(ctx: PortalContext, { filter, first, after }: QueryQuotesArgs) {
  const customerId = quoteCustomerId(ctx.identity, 'quotes:read');
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new BadUserInputError('`first` must be 1–100', 'first');
  }
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
  const statuses = filter?.status?.map((s) => s.toLowerCase() as QuoteStatusValue) ?? null;
  const page = await ctx.quotes.list(customerId, { statuses, search, companyId }, limit, cursor);
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

export async function createQuote(
  ctx: PortalContext,
  { input }: MutationCreateQuoteArgs,
): Promise<QuoteResult> {
  const customerId = quoteCustomerId(ctx.identity, 'quotes:write');
  const parsed = parseQuoteDraft(input);
  if ('error' in parsed) return refused(parsed.error);
  const priced = await priceDraft(ctx, customerId, parsed.draft);
  if ('error' in priced) return refused(priced.error);
  return afterCreate(await ctx.quotes.create(customerId, parsed.draft, priced.price));
}

export async function updateQuote(
  ctx: PortalContext,
  { id, input, expectedVersion }: MutationUpdateQuoteArgs,
): Promise<QuoteResult> {
  const customerId = quoteCustomerId(ctx.identity, 'quotes:write');
  if (!isUuid(id)) return refused(quoteError('INVALID_INPUT', 'Not a valid quote id', 'id'));
  if (expectedVersion < 1) {
    return refused(
      quoteError('INVALID_INPUT', 'expectedVersion must be at least 1', 'expectedVersion'),
    );
  }
  const parsed = parseQuoteDraft(input);
  if ('error' in parsed) return refused(parsed.error);
  const existing = await ctx.quotes.byId(customerId, id);
  if (!existing) return refused(NOT_FOUND());
  // Priced only when it can be written: the company check below would refuse it anyway.
  let price: StoredPrice | null = null;
  if (existing.status === 'draft' && existing.company.id === parsed.draft.companyId) {
    const priced = await priceDraft(ctx, customerId, parsed.draft);
    if ('error' in priced) return refused(priced.error);
    price = priced.price;
  }
  const outcome = await ctx.quotes.update(customerId, id, parsed.draft, expectedVersion, price);
  if (outcome.kind === 'updated') return saved(outcome.row);
  return refused(updateRefusal(outcome, expectedVersion));
}

/** Why a draft write was refused, for `updateQuote` and `repriceQuote`. */
function updateRefusal(
  outcome: Exclude<UpdateOutcome, { kind: 'updated' }>,
  expectedVersion: number,
): QuoteError {
  switch (outcome.kind) {
    case 'not_found':
      return NOT_FOUND();
    case 'not_draft':
      return quoteError('NOT_DRAFT', 'Only a draft can be changed', 'id');
    case 'company_changed':
      return quoteError(
        'INVALID_INPUT',
        'A saved quote cannot move to another company; duplicate it instead',
        'input.companyId',
      );
    case 'version_conflict':
      return quoteError(
        'VERSION_CONFLICT',
        `The quote was saved since version ${expectedVersion} (now ${outcome.currentVersion}); reload it and apply your change again`,
        'expectedVersion',
        outcome.currentVersion,
      );
  }
}

export async function duplicateQuote(
  ctx: PortalContext,
  { id }: MutationDuplicateQuoteArgs,
): Promise<QuoteResult> {
  const customerId = quoteCustomerId(ctx.identity, 'quotes:write');
  if (!isUuid(id)) return refused(quoteError('INVALID_INPUT', 'Not a valid quote id', 'id'));
  const outcome = await ctx.quotes.duplicate(customerId, id);
  return outcome.kind === 'not_found' ? refused(NOT_FOUND()) : afterCreate(outcome);
}

export async function deleteQuotes(ctx: PortalContext, { ids }: MutationDeleteQuotesArgs) {
  const customerId = quoteCustomerId(ctx.identity, 'quotes:write');
  const none = (error: QuoteError) => ({ deletedIds: [], error });
  if (ids.length === 0 || ids.length > QUOTE_LIMITS.maxDeleteIds) {
    return none(
      quoteError('INVALID_INPUT', `Give 1–${QUOTE_LIMITS.maxDeleteIds} quote ids`, 'ids'),
    );
  }
  const bad = ids.findIndex((id) => !isUuid(id));
  if (bad >= 0) return none(quoteError('INVALID_INPUT', 'Not a valid quote id', `ids[${bad}]`));
  const outcome = await ctx.quotes.softDelete(customerId, ids);
  switch (outcome.kind) {
    case 'deleted':
      return { deletedIds: outcome.ids, error: null };
    case 'not_found':
      return none(NOT_FOUND(`ids[${outcome.index}]`));
    case 'not_draft':
      return none(quoteError('NOT_DRAFT', 'Only drafts can be deleted', `ids[${outcome.index}]`));
  }
}

/** The API names of the snapshot parts (`PriceChange.part`). */
export const PART_NAMES = {
  services: 'SERVICES',
  materials: 'MATERIAL',
  edgeBandings: 'EDGE_BANDING',
  accessories: 'ACCESSORY',
  feeTypes: 'FEE_TYPE',
} as const satisfies Record<PriceChange['part'], PriceChangePart>;

export async function repriceQuote(
  ctx: PortalContext,
  { id, expectedVersion }: MutationRepriceQuoteArgs,
) {
  const customerId = quoteCustomerId(ctx.identity, 'quotes:write');
  const none = (error: QuoteError) => ({ quote: null, previousTotals: null, changes: [], error });
  if (!isUuid(id)) return none(quoteError('INVALID_INPUT', 'Not a valid quote id', 'id'));
  const existing = await ctx.quotes.byId(customerId, id);
  if (!existing) return none(NOT_FOUND());
  if (existing.status !== 'draft') {
    return none(quoteError('NOT_DRAFT', 'Only a draft can be repriced', 'id'));
  }
  if (existing.version !== expectedVersion) {
    return none(
      quoteError(
        'VERSION_CONFLICT',
        `The quote was saved since version ${expectedVersion} (now ${existing.version}); reload it`,
        'expectedVersion',
        existing.version,
      ),
    );
  }
  const unavailable = () =>
    none(quoteError('PRICING_UNAVAILABLE', "The company's catalog cannot be reached now"));
  if (!ctx.quotePricer) return unavailable();
  const draft: QuoteDraft = {
    companyId: existing.company.id,
    comment: existing.comment,
    panels: existing.panels,
    accessories: existing.accessories,
    fees: existing.fees,
  };
  const discount = await ctx.quotes.discountFor(customerId, draft.companyId);
  if (discount === null) return none(COMPANY_NOT_AVAILABLE());
  const priced = await ctx.quotePricer.price(draft.companyId, draft, discount);
  // A row the company no longer sells: the customer must change that line first.
  if (priced.kind === 'invalid') return none(priced.error);
  if (priced.kind === 'unavailable') return unavailable();
  const outcome = await ctx.quotes.update(customerId, id, draft, expectedVersion, priced.price);
  if (outcome.kind !== 'updated') {
    return none(updateRefusal(outcome, expectedVersion));
  }
  const changes = existing.snapshot ? priceChanges(existing.snapshot, priced.price.snapshot) : [];
  return {
    quote: outcome.row,
    previousTotals: quoteTotals(existing.priced),
    // The discount is the customer's terms, not the catalog: reported on the totals instead.
    changes: changes.map((c) => ({ ...c, part: PART_NAMES[c.part] })),
    error: null,
  };
}
