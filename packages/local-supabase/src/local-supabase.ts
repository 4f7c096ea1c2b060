import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '@portal/db';
import type { Logger } from 'pino';
import { type LocalRole, roleForRequest } from './api-keys.ts';
import { type CallListener, CallLog, type CallRecord } from './call-log.ts';
import { type Fault, faultErrorBody, faultSchema, GARBAGE_BODY } from './faults.ts';
import { EXPOSED_SCHEMA, FunctionCatalog } from './function-catalog.ts';
import { PostgrestHttpError, postgrestError } from './postgrest-errors.ts';
import { callFunction } from './rpc-call.ts';

export interface LocalCompany {
  /** The first path segment of the company's URL: lowercase letters, digits and dashes. */
  slug: string;
  /** The company database; owned by the caller (not closed by the endpoint). */
  db: Db;
  anonKey: string;
  serviceKey: string;
}

export interface LocalSupabaseOptions {
  companies: LocalCompany[];
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** JSON log (pino): one line per RPC call with the caller's `x-request-id`. */
  logger?: Logger;
}

export interface LocalSupabase {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `http://127.0.0.1:<port>/<slug>`: what supabase-js `createClient()` takes. */
  companyUrl(slug: string): string;
  addCompany(company: LocalCompany): void;
  /** Stops serving a company (its database stays open); unknown slugs are ignored. */
  removeCompany(slug: string): void;
  setFault(slug: string, fault: Fault | null): void;
  calls(): ReadonlyArray<CallRecord>;
  resetCalls(): void;
  /** Called after every RPC request is answered; returns the unsubscribe function. */
  onCall(listener: CallListener): () => void;
  /** Stops listening, drops open connections and waits for calls under way to finish. */
  close(): Promise<void>;
}

export type LocalSupabaseErrorCode =
  | 'invalid_company'
  | 'duplicate_company'
  | 'unknown_company'
  | 'invalid_fault';

/** A misuse of the endpoint's own API (not an HTTP answer: those are PostgREST-shaped). */
export class LocalSupabaseError extends Error {
  readonly code: LocalSupabaseErrorCode;

  constructor(code: LocalSupabaseErrorCode, message: string) {
    super(message);
    this.name = 'LocalSupabaseError';
    this.code = code;
  }
}

interface ServedCompany {
  slug: string;
  db: Db;
  keys: { anonKey: string; serviceKey: string };
  catalog: FunctionCatalog;
}

/** Bodies beyond this are refused; RPC arguments are ids and search terms, never files. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const RPC_PATH = /^\/rest\/v1\/rpc\/([^/]+)\/?$/;
const ALLOWED_HEADERS =
  'Authorization, apikey, Content-Type, Accept, Accept-Profile, Content-Profile, Prefer, Range, x-client-info, X-Retry-Count, x-request-id, traceparent, tracestate, baggage';

/**
 * Serves company databases over HTTP the way a Supabase project's PostgREST serves
 * `POST /rest/v1/rpc/<fn>`, each company under its own path prefix, so supabase-js runs its
 * real code path against PGlite or any PostgreSQL.
 */
