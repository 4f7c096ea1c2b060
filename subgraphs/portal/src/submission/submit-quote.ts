import { submitQuoteDocument } from '@portal/company-link';
import type { MutationSubmitQuoteArgs, PriceChangePart } from '../__generated__/resolvers-types.ts';
import type { PortalContext } from '../context.ts';
import type { QuoteRow } from '../data/quote-rows.ts';
import { isUuid } from '../data/uuid.ts';
import { type PriceChange, priceChanges } from '../quotes/price-changes.ts';
import { quoteCustomerId } from '../quotes/quote-actor.ts';
import { type QuoteError, quoteError } from '../quotes/quote-error.ts';
import type { QuoteDraft } from '../quotes/quote-input.ts';
import { PART_NAMES } from '../quotes/quote-operations.ts';
import type { StoredPrice } from '../quotes/quote-pricer.ts';
import { type PricedLines, submissionPayloadFrom } from './submission-payload.ts';

/*
 * `submitQuote` (docs/submission.md): the customer's draft, priced again on the server, frozen
 * and queued for delivery to the company in one transaction; the answer comes at once with
 * the quote `SUBMITTING`. The delivery worker does the rest. When the company cannot be asked,
 * a draft priced at its current lines is queued at those prices (the ones the customer saw).
 */

type ApiPriceChange = Omit<PriceChange, 'part'> & { part: PriceChangePart };

export interface SubmitQuoteResult {
  quote: QuoteRow | null;
  priceChanges: ApiPriceChange[];
  error: QuoteError | null;
}

const MAX_KEY_LENGTH = 200;

const refused = (error: QuoteError, changes: ApiPriceChange[] = []): SubmitQuoteResult => ({
  quote: null,
  priceChanges: changes,
  error,
});
const done = (quote: QuoteRow): SubmitQuoteResult => ({ quote, priceChanges: [], error: null });

/** A quote that left the draft state: the same key is the same result, another is refused. */
function afterSubmission(row: QuoteRow, key: string): SubmitQuoteResult {
  if (row.submission?.idempotencyKey === key) return done(row);
  return refused(
    quoteError(
      'ALREADY_SUBMITTED',
      `The quote was already submitted (${row.status.toUpperCase()}); read it to see where it is`,
      'id',
    ),
  );
}

/** Money strings compared as amounts ("100.0" = "100.00"). */
const sameAmount = (a: string, b: string) => Number(a) === Number(b);

