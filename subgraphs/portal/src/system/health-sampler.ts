import {
  CompanyNotFoundError,
  CompanyUnavailableError,
  type GuardedCompanyLinks,
} from '@portal/company-link';
import type { HealthRows } from './health-rows.ts';

/** `HEALTH_SAMPLE_INTERVAL_MS` when unset: one sample per company per minute. */
export const DEFAULT_HEALTH_SAMPLE_INTERVAL_MS = 60_000;
/** `HEALTH_RETENTION_HOURS` when unset: a week of history. */
export const DEFAULT_HEALTH_RETENTION_HOURS = 24 * 7;

export interface HealthSamplerOptions {
  rows: HealthRows;
  links: GuardedCompanyLinks;
  intervalMs?: number;
  retentionHours?: number;
  log?: (line: string) => void;
}

export interface HealthSampler {
  /** Samples every active company now (tests, the first sample at start). */
  sampleNow(): Promise<void>;
  /** Waits for a sample under way, then stops. */
  stop(): Promise<void>;
}

/**
 * Every `intervalMs`: for each active company one probe call (`portal_contract_version`,
 * through the company's circuit, so an open circuit is recorded without calling and a
 * cooled-down one gets its half-open probe), plus what the portal's own calls saw since the
 * previous sample; written to `company_health_samples`, older rows pruned (ADR 023).
 */
export function startHealthSampler(options: HealthSamplerOptions): HealthSampler {
  const { rows, links } = options;
  const intervalMs = options.intervalMs ?? DEFAULT_HEALTH_SAMPLE_INTERVAL_MS;
  const retentionHours = options.retentionHours ?? DEFAULT_HEALTH_RETENTION_HOURS;
  const log = options.log ?? (() => {});
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  async function sampleAll(): Promise<void> {
    const companies = (await rows.companies()).filter((c) => c.active);
    const probes = await Promise.all(
      companies.map(async (company) => {
        const started = performance.now();
        try {
          const link = await links.get(company.id);
          await link.contractVersion();
          return { ok: true as boolean | null, ms: performance.now() - started, error: null };
        } catch (error) {
          if (error instanceof CompanyUnavailableError && error.reason === 'circuit-open') {
            return { ok: null, ms: null, error: error.message };
          }
          if (error instanceof CompanyNotFoundError) return null; // deactivated meanwhile
          return {
            ok: false,
            ms: performance.now() - started,
            error: error instanceof Error ? error.message : String(error),
          };
        }
      }),
    );
    const stats = new Map(links.takeStats().map((s) => [s.companyId, s]));
    for (const [i, company] of companies.entries()) {
      const probe = probes[i];
      if (!probe) continue;
      const s = stats.get(company.id);
      await rows.insert({
        companyId: company.id,
        probeOk: probe.ok,
        probeMs: probe.ms === null ? null : Math.round(probe.ms),
        calls: s?.calls ?? 0,
        failures: s?.failures ?? 0,
        meanMs: s && s.calls > 0 ? Math.round(s.totalMs / s.calls) : null,
        circuit: links.circuit(company.id),
        error: probe.error,
        lastSyncSuccessAt: company.lastSyncSuccessAt,
      });
    }
    await rows.prune(retentionHours);
  }

  const run = () => {
    current = sampleAll().catch((error: unknown) =>
      log(`health sample failed: ${(error as Error).message}`),
    );
    return current;
  };
  const tick = () => {
    timer = null;
    void run().finally(() => {
      if (!stopped) {
        timer = setTimeout(tick, intervalMs);
        timer.unref();
      }
    });
  };
  // The first sample after one interval: a process that just started has seen no calls yet.
  if (intervalMs > 0) {
    timer = setTimeout(tick, intervalMs);
    timer.unref();
  }

  return {
    sampleNow: async () => {
      await current;
      await run();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
