import type { SubmitQuotePayload } from '@portal/company-link';
import type { Db } from '@portal/db';
import { publishPortalEvent } from '@portal/events';
import type { StoredPrice } from '../quotes/quote-pricer.ts';
import type { PricedLines, SubmissionCustomer } from '../submission/submission-payload.ts';
import { asCustomer } from './as-customer.ts';
import { type QuoteRow, quoteByIdIn } from './quote-rows.ts';

/*
 * The submission outbox (`quote_submissions`, migration 0005). The customer's side writes a row
 * in the transaction that moves the draft to `submitting`; the delivery worker (the service
 * side, no RLS) claims due rows with a lease in a short transaction, calls the company outside
 * any transaction, then records the outcome in another short one (docs/submission.md).
 */

export type BeginOutcome = { kind: 'begun'; row: QuoteRow } | { kind: 'raced' };

/** One outbox row a worker holds until `leaseUntil`. */
export interface ClaimedSubmission {
  id: string;
  quoteId: string;
  companyId: string;
  customerId: string;
  payload: SubmitQuotePayload;
  /** Including this one. */
  attempts: number;
  /** The lease, as the database wrote it: the token that says the row is still ours. */
  leaseUntil: string;
}

interface RawClaim {
  id: string;
  quote_id: string;
  company_id: string;
  customer_id: string;
  payload: SubmitQuotePayload;
  attempts: number;
  lease_until: string;
}

