import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '@portal/db';

/** Absolute path of `supabase/company/setup.sql`, the script a company runs once. */
export const COMPANY_SETUP_SQL_PATH = fileURLToPath(
  new URL('../../../supabase/company/setup.sql', import.meta.url),
);

/** The text of the company setup script. */
export function readCompanySetupSql(): Promise<string> {
  return readFile(COMPANY_SETUP_SQL_PATH, 'utf8');
}

/**
 * Applies the company setup script (idempotent: safe on every start). The script is one
 * multi-statement query, so it runs in a single transaction of its own, or in the caller's
 * when `db` is a transaction.
 */
export async function applyCompanySetup(db: Queryable): Promise<void> {
  await db.exec(await readCompanySetupSql());
}
