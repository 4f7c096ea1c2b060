export { type Db, dumpPglite, type OpenDbOptions, openDb, type Queryable } from './db.ts';
export {
  type ListenHandlers,
  type Listening,
  listenPostgres,
  type PostgresListenOptions,
} from './listen.ts';
export { type MigrationResult, migrate, pendingMigrations } from './migrate.ts';
export { type RoleClaims, type SupabaseRole, withRole } from './with-role.ts';
