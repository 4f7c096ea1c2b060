import { type Db, withRole } from '@portal/db';
import {
  CONTACT_COLUMNS,
  type CompanyContact,
  type ContactColumns,
  contactOf,
} from '../companies/company-contact.ts';

/** A company as customers see it: the public columns of `companies`, never the secret key. */
export interface CompanyRow {
  id: string;
  name: string;
  slug: string;
  /** The contact details when the read that made the row had them (a quote's company does);
   * else `Company.contact` reads them. */
  contact?: CompanyContact;
}

const COLUMNS = 'id, name, slug';

/**
 * Public company reads run as `anon` under row-level security, so only active companies and
 * only the granted columns are reachable from here whatever a resolver asks.
 */
export function createCompanyRows(db: Db) {
  const asAnon = <T>(fn: Parameters<typeof withRole<T>>[2]) => withRole(db, { role: 'anon' }, fn);
  return {
    listActive: () =>
      asAnon((tx) => tx.query<CompanyRow>(`select ${COLUMNS} from companies order by name, id`)),
    byId: async (id: string) =>
      (
        await asAnon((tx) =>
          tx.query<CompanyRow>(`select ${COLUMNS} from companies where id = $1`, [id]),
        )
      )[0] ?? null,
    bySlug: async (slug: string) =>
      (
        await asAnon((tx) =>
          tx.query<CompanyRow>(`select ${COLUMNS} from companies where slug = $1`, [slug]),
        )
      )[0] ?? null,
    /** The contact details of active companies by id (others are left out). */
    contacts: async (ids: readonly string[]): Promise<Map<string, CompanyContact>> => {
      const rows = await asAnon((tx) =>
        tx.query<ContactColumns & { id: string }>(
          `select id, ${CONTACT_COLUMNS} from companies where id = any($1::uuid[])`,
          [ids],
        ),
      );
      return new Map(rows.map((r) => [r.id, contactOf(r)]));
    },
  };
}

export type CompanyRows = ReturnType<typeof createCompanyRows>;
