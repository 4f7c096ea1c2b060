import type { CircuitState } from '@portal/company-link';
import type { Db } from '@portal/db';

/** One row of `company_health_samples` (migration 0011). */
export interface HealthSample {
  companyId: string;
  sampledAt: Date;
  probeOk: boolean | null;
  probeMs: number | null;
  calls: number;
  failures: number;
  meanMs: number | null;
  circuit: CircuitState;
  error: string | null;
  lastSyncSuccessAt: Date | null;
}

/** A company as the System page lists it, active or not. */
export interface HealthCompany {
  id: string;
  name: string;
  slug: string;
  active: boolean;
  lastSyncSuccessAt: Date | null;
  lastSyncError: string | null;
  lastSyncErrorAt: Date | null;
}

interface SampleRow {
  company_id: string;
  sampled_at: Date | string;
  probe_ok: boolean | null;
  probe_ms: number | null;
  calls: number;
  failures: number;
  mean_ms: number | null;
  circuit: CircuitState;
  error: string | null;
  last_sync_success_at: Date | string | null;
}

const date = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

const toSample = (r: SampleRow): HealthSample => ({
  companyId: r.company_id,
  sampledAt: new Date(r.sampled_at),
  probeOk: r.probe_ok,
  probeMs: r.probe_ms,
  calls: r.calls,
  failures: r.failures,
  meanMs: r.mean_ms,
  circuit: r.circuit,
  error: r.error,
  lastSyncSuccessAt: date(r.last_sync_success_at),
});

const SAMPLE_COLUMNS =
  'company_id, sampled_at, probe_ok, probe_ms, calls, failures, mean_ms, circuit, error, last_sync_success_at';

/** Health history reads and writes; the portal's service path (no customer reaches them). */
export function createHealthRows(db: Db) {
  return {
    /** Every registered company with its order sync's last outcome. */
    async companies(): Promise<HealthCompany[]> {
      const rows = await db.query<{
        id: string;
        name: string;
        slug: string;
        active: boolean;
        last_success_at: Date | string | null;
        last_error: string | null;
        last_error_at: Date | string | null;
      }>(
        `select c.id, c.name, c.slug, c.active, s.last_success_at, s.last_error, s.last_error_at
           from companies c left join order_sync_cursors s on s.company_id = c.id
          order by c.name, c.id`,
      );
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        slug: r.slug,
        active: r.active,
        lastSyncSuccessAt: date(r.last_success_at),
        lastSyncError: r.last_error,
        lastSyncErrorAt: date(r.last_error_at),
      }));
    },

    async insert(sample: Omit<HealthSample, 'sampledAt'> & { sampledAt?: Date }): Promise<void> {
      await db.query(
        `insert into company_health_samples
           (company_id, sampled_at, probe_ok, probe_ms, calls, failures, mean_ms, circuit, error,
            last_sync_success_at)
         values ($1, coalesce($2, now()), $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          sample.companyId,
          sample.sampledAt ?? null,
          sample.probeOk,
          sample.probeMs,
          sample.calls,
          Math.min(sample.failures, sample.calls),
          sample.meanMs,
          sample.circuit,
          sample.error?.slice(0, 500) ?? null,
          sample.lastSyncSuccessAt,
        ],
      );
    },

    /** The newest sample of each company. */
    async latest(): Promise<Map<string, HealthSample>> {
      const rows = await db.query<SampleRow>(
        `select distinct on (company_id) ${SAMPLE_COLUMNS}
           from company_health_samples order by company_id, sampled_at desc, id desc`,
      );
      return new Map(rows.map((r) => [r.company_id, toSample(r)]));
    },

    /** A company's samples of the last `hours`, oldest first. */
    async history(companyId: string, hours: number): Promise<HealthSample[]> {
      const rows = await db.query<SampleRow>(
        `select ${SAMPLE_COLUMNS} from company_health_samples
          where company_id = $1 and sampled_at > now() - make_interval(hours => $2::int)
          order by sampled_at, id`,
        [companyId, hours],
      );
      return rows.map(toSample);
    },

    /** Deletes samples older than `retentionHours`; returns how many went. */
    async prune(retentionHours: number): Promise<number> {
      const rows = await db.query<{ id: string }>(
        `delete from company_health_samples
          where sampled_at < now() - make_interval(hours => $1::int) returning id`,
        [retentionHours],
      );
      return rows.length;
    },
  };
}

export type HealthRows = ReturnType<typeof createHealthRows>;