export function createSubmissionRows(db: Db) {
  return {
    /** Name, email, mobile and billing details the company's customer record is made from. */
    async customer(customerId: string): Promise<SubmissionCustomer | null> {
      const [row] = await db.query<{
        email: string;
        name: string;
        mobile: string | null;
        has_billing: boolean;
        billing_name: string | null;
        country: string | null;
        city: string | null;
        postal_code: string | null;
        street: string | null;
        house_number: string | null;
        tax_number: string | null;
        company_registration_number: string | null;
      }>(
        `select c.email, c.name, c.mobile, b.customer_id is not null as has_billing,
                b.name as billing_name, b.country, b.city, b.postal_code, b.street,
                b.house_number, b.tax_number, b.company_registration_number
           from customers c left join customer_billing b on b.customer_id = c.id
          where c.id = $1`,
        [customerId],
      );
      if (!row) return null;
      return {
        email: row.email,
        name: row.name,
        mobile: row.mobile,
        billing: row.has_billing
          ? {
              name: row.billing_name,
              country: row.country,
              city: row.city,
              postalCode: row.postal_code,
              street: row.street,
              houseNumber: row.house_number,
              taxNumber: row.tax_number,
              companyRegNumber: row.company_registration_number,
            }
          : null,
      };
    },

    /**
     * The lines a draft was priced with (`quotes.priced_lines`), if it is still a priced draft
     * at `version`: what a submit sends while the company cannot be asked. Null otherwise (no
     * price, priced before the lines were stored, or changed since it was read).
     */
    pricedLines: (customerId: string, quoteId: string, version: number) =>
      asCustomer(db, customerId, async (tx) => {
        const [row] = await tx.query<{ priced_lines: PricedLines | null }>(
          `select priced_lines from quotes
            where id = $1 and version = $2 and status = 'draft' and deleted_at is null
              and priced_at is not null`,
          [quoteId, version],
        );
        return row?.priced_lines ?? null;
      }),

    /**
     * As the customer, in one transaction: the price frozen on the draft (if it is still at
     * `expectedVersion`; `price` null keeps the price it has — the customer's last-seen prices
     * when the company cannot be asked), the draft moved to `submitting` with the outbox row
     * (`begin_quote_submission`), and the quote event. `raced` when the draft changed or was
     * submitted since it was read: the caller reads it again.
     */
    begin(input: {
      customerId: string;
      quoteId: string;
      expectedVersion: number;
      price: StoredPrice | null;
      idempotencyKey: string;
      payload: SubmitQuotePayload;
    }): Promise<BeginOutcome> {
      const { price } = input;
      return asCustomer(db, input.customerId, async (tx) => {
        const frozen = price
          ? await tx.query<{ company_id: string }>(
              `update quotes
                  set snapshot = $3::jsonb, priced_lines = $4::jsonb, catalog_version = $5,
                      priced_at = $6::timestamptz, currency = $7, total_net = $8::numeric,
                      total_vat = $9::numeric, total_gross = $10::numeric,
                      discount_percent = $11::numeric, final_total = $12::numeric,
                      updated_at = now()
                where id = $1 and version = $2 and status = 'draft' and deleted_at is null
                returning company_id`,
              [
                input.quoteId,
                input.expectedVersion,
                JSON.stringify(price.snapshot),
                JSON.stringify(price.lines),
                price.catalogVersion,
                price.pricedAt,
                price.currency,
                price.net,
                price.vat,
                price.gross,
                price.discountPercent,
                price.final,
              ],
            )
          : // Locks the draft as the update above does; a priced one only (its price is sent).
            await tx.query<{ company_id: string }>(
              `update quotes set updated_at = now()
                where id = $1 and version = $2 and status = 'draft' and deleted_at is null
                  and priced_at is not null
                returning company_id`,
              [input.quoteId, input.expectedVersion],
            );
        const companyId = frozen[0]?.company_id;
        if (!companyId) return { kind: 'raced' };
        const [begun] = await tx.query<{ ok: boolean }>(
          'select public.begin_quote_submission($1, $2, $3::jsonb) as ok',
          [input.quoteId, input.idempotencyKey, JSON.stringify(input.payload)],
        );
        if (!begun?.ok) return { kind: 'raced' };
        await publishPortalEvent(tx, {
          type: 'quote',
          id: input.quoteId,
          customerId: input.customerId,
          companyId,
        });
        return { kind: 'begun', row: (await quoteByIdIn(tx, input.quoteId))! };
      });
    },

    /**
     * Takes up to `limit` due rows for `leaseMs` (one short transaction; `skip locked`, so
     * workers of several instances never take the same row at once). Rows of inactive
     * companies wait: delivery to a deactivated company pauses until it is active again.
     */
    async claimDue(limit: number, leaseMs: number): Promise<ClaimedSubmission[]> {
      const rows = await db.query<RawClaim>(
        `update quote_submissions s
            set lease_until = now() + $2::int * interval '1 millisecond',
                attempts = s.attempts + 1, last_attempt_at = now()
          where s.id in (
            select d.id from quote_submissions d
              join companies c on c.id = d.company_id
             where d.delivered_at is null and d.next_attempt_at <= now()
               and (d.lease_until is null or d.lease_until < now())
               and c.active
             order by d.next_attempt_at
             limit $1
             for update of d skip locked)
          returning s.id, s.quote_id, s.company_id, s.customer_id, s.payload, s.attempts,
                    s.lease_until::text as lease_until`,
        [limit, leaseMs],
      );
      return rows.map((r) => ({
        id: r.id,
        quoteId: r.quote_id,
        companyId: r.company_id,
        customerId: r.customer_id,
        payload: r.payload,
        attempts: r.attempts,
        leaseUntil: r.lease_until,
      }));
    },

    /**
     * The company has the quote: the portal quote becomes `submitted` with the company's
     * number, the outbox row delivered, and the event published — in one transaction. False
     * when another worker recorded it first (nothing changes, no second event).
     */
    complete(
      claim: ClaimedSubmission,
      company: { quoteId: string; quoteNumber: string },
    ): Promise<boolean> {
      return db.transaction(async (tx) => {
        const delivered = await tx.query(
          `update quote_submissions set delivered_at = now(), lease_until = null, last_error = null
            where id = $1 and delivered_at is null
            returning id`,
          [claim.id],
        );
        if (delivered.length === 0) return false;
        await tx.query(
          `update quotes
              set status = 'submitted', company_quote_id = $2, company_quote_number = $3,
                  updated_at = now(), version = version + 1
            where id = $1 and status = 'submitting'`,
          [claim.quoteId, company.quoteId, company.quoteNumber],
        );
        await publishPortalEvent(tx, {
          type: 'quote',
          id: claim.quoteId,
          customerId: claim.customerId,
          companyId: claim.companyId,
        });
        return true;
      });
    },

    /**
     * The attempt failed: the row is due again after `retryInMs`, with the error kept for the
     * customer to see; the lease is given back. Only while the lease is still ours (another
     * worker may hold the row by now). Publishes the quote event (its delivery state changed).
     */
    fail(claim: ClaimedSubmission, error: string, retryInMs: number): Promise<boolean> {
      return db.transaction(async (tx) => {
        const failed = await tx.query(
          `update quote_submissions
              set last_error = $3, lease_until = null,
                  next_attempt_at = now() + $4::int * interval '1 millisecond'
            where id = $1 and delivered_at is null and lease_until = $2::timestamptz
            returning id`,
          [claim.id, claim.leaseUntil, error.slice(0, 1000), Math.round(retryInMs)],
        );
        if (failed.length === 0) return false;
        await publishPortalEvent(tx, {
          type: 'quote',
          id: claim.quoteId,
          customerId: claim.customerId,
          companyId: claim.companyId,
        });
        return true;
      });
    },
  };
}

export type SubmissionRows = ReturnType<typeof createSubmissionRows>;
