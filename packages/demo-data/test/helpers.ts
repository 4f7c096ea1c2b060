import type { Db, Queryable } from '@portal/db';
import { expect } from 'vitest';
import { z } from 'zod';

/** Runs `sql` as `role` inside a transaction (the way PostgREST does) and returns the rows. */
export function queryAs<T = Record<string, unknown>>(
  db: Db,
  role: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('role', $1, true)`, [role]);
    return tx.query<T>(sql, params);
  });
}

/** Expects `promise` to fail with SQLSTATE `code` and returns the error. */
export async function expectSqlState(
  promise: Promise<unknown>,
  code: string,
): Promise<Error & { code?: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as Error & { code?: string },
  );
  expect(error, `expected SQLSTATE ${code}`).not.toBeNull();
  expect(error!.code).toBe(code);
  return error!;
}

/** Calls a function that returns one jsonb value. */
export async function call<T = unknown>(db: Queryable, sql: string, params: unknown[] = []) {
  const [row] = await db.query<{ result: T }>(`select ${sql} as result`, params);
  return row!.result;
}

/**
 * Everything the setup script could change: columns, functions (definition and privileges),
 * indexes, constraints, triggers, enum labels, table privileges and row security, roles, and
 * the content of every table of the public and auth schemas.
 */
export async function fingerprint(db: Queryable): Promise<Record<string, string[]>> {
  const rows = await db.query<{ kind: string; item: string }>(`
    select 'column' as kind,
           table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' '
             || is_nullable || ' ' || coalesce(column_default, '') as item
    from information_schema.columns where table_schema in ('public', 'auth')
    union all
    select 'function', n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid)
             || ') ' || md5(pg_get_functiondef(p.oid)) || ' ' || coalesce(p.proacl::text, '')
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname in ('public', 'auth') and p.prokind in ('f', 'p')
    union all
    select 'index', schemaname || '.' || indexname || ' ' || indexdef
    from pg_indexes where schemaname in ('public', 'auth')
    union all
    select 'constraint', c.conrelid::regclass::text || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname in ('public', 'auth')
    union all
    select 'trigger', t.tgrelid::regclass::text || '.' || t.tgname || ' ' || t.tgenabled::text
    from pg_trigger t where not t.tgisinternal
    union all
    select 'enum', t.typname || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder)
    from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname
    union all
    select 'relation', c.oid::regclass::text || ' ' || c.relkind::text || ' ' || coalesce(c.relacl::text, '')
             || ' rls=' || c.relrowsecurity
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'auth') and c.relkind in ('r', 'v', 'm', 'p')
    union all
    select 'role', rolname from pg_roles where rolname in ('anon', 'authenticated', 'service_role')
    union all
    select 'schema', nspname || ' ' || coalesce(nspacl::text, '') from pg_namespace
    where nspname in ('public', 'auth')
  `);
  const result: Record<string, string[]> = {};
  for (const { kind, item } of rows) {
    result[kind] = [...(result[kind] ?? []), item];
  }
  for (const list of Object.values(result)) list.sort();
  result.rows = await tableContents(db);
  return result;
}

/** One line per table of the public and auth schemas: row count and md5 of all rows. */
export async function tableContents(db: Queryable, tables?: string[]): Promise<string[]> {
  const names =
    tables ??
    (
      await db.query<{ name: string }>(`
        select format('%I.%I', table_schema, table_name) as name
        from information_schema.tables
        where table_schema in ('public', 'auth') and table_type = 'BASE TABLE'
        order by 1`)
    ).map((r) => r.name);
  const lines: string[] = [];
  for (const name of names) {
    const [row] = await db.query<{ n: string | number; h: string }>(
      `select count(*) as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h
       from ${name} x`,
    );
    lines.push(`${name} ${row!.n} ${row!.h}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The documented shapes (docs/company-contract.md), strict: no key more, no key less.
// ---------------------------------------------------------------------------------------------

const id = z.guid();
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const money2 = z.string().regex(/^-?\d+\.\d{2}$/);
const integerString = z.string().regex(/^-?\d+$/);
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?\+00:00$/);
const ref = z.strictObject({ id, name: z.string() });
const int = z.number().int();

export const settingsSchema = z.strictObject({
  kerf_mm: int,
  trim_top_mm: int,
  trim_right_mm: int,
  trim_bottom_mm: int,
  trim_left_mm: int,
  rotatable: z.boolean(),
  waste_multi: decimal,
  usage_limit: decimal,
});

export const materialSchema = z.strictObject({
  id,
  name: z.string(),
  brand: ref.nullable(),
  group: ref.nullable(),
  length_mm: int,
  width_mm: int,
  thickness_mm: int,
  grain_direction: z.boolean(),
  on_stock: z.boolean(),
  active: z.boolean(),
  price_per_sqm: money2,
  base_price: int,
  multiplier: decimal,
  vat_rate: decimal,
  currency: z.string(),
  unit: z.string().nullable(),
  image_url: z.string().nullable(),
  updated_at: timestamp,
  settings: settingsSchema,
});

export const edgeBandingSchema = z.strictObject({
  id,
  brand: ref.nullable(),
  type: z.string(),
  width: int,
  thickness: decimal,
  decor: z.string(),
  price_per_m: decimal,
  overhang_mm: int,
  vat_rate: decimal,
  currency: z.string(),
  active: z.boolean(),
  favourite_priority: int.nullable(),
  updated_at: timestamp,
});

export const linearMaterialSchema = z.strictObject({
  id,
  name: z.string(),
  brand: ref.nullable(),
  type: z.string(),
  width: z.number(),
  length: z.number(),
  thickness: z.number(),
  price_per_m: money2,
  on_stock: z.boolean(),
  active: z.boolean(),
  vat_rate: decimal,
  currency: z.string(),
  updated_at: timestamp,
});

export const accessorySchema = z.strictObject({
  id,
  name: z.string(),
  sku: z.string(),
  base_price: int,
  multiplier: decimal,
  net_price: int.nullable(),
  unit_price_net: integerString,
  vat_rate: decimal,
  currency: z.string(),
  unit: z.string().nullable(),
  active: z.boolean(),
  updated_at: timestamp,
});

export const servicesSchema = z.strictObject({
  cutting_fee_per_m: money2,
  hinge_hole_fee_per_hole: money2,
  doubling_fee_per_sqm: money2,
  angle_cut_fee_per_panel: money2,
  vat_rate: decimal,
  currency: z.string(),
});

export const feeTypeSchema = z.strictObject({
  id,
  name: z.string(),
  net_price: money2,
  vat_rate: decimal,
  currency: z.string(),
  updated_at: timestamp,
});

export const materialFiltersSchema = z.strictObject({
  brands: z.array(z.strictObject({ id, name: z.string(), count: int })),
  thicknesses: z.array(int),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.strictObject({ total_count: int, items: z.array(item) });
