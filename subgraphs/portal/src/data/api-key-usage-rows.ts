import type { Db } from '@portal/db';
import { asCustomer } from './as-customer.ts';

/** One key's use on one day (UTC). */
export interface ApiKeyUsageDayRow {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  requests: number;
  errors: number;
  rateLimited: number;
}

/** Counts the gateway adds for one key and day. */
export interface ApiKeyUsageCount extends ApiKeyUsageDayRow {
  apiKeyId: string;
}

interface RawDay {
  day: string;
  requests: number;
  errors: number;
  rate_limited: number;
}

const toRow = (r: RawDay): ApiKeyUsageDayRow => ({
  day: r.day,
  requests: r.requests,
  errors: r.errors,
  rateLimited: r.rate_limited,
});

/** The last `days` days (UTC) including today, oldest first, only days with any use. */
const SELECT_DAYS = `select to_char(u.day, 'YYYY-MM-DD') as day, u.requests, u.errors, u.rate_limited
                       from api_key_usage u`;
const RECENT = `u.day > (now() at time zone 'utc')::date - $2::int order by u.day`;

export function createApiKeyUsageRows(db: Db) {
  return {
    /**
     * Service-side (the gateway's flush): adds the counts, one statement for the whole batch,
     * and moves each key's `last_used_at` forward. Counts of keys that no longer exist are
     * dropped. Returns how many key-days were written.
     */
    async add(counts: readonly ApiKeyUsageCount[]): Promise<number> {
      if (counts.length === 0) return 0;
      const rows = await db.query<{ api_key_id: string }>(
        `with batch as (
           select * from unnest($1::uuid[], $2::date[], $3::int[], $4::int[], $5::int[])
             as b(api_key_id, day, requests, errors, rate_limited)
         ), known as (
           select b.* from batch b join api_keys k on k.id = b.api_key_id
         ), touched as (
           update api_keys k set last_used_at = greatest(k.last_used_at, now())
             from (select distinct api_key_id from known where requests > 0) t
            where k.id = t.api_key_id
         )
         insert into api_key_usage as u (api_key_id, day, requests, errors, rate_limited)
         select api_key_id, day, sum(requests), sum(errors), sum(rate_limited)
           from known group by api_key_id, day
         on conflict (api_key_id, day) do update
           set requests = u.requests + excluded.requests,
               errors = u.errors + excluded.errors,
               rate_limited = u.rate_limited + excluded.rate_limited
         returning u.api_key_id`,
        [
          counts.map((c) => c.apiKeyId),
          counts.map((c) => c.day),
          counts.map((c) => c.requests),
          counts.map((c) => c.errors),
          counts.map((c) => c.rateLimited),
        ],
      );
      return rows.length;
    },

    /** A customer's key's usage, as the customer under RLS: another's key answers nothing. */
    ofCustomerKey: (customerId: string, keyId: string, days: number) =>
      asCustomer(db, customerId, async (tx) =>
        (
          await tx.query<RawDay>(`${SELECT_DAYS} where u.api_key_id = $1 and ${RECENT}`, [
            keyId,
            days,
          ])
        ).map(toRow),
      ),

    /** Service-side, behind the admin rule: a company key's usage (never a customer's key). */
    ofCompanyKey: async (keyId: string, days: number) =>
      (
        await db.query<RawDay>(
          `${SELECT_DAYS} join api_keys k on k.id = u.api_key_id
            where u.api_key_id = $1 and k.company_id is not null and ${RECENT}`,
          [keyId, days],
        )
      ).map(toRow),
  };
}

export type ApiKeyUsageRows = ReturnType<typeof createApiKeyUsageRows>;
