import type { Db, Queryable } from '@portal/db';
import type { AdminRoleName } from './admin-rows.ts';

/** Who a session belongs to, as refreshing needs to know it. */
export type SessionPrincipal =
  | { kind: 'customer'; id: string; email: string; usable: boolean }
  | { kind: 'admin'; id: string; email: string; role: AdminRoleName; usable: boolean };

export type RevokeReason =
  | 'sign_out'
  | 'refresh_token_reuse'
  | 'password_change'
  | 'password_reset'
  | 'account_deleted'
  | 'account_disabled';

export interface RefreshTokenState {
  sessionId: string;
  tokenUsed: boolean;
  tokenExpired: boolean;
  sessionRevoked: boolean;
  sessionExpired: boolean;
  remember: boolean;
  principal: SessionPrincipal;
}

interface StateRow {
  session_id: string;
  token_used: boolean;
  token_expired: boolean;
  session_revoked: boolean;
  session_expired: boolean;
  remember: boolean;
  customer_id: string | null;
  customer_email: string | null;
  customer_usable: boolean | null;
  admin_id: string | null;
  admin_email: string | null;
  admin_role: AdminRoleName | null;
  admin_usable: boolean | null;
}

/**
 * Sessions and refresh tokens. Service-side: the caller is not signed in yet (or holds only a
 * refresh token), so these statements run as the owner, never as a client role.
 */
export function createSessionRows(db: Db) {
  return {
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction(fn),

    async create(
      tx: Queryable,
      owner: { customerId: string } | { adminId: string },
      remember: boolean,
      expiresAt: Date,
    ): Promise<string> {
      const [row] = await tx.query<{ id: string }>(
        `insert into auth_sessions (customer_id, admin_id, remember, expires_at)
         values ($1, $2, $3, $4) returning id`,
        [
          'customerId' in owner ? owner.customerId : null,
          'adminId' in owner ? owner.adminId : null,
          remember,
          expiresAt,
        ],
      );
      return row!.id;
    },

    async addRefreshToken(tx: Queryable, sessionId: string, tokenHash: string, expiresAt: Date) {
      await tx.query(
        'insert into refresh_tokens (token_hash, session_id, expires_at) values ($1, $2, $3)',
        [tokenHash, sessionId, expiresAt],
      );
      await tx.query(
        'update auth_sessions set refreshed_at = now(), expires_at = $2 where id = $1',
        [sessionId, expiresAt],
      );
    },

    /** The token's state, its row locked so two refreshes of one token are serialised. */
    async lockRefreshToken(tx: Queryable, tokenHash: string): Promise<RefreshTokenState | null> {
      const [row] = await tx.query<StateRow>(
        `select s.id as session_id,
                rt.used_at is not null as token_used,
                rt.expires_at <= now() as token_expired,
                s.revoked_at is not null as session_revoked,
                s.expires_at <= now() as session_expired,
                s.remember,
                c.id as customer_id, c.email as customer_email,
                (c.deleted_at is null and c.disabled_at is null
                 and c.email_verified_at is not null) as customer_usable,
                a.id as admin_id, a.email as admin_email, a.role as admin_role,
                a.disabled_at is null as admin_usable
           from refresh_tokens rt
           join auth_sessions s on s.id = rt.session_id
           left join customers c on c.id = s.customer_id
           left join admins a on a.id = s.admin_id
          where rt.token_hash = $1
          for update of rt`,
        [tokenHash],
      );
      if (!row) return null;
      const principal: SessionPrincipal = row.customer_id
        ? {
            kind: 'customer',
            id: row.customer_id,
            email: row.customer_email!,
            usable: row.customer_usable === true,
          }
        : {
            kind: 'admin',
            id: row.admin_id!,
            email: row.admin_email!,
            role: row.admin_role!,
            usable: row.admin_usable === true,
          };
      return {
        sessionId: row.session_id,
        tokenUsed: row.token_used,
        tokenExpired: row.token_expired,
        sessionRevoked: row.session_revoked,
        sessionExpired: row.session_expired,
        remember: row.remember,
        principal,
      };
    },

    async markUsed(tx: Queryable, tokenHash: string) {
      await tx.query('update refresh_tokens set used_at = now() where token_hash = $1', [
        tokenHash,
      ]);
    },

    async revoke(tx: Queryable, sessionId: string, reason: RevokeReason) {
      await tx.query(
        `update auth_sessions set revoked_at = now(), revoked_reason = $2
          where id = $1 and revoked_at is null`,
        [sessionId, reason],
      );
    },

    /** Revokes every open session of a customer, except `keepSessionId` when given. */
    async revokeAllOfCustomer(
      tx: Queryable,
      customerId: string,
      reason: RevokeReason,
      keepSessionId?: string,
    ) {
      await tx.query(
        `update auth_sessions set revoked_at = now(), revoked_reason = $2
          where customer_id = $1 and revoked_at is null and id is distinct from $3::uuid`,
        [customerId, reason, keepSessionId ?? null],
      );
    },

    async sessionOfRefreshToken(tokenHash: string): Promise<string | null> {
      const [row] = await db.query<{ session_id: string }>(
        'select session_id from refresh_tokens where token_hash = $1',
        [tokenHash],
      );
      return row?.session_id ?? null;
    },
  };
}

export type SessionRows = ReturnType<typeof createSessionRows>;
