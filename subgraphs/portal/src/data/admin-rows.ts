import type { Db } from '@portal/db';

export type AdminRoleName = 'admin' | 'support';

/** An admin without the password hash. */
export interface AdminRow {
  id: string;
  email: string;
  name: string;
  role: AdminRoleName;
}

/** What `Query.admin` hands to the admin namespace's fields: the calling admin's id. */
export interface AdminNamespace {
  adminId: string;
}

interface AdminCredentials extends AdminRow {
  passwordHash: string;
  disabled: boolean;
}

const COLUMNS = `id, email, name, role, password_hash as "passwordHash",
  disabled_at is not null as disabled`;

/** Admins. Service-side only: no client role is granted anything on `admins`. */
export function createAdminRows(db: Db) {
  return {
    async byEmail(email: string): Promise<AdminCredentials | null> {
      const [row] = await db.query<AdminCredentials>(
        `select ${COLUMNS} from admins where lower(email) = lower($1)`,
        [email.trim()],
      );
      return row ?? null;
    },

    async byId(id: string): Promise<AdminRow | null> {
      const [row] = await db.query<AdminRow>(
        'select id, email, name, role from admins where id = $1 and disabled_at is null',
        [id],
      );
      return row ?? null;
    },

    /** The new admin, or null when the email is taken. */
    async insert(a: {
      email: string;
      name: string;
      role: AdminRoleName;
      passwordHash: string;
    }): Promise<AdminRow | null> {
      const [row] = await db.query<AdminRow>(
        `insert into admins (email, name, role, password_hash) values ($1, $2, $3, $4)
         on conflict ((lower(email))) do nothing
         returning id, email, name, role`,
        [a.email, a.name, a.role, a.passwordHash],
      );
      return row ?? null;
    },
  };
}

export type AdminRows = ReturnType<typeof createAdminRows>;
