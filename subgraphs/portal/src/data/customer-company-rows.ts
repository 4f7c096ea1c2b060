import type { Db, Queryable } from '@portal/db';
import { asCustomer } from './as-customer.ts';
import type { CompanyRow } from './company-rows.ts';
import { iso } from './timestamps.ts';

/** A customer's connection to one company, with the company's public columns. */
export interface CustomerCompanyRow {
  company: CompanyRow;
  discountPercent: string;
  active: boolean;
  connectedAt: string;
}

interface RawConnection {
  id: string;
  name: string;
  slug: string;
  discount_percent: string;
  is_active: boolean;
  connected_at: Date;
}

/**
 * The customer's current connections. `companies` is under RLS too, so a deactivated company
 * drops out of the list (and out of `activeCompany`) the moment it is deactivated.
 */
async function selectConnections(tx: Queryable): Promise<CustomerCompanyRow[]> {
  const rows = await tx.query<RawConnection>(
    `select c.id, c.name, c.slug, cc.discount_percent::text as discount_percent, cc.is_active,
            cc.connected_at
       from customer_companies cc
       join companies c on c.id = cc.company_id
      where cc.disconnected_at is null
      order by c.name, c.id`,
  );
  return rows.map((r) => ({
    company: { id: r.id, name: r.name, slug: r.slug },
    discountPercent: r.discount_percent,
    active: r.is_active,
    connectedAt: iso(r.connected_at),
  }));
}

export type ConnectionChange = 'done' | 'company_not_found' | 'not_connected';

/** Whether the company is active (visible to customers under RLS). */
async function companyVisible(tx: Queryable, companyId: string): Promise<boolean> {
  const rows = await tx.query('select 1 from companies where id = $1', [companyId]);
  return rows.length > 0;
}

/**
 * Connects the transaction's customer to an active company; the first connection becomes the
 * active company. Must run as the customer (RLS checks both the customer and the company).
 */
export async function connectInTransaction(
  tx: Queryable,
  customerId: string,
  companyId: string,
): Promise<ConnectionChange> {
  if (!(await companyVisible(tx, companyId))) return 'company_not_found';
  const [current] = await tx.query<{ connected: boolean }>(
    `select disconnected_at is null as connected from customer_companies where company_id = $1`,
    [companyId],
  );
  if (current?.connected) return 'done';
  if (current) {
    await tx.query(
      `update customer_companies set disconnected_at = null, connected_at = now()
        where company_id = $1`,
      [companyId],
    );
  } else {
    await tx.query('insert into customer_companies (customer_id, company_id) values ($1, $2)', [
      customerId,
      companyId,
    ]);
  }
  // A flag left on a company deactivated since would block the one-active-company index.
  await tx.query(
    `update customer_companies set is_active = false
      where is_active and not exists (select from companies c where c.id = company_id)`,
  );
  // The first company is the active one: nothing to switch for a customer with one company.
  await tx.query(
    `update customer_companies set is_active = true
      where company_id = $1
        and not exists (select from customer_companies a
                         join companies c on c.id = a.company_id
                        where a.is_active)`,
    [companyId],
  );
  return 'done';
}

/** A customer's company connections; every statement runs as the customer under RLS. */
export function createCustomerCompanyRows(db: Db) {
  return {
    list: (customerId: string) => asCustomer(db, customerId, selectConnections),

    connect: (customerId: string, companyId: string) =>
      asCustomer(db, customerId, (tx) => connectInTransaction(tx, customerId, companyId)),

    disconnect: (customerId: string, companyId: string) =>
      asCustomer(db, customerId, async (tx): Promise<ConnectionChange> => {
        const changed = await tx.query(
          `update customer_companies set disconnected_at = now(), is_active = false
            where company_id = $1 and disconnected_at is null
            returning company_id`,
          [companyId],
        );
        return changed.length > 0 ? 'done' : 'not_connected';
      }),

    setActive: (customerId: string, companyId: string) =>
      asCustomer(db, customerId, async (tx): Promise<ConnectionChange> => {
        if (!(await companyVisible(tx, companyId))) return 'company_not_found';
        const [row] = await tx.query(
          `select 1 from customer_companies where company_id = $1 and disconnected_at is null`,
          [companyId],
        );
        if (!row) return 'not_connected';
        // Clear first: the one-active-company index is checked per statement.
        await tx.query(
          'update customer_companies set is_active = false where is_active and company_id <> $1',
          [companyId],
        );
        await tx.query('update customer_companies set is_active = true where company_id = $1', [
          companyId,
        ]);
        return 'done';
      }),
  };
}

export type CustomerCompanyRows = ReturnType<typeof createCustomerCompanyRows>;
