import type { Db } from '@portal/db';
import type { LocalRole } from './api-keys.ts';
import {
  describeSignature,
  EXPOSED_SCHEMA,
  type FunctionCatalog,
  type FunctionSignature,
} from './function-catalog.ts';
import { fromDatabaseError, isServerError, postgrestError } from './postgrest-errors.ts';

export interface RpcRequest {
  fn: string;
  /** Named arguments: the JSON body of a POST, or the query string of a GET (text values). */
  args: Record<string, unknown>;
  method: 'GET' | 'HEAD' | 'POST';
  role: LocalRole;
  /** What `request.jwt.claims` holds during the call. */
  claims: Record<string, unknown>;
  path: string;
  headers: Record<string, string>;
  /** `Accept: application/vnd.pgrst.object+json` (supabase-js `.single()`). */
  singleObject: boolean;
}

export interface RpcResult {
  status: number;
  /** JSON text as the database produced it (numbers keep their exact digits); null: no body. */
  body: string | null;
  /** Rows of a set-returning function, for `Content-Range`. */
  rowCount: number | null;
}

interface CallRow {
  body: string | null;
  n?: number;
  first?: string | null;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Runs one RPC the way PostgREST does: one transaction (read-only for GET and for STABLE or
 * IMMUTABLE functions), role and request settings set locally, then the function called with
 * named arguments read from the JSON body with the function's own argument types.
 */
export async function callFunction(
  db: Db,
  catalog: FunctionCatalog,
  request: RpcRequest,
): Promise<RpcResult> {
  const anonymous = request.role === 'anon';
  let lookup = await catalog.get(request.fn);
  let signature = chooseSignature(lookup.signatures, request);
  if (!signature && !lookup.fresh) {
    // A miss on a cached entry: the function may have been replaced since; look again.
    lookup = { signatures: await catalog.reload(request.fn), fresh: true };
    signature = chooseSignature(lookup.signatures, request);
  }
  if (!signature) throw notFound(request, lookup.signatures);
  try {
    return await run(db, signature, request);
  } catch (error) {
    if (!lookup.fresh && isServerError(error) && error.code === '42883') {
      // Cached signature gone stale (argument names or types changed): reload and retry once.
      const fresh = chooseSignature(await catalog.reload(request.fn), request);
      if (!fresh) throw notFound(request, []);
      try {
        return await run(db, fresh, request);
      } catch (retryError) {
        throw fromDatabaseError(retryError, anonymous);
      }
    }
    throw fromDatabaseError(error, anonymous);
  }
}

/** Whether the overload takes the whole body as its one unnamed json/jsonb argument. */
function takesWholeBody(signature: FunctionSignature): boolean {
  const [only] = signature.args;
  return (
    signature.args.length === 1 &&
    only !== undefined &&
    only.name === '' &&
    (only.type === 'json' || only.type === 'jsonb')
  );
}

function chooseSignature(
  signatures: FunctionSignature[],
  request: RpcRequest,
): FunctionSignature | undefined {
  const keys = Object.keys(request.args);
  const matching = signatures.filter((s) => {
    if (s.args.some((a) => a.name === '')) return false;
    const names = new Set(s.args.map((a) => a.name));
    return (
      keys.every((k) => names.has(k)) && s.args.every((a) => a.hasDefault || keys.includes(a.name))
    );
  });
  if (matching.length > 1) {
    throw postgrestError(
      300,
      'PGRST203',
      `Could not choose the best candidate function between: ${matching.map(describeSignature).join(', ')}`,
      null,
      'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    );
  }
  if (matching[0]) return matching[0];
  if (request.method === 'POST') return signatures.find(takesWholeBody);
  return undefined;
}

function notFound(request: RpcRequest, signatures: FunctionSignature[]) {
  const keys = Object.keys(request.args).sort();
  const qualified = `${EXPOSED_SCHEMA}.${request.fn}`;
  const message =
    keys.length > 0
      ? `Could not find the function ${qualified}(${keys.join(', ')}) in the schema cache`
      : `Could not find the function ${qualified} without parameters in the schema cache`;
  const searched =
    keys.length === 0
      ? 'without parameters'
      : `with parameter${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`;
  const [closest] = signatures;
  return postgrestError(
    404,
    'PGRST202',
    message,
    `Searched for the function ${qualified} ${searched} or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
    closest ? `Perhaps you meant to call the function ${describeSignature(closest)}` : null,
  );
}

function buildQuery(
  signature: FunctionSignature,
  request: RpcRequest,
): { sql: string; params: unknown[] } {
  const callee = `${quoteIdent(EXPOSED_SCHEMA)}.${quoteIdent(signature.name)}`;
  let from: string;
  let params: unknown[];
  if (takesWholeBody(signature)) {
    from = `${callee}($1::${signature.args[0]!.type})`;
    params = [JSON.stringify(request.args)];
  } else {
    // Arguments missing from the body are left out of the call, so their defaults apply.
    const given = signature.args.filter((a) => Object.hasOwn(request.args, a.name));
    const call = given
      .map(
        (a) => `${a.variadic ? 'variadic ' : ''}${quoteIdent(a.name)} := _a.${quoteIdent(a.name)}`,
      )
      .join(', ');
    const record = given.map((a) => `${quoteIdent(a.name)} ${a.type}`).join(', ');
    from =
      given.length > 0
        ? `json_to_record($1::json) as _a(${record}) cross join lateral ${callee}(${call})`
        : `${callee}()`;
    params = given.length > 0 ? [JSON.stringify(request.args)] : [];
  }
  const value = signature.returns === 'composite' ? '_t' : '_t._v';
  const alias = signature.returns === 'composite' ? '_t' : '_t(_v)';
  let select: string;
  if (signature.returns === 'void') select = 'null::text as body';
  else if (!signature.returnsSet) select = `to_json(${value})::text as body`;
  else {
    select = `coalesce(json_agg(${value}), '[]')::text as body, count(*)::int as n`;
    if (request.singleObject) select += `, (json_agg(${value}) -> 0)::text as first`;
  }
  return { sql: `select ${select} from ${from} as ${alias}`, params };
}

async function run(db: Db, signature: FunctionSignature, request: RpcRequest): Promise<RpcResult> {
  const { sql, params } = buildQuery(signature, request);
  const readOnly = request.method !== 'POST' || signature.readOnly;
  const row = await db.transaction(async (tx) => {
    if (readOnly) await tx.query('set transaction read only');
    await tx.query(
      `select set_config('search_path', $1, true), set_config('role', $2, true),
              set_config('request.jwt.claims', $3, true), set_config('request.method', $4, true),
              set_config('request.path', $5, true), set_config('request.headers', $6, true)`,
      [
        `${EXPOSED_SCHEMA}, extensions`,
        request.role,
        JSON.stringify(request.claims),
        request.method,
        request.path,
        JSON.stringify(request.headers),
      ],
    );
    const [result] = await tx.query<CallRow>(sql, params);
    return result;
  });
  if (signature.returns === 'void') return { status: 204, body: null, rowCount: null };
  if (!signature.returnsSet) return { status: 200, body: row?.body ?? 'null', rowCount: null };
  const rowCount = row?.n ?? 0;
  if (request.singleObject) {
    if (rowCount !== 1) {
      throw postgrestError(
        406,
        'PGRST116',
        'Cannot coerce the result to a single JSON object',
        `The result contains ${rowCount} rows`,
      );
    }
    return { status: 200, body: row?.first ?? 'null', rowCount };
  }
  return { status: 200, body: row?.body ?? '[]', rowCount };
}
