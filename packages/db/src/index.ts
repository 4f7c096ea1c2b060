export { type Db, type OpenDbOptions, openDb, type Queryable } from './db.ts';
export { type MigrationResult, migrate } from './migrate.ts';
export { type RoleClaims, type SupabaseRole, withRole } from './with-role.ts';
