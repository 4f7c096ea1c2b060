import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { CallEvent } from './company-link.ts';
import type { CircuitState } from './resilience.ts';

/** `company_circuit_state` values. */
const CIRCUIT_VALUE: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

export interface CompanyLinkMetrics {
  /** Pass as `CompanyLinksOptions.onCall`. */
  onCall(event: CallEvent): void;
  /** Pass as `CompanyLinksOptions.onCircuitChange`. */
  onCircuitChange(company: { companyId: string; slug: string }, state: CircuitState): void;
}

/**
 * Company call metrics (docs/operations.md) in `registry`. Labels are the company's slug (one
 * per registered company) and the contract function (a fixed set): bounded.
 */
export function createCompanyLinkMetrics(registry: Registry): CompanyLinkMetrics {
  const duration = new Histogram({
    name: 'company_call_duration_seconds',
    help: 'Wall time of contract calls to a company (refused calls of an open circuit excluded)',
    labelNames: ['company', 'fn'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'company_call_failures_total',
    help: 'Contract calls that failed, by company, function and reason (circuit-open: not sent)',
    labelNames: ['company', 'fn', 'reason'] as const,
    registers: [registry],
  });
  const circuit = new Gauge({
    name: 'company_circuit_state',
    help: 'Circuit breaker state per company: 0 closed, 1 half-open, 2 open',
    labelNames: ['company'] as const,
    registers: [registry],
  });
  return {
    onCall(event) {
      if (event.reason !== 'circuit-open') {
        duration.observe({ company: event.slug, fn: event.fn }, event.ms / 1000);
      }
      if (!event.ok) {
        failures.inc({ company: event.slug, fn: event.fn, reason: event.reason ?? 'unknown' });
      }
    },
    onCircuitChange(company, state) {
      circuit.set({ company: company.slug }, CIRCUIT_VALUE[state]);
    },
  };
}
