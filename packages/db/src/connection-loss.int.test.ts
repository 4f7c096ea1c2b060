import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from './testing.ts';

// A database restart as a client sees it (pg_terminate_backend): a connection lost inside a
// transaction must fail that transaction, not end the process with an unhandled 'error' of
// the checked-out client (found by `npm run faults`, docs/reliability.md). PostgreSQL only.

describe.skipIf(!process.env.TEST_DATABASE_URL)('a lost PostgreSQL connection', () => {
  let db: TestDb;
  afterEach(async () => {
    await db?.close();
  });

  it('between two statements of a transaction: the transaction fails, the pool goes on', async () => {
    db = await openTestDb('postgres');
    const terminate = async (pid: number) => {
      const killer = new pg.Client({ connectionString: db.url });
      await killer.connect();
      await killer.query('select pg_terminate_backend($1)', [pid]);
      await killer.end();
    };
    const done = db.transaction(async (tx) => {
      const [row] = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
      await terminate(row!.pid);
      // The client learns of it while no statement runs (the unhandled 'error' case).
      await new Promise((r) => setTimeout(r, 200));
      await tx.query('select 1');
    });
    await expect(done).rejects.toThrow();
    // The broken client was discarded: every pooled connection works.
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => db.query<{ x: number }>('select 1 as x')),
    );
    expect(answers.map((a) => a[0]!.x)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
