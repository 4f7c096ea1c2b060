import type { Db } from '@portal/db';
import type { ApiKeyScope } from '@portal/identity';
import { asCustomer } from './as-customer.ts';
import { iso, isoOrNull } from './timestamps.ts';

/** An API key's listing, never its hash. */
export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  /** The company a company key (made by an admin) acts for; null for a customer's key. */
  companyId: string | null;
}

interface RawKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
  company_id?: string | null;
}

/** The columns `authenticated` may read (a customer's own keys, under RLS). */
const COLUMNS = 'id, name, prefix, scopes, expires_at, last_used_at, revoked_at, created_at';
/** Service-side listings of company keys also name the company. */
const COMPANY_KEY_COLUMNS = `${COLUMNS}, company_id`;

function toRow(r: RawKey): ApiKeyRow {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes,
    expiresAt: isoOrNull(r.expires_at),
    lastUsedAt: isoOrNull(r.last_used_at),
    revokedAt: isoOrNull(r.revoked_at),
    createdAt: iso(r.created_at),
    companyId: r.company_id ?? null,
  };
}

/** What the gateway's key check needs: the key and the state of its owner. */
export interface ApiKeyCheck {
  id: string;
  scopes: ApiKeyScope[];
  customerId: string | null;
  companyId: string | null;
  expired: boolean;
  revoked: boolean;
  ownerGone: boolean;
}

export function createApiKeyRows(db: Db) {
  return {
    /** The customer's keys, newest first (as the customer, under RLS). */
    listOfCustomer: (customerId: string) =>
      asCustomer(db, customerId, async (tx) =>
        (
          await tx.query<RawKey>(`select ${COLUMNS} from api_keys order by created_at desc, id`)
        ).map(toRow),
      ),

    insertForCustomer: (
      customerId: string,
      k: {
        name: string;
        prefix: string;
        keyHash: string;
        scopes: ApiKeyScope[];
        expiresAt: Date | null;
      },
    ) =>
      asCustomer(db, customerId, async (tx) => {
        const [raw] = await tx.query<RawKey>(
          `insert into api_keys (name, prefix, key_hash, scopes, customer_id, expires_at)
           values ($1, $2, $3, $4, $5, $6)
           returning ${COLUMNS}`,
          [k.name, k.prefix, k.keyHash, k.scopes, customerId, k.expiresAt],
        );
        return toRow(raw!);
      }),

    /** Revokes one of the customer's keys; null when the customer has no such key. */
    revokeOfCustomer: (customerId: string, keyId: string) =>
      asCustomer(db, customerId, async (tx) => {
        const [raw] = await tx.query<RawKey>(
          `update api_keys set revoked_at = coalesce(revoked_at, now())
            where id = $1 returning ${COLUMNS}`,
          [keyId],
        );
        return raw ? toRow(raw) : null;
      }),

    /**
     * Service-side (an admin's action): a key for a company's integration. Admins have no
     * database role of their own; the resolver's rule (`isAdmin`) is the gate.
     */
    async insertForCompany(
      companyId: string,
      adminId: string,
      k: {
        name: string;
        prefix: string;
        keyHash: string;
        scopes: ApiKeyScope[];
        expiresAt: Date | null;
      },
    ): Promise<ApiKeyRow> {
      const [raw] = await db.query<RawKey>(
        `insert into api_keys
           (name, prefix, key_hash, scopes, company_id, created_by_admin_id, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7)
         returning ${COMPANY_KEY_COLUMNS}`,
        [k.name, k.prefix, k.keyHash, k.scopes, companyId, adminId, k.expiresAt],
      );
      return toRow(raw!);
    },

    /** Service-side: company keys, newest first; of one company, or of all when null. */
    listOfCompanies: async (companyId: string | null) =>
      (
        await db.query<RawKey>(
          `select ${COMPANY_KEY_COLUMNS} from api_keys
            where company_id is not null and ($1::uuid is null or company_id = $1::uuid)
            order by created_at desc, id`,
          [companyId],
        )
      ).map(toRow),

    /** Service-side: revokes a company key; null when no company key has this id. */
    async revokeCompanyKey(keyId: string): Promise<ApiKeyRow | null> {
      const [raw] = await db.query<RawKey>(
        `update api_keys set revoked_at = coalesce(revoked_at, now())
          where id = $1 and company_id is not null returning ${COMPANY_KEY_COLUMNS}`,
        [keyId],
      );
      return raw ? toRow(raw) : null;
    },

    /**
     * Service-side: the gateway's check of a presented key, by its hash. A customer key dies
     * with its customer (deleted, disabled); a company key with its company (deactivated).
     */
    async check(keyHash: string): Promise<ApiKeyCheck | null> {
      const [row] = await db.query<ApiKeyCheck>(
        `select k.id, k.scopes, k.customer_id as "customerId", k.company_id as "companyId",
                coalesce(k.expires_at <= now(), false) as expired,
                k.revoked_at is not null as revoked,
                coalesce(c.deleted_at is not null or c.disabled_at is not null, false)
                  or coalesce(not co.active, false) as "ownerGone"
           from api_keys k
           left join customers c on c.id = k.customer_id
           left join companies co on co.id = k.company_id
          where k.key_hash = $1`,
        [keyHash],
      );
      return row ?? null;
    },

    /** Records use, at most once a minute per key, so a busy key does not write on every call. */
    async touch(keyId: string): Promise<void> {
      await db.query(
        `update api_keys set last_used_at = now()
          where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [keyId],
      );
    },
  };
}

export type ApiKeyRows = ReturnType<typeof createApiKeyRows>;
