import type { Queryable } from '@portal/db';
import { isUuid } from './contract.ts';
import { CompanyUnavailableError } from './errors.ts';
import { decryptSecret, SecretBoxError } from './secret-box.ts';

/** A company of the portal's registry with its decrypted secret key. Never leaves the server. */
export interface CompanyRecord {
  id: string;
  slug: string;
  name: string;
  active: boolean;
  /** Base URL of the company's Supabase project, e.g. `https://abc.supabase.co`. */
  supabaseUrl: string;
  /** The company's secret (service-role) key, decrypted. */
  secretKey: string;
}

/** Where company records come from; null for an id that is not registered. */
export interface CompanyDirectory {
  get(companyId: string): Promise<CompanyRecord | null>;
}

export interface DbCompanyDirectoryOptions {
  /** How long a record is reused; a deactivation or key change takes effect after at most this. */
  ttlMs?: number;
}

/** Cached entries (misses too) beyond which expired ones are swept, so random ids cannot pile up. */
const SWEEP_THRESHOLD = 1000;

interface CompanyRow {
  id: string;
  slug: string;
  name: string;
  active: boolean;
  supabase_url: string;
  secret_key_ciphertext: string;
}

/**
 * Reads `public.companies` of the portal database (owned by the portal subgraph; read-only
 * here), with a short cache because every catalog request needs the record.
 */
export function createDbCompanyDirectory(
  db: Queryable,
  encryptionKey: Buffer,
  options: DbCompanyDirectoryOptions = {},
): CompanyDirectory {
  const ttlMs = options.ttlMs ?? 5_000;
  const cache = new Map<string, { expiresAt: number; record: Promise<CompanyRecord | null> }>();

  async function load(companyId: string): Promise<CompanyRecord | null> {
    const [row] = await db.query<CompanyRow>(
      `select id, slug, name, active, supabase_url, secret_key_ciphertext
         from public.companies where id = $1`,
      [companyId],
    );
    if (!row) return null;
    let secretKey: string;
    try {
      secretKey = decryptSecret(row.secret_key_ciphertext, encryptionKey);
    } catch (error) {
      if (!(error instanceof SecretBoxError)) throw error;
      throw new CompanyUnavailableError(
        { companyId: row.id, slug: row.slug, fn: null, reason: 'misconfigured' },
        `Company '${row.slug}' is misconfigured: its stored secret key cannot be decrypted with PORTAL_ENCRYPTION_KEY`,
      );
    }
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      active: row.active,
      supabaseUrl: row.supabase_url,
      secretKey,
    };
  }

  return {
    get(companyId) {
      // Not a uuid: cannot be registered, and would make PostgreSQL raise 22P02.
      if (!isUuid(companyId)) return Promise.resolve(null);
      const key = companyId.toLowerCase();
      const now = Date.now();
      const hit = cache.get(key);
      if (hit && hit.expiresAt > now) return hit.record;
      if (cache.size >= SWEEP_THRESHOLD) {
        for (const [k, v] of cache) if (v.expiresAt <= now) cache.delete(k);
      }
      const record = load(key);
      const entry = { expiresAt: now + ttlMs, record };
      cache.set(key, entry);
      // Failures are not cached: the next request tries again.
      record.catch(() => {
        if (cache.get(key) === entry) cache.delete(key);
      });
      return record;
    },
  };
}
