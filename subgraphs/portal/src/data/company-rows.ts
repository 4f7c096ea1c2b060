import { type Db, withRole } from '@portal/db';

/** A company as customers see it: the public columns of `companies`, never the secret key. */
export interface CompanyRow {
  id: string;
  name: string;
  slug: string;
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
  };
}

export type CompanyRows = ReturnType<typeof createCompanyRows>;
