import { decryptSecret, encryptSecret } from '@portal/company-link';
import type { Queryable } from '@portal/db';
import { iso } from '../data/timestamps.ts';
import {
  CONTACT_COLUMNS,
  type CompanyContact,
  type ContactColumns,
  contactOf,
  contactValues,
} from './company-contact.ts';

/** A company of the registry as admins see it: never the key, only a hint of it. */
export interface AdminCompanyRow {
  id: string;
  name: string;
  slug: string;
  active: boolean;
  supabaseUrl: string;
  secretKeySet: boolean;
  secretKeyLast4: string | null;
  createdAt: string;
  updatedAt: string;
  contact: CompanyContact;
}

interface Stored extends ContactColumns {
  id: string;
  name: string;
  slug: string;
  active: boolean;
  supabase_url: string;
  secret_key_ciphertext: string;
  created_at: Date | string;
  updated_at: Date | string;
}

const COLUMNS = `id, name, slug, active, supabase_url, secret_key_ciphertext, created_at, updated_at,
  ${CONTACT_COLUMNS}`;

/**
 * The registry's rows for the admin API (service role: no client role reads the key column).
 * The stored key is decrypted only to show its last four characters and is dropped here.
 */
export function createAdminCompanyRows(db: Queryable, encryptionKey: Buffer | null) {
  const toRow = (r: Stored): AdminCompanyRow => {
    let last4: string | null = null;
    if (encryptionKey) {
      try {
        last4 = decryptSecret(r.secret_key_ciphertext, encryptionKey).slice(-4);
      } catch {
        last4 = null;
      }
    }
    return {
      id: r.id,
      name: r.name,
      slug: r.slug,
      active: r.active,
      supabaseUrl: r.supabase_url,
      secretKeySet: r.secret_key_ciphertext.length > 3,
      secretKeyLast4: last4,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
      contact: contactOf(r),
    };
  };

  return {
    async list(filter: { search: string | null; active: boolean | null }) {
      const rows = await db.query<Stored>(
        `select ${COLUMNS} from companies
          where ($1::text is null
                 or strpos(lower(name), lower($1)) > 0 or strpos(lower(slug), lower($1)) > 0)
            and ($2::boolean is null or active = $2)
          order by lower(name), id`,
        [filter.search, filter.active],
      );
      return rows.map(toRow);
    },

    async byId(id: string, tx: Queryable = db): Promise<AdminCompanyRow | null> {
      const [row] = await tx.query<Stored>(`select ${COLUMNS} from companies where id = $1`, [id]);
      return row ? toRow(row) : null;
    },

    /** The stored (decrypted) connection of a company, for a connection test; server-side only. */
    async connectionOf(
      id: string,
    ): Promise<{ slug: string; supabaseUrl: string; secretKey: string | null } | null> {
      const [row] = await db.query<Stored>(`select ${COLUMNS} from companies where id = $1`, [id]);
      if (!row) return null;
      let secretKey: string | null = null;
      if (encryptionKey) {
        try {
          secretKey = decryptSecret(row.secret_key_ciphertext, encryptionKey);
        } catch {
          secretKey = null;
        }
      }
      return { slug: row.slug, supabaseUrl: row.supabase_url, secretKey };
    },

    async slugTaken(slug: string, exceptId: string | null, tx: Queryable = db): Promise<boolean> {
      const rows = await tx.query<{ id: string }>(
        'select id from companies where slug = $1 and ($2::uuid is null or id <> $2)',
        [slug, exceptId],
      );
      return rows.length > 0;
    },

    async insert(
      tx: Queryable,
      c: {
        name: string;
        slug: string;
        supabaseUrl: string;
        secretKey: string;
        key: Buffer;
        contact: CompanyContact;
      },
    ): Promise<AdminCompanyRow | null> {
      const [row] = await tx.query<Stored>(
        `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext,
           ${CONTACT_COLUMNS})
         values ($1, $2, true, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (slug) do nothing
         returning ${COLUMNS}`,
        [
          c.name,
          c.slug,
          c.supabaseUrl,
          encryptSecret(c.secretKey, c.key),
          ...contactValues(c.contact),
        ],
      );
      return row ? toRow(row) : null;
    },

    async update(
      tx: Queryable,
      id: string,
      c: {
        name?: string;
        slug?: string;
        supabaseUrl?: string;
        secretKeyCiphertext?: string;
        active?: boolean;
        /** Replaces all contact details when given. */
        contact?: CompanyContact;
      },
    ): Promise<AdminCompanyRow | null> {
      const contact = c.contact ?? null;
      const [row] = await tx.query<Stored>(
        `update companies set
            name = coalesce($2, name),
            slug = coalesce($3, slug),
            supabase_url = coalesce($4, supabase_url),
            secret_key_ciphertext = coalesce($5, secret_key_ciphertext),
            active = coalesce($6, active),
            legal_name = case when $7::boolean then $8 else legal_name end,
            address = case when $7::boolean then $9 else address end,
            tax_number = case when $7::boolean then $10 else tax_number end,
            phone = case when $7::boolean then $11 else phone end,
            email = case when $7::boolean then $12 else email end,
            website = case when $7::boolean then $13 else website end,
            updated_at = now()
          where id = $1
          returning ${COLUMNS}`,
        [
          id,
          c.name ?? null,
          c.slug ?? null,
          c.supabaseUrl ?? null,
          c.secretKeyCiphertext ?? null,
          c.active ?? null,
          contact !== null,
          ...(contact ? contactValues(contact) : [null, null, null, null, null, null]),
        ],
      );
      return row ? toRow(row) : null;
    },
  };
}

export type AdminCompanyRows = ReturnType<typeof createAdminCompanyRows>;
