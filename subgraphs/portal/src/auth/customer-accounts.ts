import { becomeCustomer } from '../data/as-customer.ts';
import type { CompanyRows } from '../data/company-rows.ts';
import type { CustomerAccountRows, CustomerCredentials } from '../data/customer-accounts.ts';
import { connectInTransaction } from '../data/customer-company-rows.ts';
import { type CustomerRow, type CustomerRows, upsertBilling } from '../data/customer-rows.ts';
import type { SessionRows } from '../data/session-rows.ts';
import type { SignInAttempts } from '../data/sign-in-attempts.ts';
import {
  EMAIL_TOKEN_TTL_HOURS,
  type MailRecipient,
  passwordResetMail,
  verificationMail,
} from '../mail/account-mail.ts';
import type { Mail, Mailer } from '../mail/mailer.ts';
import { type Failure, fail, INVALID_CREDENTIALS } from './account-error.ts';
import { EmailInput, parseInput, SignUpInputSchema } from './account-input.ts';
import { AUDIT_ACTIONS, type AuditLog, type RequestMeta } from './audit-log.ts';
import type { Lockout } from './lockout.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { passwordWeakness } from './password-policy.ts';
import { newOpaqueToken, sha256Hex } from './secret-tokens.ts';
import type { Sessions, SessionTokens } from './sessions.ts';

export interface CustomerAccountsDeps {
  rows: CustomerAccountRows;
  customers: CustomerRows;
  companies: CompanyRows;
  sessionRows: SessionRows;
  sessions: Sessions;
  lockout: Lockout;
  attempts: SignInAttempts;
  mailer: Mailer;
  /** Where the client is served: links in mails point here. */
  publicUrl: string | (() => string);
  log: (line: string) => void;
  audit: AuditLog;
}

type Ok<T> = { error?: undefined } & T;

const HOUR_MS = 3_600_000;

function lockedOut(retryAfterSeconds: number): Failure {
  return fail(
    'LOCKED_OUT',
    `Too many failed attempts for this email address; try again in ${retryAfterSeconds} seconds`,
    null,
    retryAfterSeconds,
  );
}

/**
 * Customer accounts: sign-up with email verification, sign-in with the per-email lockout,
 * password reset and change, account deletion. Answers that could tell whether an email has
 * an account (sign-in, reset, resend) are the same either way.
 */
