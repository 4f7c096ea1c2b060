import type { CompanyDirectory } from './company-directory.ts';
import {
  type CallEvent,
  type CompanyLink,
  type CompanyLinkOptions,
  createCompanyLink,
} from './company-link.ts';
import { CompanyNotFoundError } from './errors.ts';
import {
  type CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitState,
  type ConcurrencyLimit,
  createCircuitBreaker,
  createConcurrencyLimit,
  DEFAULT_COMPANY_CONCURRENCY,
} from './resilience.ts';

/** What the links saw of one company since the last `takeStats()` (health sampling). */
export interface CompanyCallStats {
  companyId: string;
  slug: string;
  calls: number;
  failures: number;
  /** Sum of the calls' wall times, ms (mean = totalMs / calls). */
  totalMs: number;
  /** The slowest call, ms. */
  maxMs: number;
  circuit: CircuitState;
}

/** The links of all companies, one per company for the life of the process. */
export interface CompanyLinks {
  /**
   * The link of an active company. Throws `CompanyNotFoundError` for an unknown or inactive
   * company, `CompanyUnavailableError` when its stored configuration is unusable.
   */
  get(companyId: string): Promise<CompanyLink>;
}

/** The links `createCompanyLinks` makes: with the per-company circuit and call statistics. */
export interface GuardedCompanyLinks extends CompanyLinks {
  /** The company's circuit state in this process (`closed` for a company not called yet). */
  circuit(companyId: string): CircuitState;
  /** Call counts per company since the previous call of `takeStats`, and resets them. */
  takeStats(): CompanyCallStats[];
}

export interface CompanyLinksOptions extends Omit<CompanyLinkOptions, 'breaker' | 'limiter'> {
  /** The circuit breaker of every company (ADR 023). */
  circuit?: CircuitBreakerOptions;
  /** Calls in flight to one company at a time (default 8); more wait, within their timeout. */
  maxConcurrency?: number;
  /** A company's circuit changed state (metrics, logs). */
  onCircuitChange?: (company: { companyId: string; slug: string }, state: CircuitState) => void;
}

interface Guard {
  slug: string;
  breaker: CircuitBreaker;
  limiter: ConcurrencyLimit;
  stats: { calls: number; failures: number; totalMs: number; maxMs: number };
}

export function createCompanyLinks(
  directory: CompanyDirectory,
  options: CompanyLinksOptions = {},
): GuardedCompanyLinks {
  const { circuit, maxConcurrency, onCircuitChange, ...linkOptions } = options;
  const links = new Map<string, { url: string; key: string; slug: string; link: CompanyLink }>();
  // Kept by company id across new links (a changed key or URL): a company failing keeps its
  // open circuit however its configuration is edited; the probe tells when it works again.
  const guards = new Map<string, Guard>();

  const guardOf = (companyId: string, slug: string): Guard => {
    let guard = guards.get(companyId);
    if (!guard) {
      const breaker = createCircuitBreaker(circuit);
      const created: Guard = {
        slug,
        breaker,
        limiter: createConcurrencyLimit(maxConcurrency ?? DEFAULT_COMPANY_CONCURRENCY),
        stats: { calls: 0, failures: 0, totalMs: 0, maxMs: 0 },
      };
      breaker.onChange((state) => onCircuitChange?.({ companyId, slug: created.slug }, state));
      guards.set(companyId, created);
      guard = created;
    }
    guard.slug = slug;
    return guard;
  };

  const onCall = (event: CallEvent) => {
    const guard = guards.get(event.companyId);
    if (guard) {
      guard.stats.calls += 1;
      if (!event.ok && event.reason !== 'request-error') guard.stats.failures += 1;
      guard.stats.totalMs += event.ms;
      guard.stats.maxMs = Math.max(guard.stats.maxMs, event.ms);
    }
    linkOptions.onCall?.(event);
  };

  return {
    async get(companyId) {
      // The directory's short cache is what makes a deactivation or a new key take effect.
      const company = await directory.get(companyId);
      if (!company?.active) {
        links.delete(companyId);
        throw new CompanyNotFoundError(companyId);
      }
      const cached = links.get(company.id);
      if (
        cached &&
        cached.url === company.supabaseUrl &&
        cached.key === company.secretKey &&
        cached.slug === company.slug
      ) {
        return cached.link;
      }
      const guard = guardOf(company.id, company.slug);
      const link = createCompanyLink(company, {
        ...linkOptions,
        onCall,
        breaker: guard.breaker,
        limiter: guard.limiter,
      });
      links.set(company.id, {
        url: company.supabaseUrl,
        key: company.secretKey,
        slug: company.slug,
        link,
      });
      return link;
    },
    circuit(companyId) {
      return guards.get(companyId)?.breaker.state ?? 'closed';
    },
    takeStats() {
      return [...guards].map(([companyId, guard]) => {
        const snapshot: CompanyCallStats = {
          companyId,
          slug: guard.slug,
          ...guard.stats,
          circuit: guard.breaker.state,
        };
        guard.stats = { calls: 0, failures: 0, totalMs: 0, maxMs: 0 };
        return snapshot;
      });
    },
  };
}
