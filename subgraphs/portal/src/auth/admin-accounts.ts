import type { Db } from '@portal/db';
import {
  type AdminRoleName,
  type AdminRow,
  type AdminRows,
  createAdminRows,
} from '../data/admin-rows.ts';
import { type Failure, fail, INVALID_CREDENTIALS } from './account-error.ts';
import { EmailInput, NameInput, parseInput } from './account-input.ts';
import { AUDIT_ACTIONS, type AuditLog, type RequestMeta } from './audit-log.ts';
import type { Lockout } from './lockout.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { passwordWeakness } from './password-policy.ts';
import type { Sessions, SessionTokens } from './sessions.ts';

/**
 * Admin and support accounts: their own table and sign-in (the admin UI), the same password
 * rules and per-email lockout as customers, and tokens marked `portal_kind: admin`.
 */
export function createAdminAccounts(deps: {
  rows: AdminRows;
  sessions: Sessions;
  lockout: Lockout;
  audit: AuditLog;
}) {
  return {
    async signIn(
      email: string,
      password: string,
      meta: RequestMeta,
    ): Promise<{ session: SessionTokens; admin: AdminRow } | Failure> {
      const parsed = parseInput(EmailInput, email, 'email');
      if ('error' in parsed) return parsed;
      const audit = (action: string, adminId: string | null, details: Record<string, unknown>) =>
        deps.audit.record(
          {
            actorKind: 'admin',
            actorId: adminId,
            action,
            targetKind: 'admin',
            targetId: adminId,
            details,
          },
          meta,
        );
      const attempt = await deps.lockout.begin('admin', parsed.value);
      if (attempt.locked) {
        await audit(AUDIT_ACTIONS.adminLockedOut, null, { email: parsed.value });
        return fail(
          'LOCKED_OUT',
          `Too many failed attempts for this email address; try again in ${attempt.retryAfterSeconds} seconds`,
          null,
          attempt.retryAfterSeconds,
        );
      }
      const admin = await deps.rows.byEmail(parsed.value);
      const ok = await verifyPassword(admin?.passwordHash, password);
      await deps.lockout.finish(attempt.attemptId, ok);
      if (!ok || !admin) {
        await audit(AUDIT_ACTIONS.adminSignInFailed, admin?.id ?? null, {
          email: parsed.value,
          reason: admin ? 'wrong_password' : 'unknown_email',
        });
        return INVALID_CREDENTIALS();
      }
      if (admin.disabled) {
        await audit(AUDIT_ACTIONS.adminSignInFailed, admin.id, {
          email: parsed.value,
          reason: 'account_disabled',
        });
        return fail('ACCOUNT_DISABLED', 'This admin account is disabled');
      }
      const session = await deps.sessions.start(
        { kind: 'admin', id: admin.id, email: admin.email, role: admin.role },
        false,
      );
      await audit(AUDIT_ACTIONS.adminSignedIn, admin.id, {
        role: admin.role,
        sessionId: session.id,
      });
      return {
        session,
        admin: { id: admin.id, email: admin.email, name: admin.name, role: admin.role },
      };
    },

    create: (input: NewAdminInput) => createAdmin(deps.rows, input),

    byId: (id: string) => deps.rows.byId(id),
  };
}

export type AdminAccounts = ReturnType<typeof createAdminAccounts>;

export interface NewAdminInput {
  email: string;
  name: string;
  role: AdminRoleName;
  password: string;
}

/** Creates an admin with the customers' password rules; `EMAIL_TAKEN` when one exists. */
export async function createAdmin(
  rows: AdminRows,
  input: NewAdminInput,
): Promise<{ admin: AdminRow } | Failure> {
  const email = parseInput(EmailInput, input.email, 'email');
  if ('error' in email) return email;
  const name = parseInput(NameInput, input.name, 'name');
  if ('error' in name) return name;
  if (input.role !== 'admin' && input.role !== 'support') {
    return fail('INVALID_INPUT', 'Role must be admin or support', 'role');
  }
  const weakness = passwordWeakness(input.password, email.value);
  if (weakness) return fail('WEAK_PASSWORD', weakness, 'password');
  const admin = await rows.insert({
    email: email.value,
    name: name.value,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  if (!admin) return fail('EMAIL_TAKEN', 'An admin with this email address exists', 'email');
  return { admin };
}

/**
 * For tools outside the subgraph (the `admin:create` CLI, the embedded demo admin): creates an
 * admin in a migrated portal database.
 */
export function provisionAdmin(db: Db, input: NewAdminInput) {
  return createAdmin(createAdminRows(db), input);
}

/** Whether an admin with this email exists (the demo admin is created once). */
export async function adminExists(db: Db, email: string): Promise<boolean> {
  return (await createAdminRows(db).byEmail(email)) !== null;
}
