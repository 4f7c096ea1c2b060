import type { CircuitState, GuardedCompanyLinks } from '@portal/company-link';
import type { HealthRows, HealthSample } from './health-rows.ts';
import { probeServices, type ServiceHealth } from './service-health.ts';

type Status = 'UP' | 'DEGRADED' | 'DOWN' | 'UNKNOWN';
type GraphCircuit = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

const CIRCUIT: Record<CircuitState, GraphCircuit> = {
  closed: 'CLOSED',
  open: 'OPEN',
  'half-open': 'HALF_OPEN',
};

/** `CompanyHealth` before its `history` is resolved. */
export interface CompanyHealthModel {
  id: string;
  name: string;
  slug: string;
  active: boolean;
  status: Status;
  latencyMs: number | null;
  errorRate: number | null;
  circuit: GraphCircuit;
  lastSampleAt: string | null;
  lastError: string | null;
  lastSuccessfulSyncAt: string | null;
  lastSyncError: string | null;
}

export interface CompanyHealthSampleModel {
  at: string;
  probeOk: boolean | null;
  latencyMs: number | null;
  calls: number;
  failures: number;
  errorRate: number | null;
  circuit: GraphCircuit;
}

export interface SystemHealthModel {
  checkedAt: string;
  services: Array<{
    name: string;
    status: Status;
    latencyMs: number | null;
    checks: Array<{ name: string; ok: boolean }>;
    error: string | null;
  }>;
  companies: CompanyHealthModel[];
}

export interface SystemHealthService {
  read(): Promise<SystemHealthModel>;
  history(companyId: string, hours: number): Promise<CompanyHealthSampleModel[]>;
}

export interface SystemHealthOptions {
  rows: HealthRows;
  /** The portal's company links (its circuits); null without company access. */
  links: GuardedCompanyLinks | null;
  /** The portal's own readiness checks. */
  selfChecks: Record<string, () => Promise<boolean>>;
  /** Other services' base URLs, probed on `/readyz` (`HEALTH_SERVICE_URLS`). */
  serviceUrls: () => Record<string, string>;
}

const rate = (s: Pick<HealthSample, 'calls' | 'failures'>) =>
  s.calls > 0 ? Math.round((s.failures / s.calls) * 1000) / 1000 : null;

export function companyStatus(
  active: boolean,
  circuit: CircuitState,
  sample: HealthSample | undefined,
): Status {
  if (!active) return 'UNKNOWN';
  if (circuit === 'open') return 'DOWN';
  if (!sample) return circuit === 'half-open' ? 'DEGRADED' : 'UNKNOWN';
  if (sample.probeOk !== true) return 'DOWN';
  if (circuit === 'half-open' || sample.failures > 0) return 'DEGRADED';
  return 'UP';
}

export function createSystemHealth(options: SystemHealthOptions): SystemHealthService {
  const { rows, links } = options;

  async function selfHealth(): Promise<ServiceHealth> {
    const checks = await Promise.all(
      Object.entries(options.selfChecks).map(async ([name, check]) => ({
        name,
        ok: await check().catch(() => false),
      })),
    );
    return {
      name: 'portal',
      url: null,
      ready: checks.every((c) => c.ok),
      latencyMs: null,
      checks,
      error: null,
    };
  }

  return {
    async read() {
      const [self, others, companies, latest] = await Promise.all([
        selfHealth(),
        probeServices(options.serviceUrls()),
        rows.companies(),
        rows.latest(),
      ]);
      return {
        checkedAt: new Date().toISOString(),
        services: [self, ...others].map((s) => ({
          name: s.name,
          status: s.ready ? 'UP' : 'DOWN',
          latencyMs: s.latencyMs,
          checks: s.checks,
          error: s.error,
        })),
        companies: companies.map((c) => {
          const sample = latest.get(c.id);
          const circuit = links?.circuit(c.id) ?? sample?.circuit ?? 'closed';
          return {
            id: c.id,
            name: c.name,
            slug: c.slug,
            active: c.active,
            status: companyStatus(c.active, circuit, sample),
            latencyMs: sample?.probeMs ?? null,
            errorRate: sample ? rate(sample) : null,
            circuit: CIRCUIT[circuit],
            lastSampleAt: sample?.sampledAt.toISOString() ?? null,
            lastError: sample?.error ?? null,
            lastSuccessfulSyncAt: c.lastSyncSuccessAt?.toISOString() ?? null,
            lastSyncError:
              c.lastSyncError &&
              (!c.lastSyncSuccessAt || (c.lastSyncErrorAt ?? 0) > c.lastSyncSuccessAt)
                ? c.lastSyncError
                : null,
          };
        }),
      };
    },
    async history(companyId, hours) {
      return (await rows.history(companyId, hours)).map((s) => ({
        at: s.sampledAt.toISOString(),
        probeOk: s.probeOk,
        latencyMs: s.probeMs,
        calls: s.calls,
        failures: s.failures,
        errorRate: rate(s),
        circuit: CIRCUIT[s.circuit],
      }));
    },
  };
}
