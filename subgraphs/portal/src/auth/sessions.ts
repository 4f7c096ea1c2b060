import type { AdminRole } from '@portal/identity';
import type { SessionPrincipal, SessionRows } from '../data/session-rows.ts';
import type { AccessTokens } from './access-tokens.ts';
import { AUDIT_ACTIONS, type AuditLog, NO_REQUEST, type RequestMeta } from './audit-log.ts';
import { newOpaqueToken, sha256Hex } from './secret-tokens.ts';

const HOUR_MS = 3_600_000;
/** "Remember me" keeps a session alive for a month of inactivity; otherwise half a day. */
export const SESSION_TTL_MS = { remember: 30 * 24 * HOUR_MS, default: 12 * HOUR_MS } as const;

/** A session's tokens as `Session` in the API. */
export interface SessionTokens {
  id: string;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export type SessionOwner =
  | { kind: 'customer'; id: string; email: string }
  | { kind: 'admin'; id: string; email: string; role: AdminRole };

export type RefreshOutcome =
  | { ok: true; session: SessionTokens; principal: SessionPrincipal }
  | { ok: false; reason: 'unknown' | 'reused' | 'expired' | 'revoked' | 'account' };

/**
 * Sessions with rotating refresh tokens. One session per sign-in is one token family: every
 * refresh uses the presented token up and issues the next; a used token presented again means
 * it was stolen (or the client misbehaved), so the whole family is revoked.
 */
export function createSessions(rows: SessionRows, tokens: AccessTokens, audit: AuditLog) {
  const issue = (sessionId: string, owner: SessionOwner) =>
    tokens.issue(
      owner.kind === 'customer'
        ? { kind: 'customer', id: owner.id, email: owner.email, sessionId }
        : { kind: 'admin', id: owner.id, email: owner.email, role: owner.role, sessionId },
    );

  return {
    async start(owner: SessionOwner, remember: boolean): Promise<SessionTokens> {
      const expiresAt = new Date(
        Date.now() + (remember ? SESSION_TTL_MS.remember : SESSION_TTL_MS.default),
      );
      const refreshToken = newOpaqueToken();
      const sessionId = await rows.transaction(async (tx) => {
        const id = await rows.create(
          tx,
          owner.kind === 'customer' ? { customerId: owner.id } : { adminId: owner.id },
          remember,
          expiresAt,
        );
        await rows.addRefreshToken(tx, id, sha256Hex(refreshToken), expiresAt);
        return id;
      });
      const access = await issue(sessionId, owner);
      return {
        id: sessionId,
        accessToken: access.token,
        accessTokenExpiresAt: access.expiresAt.toISOString(),
        refreshToken,
        refreshTokenExpiresAt: expiresAt.toISOString(),
      };
    },

    async refresh(refreshToken: string, meta: RequestMeta = NO_REQUEST): Promise<RefreshOutcome> {
      const hash = sha256Hex(refreshToken);
      const next = newOpaqueToken();
      const outcome = await rows.transaction(async (tx): Promise<RefreshOutcome> => {
        const state = await rows.lockRefreshToken(tx, hash);
        if (!state) return { ok: false, reason: 'unknown' };
        if (state.sessionRevoked) return { ok: false, reason: 'revoked' };
        if (state.tokenUsed) {
          // Committed with the refusal: the family is dead for the thief and the owner alike.
          await rows.revoke(tx, state.sessionId, 'refresh_token_reuse');
          // Whoever presented it is not known; the session's owner is whose token leaked.
          await audit.record(
            {
              actorKind: state.principal.kind,
              actorId: state.principal.id,
              action: AUDIT_ACTIONS.refreshTokenReused,
              targetKind: 'session',
              targetId: state.sessionId,
              details: { sessionRevoked: true },
            },
            meta,
            tx,
          );
          return { ok: false, reason: 'reused' };
        }
        if (state.tokenExpired || state.sessionExpired) return { ok: false, reason: 'expired' };
        if (!state.principal.usable) {
          await rows.revoke(tx, state.sessionId, 'account_disabled');
          return { ok: false, reason: 'account' };
        }
        await rows.markUsed(tx, hash);
        const expiresAt = new Date(
          Date.now() + (state.remember ? SESSION_TTL_MS.remember : SESSION_TTL_MS.default),
        );
        await rows.addRefreshToken(tx, state.sessionId, sha256Hex(next), expiresAt);
        return {
          ok: true,
          principal: state.principal,
          session: {
            id: state.sessionId,
            accessToken: '',
            accessTokenExpiresAt: '',
            refreshToken: next,
            refreshTokenExpiresAt: expiresAt.toISOString(),
          },
        };
      });
      if (!outcome.ok) return outcome;
      const { principal, session } = outcome;
      const access = await issue(
        session.id,
        principal.kind === 'customer'
          ? { kind: 'customer', id: principal.id, email: principal.email }
          : { kind: 'admin', id: principal.id, email: principal.email, role: principal.role },
      );
      session.accessToken = access.token;
      session.accessTokenExpiresAt = access.expiresAt.toISOString();
      return outcome;
    },

    /** Ends one session; its refresh tokens stop working at once. */
    async revoke(sessionId: string): Promise<void> {
      await rows.transaction((tx) => rows.revoke(tx, sessionId, 'sign_out'));
    },

    async revokeByRefreshToken(refreshToken: string): Promise<void> {
      const sessionId = await rows.sessionOfRefreshToken(sha256Hex(refreshToken));
      if (sessionId) await rows.transaction((tx) => rows.revoke(tx, sessionId, 'sign_out'));
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
