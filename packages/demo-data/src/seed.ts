import type { Queryable } from '@portal/db';
import { CATALOG_TABLES, type CatalogTable, demoCatalog, type Row } from './catalog.ts';

/** Serialises seeders of one database (several portal instances starting together). */
const SEED_LOCK = 7_426_113;

/** Stay well below PostgreSQL's 65 535 bind parameters per statement. */
const MAX_PARAMS = 30_000;

/** Tables whose rows make a catalog "not empty". */
const CATALOG_CONTENT: CatalogTable[] = [
  'materials',
  'edge_materials',
  'linear_materials',
  'accessories',
  'cutting_fees',
  'feetypes',
];

/**
 * Inserts the demo catalog of company `slug` into its database, which must have the company
 * setup script applied. Does nothing when the database already holds a catalog (any material,
 * edge banding, worktop, accessory, cutting fee or fee type), so it is safe to call on every
 * start. Runs in one transaction when `db` can open one (a `Db`), else in the caller's.
 */
export async function seedDemoCompany(db: Queryable, slug: string): Promise<{ seeded: boolean }> {
  const catalog = demoCatalog(slug);
  const run = (q: Queryable) => seedInto(q, catalog);
  if ('transaction' in db && typeof db.transaction === 'function') {
    const withTransaction = db as Queryable & {
      transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
    };
    return withTransaction.transaction(run);
  }
  return run(db);
}

async function seedInto(
  q: Queryable,
  catalog: Record<CatalogTable, Row[]>,
): Promise<{ seeded: boolean }> {
  await q.query('select pg_advisory_xact_lock($1)', [SEED_LOCK]);
  const [state] = await q.query<{ empty: boolean }>(
    `select ${CATALOG_CONTENT.map((t) => `not exists (select from public.${t})`).join(' and ')} as empty`,
  );
  if (!state?.empty) return { seeded: false };

  // Insert only the columns the database has, so the seed also fits a Turinova schema that
  // lacks a column the demo schema has (e.g. material_group_settings.usage_limit).
  const columnRows = await q.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
     where table_schema = 'public' and table_name = any($1::text[])`,
    [CATALOG_TABLES as unknown as string[]],
  );
  const existing = new Map<string, Set<string>>();
  for (const { table_name, column_name } of columnRows) {
    if (!existing.has(table_name)) existing.set(table_name, new Set());
    existing.get(table_name)!.add(column_name);
  }
  for (const table of CATALOG_TABLES) {
    await insertRows(q, table, catalog[table], existing.get(table) ?? new Set());
  }
  return { seeded: true };
}

async function insertRows(q: Queryable, table: string, rows: Row[], columns: Set<string>) {
  if (rows.length === 0) return;
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => columns.has(c));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  const columnList = names.map((c) => `"${c}"`).join(', ');
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const slots = names.map((c) => {
        params.push(row[c] ?? null);
        return `$${params.length}`;
      });
      return `(${slots.join(', ')})`;
    });
    await q.query(
      `insert into public."${table}" (${columnList}) values ${tuples.join(', ')} on conflict do nothing`,
      params,
    );
  }
}
