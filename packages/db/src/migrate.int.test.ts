import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { openTestDb, type TestDb, testEngines } from './testing.ts';
import { withRole } from './with-role.ts';

const PORTAL_MIGRATIONS = new URL('../../../supabase/migrations', import.meta.url).pathname;

describe.each(testEngines())('migrations on %s', (engine) => {
  let db: TestDb;
  afterEach(async () => {
    await db?.close();
  });

  it('applies the portal migrations once, then skips them', async () => {
    db = await openTestDb(engine);
    const first = await migrate(db, PORTAL_MIGRATIONS);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.skipped).toEqual([]);
    const second = await migrate(db, PORTAL_MIGRATIONS);
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(first.applied);
  });

  it('gives auth.uid() from request.jwt.claims and hides the key column from anon', async () => {
    db = await openTestDb(engine);
    await migrate(db, PORTAL_MIGRATIONS);
    const sub = '0b5f2a4e-58a1-4c4b-9d2e-7f6f0c1d2e3f';
    const [who] = await withRole(db, { role: 'authenticated', claims: { sub } }, (tx) =>
      tx.query<{ uid: string; role: string }>('select auth.uid() as uid, current_user as role'),
    );
    expect(who).toEqual({ uid: sub, role: 'authenticated' });

    await db.query(
      `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext)
       values ('A', 'a', true, 'http://a.test', 'v1:x'), ('B', 'b', false, 'http://b.test', 'v1:y')`,
    );
    const visible = await withRole(db, { role: 'anon' }, (tx) =>
      tx.query<{ slug: string }>('select slug from companies order by slug'),
    );
    expect(visible.map((r) => r.slug)).toEqual(['a']);
    await expect(
      withRole(db, { role: 'anon' }, (tx) =>
        tx.query('select secret_key_ciphertext from companies'),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses a migration that changed after it was applied, and rolls back a failing one', async () => {
    db = await openTestDb(engine);
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    await writeFile(join(dir, '0001_a.sql'), 'create table a (id int);');
    await migrate(db, dir);
    await writeFile(join(dir, '0001_a.sql'), 'create table a (id bigint);');
    await expect(migrate(db, dir)).rejects.toThrow(/0001_a\.sql was changed/);

    await writeFile(join(dir, '0001_a.sql'), 'create table a (id int);');
    await writeFile(join(dir, '0002_b.sql'), 'create table b (id int); select 1/0;');
    await expect(migrate(db, dir)).rejects.toThrow(/division by zero/);
    const [row] = await db.query<{ exists: boolean }>(
      `select exists (select from information_schema.tables where table_name = 'b') as exists`,
    );
    expect(row!.exists).toBe(false);
  });
});
