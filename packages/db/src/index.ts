export { type Db, type OpenDbOptions, openDb, type Queryable } from './db.ts';
export { migrate, type MigrationResult } from './migrate.ts';
