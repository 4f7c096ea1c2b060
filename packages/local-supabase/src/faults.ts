import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import type { PostgrestErrorBody } from './postgrest-errors.ts';

/**
 * A failure injected for one company, to see how callers behave when it is unreachable, slow,
 * failing or broken.
 * - `down`: the connection is destroyed before any answer (like a reset or refused connection).
 * - `delay`: the request is held `ms` milliseconds, then served normally.
 * - `status`: answered at once with that HTTP status and a PostgREST-shaped error body.
 * - `garbage`: answered 200 with a JSON content type and a truncated, unparseable body.
 *
 * With `onlyFunction` the fault hits calls of that function only (say the company's writes
 * fail while its catalog still answers); other calls are served normally.
 */
export type Fault = (
  | { kind: 'down' }
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number }
  | { kind: 'garbage' }
) & { onlyFunction?: string };

/** Validates a fault that arrives from outside TypeScript (a script, JSON). */
const onlyFunction = z.string().min(1).max(200).optional();
export const faultSchema: z.ZodType<Fault> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('down'), onlyFunction }),
  z.object({ kind: z.literal('delay'), ms: z.number().int().min(0).max(600_000), onlyFunction }),
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(400).max(599),
    onlyFunction,
  }),
  z.object({ kind: z.literal('garbage'), onlyFunction }),
]);

/** A cut-off JSON document: valid start, then nothing, so any JSON parser fails on it. */
export const GARBAGE_BODY = '{"total_count": 3, "items": [{"id": "6f0c1e5a-';

/** The body PostgREST (or the gateway in front of it) would send with that status. */
export function faultErrorBody(status: number): PostgrestErrorBody {
  const details = `Injected fault: HTTP ${status} (local Supabase endpoint)`;
  if (status === 503) {
    return {
      code: 'PGRST001',
      message: 'Database client error. Retrying the connection.',
      details,
      hint: null,
    };
  }
  if (status === 504) {
    return {
      code: 'PGRST003',
      message: 'Timed out acquiring connection from connection pool.',
      details,
      hint: null,
    };
  }
  if (status >= 500) {
    return { code: 'PGRSTX00', message: 'Internal server error', details, hint: null };
  }
  // 4xx: the code PostgREST gives a status raised on purpose (`RAISE sqlstate 'PT429'`).
  return { code: `PT${status}`, message: STATUS_CODES[status] ?? 'Error', details, hint: null };
}
