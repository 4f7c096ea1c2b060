import type { Queryable } from '@portal/db';
import type { Identity } from '@portal/identity';
import type {
  AuditActorKind,
  AuditEntry,
  AuditLogFilter,
  AuditLogRows,
} from '../data/audit-log-rows.ts';

/** Where a request came from, for the audit log: its id and the client's address. */
export interface RequestMeta {
  requestId: string | null;
  /** The client's address as the gateway saw it; null when not known (tests, tools). */
  ip: string | null;
}

export const NO_REQUEST: RequestMeta = Object.freeze({ requestId: null, ip: null });

/**
 * The security events the portal records. Admin actions use `admin.<noun>_<verb>` names of
 * their own (see `recordAdminAction`). Names are stable: the admin UI filters by them.
 */
export const AUDIT_ACTIONS = {
  signInFailed: 'auth.sign_in_failed',
  lockedOut: 'auth.locked_out',
  signedIn: 'auth.signed_in',
  adminSignInFailed: 'auth.admin_sign_in_failed',
  adminLockedOut: 'auth.admin_locked_out',
  adminSignedIn: 'auth.admin_signed_in',
  refreshTokenReused: 'auth.refresh_token_reused',
  passwordChanged: 'auth.password_changed',
  passwordReset: 'auth.password_reset',
  accountDeleted: 'account.deleted',
  apiKeyCreated: 'api_key.created',
  apiKeyRevoked: 'api_key.revoked',
} as const;

/** The table's own check: dotted, lower-case words. */
const ACTION_NAME = /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/;

/** Who acted, as the audit log names them. */
export function auditActor(identity: Identity): {
  actorKind: AuditActorKind;
  actorId: string | null;
} {
  switch (identity.kind) {
    case 'customer':
      return { actorKind: 'customer', actorId: identity.customerId };
    case 'admin':
      return { actorKind: 'admin', actorId: identity.adminId };
    case 'partner':
      return { actorKind: 'partner', actorId: identity.apiKeyId };
    default:
      return { actorKind: 'system', actorId: null };
  }
}

/**
 * Appends security events and admin actions to the append-only `audit_log`. A failed write
 * fails the operation it records: an event that happened must not go unrecorded.
 */
export function createAuditLog(rows: AuditLogRows) {
  const record = (
    entry: Omit<AuditEntry, 'ip' | 'requestId'>,
    meta: RequestMeta,
    tx?: Queryable,
  ): Promise<void> => rows.append({ ...entry, ip: meta.ip, requestId: meta.requestId }, tx);

  return {
    record,

    /**
     * For the admin panel: records what an admin did (new actions are named
     * `admin.<noun>_<verb>`; shared events keep their name, e.g. `api_key.created`), e.g.
     * `recordAdminAction(admin, 'admin.company_deactivated', { kind: 'company', id }, {…}, meta)`.
     * Pass `tx` so the record commits (or rolls back) with the change itself.
     */
    async recordAdminAction(
      admin: Extract<Identity, { kind: 'admin' }>,
      action: string,
      target: { kind: string; id: string } | null,
      details: Record<string, unknown>,
      meta: RequestMeta,
      tx?: Queryable,
    ): Promise<void> {
      if (!ACTION_NAME.test(action)) {
        throw new Error(`audit action '${action}' must be dotted lower-case words`);
      }
      return record(
        {
          actorKind: 'admin',
          actorId: admin.adminId,
          action,
          targetKind: target?.kind ?? null,
          targetId: target?.id ?? null,
          details: { ...details, role: admin.role },
        },
        meta,
        tx,
      );
    },

    page: (filter: AuditLogFilter, limit: number, beforeId: string | null) =>
      rows.page(filter, limit, beforeId),
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
