import type { Db } from '@portal/db';
import { Gauge, type Registry } from 'prom-client';

/**
 * The portal's own series (docs/operations.md): the delivery queue and the order sync's lag,
 * read from the database when Prometheus scrapes (one small query each).
 */
export function registerPortalMetrics(registry: Registry, db: Db): void {
  new Gauge({
    name: 'delivery_queue_depth',
    help: 'Submitted quotes not delivered to their company yet, by state (pending, retrying)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const [row] = await db.query<{ pending: number; retrying: number }>(
        `select count(*) filter (where attempts = 0)::int as pending,
                count(*) filter (where attempts > 0)::int as retrying
           from quote_submissions where delivered_at is null`,
      );
      this.set({ state: 'pending' }, row?.pending ?? 0);
      this.set({ state: 'retrying' }, row?.retrying ?? 0);
    },
  });
  new Gauge({
    name: 'order_sync_lag_seconds',
    help: "Seconds since the order sync's last success, per active company (never: since registration)",
    labelNames: ['company'] as const,
    registers: [registry],
    async collect() {
      const rows = await db.query<{ slug: string; lag: number }>(
        `select c.slug,
                extract(epoch from now() - coalesce(s.last_success_at, c.created_at))::float8 as lag
           from companies c left join order_sync_cursors s on s.company_id = c.id
          where c.active`,
      );
      this.reset();
      for (const r of rows) this.set({ company: r.slug }, Number(r.lag));
    },
  });
}
