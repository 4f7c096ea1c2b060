import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, openDb } from './db.ts';

export type Engine = 'pglite' | 'postgres';

/**
 * The engines integration tests run on: PGlite always, and PostgreSQL when
 * `TEST_DATABASE_URL` points at a server (CI sets it).
 */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDb extends Db {
  /** The URL of the throwaway PostgreSQL database; undefined on PGlite. */
  readonly url: string | undefined;
}

/**
 * A fresh, empty database: an in-memory PGlite, or a new database on the
 * `TEST_DATABASE_URL` server that is dropped again on close.
 */
export async function openTestDb(engine: Engine): Promise<TestDb> {
  if (engine === 'pglite') {
    const db = await openDb();
    return Object.assign(db, { url: undefined });
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDb({ url: url.toString(), max: 4 });
  const closePool = db.close.bind(db);
  return Object.assign(db, {
    url: url.toString(),
    async close() {
      await closePool();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  });
}