export async function submitQuote(
  ctx: PortalContext,
  { id, idempotencyKey, acceptPriceChanges }: MutationSubmitQuoteArgs,
): Promise<SubmitQuoteResult> {
  const customerId = quoteCustomerId(ctx.identity, 'quotes:write');
  if (!isUuid(id)) return refused(quoteError('INVALID_INPUT', 'Not a valid quote id', 'id'));
  const key = idempotencyKey.trim();
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    return refused(
      quoteError(
        'INVALID_INPUT',
        `idempotencyKey must be 1–${MAX_KEY_LENGTH} characters`,
        'idempotencyKey',
      ),
    );
  }
  const existing = await ctx.quotes.byId(customerId, id);
  if (!existing) return refused(quoteError('NOT_FOUND', 'No such quote of yours', 'id'));
  if (existing.status !== 'draft') return afterSubmission(existing, key);
  if (existing.panels.length === 0) {
    return refused(
      quoteError('INVALID_INPUT', 'A quote needs at least one panel to be submitted', 'id'),
    );
  }
  const discount = await ctx.quotes.discountFor(customerId, existing.company.id);
  if (discount === null) {
    return refused(
      quoteError(
        'COMPANY_NOT_AVAILABLE',
        'No active company with this id that you are connected to',
        'id',
      ),
    );
  }
  const unavailable = (
    message = "The company's catalog cannot be reached now and the quote has no price to submit; try again",
  ) => refused(quoteError('PRICING_UNAVAILABLE', message));
  if (!ctx.quotePricer || !ctx.submissions) return unavailable();
  const submissions = ctx.submissions;

  const draft: QuoteDraft = {
    companyId: existing.company.id,
    comment: existing.comment,
    panels: existing.panels,
    accessories: existing.accessories,
    fees: existing.fees,
  };
  const priced = await ctx.quotePricer.price(draft.companyId, draft, discount);
  if (priced.kind === 'invalid') return refused(priced.error);

  /** Someone else got there first: the same submission (same key), another one, or an edit. */
  const afterRace = async (): Promise<SubmitQuoteResult | null> => {
    const now = await ctx.quotes.byId(customerId, id);
    if (!now) return refused(quoteError('NOT_FOUND', 'No such quote of yours', 'id'));
    if (now.status !== 'draft') return afterSubmission(now, key);
    if (now.version === existing.version) return null;
    return refused(
      quoteError(
        'VERSION_CONFLICT',
        `The quote was saved while it was being submitted (now version ${now.version}); review it and submit again`,
        'id',
        now.version,
      ),
    );
  };

  // What goes to the company: repriced now, or — the company cannot be asked — the lines the
  // draft was priced with, when that price is the one the customer has seen (docs/submission.md).
  let price: StoredPrice | null;
  let lines: PricedLines;
  if (priced.kind === 'unavailable') {
    if (existing.priced === null) {
      return unavailable(
        "The company's catalog cannot be reached now and the quote has no price yet (it was saved while the company was unreachable); try again when the company is back",
      );
    }
    // The discount lives in the portal: a changed one would move the total nobody has seen.
    if (!sameAmount(existing.priced.discountPercent, discount)) {
      return unavailable(
        `Your discount at this company changed since the quote was priced (now ${discount}%) and the company's catalog cannot be reached now to price it again; try again later`,
      );
    }
    const stored = await submissions.pricedLines(customerId, existing.id, existing.version);
    if (!stored) return (await afterRace()) ?? unavailable();
    price = null;
    lines = stored;
  } else {
    // Nothing is submitted at a price the customer has not seen: no price yet, a unit price,
    // rate or setting changed, or the total moved (the discount changed).
    const changes = existing.snapshot
      ? priceChanges(existing.snapshot, priced.price.snapshot).map((c) => ({
          ...c,
          part: PART_NAMES[c.part],
        }))
      : [];
    const moved =
      existing.priced === null ||
      changes.length > 0 ||
      !sameAmount(existing.priced.final, priced.price.final) ||
      !sameAmount(existing.priced.gross, priced.price.gross);
    if (moved && acceptPriceChanges !== true) {
      return refused(
        quoteError(
          'PRICE_CHANGED',
          existing.priced === null
            ? 'The quote has no price yet; review the price, then submit with acceptPriceChanges'
            : `The price changed since the quote was priced (now ${priced.price.final} ${priced.price.currency}); review the changes, then submit with acceptPriceChanges`,
          'acceptPriceChanges',
        ),
        changes,
      );
    }
    price = priced.price;
    lines = priced.price.lines;
  }

  const customer = await submissions.customer(customerId);
  if (!customer) return refused(quoteError('NOT_FOUND', 'No such quote of yours', 'id'));
  const payload = submissionPayloadFrom(lines, {
    quoteId: existing.id,
    quoteNumber: existing.number,
    comment: draft.comment,
    customer,
  });
  // Checked now, not at delivery: a document the contract refuses must never reach the outbox.
  // Lines stored by an older portal may no longer fit: then they cannot be sent without a price.
  const checked = submitQuoteDocument.safeParse(payload);
  if (!checked.success) {
    if (price === null) return unavailable();
    throw checked.error;
  }

  const outcome = await submissions.begin({
    customerId,
    quoteId: existing.id,
    expectedVersion: existing.version,
    price,
    idempotencyKey: key,
    payload,
  });
  if (outcome.kind === 'begun') {
    ctx.wakeDelivery();
    return done(outcome.row);
  }
  return (
    (await afterRace()) ??
    refused(
      quoteError(
        'VERSION_CONFLICT',
        'The quote changed while it was being submitted; review it and submit again',
        'id',
        existing.version,
      ),
    )
  );
}
