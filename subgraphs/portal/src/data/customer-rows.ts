import type { Db, Queryable } from '@portal/db';
import { asCustomer } from './as-customer.ts';
import { iso, isoOrNull } from './timestamps.ts';

/** A customer as the account resolvers receive it (timestamps as ISO strings). */
export interface CustomerRow {
  id: string;
  email: string;
  name: string;
  mobile: string | null;
  locale: 'hu' | 'en';
  notifyOrderReady: boolean;
  notifyOrderStatusChanged: boolean;
  emailVerifiedAt: string | null;
  disabledAt: string | null;
  createdAt: string;
}

export interface BillingRow {
  name: string | null;
  country: string;
  city: string | null;
  postalCode: string | null;
  street: string | null;
  houseNumber: string | null;
  taxNumber: string | null;
  companyRegistrationNumber: string | null;
}

export const EMPTY_BILLING: BillingRow = {
  name: null,
  country: 'Magyarország',
  city: null,
  postalCode: null,
  street: null,
  houseNumber: null,
  taxNumber: null,
  companyRegistrationNumber: null,
};

const CUSTOMER_COLUMNS = `id, email, name, mobile, locale,
  notify_order_ready as "notifyOrderReady",
  notify_order_status_changed as "notifyOrderStatusChanged",
  email_verified_at as "emailVerifiedAt", disabled_at as "disabledAt", created_at as "createdAt"`;

const BILLING_COLUMNS = `name, country, city, postal_code as "postalCode", street,
  house_number as "houseNumber", tax_number as "taxNumber",
  company_registration_number as "companyRegistrationNumber"`;

type RawCustomer = Omit<CustomerRow, 'emailVerifiedAt' | 'disabledAt' | 'createdAt'> & {
  emailVerifiedAt: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
};

function toCustomer(raw: RawCustomer): CustomerRow {
  return {
    ...raw,
    emailVerifiedAt: isoOrNull(raw.emailVerifiedAt),
    disabledAt: isoOrNull(raw.disabledAt),
    createdAt: iso(raw.createdAt),
  };
}

/** Reads the customer of the transaction's claims (RLS: only their own, undeleted row). */
export async function selectOwnCustomer(tx: Queryable): Promise<CustomerRow | null> {
  const [raw] = await tx.query<RawCustomer>(
    `select ${CUSTOMER_COLUMNS} from customers where id = auth.uid()`,
  );
  return raw ? toCustomer(raw) : null;
}

export interface ProfileChange {
  name?: string | undefined;
  mobile?: string | null | undefined;
  locale?: 'hu' | 'en' | undefined;
}

/**
 * A customer's own account data. Every statement runs as `authenticated` with the customer's
 * claims: row-level security, not this code, keeps customers apart.
 */
export function createCustomerRows(db: Db) {
  return {
    byId: (customerId: string) => asCustomer(db, customerId, selectOwnCustomer),

    updateProfile: (customerId: string, change: ProfileChange) =>
      asCustomer(db, customerId, async (tx) => {
        await tx.query(
          `update customers set
             name = case when $1::boolean then $2 else name end,
             mobile = case when $3::boolean then $4 else mobile end,
             locale = case when $5::boolean then $6 else locale end,
             updated_at = now()
           where id = auth.uid()`,
          [
            change.name !== undefined,
            change.name ?? null,
            change.mobile !== undefined,
            change.mobile ?? null,
            change.locale !== undefined,
            change.locale ?? null,
          ],
        );
        return selectOwnCustomer(tx);
      }),

    updateNotifications: (
      customerId: string,
      change: { orderReady?: boolean | null; orderStatusChanged?: boolean | null },
    ) =>
      asCustomer(db, customerId, async (tx) => {
        await tx.query(
          `update customers set
             notify_order_ready = coalesce($1, notify_order_ready),
             notify_order_status_changed = coalesce($2, notify_order_status_changed),
             updated_at = now()
           where id = auth.uid()`,
          [change.orderReady ?? null, change.orderStatusChanged ?? null],
        );
        return selectOwnCustomer(tx);
      }),

    billing: async (customerId: string): Promise<BillingRow> => {
      const [row] = await asCustomer(db, customerId, (tx) =>
        tx.query<BillingRow>(`select ${BILLING_COLUMNS} from customer_billing`),
      );
      return row ?? EMPTY_BILLING;
    },

    replaceBilling: (customerId: string, billing: BillingRow) =>
      asCustomer(db, customerId, async (tx) => {
        await upsertBilling(tx, customerId, billing);
        return selectOwnCustomer(tx);
      }),
  };
}

/** Writes the billing row of `customerId` (RLS refuses anyone else's when run as a customer). */
export async function upsertBilling(tx: Queryable, customerId: string, b: BillingRow) {
  await tx.query(
    `insert into customer_billing (customer_id, name, country, city, postal_code, street,
                                   house_number, tax_number, company_registration_number)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (customer_id) do update set
       name = excluded.name, country = excluded.country, city = excluded.city,
       postal_code = excluded.postal_code, street = excluded.street,
       house_number = excluded.house_number, tax_number = excluded.tax_number,
       company_registration_number = excluded.company_registration_number,
       updated_at = now()`,
    [
      customerId,
      b.name,
      b.country,
      b.city,
      b.postalCode,
      b.street,
      b.houseNumber,
      b.taxNumber,
      b.companyRegistrationNumber,
    ],
  );
}

export type CustomerRows = ReturnType<typeof createCustomerRows>;
