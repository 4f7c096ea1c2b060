export { generateLocalKeys, type LocalKeys, type LocalRole } from './api-keys.ts';
export type { CallListener, CallRecord } from './call-log.ts';
export { type Fault, faultSchema } from './faults.ts';
export {
  type LocalCompany,
  type LocalSupabase,
  LocalSupabaseError,
  type LocalSupabaseErrorCode,
  type LocalSupabaseOptions,
  startLocalSupabase,
} from './local-supabase.ts';
export { type PostgrestErrorBody, statusForSqlState } from './postgrest-errors.ts';
