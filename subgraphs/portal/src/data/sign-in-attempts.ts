import type { Db } from '@portal/db';

export type PortalKind = 'customer' | 'admin';

/** Sign-in attempts per email, for the lockout. Service-side: nobody is signed in yet. */
export function createSignInAttempts(db: Db) {
  return {
    async begin(kind: PortalKind, emailKey: string): Promise<{ id: string; at: Date }> {
      const [row] = await db.query<{ id: string; attempted_at: Date }>(
        `insert into sign_in_attempts (portal_kind, email_key, outcome)
         values ($1, $2, 'pending') returning id, attempted_at`,
        [kind, emailKey],
      );
      return { id: String(row!.id), at: row!.attempted_at };
    },

    /**
     * Times of the failed (and still pending) attempts before `beforeId` within the window and
     * since the last success, newest first.
     */
    async recentFailures(
      kind: PortalKind,
      emailKey: string,
      beforeId: string,
      windowSeconds: number,
    ): Promise<Date[]> {
      const rows = await db.query<{ attempted_at: Date }>(
        `select attempted_at from sign_in_attempts a
          where portal_kind = $1 and email_key = $2 and id < $3
            and outcome in ('failed', 'pending')
            and attempted_at > clock_timestamp() - make_interval(secs => $4::float8)
            and not exists (
              select from sign_in_attempts s
               where s.portal_kind = a.portal_kind and s.email_key = a.email_key
                 and s.outcome = 'succeeded' and s.id > a.id and s.id < $3)
          order by id desc`,
        [kind, emailKey, beforeId, windowSeconds],
      );
      return rows.map((r) => r.attempted_at);
    },

    async finish(id: string, outcome: 'failed' | 'succeeded' | 'locked'): Promise<void> {
      await db.query('update sign_in_attempts set outcome = $2 where id = $1', [id, outcome]);
    },

    async now(): Promise<Date> {
      const [row] = await db.query<{ now: Date }>('select clock_timestamp() as now');
      return row!.now;
    },

    /** Forgets an email's attempts (account deleted: the address is personal data). */
    async forget(emailKey: string): Promise<void> {
      await db.query('delete from sign_in_attempts where email_key = $1', [emailKey]);
    },
  };
}

export type SignInAttempts = ReturnType<typeof createSignInAttempts>;