export function createCustomerAccounts(deps: CustomerAccountsDeps) {
  const { rows, mailer } = deps;
  const clientUrl = () =>
    typeof deps.publicUrl === 'function' ? deps.publicUrl() : deps.publicUrl;

  /** Mail goes out after the transaction: a failure is logged and the link can be re-sent. */
  async function deliver(mail: Mail): Promise<void> {
    try {
      await mailer.send(mail);
    } catch (error) {
      deps.log(`mail delivery failed (${mail.kind}): ${(error as Error).message}`);
      console.error(error);
    }
  }

  async function issueEmailToken(
    account: { id: string; email: string },
    purpose: 'verify_email' | 'reset_password',
  ): Promise<string> {
    const token = newOpaqueToken();
    await rows.transaction((tx) =>
      rows.addEmailToken(tx, {
        customerId: account.id,
        purpose,
        email: account.email,
        tokenHash: sha256Hex(token),
        expiresAt: new Date(Date.now() + EMAIL_TOKEN_TTL_HOURS[purpose] * HOUR_MS),
      }),
    );
    return token;
  }

  const recipient = (c: CustomerCredentials): MailRecipient => ({
    email: c.email,
    name: c.name,
    locale: c.locale,
    customerId: c.id,
  });

  /** Checks a password, counting it against the email's lockout. */
  async function checkPassword(
    email: string,
    account: CustomerCredentials | null,
    password: string,
  ): Promise<{ ok: boolean } | Failure> {
    const attempt = await deps.lockout.begin('customer', email);
    if (attempt.locked) return lockedOut(attempt.retryAfterSeconds);
    const ok = await verifyPassword(account?.deleted ? null : account?.passwordHash, password);
    await deps.lockout.finish(attempt.attemptId, ok);
    return { ok };
  }

  return {
    async signUp(input: unknown): Promise<Ok<{ customerId: string }> | Failure> {
      const parsed = parseInput(SignUpInputSchema, input);
      if ('error' in parsed) return parsed;
      const v = parsed.value;
      const weakness = passwordWeakness(v.password, v.email);
      if (weakness) return fail('WEAK_PASSWORD', weakness, 'password');
      const companyIds = [...new Set(v.companyIds ?? [])];
      for (const [i, id] of companyIds.entries()) {
        if (!(await deps.companies.byId(id))) {
          return fail('COMPANY_NOT_FOUND', `No active company with id ${id}`, `companyIds.${i}`);
        }
      }
      const passwordHash = await hashPassword(v.password);
      const token = newOpaqueToken();
      const customerId = await rows.transaction(async (tx) => {
        const id = await rows.insert(tx, {
          email: v.email,
          name: v.name,
          mobile: v.mobile,
          locale: v.locale,
          passwordHash,
          notifyOrderReady: v.notificationPreferences?.orderReady ?? false,
          notifyOrderStatusChanged: v.notificationPreferences?.orderStatusChanged ?? false,
        });
        if (!id) return null;
        if (v.billing) await upsertBilling(tx, id, v.billing);
        await rows.addEmailToken(tx, {
          customerId: id,
          purpose: 'verify_email',
          email: v.email,
          tokenHash: sha256Hex(token),
          expiresAt: new Date(Date.now() + EMAIL_TOKEN_TTL_HOURS.verify_email * HOUR_MS),
        });
        // The rest of the transaction acts as the new customer, under RLS.
        await becomeCustomer(tx, id);
        for (const companyId of companyIds) {
          if ((await connectInTransaction(tx, id, companyId)) !== 'done') {
            throw new Error(`company ${companyId} became unavailable during sign-up`);
          }
        }
        return id;
      });
      if (!customerId) {
        return fail(
          'EMAIL_TAKEN',
          'An account with this email address already exists. Sign in, or reset your password if you forgot it.',
          'email',
        );
      }
      await deliver(
        verificationMail(
          { email: v.email, name: v.name, locale: v.locale, customerId },
          clientUrl(),
          token,
        ),
      );
      return { customerId };
    },

    async verifyEmail(token: string): Promise<Ok<{ email: string }> | Failure> {
      const hash = sha256Hex(token);
      return rows.transaction(async (tx) => {
        const state = await rows.lockEmailToken(tx, hash, 'verify_email');
        if (!state || state.used || !state.emailCurrent || !state.accountUsable) {
          return fail('INVALID_TOKEN', 'This verification link is not valid (or was used already)');
        }
        if (state.expired) {
          return fail('TOKEN_EXPIRED', 'This verification link has expired; ask for a new one');
        }
        await rows.useEmailToken(tx, hash);
        await rows.markEmailVerified(tx, state.customerId);
        return { email: state.email };
      });
    },

    async resendVerification(email: string): Promise<Ok<object> | Failure> {
      const parsed = parseInput(EmailInput, email, 'email');
      if ('error' in parsed) return parsed;
      const account = await rows.byEmail(parsed.value);
      if (account && !account.emailVerified && !account.deleted && !account.disabled) {
        const token = await issueEmailToken(account, 'verify_email');
        await deliver(verificationMail(recipient(account), clientUrl(), token));
      }
      return {};
    },

    /**
     * For the admin panel: a new verification link to this customer, whatever they typed at
     * sign-up. Says why not, unlike `resendVerification` (an admin may know the account).
     */
    async sendVerificationTo(
      customerId: string,
    ): Promise<'sent' | 'not_found' | 'already_verified' | 'disabled'> {
      const account = await rows.byId(customerId);
      if (!account || account.deleted) return 'not_found';
      if (account.disabled) return 'disabled';
      if (account.emailVerified) return 'already_verified';
      const token = await issueEmailToken(account, 'verify_email');
      await deliver(verificationMail(recipient(account), clientUrl(), token));
      return 'sent';
    },

    /** For the admin panel: a password reset link to this customer. */
    async sendPasswordResetTo(customerId: string): Promise<'sent' | 'not_found' | 'disabled'> {
      const account = await rows.byId(customerId);
      if (!account || account.deleted) return 'not_found';
      if (account.disabled) return 'disabled';
      const token = await issueEmailToken(account, 'reset_password');
      await deliver(passwordResetMail(recipient(account), clientUrl(), token));
      return 'sent';
    },

    async signIn(
      email: string,
      password: string,
      remember: boolean,
      meta: RequestMeta,
    ): Promise<Ok<{ session: SessionTokens; customer: CustomerRow }> | Failure> {
      const parsed = parseInput(EmailInput, email, 'email');
      if ('error' in parsed) return parsed;
      const account = await rows.byEmail(parsed.value);
      const checked = await checkPassword(parsed.value, account, password);
      // The email as typed is the evidence of who was targeted; the password never is.
      const audit = (action: string, reason: string | null) =>
        deps.audit.record(
          {
            actorKind: 'customer',
            actorId: account && !account.deleted ? account.id : null,
            action,
            targetKind: 'customer',
            targetId: account && !account.deleted ? account.id : null,
            details: { email: parsed.value, ...(reason ? { reason } : {}) },
          },
          meta,
        );
      if ('error' in checked) {
        await audit(AUDIT_ACTIONS.lockedOut, null);
        return checked;
      }
      if (!checked.ok || !account) {
        await audit(AUDIT_ACTIONS.signInFailed, account ? 'wrong_password' : 'unknown_email');
        return INVALID_CREDENTIALS();
      }
      // Only with the right password: these reveal the account's state to its owner alone.
      if (account.disabled) {
        await audit(AUDIT_ACTIONS.signInFailed, 'account_disabled');
        return fail('ACCOUNT_DISABLED', 'This account is disabled; contact the portal operator');
      }
      if (!account.emailVerified) {
        await audit(AUDIT_ACTIONS.signInFailed, 'email_not_verified');
        return fail(
          'EMAIL_NOT_VERIFIED',
          'Confirm your email address first: open the link in the verification email',
        );
      }
      const session = await deps.sessions.start(
        { kind: 'customer', id: account.id, email: account.email },
        remember,
      );
      await deps.audit.record(
        {
          actorKind: 'customer',
          actorId: account.id,
          action: AUDIT_ACTIONS.signedIn,
          targetKind: 'session',
          targetId: session.id,
          details: { rememberMe: remember },
        },
        meta,
      );
      const customer = await deps.customers.byId(account.id);
      if (!customer) throw new Error(`customer ${account.id} vanished while signing in`);
      return { session, customer };
    },

    async requestPasswordReset(email: string): Promise<Ok<object> | Failure> {
      const parsed = parseInput(EmailInput, email, 'email');
      if ('error' in parsed) return parsed;
      const account = await rows.byEmail(parsed.value);
      if (account && !account.deleted && !account.disabled) {
        const token = await issueEmailToken(account, 'reset_password');
        await deliver(passwordResetMail(recipient(account), clientUrl(), token));
      }
      return {};
    },

    async resetPassword(
      token: string,
      password: string,
      meta: RequestMeta,
    ): Promise<Ok<object> | Failure> {
      const hash = sha256Hex(token);
      return rows.transaction(async (tx) => {
        const state = await rows.lockEmailToken(tx, hash, 'reset_password');
        if (!state || state.used || !state.emailCurrent || !state.accountUsable) {
          return fail('INVALID_TOKEN', 'This reset link is not valid (or was used already)');
        }
        if (state.expired) {
          return fail('TOKEN_EXPIRED', 'This reset link has expired; ask for a new one');
        }
        // Checked before the token is used, so a weak password does not waste the link.
        const weakness = passwordWeakness(password, state.email);
        if (weakness) return fail('WEAK_PASSWORD', weakness, 'password');
        await rows.useEmailToken(tx, hash);
        await rows.setPasswordHash(tx, state.customerId, await hashPassword(password));
        // The link proves the address is theirs.
        await rows.markEmailVerified(tx, state.customerId);
        await deps.sessionRows.revokeAllOfCustomer(tx, state.customerId, 'password_reset');
        await deps.audit.record(
          {
            actorKind: 'customer',
            actorId: state.customerId,
            action: AUDIT_ACTIONS.passwordReset,
            targetKind: 'customer',
            targetId: state.customerId,
          },
          meta,
          tx,
        );
        return {};
      });
    },

    async changePassword(
      customerId: string,
      sessionId: string,
      currentPassword: string,
      newPassword: string,
      meta: RequestMeta,
    ): Promise<Ok<object> | Failure> {
      const account = await rows.byId(customerId);
      if (!account || account.deleted) return fail('INVALID_CREDENTIALS', 'No such account');
      const checked = await checkPassword(account.email, account, currentPassword);
      if ('error' in checked) return checked;
      if (!checked.ok) {
        return fail('WRONG_PASSWORD', 'The current password is wrong', 'currentPassword');
      }
      const weakness = passwordWeakness(newPassword, account.email);
      if (weakness) return fail('WEAK_PASSWORD', weakness, 'newPassword');
      const passwordHash = await hashPassword(newPassword);
      await rows.transaction(async (tx) => {
        await rows.setPasswordHash(tx, customerId, passwordHash);
        // Whoever else holds a session loses it; the customer's own stays signed in.
        await deps.sessionRows.revokeAllOfCustomer(tx, customerId, 'password_change', sessionId);
        await deps.audit.record(
          {
            actorKind: 'customer',
            actorId: customerId,
            action: AUDIT_ACTIONS.passwordChanged,
            targetKind: 'customer',
            targetId: customerId,
          },
          meta,
          tx,
        );
      });
      return {};
    },

    async deleteAccount(
      customerId: string,
      password: string,
      meta: RequestMeta,
    ): Promise<Ok<object> | Failure> {
      const account = await rows.byId(customerId);
      if (!account || account.deleted) return fail('INVALID_CREDENTIALS', 'No such account');
      const checked = await checkPassword(account.email, account, password);
      if ('error' in checked) return checked;
      if (!checked.ok) return fail('WRONG_PASSWORD', 'The password is wrong', 'password');
      await rows.transaction(async (tx) => {
        await rows.anonymise(tx, customerId);
        await deps.sessionRows.revokeAllOfCustomer(tx, customerId, 'account_deleted');
        // The id only: the account's personal data is gone, the log must not keep it.
        await deps.audit.record(
          {
            actorKind: 'customer',
            actorId: customerId,
            action: AUDIT_ACTIONS.accountDeleted,
            targetKind: 'customer',
            targetId: customerId,
          },
          meta,
          tx,
        );
      });
      await deps.attempts.forget(account.email.toLowerCase());
      return {};
    },
  };
}

export type CustomerAccounts = ReturnType<typeof createCustomerAccounts>;