export async function startLocalSupabase(options: LocalSupabaseOptions): Promise<LocalSupabase> {
  const companies = new Map<string, ServedCompany>();
  const faults = new Map<string, Fault>();
  const log = new CallLog();
  const inflight = new Set<Promise<void>>();
  const closing = new AbortController();

  const addCompany = (company: LocalCompany) => {
    if (!SLUG_PATTERN.test(company.slug)) {
      throw new LocalSupabaseError(
        'invalid_company',
        `Company slug "${company.slug}" must be lowercase letters, digits and dashes`,
      );
    }
    if (!company.anonKey || !company.serviceKey || company.anonKey === company.serviceKey) {
      throw new LocalSupabaseError(
        'invalid_company',
        `Company "${company.slug}" needs two different, non-empty keys (anon and service)`,
      );
    }
    if (companies.has(company.slug)) {
      throw new LocalSupabaseError(
        'duplicate_company',
        `Company "${company.slug}" is already served`,
      );
    }
    companies.set(company.slug, {
      slug: company.slug,
      db: company.db,
      keys: { anonKey: company.anonKey, serviceKey: company.serviceKey },
      catalog: new FunctionCatalog(company.db),
    });
  };
  for (const company of options.companies) addCompany(company);

  const server = createServer((req, res) => {
    // handle() answers its own errors; this only catches a failure while answering.
    const task = handle(req, res).catch((error: unknown) => {
      console.error('[local-supabase] request failed', error);
      res.destroy();
    });
    inflight.add(task);
    void task.finally(() => inflight.delete(task));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://local');
    const method = (req.method ?? 'GET').toUpperCase();
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Profile, Retry-After');
    if (method === 'OPTIONS') return answerPreflight(req, res);
    if (url.pathname === '/healthz') {
      return sendJson(res, 200, { status: 'ok', companies: companies.size });
    }

    const match = /^\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const slug = match ? safeDecode(match[1]!) : '';
    const rest = match?.[2] ?? '/';
    const rpc = RPC_PATH.exec(rest);
    const fn = rpc ? safeDecode(rpc[1]!) : undefined;
    let role: LocalRole | 'none' = 'none';
    const requestId = header(req, 'x-request-id')?.slice(0, 100);
    const record = (status: number) => {
      if (fn !== undefined) {
        const ms = Math.round(performance.now() - started);
        log.add({ slug, fn, role, status, ms, ...(requestId ? { requestId } : {}) });
        options.logger?.info({ requestId, company: slug, fn, role, status, ms }, 'rpc call');
      }
    };
    const answer = (status: number, body: unknown) => {
      sendJson(res, status, body);
      record(status);
    };

    const company = companies.get(slug);
    if (!company) {
      return answer(404, {
        code: 'PGRST125',
        message: `No company "${slug}" is served by this local Supabase endpoint`,
        details: null,
        hint: 'Company URLs look like <endpoint>/<slug>/rest/v1/rpc/<function>',
      });
    }

    const stored = faults.get(slug);
    const fault =
      stored?.onlyFunction === undefined || stored.onlyFunction === fn ? stored : undefined;
    if (fault?.kind === 'down') {
      req.socket.destroy();
      return record(0);
    }
    if (fault?.kind === 'delay') {
      // Abandon the wait when the caller gives up (its timeout) or the endpoint closes.
      const gaveUp = new AbortController();
      res.once('close', () => gaveUp.abort());
      try {
        await sleep(fault.ms, undefined, {
          signal: AbortSignal.any([gaveUp.signal, closing.signal]),
        });
      } catch {
        res.destroy();
        return record(0);
      }
    }
    if (fault?.kind === 'status') return answer(fault.status, faultErrorBody(fault.status));
    if (fault?.kind === 'garbage') {
      res.statusCode = 200;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(GARBAGE_BODY);
      return record(200);
    }

    try {
      if (fn === undefined) {
        throw postgrestError(
          404,
          'PGRST125',
          `Invalid path ${rest}: the local Supabase endpoint serves only /rest/v1/rpc/<function>`,
        );
      }
      if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
        throw postgrestError(405, 'PGRST101', `Cannot use the ${method} method on RPC`);
      }
      role = roleForRequest(
        company.keys,
        header(req, 'apikey') ?? url.searchParams.get('apikey') ?? undefined,
        header(req, 'authorization'),
      );
      checkProfile(req, method);
      const args =
        method === 'POST' ? await readArguments(req, url) : argumentsFromQuery(url.searchParams);
      const nowSeconds = Math.floor(Date.now() / 1000);
      const result = await callFunction(company.db, company.catalog, {
        fn,
        args,
        method,
        role,
        claims: { iss: 'local-supabase', ref: slug, role, iat: nowSeconds, exp: nowSeconds + 3600 },
        path: url.pathname,
        headers: requestHeaders(req),
        singleObject: (header(req, 'accept') ?? '').includes('application/vnd.pgrst.object+json'),
      });
      res.statusCode = result.status;
      if (result.rowCount !== null) {
        const total = /count=(exact|planned|estimated)/.test(header(req, 'prefer') ?? '')
          ? String(result.rowCount)
          : '*';
        res.setHeader(
          'Content-Range',
          result.rowCount === 0 ? `*/${total}` : `0-${result.rowCount - 1}/${total}`,
        );
      }
      if (result.body === null) res.end();
      else {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(method === 'HEAD' ? undefined : result.body);
      }
      record(result.status);
    } catch (error) {
      if (error instanceof PostgrestHttpError) return answer(error.status, error.body);
      console.error('[local-supabase] request failed', error);
      answer(500, {
        code: 'PGRSTX00',
        message: 'Internal error in the local Supabase endpoint',
        details: error instanceof Error ? error.message : String(error),
        hint: null,
      });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const reachableHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const baseUrl = `http://${reachableHost}:${port}`;

  return {
    url: baseUrl,
    companyUrl(slug) {
      if (!companies.has(slug)) {
        throw new LocalSupabaseError('unknown_company', `Company "${slug}" is not served`);
      }
      return `${baseUrl}/${slug}`;
    },
    addCompany,
    removeCompany(slug) {
      companies.delete(slug);
      faults.delete(slug);
    },
    setFault(slug, fault) {
      if (fault === null) {
        faults.delete(slug);
        return;
      }
      const parsed = faultSchema.safeParse(fault);
      if (!parsed.success) {
        throw new LocalSupabaseError(
          'invalid_fault',
          `Invalid fault for "${slug}": ${parsed.error.message}`,
        );
      }
      faults.set(slug, parsed.data);
    },
    calls: () => log.all(),
    resetCalls: () => log.reset(),
    onCall: (listener) => log.subscribe(listener),
    async close() {
      closing.abort();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Transactions still running would otherwise meet a database the caller closes next.
      await Promise.allSettled([...inflight]);
    },
  };
}

function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  res.statusCode = 200;
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, HEAD, OPTIONS');
  res.setHeader(
    'Access-Control-Allow-Headers',
    header(req, 'access-control-request-headers') ?? ALLOWED_HEADERS,
  );
  res.setHeader('Access-Control-Max-Age', '86400');
  res.end();
}

/** supabase-js names the schema in `Accept-Profile` (GET, HEAD) or `Content-Profile` (POST). */
function checkProfile(req: IncomingMessage, method: string): void {
  const profile = header(req, method === 'POST' ? 'content-profile' : 'accept-profile');
  if (profile !== undefined && profile !== EXPOSED_SCHEMA) {
    throw postgrestError(
      406,
      'PGRST106',
      `Invalid schema: ${profile}`,
      null,
      `Only the following schemas are exposed: ${EXPOSED_SCHEMA}`,
    );
  }
}

async function readArguments(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const modifiers = [...url.searchParams.keys()].filter(
    (k) => k !== 'apikey' && !(k === 'select' && url.searchParams.get(k) === '*'),
  );
  if (modifiers.length > 0) {
    // Silently ignoring them would return unfiltered rows where PostgREST filters.
    throw postgrestError(
      400,
      'PGRST100',
      `The local Supabase endpoint does not apply filters or modifiers to RPC results (${modifiers.join(', ')})`,
    );
  }
  const contentType = header(req, 'content-type');
  const text = await readBody(req);
  if (text.trim() === '') return {};
  if (contentType !== undefined && !/json/i.test(contentType)) {
    throw postgrestError(415, 'PGRST107', `Content-Type not acceptable: ${contentType}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw postgrestError(
      400,
      'PGRST102',
      'Empty or invalid json',
      error instanceof Error ? error.message : null,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw postgrestError(
      400,
      'PGRST102',
      'The body must be a JSON object of named arguments',
      `Got ${Array.isArray(parsed) ? 'an array' : typeof parsed === 'object' ? 'null' : typeof parsed}`,
    );
  }
  return parsed as Record<string, unknown>;
}

/** GET arguments are text, cast by the function's argument types; a repeated name is an array. */
function argumentsFromQuery(params: URLSearchParams): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (key === 'apikey' || (key === 'select' && params.get(key) === '*')) continue;
    const values = params.getAll(key);
    args[key] = values.length > 1 ? values : values[0];
  }
  return args;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw postgrestError(413, 'PGRST102', `Request body larger than ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What PostgREST puts in `request.headers`: every header, names lowercased. */
function requestHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
