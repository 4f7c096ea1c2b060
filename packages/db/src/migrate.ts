import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from './db.ts';

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

/** Any number, taken once; it serialises runners that start together (several instances). */
const MIGRATION_LOCK = 7_426_110;

/**
 * Applies every `NNNN_name.sql` file of `dir` that has not been applied yet, in name order,
 * each in its own transaction. An applied file whose content changed is an error: migrations
 * are append-only, a change goes in a new file.
 */
export async function migrate(db: Db, dir: string): Promise<MigrationResult> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`
      create schema if not exists portal_meta;
      create table if not exists portal_meta.schema_migrations (
        version text primary key,
        checksum text not null,
        applied_at timestamptz not null default now()
      );
    `);
  });
  const result: MigrationResult = { applied: [], skipped: [] };
  for (const file of files) {
    const sql = await readFile(join(dir, file), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    // One transaction per file, holding a transaction-scoped lock: safe on a pool, where a
    // session lock could be taken on one connection and released on another.
    const applied = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const [previous] = await tx.query<{ checksum: string }>(
        'select checksum from portal_meta.schema_migrations where version = $1',
        [file],
      );
      if (previous) {
        if (previous.checksum !== checksum) {
          throw new Error(
            `Migration ${file} was changed after it was applied; put the change in a new migration`,
          );
        }
        return false;
      }
      await tx.exec(sql);
      await tx.query(
        'insert into portal_meta.schema_migrations (version, checksum) values ($1, $2)',
        [file, checksum],
      );
      return true;
    });
    (applied ? result.applied : result.skipped).push(file);
  }
  return result;
}

/**
 * The `NNNN_name.sql` files of `dir` not applied to `db` yet (readiness: a service must not
 * take traffic on a schema older than its code). All of them when nothing was ever applied.
 */
export async function pendingMigrations(db: Db, dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  const [table] = await db.query<{ present: boolean }>(
    `select to_regclass('portal_meta.schema_migrations') is not null as present`,
  );
  if (!table?.present) return files;
  const applied = new Set(
    (await db.query<{ version: string }>('select version from portal_meta.schema_migrations')).map(
      (r) => r.version,
    ),
  );
  return files.filter((f) => !applied.has(f));
}
