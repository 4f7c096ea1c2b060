import type { OrderUpdates } from '@portal/company-link';
import type { Db } from '@portal/db';
import type { Mailer } from '../mail/mailer.ts';
import { type AppliedPage, applyOrderUpdates } from './apply-order-updates.ts';
import { dispatchOrderNotifications } from './order-notifications.ts';

/** What the sync needs of a company: `CompanyLinks.get(id)` satisfies it. */
export interface OrderUpdatesSource {
  orderUpdates(cursor: string | null, limit?: number): Promise<OrderUpdates>;
}

export interface OrderSyncOptions {
  db: Db;
  /** The company's contract access; throws when the company is inactive or unusable. */
  source: (companyId: string) => Promise<OrderUpdatesSource>;
  /** Sends the ready mails; without it they stay in `order_notifications`. */
  mailer?: Mailer | undefined;
  /** Where the client is served (links in mails). */
  publicUrl: string | (() => string);
  /** Rows per contract call (1–500). */
  pageSize?: number;
  /** Pages per company per run; the next run continues from the saved cursor. */
  maxPages?: number;
  log?: (line: string) => void;
}

export interface CompanySyncResult {
  companyId: string;
  ok: boolean;
  pages: number;
  changedOrders: string[];
  events: number;
  error?: string;
}

export interface OrderSync {
  /** Pulls one company's updates now (a run already under way is followed by one more). */
  syncCompany(companyId: string): Promise<CompanySyncResult>;
  /** Every active company, each on its own: one failing never stops the others. */
  syncAll(): Promise<CompanySyncResult[]>;
}

/**
 * The order sync (docs/orders.md): per company, fetch a page of `portal_order_updates` after
 * the saved cursor — outside any transaction, the HTTP call may take seconds — then apply it
 * in one short transaction that re-checks the cursor (`applyOrderUpdates`). Several instances
 * may run it: the cursor row lock and re-check make a page apply once.
 */
export function createOrderSync(options: OrderSyncOptions): OrderSync {
  const { db } = options;
  const log = options.log ?? (() => {});
  const pageSize = options.pageSize ?? 100;
  const maxPages = options.maxPages ?? 20;
  const publicUrl = () =>
    typeof options.publicUrl === 'function' ? options.publicUrl() : options.publicUrl;
  /** One run per company at a time in this process; a request during a run asks for another. */
  const running = new Map<string, { run: Promise<CompanySyncResult>; again: boolean }>();

  async function runCompany(companyId: string): Promise<CompanySyncResult> {
    const result: CompanySyncResult = {
      companyId,
      ok: true,
      pages: 0,
      changedOrders: [],
      events: 0,
    };
    try {
      const source = await options.source(companyId);
      for (let page = 0; page < maxPages; page += 1) {
        const [row] = await db.query<{ cursor: string | null }>(
          `select cursor from order_sync_cursors where company_id = $1`,
          [companyId],
        );
        const cursor = row?.cursor ?? null;
        const updates = await source.orderUpdates(cursor, pageSize);
        const applied: AppliedPage = await db.transaction((tx) =>
          applyOrderUpdates(tx, {
            companyId,
            expectedCursor: cursor,
            nextCursor: updates.nextCursor,
            items: updates.items,
            publicUrl: publicUrl(),
          }),
        );
        result.pages += 1;
        result.changedOrders.push(...applied.changedOrders);
        result.events += applied.events;
        // Raced (another run applied it: fetch again from its cursor) or more to come.
        if (applied.applied && !updates.hasMore) break;
      }
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      result.ok = false;
      result.error = message;
      log(`order sync: company ${companyId}: ${message}`);
      await recordError(companyId, message).catch(() => {});
    }
    if (options.mailer && result.changedOrders.length > 0) {
      await dispatchOrderNotifications(db, options.mailer, log).catch((error: unknown) =>
        log(`order notifications: ${(error as Error).message}`),
      );
    }
    return result;
  }

  async function recordError(companyId: string, message: string): Promise<void> {
    await db.query(
      `insert into order_sync_cursors (company_id, last_error, last_error_at)
       values ($1, $2, now())
       on conflict (company_id) do update
         set last_error = excluded.last_error, last_error_at = excluded.last_error_at,
             updated_at = now()`,
      [companyId, message.slice(0, 500)],
    );
  }

  function syncCompany(companyId: string): Promise<CompanySyncResult> {
    const current = running.get(companyId);
    if (current) {
      // Whatever changed after the running fetch is picked up by one more run.
      current.again = true;
      return current.run;
    }
    const entry = { run: Promise.resolve(null as unknown as CompanySyncResult), again: false };
    entry.run = (async () => {
      try {
        let result = await runCompany(companyId);
        while (entry.again) {
          entry.again = false;
          result = await runCompany(companyId);
        }
        return result;
      } finally {
        running.delete(companyId);
      }
    })();
    running.set(companyId, entry);
    return entry.run;
  }

  async function syncAll(): Promise<CompanySyncResult[]> {
    const companies = await db.query<{ id: string }>(
      `select id from companies where active order by name, id`,
    );
    return Promise.all(companies.map((c) => syncCompany(c.id)));
  }

  return { syncCompany, syncAll };
}
