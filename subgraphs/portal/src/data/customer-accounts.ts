import type { Db, Queryable } from '@portal/db';

/** What signing in and account emails need of a customer, password hash included. */
export interface CustomerCredentials {
  id: string;
  email: string;
  name: string;
  locale: 'hu' | 'en';
  passwordHash: string | null;
  emailVerified: boolean;
  disabled: boolean;
  deleted: boolean;
}

export interface NewCustomer {
  email: string;
  name: string;
  mobile: string | null;
  locale: 'hu' | 'en';
  passwordHash: string;
  notifyOrderReady: boolean;
  notifyOrderStatusChanged: boolean;
}

export type EmailTokenPurpose = 'verify_email' | 'reset_password';

export interface EmailTokenState {
  customerId: string;
  email: string;
  used: boolean;
  expired: boolean;
  /** The account's current address still equals the one the link was sent to. */
  emailCurrent: boolean;
  accountUsable: boolean;
}

const CREDENTIAL_COLUMNS = `id, email, name, locale, password_hash as "passwordHash",
  email_verified_at is not null as "emailVerified", disabled_at is not null as disabled,
  deleted_at is not null as deleted`;

/**
 * The service side of customer accounts: everything done before the customer is signed in
 * (sign-up, sign-in, email links) or that touches credentials. Runs as the owner, so it is
 * kept to this file and called only by `auth/customer-accounts.ts`.
 */
export function createCustomerAccountRows(db: Db) {
  return {
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction(fn),

    /** The new customer's id, or null when the email is taken (case-insensitively). */
    async insert(tx: Queryable, c: NewCustomer): Promise<string | null> {
      const [row] = await tx.query<{ id: string }>(
        `insert into customers (email, name, mobile, locale, password_hash,
                                notify_order_ready, notify_order_status_changed)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict ((lower(email))) do nothing
         returning id`,
        [
          c.email,
          c.name,
          c.mobile,
          c.locale,
          c.passwordHash,
          c.notifyOrderReady,
          c.notifyOrderStatusChanged,
        ],
      );
      return row?.id ?? null;
    },

    async byEmail(email: string): Promise<CustomerCredentials | null> {
      const [row] = await db.query<CustomerCredentials>(
        `select ${CREDENTIAL_COLUMNS} from customers where lower(email) = lower($1)`,
        [email.trim()],
      );
      return row ?? null;
    },

    async byId(customerId: string): Promise<CustomerCredentials | null> {
      const [row] = await db.query<CustomerCredentials>(
        `select ${CREDENTIAL_COLUMNS} from customers where id = $1`,
        [customerId],
      );
      return row ?? null;
    },

    /** Stores a new link token; earlier unused tokens of the same purpose stop working. */
    async addEmailToken(
      tx: Queryable,
      t: {
        customerId: string;
        purpose: EmailTokenPurpose;
        email: string;
        tokenHash: string;
        expiresAt: Date;
      },
    ): Promise<void> {
      await tx.query(
        `delete from email_tokens where customer_id = $1 and purpose = $2 and used_at is null`,
        [t.customerId, t.purpose],
      );
      await tx.query(
        `insert into email_tokens (token_hash, customer_id, purpose, email, expires_at)
         values ($1, $2, $3, $4, $5)`,
        [t.tokenHash, t.customerId, t.purpose, t.email, t.expiresAt],
      );
    },

    /** The token's state, locked so that two uses of one link are serialised. */
    async lockEmailToken(
      tx: Queryable,
      tokenHash: string,
      purpose: EmailTokenPurpose,
    ): Promise<EmailTokenState | null> {
      const [row] = await tx.query<EmailTokenState>(
        `select t.customer_id as "customerId", t.email, t.used_at is not null as used,
                t.expires_at <= now() as expired,
                lower(c.email) = lower(t.email) as "emailCurrent",
                c.deleted_at is null and c.disabled_at is null as "accountUsable"
           from email_tokens t join customers c on c.id = t.customer_id
          where t.token_hash = $1 and t.purpose = $2
          for update of t`,
        [tokenHash, purpose],
      );
      return row ?? null;
    },

    async useEmailToken(tx: Queryable, tokenHash: string): Promise<void> {
      await tx.query('update email_tokens set used_at = now() where token_hash = $1', [tokenHash]);
    },

    async markEmailVerified(tx: Queryable, customerId: string): Promise<void> {
      await tx.query(
        `update customers set email_verified_at = coalesce(email_verified_at, now()),
                              updated_at = now()
          where id = $1`,
        [customerId],
      );
    },

    async setPasswordHash(tx: Queryable, customerId: string, passwordHash: string) {
      await tx.query('update customers set password_hash = $2, updated_at = now() where id = $1', [
        customerId,
        passwordHash,
      ]);
      // A new password makes every outstanding reset link useless.
      await tx.query(
        `update email_tokens set used_at = now()
          where customer_id = $1 and purpose = 'reset_password' and used_at is null`,
        [customerId],
      );
    },

    /**
     * Erases a deleted customer's personal data: placeholders for name and email, no mobile,
     * no password, no billing row, no email tokens or mails; company connections stay (they
     * carry no personal data), and so will submitted quotes, pointing at the anonymised row.
     */
    async anonymise(tx: Queryable, customerId: string): Promise<void> {
      await tx.query(
        `update customers set
           email = 'deleted-' || id || '@deleted.invalid',
           name = 'Deleted customer',
           mobile = null,
           password_hash = null,
           notify_order_ready = false,
           notify_order_status_changed = false,
           deleted_at = now(),
           updated_at = now()
         where id = $1`,
        [customerId],
      );
      await tx.query('delete from customer_billing where customer_id = $1', [customerId]);
      await tx.query('delete from email_tokens where customer_id = $1', [customerId]);
      await tx.query('delete from mail_outbox where customer_id = $1', [customerId]);
      await tx.query(
        `update customer_companies set is_active = false,
                disconnected_at = coalesce(disconnected_at, now())
          where customer_id = $1`,
        [customerId],
      );
      await tx.query(
        `update api_keys set revoked_at = coalesce(revoked_at, now()) where customer_id = $1`,
        [customerId],
      );
    },
  };
}

export type CustomerAccountRows = ReturnType<typeof createCustomerAccountRows>;
