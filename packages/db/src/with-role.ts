import type { Db, Queryable } from './db.ts';

export type SupabaseRole = 'anon' | 'authenticated' | 'service_role';

export interface RoleClaims {
  role: SupabaseRole;
  /** Becomes `request.jwt.claims`; `sub` is what `auth.uid()` returns. */
  claims?: Record<string, unknown>;
}

/**
 * Runs `fn` in a transaction as a Supabase role with JWT claims, the way PostgREST does, so
 * row-level security decides what the statements see: a resolver bug cannot reach rows the
 * caller may not see.
 */
export function withRole<T>(
  db: Db,
  who: RoleClaims,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(
      `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
      [who.role, JSON.stringify({ role: who.role, ...who.claims })],
    );
    return fn(tx);
  });
}
