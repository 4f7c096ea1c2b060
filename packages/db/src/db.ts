import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type ListenHandlers, type Listening, listenPostgres } from './listen.ts';

/** Anything that runs SQL: a database handle or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTENs on `channel`: notifications arrive after their transaction commits, from this
   * process or any other. PGlite listens on its own instance; PostgreSQL on a dedicated
   * connection that reconnects (reporting a gap) when it drops.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<Listening>;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** PGlite only: start from this data-folder tarball (`dumpPglite`) instead of an empty one. */
  loadDataDir?: Blob | undefined;
  /** A PostgreSQL URL (`postgres://…`). When set, `dataDir` is ignored. */
  url?: string | undefined;
  /** A folder for an embedded PGlite database; in memory when neither is given. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  max?: number;
}

export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  if (options.url) return openPostgres(options.url, options.max ?? 10);
  return openPglite(options.dataDir, options.loadDataDir);
}

// Numeric and bigint stay strings so money never passes through a binary float.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);

function openPostgres(url: string, max: number): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => {});
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  const base = wrap(pool);
  return {
    engine: 'postgres',
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      // A checked-out client has no pool error listener: its connection lost between two
      // statements (a database restart, pg_terminate_backend) would emit an unhandled 'error'
      // and end the process. Kept here; the transaction's next statement fails with it, and the
      // broken client is discarded instead of going back to the pool.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
      };
      client.on('error', onError);
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.removeListener('error', onError);
        client.release(lost);
      }
    },
    listen: (channel, handlers) => listenPostgres(url, channel, handlers),
    close: () => pool.end(),
  };
}

/** PGlite handles opened here, to dump one (`dumpPglite`) without widening `Db`. */
const pglites = new WeakMap<Db, PGlite>();

/** The data folder of a PGlite `Db` as a tarball, to open copies with `loadDataDir`. */
export async function dumpPglite(db: Db): Promise<Blob> {
  const pglite = pglites.get(db);
  if (!pglite) throw new Error('dumpPglite: not a PGlite database opened by openDb');
  return pglite.dumpDataDir('none');
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Db> {
  // PGlite creates only the last folder of the path itself.
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      const result = await q.query<T>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const handle: Db = {
    engine: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async listen(channel, handlers) {
      // One instance, one backend: its own NOTIFYs come back to it after commit, and the
      // connection cannot drop, so there is never a gap.
      const unlisten = await db.listen(channel, handlers.onNotification);
      return { close: () => (db.closed ? Promise.resolve() : unlisten()) };
    },
    close: () => db.close(),
  };
  pglites.set(handle, db);
  return handle;
}
