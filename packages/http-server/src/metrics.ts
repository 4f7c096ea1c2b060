import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRequestId } from '@portal/identity';
import type { Logger } from 'pino';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Distinct operation names kept as label values; later new names count as `other`. */
export const MAX_OPERATION_NAMES = 200;
/** Distinct error codes kept as label values; later new codes count as `OTHER`. */
export const MAX_ERROR_CODES = 50;

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

/** One service's Prometheus registry (docs/operations.md lists every series). */
export interface ServiceMetrics {
  readonly service: string;
  /** Register more series here (`registers: [metrics.registry]`). */
  readonly registry: Registry;
  /** Records HTTP requests by route (a bounded name) and status. */
  observeHttp(route: string, status: number, seconds: number): void;
  /** Records GraphQL operations and their errors; `serveApollo` adds it to the server. */
  plugin<TContext extends BaseContext>(logger?: Logger): ApolloServerPlugin<TContext>;
}

/** Keeps at most `max` distinct values of a label; the rest become `overflow`. */
function boundedLabel(max: number, pattern: RegExp, overflow: string) {
  const seen = new Set<string>();
  return (value: string): string => {
    if (!pattern.test(value)) return overflow;
    if (seen.has(value)) return value;
    if (seen.size >= max) return overflow;
    seen.add(value);
    return value;
  };
}

/**
 * A registry for one service, with process metrics and the request series. Each service has
 * its own (the embedded system runs three in one process); `service` is a label on every series.
 */
export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const operationName = boundedLabel(MAX_OPERATION_NAMES, OPERATION_NAME, 'other');
  const errorCode = boundedLabel(MAX_ERROR_CODES, ERROR_CODE, 'OTHER');

  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request time by route',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations by type and name (names beyond the first 200 count as "other")',
    labelNames: ['operation_type', 'operation_name'] as const,
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operation time by type and name',
    labelNames: ['operation_type', 'operation_name'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });

  return {
    service,
    registry,
    observeHttp(route, status, seconds) {
      httpRequests.inc({ route, status: String(status) });
      httpDuration.observe({ route }, seconds);
    },
    plugin<TContext extends BaseContext>(logger?: Logger): ApolloServerPlugin<TContext> {
      return {
        async requestDidStart() {
          const started = performance.now();
          let type = 'unknown';
          let name = 'anonymous';
          const codes: string[] = [];
          return {
            async didResolveOperation(ctx) {
              type = ctx.operation?.operation ?? 'unknown';
              name = ctx.operationName ? operationName(ctx.operationName) : 'anonymous';
            },
            async didEncounterErrors(ctx) {
              for (const error of ctx.errors) {
                const code = error.extensions?.code;
                const label = typeof code === 'string' ? errorCode(code) : 'INTERNAL';
                errors.inc({ code: label });
                codes.push(label);
              }
            },
            async willSendResponse() {
              const seconds = (performance.now() - started) / 1000;
              const labels = { operation_type: type, operation_name: name };
              operations.inc(labels);
              operationDuration.observe(labels, seconds);
              logger?.info(
                {
                  requestId: currentRequestId(),
                  operationType: type,
                  operationName: name,
                  ms: Math.round(seconds * 1000),
                  ...(codes.length ? { errorCodes: codes } : {}),
                },
                'graphql request',
              );
            },
          };
        },
      };
    },
  };
}
