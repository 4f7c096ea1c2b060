import { randomBytes } from 'node:crypto';
import { migrate } from '@portal/db';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbCompanyDirectory } from './company-directory.ts';
import { CompanyUnavailableError } from './errors.ts';
import { encryptSecret } from './secret-box.ts';

const MIGRATIONS = new URL('../../../supabase/migrations', import.meta.url).pathname;
const key = randomBytes(32);

describe.each(testEngines())('company directory on %s', (engine) => {
  let db: TestDb;
  let ids: Record<string, string>;

  beforeAll(async () => {
    db = await openTestDb(engine);
    await migrate(db, MIGRATIONS);
    const rows = await db.query<{ id: string; slug: string }>(
      `insert into companies (name, slug, active, supabase_url, secret_key_ciphertext) values
         ('Alfa Bt.', 'alfa', true, 'http://alfa.test', $1),
         ('Régi Zrt.', 'regi', false, 'http://regi.test', $2),
         ('Idegen Kft.', 'idegen', true, 'http://idegen.test', $3)
       returning id, slug`,
      [
        encryptSecret('alfa-secret', key),
        encryptSecret('regi-secret', key),
        encryptSecret('idegen-secret', randomBytes(32)),
      ],
    );
    ids = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
  });
  afterAll(() => db?.close());

  it('returns the record with the decrypted key, inactive ones too', async () => {
    const directory = createDbCompanyDirectory(db, key);
    expect(await directory.get(ids.alfa!)).toEqual({
      id: ids.alfa,
      slug: 'alfa',
      name: 'Alfa Bt.',
      active: true,
      supabaseUrl: 'http://alfa.test',
      secretKey: 'alfa-secret',
    });
    expect(await directory.get(ids.regi!)).toMatchObject({
      active: false,
      secretKey: 'regi-secret',
    });
  });

  it('returns null for an unknown or malformed id', async () => {
    const directory = createDbCompanyDirectory(db, key);
    expect(await directory.get('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await directory.get('42')).toBeNull();
  });

  it('reports a key it cannot decrypt as a misconfigured company', async () => {
    const directory = createDbCompanyDirectory(db, key);
    const error = await directory.get(ids.idegen!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanyUnavailableError);
    expect(error).toMatchObject({
      reason: 'misconfigured',
      companyId: ids.idegen,
      message:
        "Company 'idegen' is misconfigured: its stored secret key cannot be decrypted with PORTAL_ENCRYPTION_KEY",
    });
    expect((error as Error).message).not.toContain('idegen-secret');
  });

  it('sees a deactivation once the cache time has passed', async () => {
    const directory = createDbCompanyDirectory(db, key, { ttlMs: 100 });
    expect((await directory.get(ids.alfa!))?.active).toBe(true);
    await db.query('update companies set active = false where id = $1', [ids.alfa]);
    try {
      expect((await directory.get(ids.alfa!))?.active).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect((await directory.get(ids.alfa!))?.active).toBe(false);
    } finally {
      await db.query('update companies set active = true where id = $1', [ids.alfa]);
    }
  });
});
