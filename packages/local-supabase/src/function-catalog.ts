import type { Db } from '@portal/db';

/** The only schema served, as on a Supabase project with the default settings. */
export const EXPOSED_SCHEMA = 'public';

export interface FunctionArgument {
  /** Empty for an unnamed argument. */
  name: string;
  /** SQL type as `format_type` spells it, schema-qualified unless in pg_catalog. */
  type: string;
  variadic: boolean;
  hasDefault: boolean;
}

export type ReturnKind = 'void' | 'scalar' | 'composite';

/** One overload of a function, as PostgREST's schema cache knows it. */
export interface FunctionSignature {
  name: string;
  args: FunctionArgument[];
  returns: ReturnKind;
  returnsSet: boolean;
  /** STABLE and IMMUTABLE functions run in a read-only transaction, as on PostgREST. */
  readOnly: boolean;
}

interface CatalogRow {
  proname: string;
  retset: boolean;
  volatility: string;
  rettype: string;
  typtype: string;
  outargs: boolean;
  ndefaults: number;
  args: Array<{ name: string | null; type: string; mode: string }> | null;
}

// IN, INOUT and VARIADIC arguments in order; OUT ones only say the result is a record.
const LOOKUP_SQL = `
  select p.proname,
         p.proretset as retset,
         p.provolatile::text as volatility,
         p.prorettype::regtype::text as rettype,
         t.typtype::text as typtype,
         coalesce('o' = any(p.proargmodes) or 't' = any(p.proargmodes), false) as outargs,
         p.pronargdefaults::int as ndefaults,
         (select json_agg(json_build_object('name', a.name, 'type', format_type(a.type, null),
                                            'mode', a.mode) order by a.ord)
            from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]),
                        p.proargnames,
                        coalesce(p.proargmodes, array_fill('i'::"char", array[p.pronargs])))
                 with ordinality as a(type, name, mode, ord)
           where a.mode in ('i', 'b', 'v')) as args
    from pg_proc p
    join pg_namespace n on n.oid = p.pronamespace
    join pg_type t on t.oid = p.prorettype
   where n.nspname = $1 and p.proname = $2 and p.prokind = 'f'`;

/**
 * The overloads of the exposed functions of one company database, looked up in pg_catalog by
 * name on first use and kept until a call misses (no overload matches, or the database says
 * the function does not exist), as PostgREST's schema cache would after a reload.
 */
export class FunctionCatalog {
  readonly #db: Db;
  readonly #cache = new Map<string, FunctionSignature[]>();

  constructor(db: Db) {
    this.#db = db;
  }

  /** The cached overloads of `name`, loading them when not cached yet. */
  async get(name: string): Promise<{ signatures: FunctionSignature[]; fresh: boolean }> {
    const cached = this.#cache.get(name);
    if (cached) return { signatures: cached, fresh: false };
    return { signatures: await this.reload(name), fresh: true };
  }

  async reload(name: string): Promise<FunctionSignature[]> {
    const rows = await this.#db.transaction(async (tx) => {
      // With only pg_catalog on the path, format_type qualifies every other type, so the
      // names stay valid whatever search_path a call runs with.
      await tx.query(`select set_config('search_path', 'pg_catalog', true)`);
      return tx.query<CatalogRow>(LOOKUP_SQL, [EXPOSED_SCHEMA, name]);
    });
    const signatures = rows.map(toSignature);
    if (signatures.length > 0) this.#cache.set(name, signatures);
    else this.#cache.delete(name);
    return signatures;
  }

  invalidate(name: string): void {
    this.#cache.delete(name);
  }
}

function toSignature(row: CatalogRow): FunctionSignature {
  const raw = row.args ?? [];
  const firstDefault = raw.length - row.ndefaults;
  const args = raw.map((a, i) => ({
    name: a.name ?? '',
    type: a.type,
    variadic: a.mode === 'v',
    hasDefault: i >= firstDefault,
  }));
  let returns: ReturnKind;
  if (row.rettype === 'void') returns = 'void';
  else if (row.typtype === 'c' || row.outargs || row.rettype === 'record') returns = 'composite';
  else returns = 'scalar';
  return {
    name: row.proname,
    args,
    returns,
    returnsSet: row.retset,
    readOnly: row.volatility !== 'v',
  };
}

/** `public.fn(a, b)`: how PostgREST names an overload in its messages (arguments sorted). */
export function describeSignature(signature: FunctionSignature): string {
  const names = signature.args.map((a) => a.name).sort();
  return `${EXPOSED_SCHEMA}.${signature.name}(${names.join(', ')})`;
}
