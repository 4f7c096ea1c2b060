import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { RunningServer } from '@portal/http-server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from './server.ts';

// GraphQL over HTTP as partners see it (docs/partner-guide.md), one row per kind of request:
// methods, media types by `Accept`, and the status and code of each failure. The subgraphs are
// a fake that answers every query and mutation, so every failure here is the gateway's own.

const signingKey = randomBytes(32);
/** A field error the fake portal answers `me` with: it runs, so HTTP 200 either way. */
const FIELD_ERROR = { code: 'UNAUTHENTICATED' };
let fake: Server;
let gateway: RunningServer;
let subgraphCalls = 0;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  fake = createServer(async (req, res) => {
    const { query } = JSON.parse(await readBody(req)) as { query: string };
    subgraphCalls += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    if (query.includes('signOut')) return res.end(JSON.stringify({ data: { signOut: true } }));
    if (/\bme\b/.test(query)) {
      const denied = { message: 'Sign in first', path: ['me'], extensions: FIELD_ERROR };
      const data = { me: null, companies: [{ id: '1' }] };
      return res.end(JSON.stringify({ data, errors: [denied] }));
    }
    res.end(JSON.stringify({ data: { companies: [{ id: '1', name: 'Alfa', slug: 'alfa' }] } }));
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  gateway = await startGateway({
    subgraphUrls: { portal: `${fakeUrl}/graphql`, company_catalog: `${fakeUrl}/catalog/graphql` },
    signingKey,
    logger: pino(new Writable({ write: (_chunk, _encoding, done) => done() })),
  });
});

afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => fake?.close(resolve));
});

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';
const QUERY = '{ companies { id name } }';
const MUTATION = 'mutation { signOut }';
/** A header a browser cannot send cross-site without a preflight (CSRF prevention). */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  /** GET: the query string; POST: the JSON body (a string is sent as it is). */
  request: Record<string, unknown> | string;
  headers?: Record<string, string>;
  status: number;
  contentType: string;
  /** `errors[0].extensions.code`; undefined when the response has no errors. */
  code?: string;
  allow?: string;
  /** Whether the request reaches a subgraph. */
  executes?: boolean;
}

const CASES: Case[] = [
  {
    name: 'POST query, no Accept: JSON',
    method: 'POST',
    request: { query: QUERY },
    status: 200,
    contentType: JSON_TYPE,
    executes: true,
  },
  {
    name: 'POST query, Accept application/json',
    method: 'POST',
    request: { query: QUERY },
    headers: { accept: 'application/json' },
    status: 200,
    contentType: JSON_TYPE,
    executes: true,
  },
  {
    name: 'POST query, Accept application/graphql-response+json',
    method: 'POST',
    request: { query: QUERY },
    headers: { accept: 'application/graphql-response+json' },
    status: 200,
    contentType: GRAPHQL_RESPONSE,
    executes: true,
  },
  {
    name: 'POST query, Accept preferring graphql-response+json',
    method: 'POST',
    request: { query: QUERY },
    headers: { accept: 'application/graphql-response+json, application/json;q=0.9' },
    status: 200,
    contentType: GRAPHQL_RESPONSE,
    executes: true,
  },
  {
    name: 'POST mutation',
    method: 'POST',
    request: { query: MUTATION },
    status: 200,
    contentType: JSON_TYPE,
    executes: true,
  },
  {
    name: 'GET query with a preflight header',
    method: 'GET',
    request: { query: QUERY },
    headers: PREFLIGHT,
    status: 200,
    contentType: JSON_TYPE,
    executes: true,
  },
  {
    name: 'GET query, Accept application/graphql-response+json',
    method: 'GET',
    request: { query: QUERY },
    headers: { ...PREFLIGHT, accept: 'application/graphql-response+json' },
    status: 200,
    contentType: GRAPHQL_RESPONSE,
    executes: true,
  },
  {
    name: 'GET query without a preflight header (CSRF prevention)',
    method: 'GET',
    request: { query: QUERY },
    status: 400,
    contentType: JSON_TYPE,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GET mutation',
    method: 'GET',
    request: { query: MUTATION },
    headers: PREFLIGHT,
    status: 405,
    contentType: JSON_TYPE,
    code: 'METHOD_NOT_ALLOWED',
    allow: 'POST',
  },
  {
    name: 'GET mutation, Accept application/graphql-response+json',
    method: 'GET',
    request: { query: MUTATION },
    headers: { ...PREFLIGHT, accept: 'application/graphql-response+json' },
    status: 405,
    contentType: GRAPHQL_RESPONSE,
    code: 'METHOD_NOT_ALLOWED',
    allow: 'POST',
  },
  {
    name: 'GET mutation chosen by operationName',
    method: 'GET',
    request: { query: `query Q { companies { id } } mutation M { signOut }`, operationName: 'M' },
    headers: PREFLIGHT,
    status: 405,
    contentType: JSON_TYPE,
    code: 'METHOD_NOT_ALLOWED',
    allow: 'POST',
  },
  {
    name: 'PUT',
    method: 'PUT',
    request: { query: QUERY },
    status: 405,
    contentType: JSON_TYPE,
    code: 'METHOD_NOT_ALLOWED',
    allow: 'GET, POST',
  },
  {
    name: 'field error, JSON: 200 with data and errors',
    method: 'POST',
    request: { query: '{ me { id } companies { id } }' },
    status: 200,
    contentType: JSON_TYPE,
    code: 'UNAUTHENTICATED',
    executes: true,
  },
  {
    name: 'field error, graphql-response+json: 200 with data and errors',
    method: 'POST',
    request: { query: '{ me { id } companies { id } }' },
    headers: { accept: 'application/graphql-response+json' },
    status: 200,
    contentType: GRAPHQL_RESPONSE,
    code: 'UNAUTHENTICATED',
    executes: true,
  },
  {
    name: 'a malformed API key refuses the whole request',
    method: 'POST',
    request: { query: QUERY },
    headers: { 'x-api-key': 'not-a-key', accept: 'application/graphql-response+json' },
    status: 401,
    contentType: GRAPHQL_RESPONSE,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'parse error, JSON',
    method: 'POST',
    request: { query: '{ companies { id ' },
    status: 400,
    contentType: JSON_TYPE,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'parse error, graphql-response+json',
    method: 'POST',
    request: { query: '{ companies { id ' },
    headers: { accept: 'application/graphql-response+json' },
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'validation error (unknown field), graphql-response+json',
    method: 'POST',
    request: { query: '{ companies { nope } }' },
    headers: { accept: 'application/graphql-response+json' },
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'validation error (over the alias limit), JSON',
    method: 'POST',
    request: {
      query: `{ ${Array.from({ length: 31 }, (_, i) => `c${i}: companies { id }`).join(' ')} }`,
    },
    status: 400,
    contentType: JSON_TYPE,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'variables of the wrong type',
    method: 'POST',
    request: { query: 'query ($id: ID) { company(id: $id) { id } }', variables: { id: {} } },
    headers: { accept: 'application/graphql-response+json' },
    status: 400,
    contentType: GRAPHQL_RESPONSE,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'no query',
    method: 'POST',
    request: { variables: {} },
    status: 400,
    contentType: JSON_TYPE,
    code: 'BAD_REQUEST',
  },
  {
    name: 'body that is not JSON',
    method: 'POST',
    request: '{"query": ',
    status: 400,
    contentType: JSON_TYPE,
    code: 'BAD_REQUEST',
  },
  {
    name: 'body over 1 MB',
    method: 'POST',
    request: { query: QUERY, variables: { padding: 'x'.repeat(1_000_001) } },
    status: 413,
    contentType: JSON_TYPE,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'Accept naming no JSON type',
    method: 'POST',
    request: { query: QUERY },
    headers: { accept: 'application/xml' },
    status: 406,
    contentType: JSON_TYPE,
    code: 'NOT_ACCEPTABLE',
  },
  {
    name: 'mutation with an Accept refusing JSON: refused before it runs',
    method: 'POST',
    request: { query: MUTATION },
    headers: { accept: 'text/html, application/json;q=0' },
    status: 406,
    contentType: JSON_TYPE,
    code: 'NOT_ACCEPTABLE',
  },
  {
    // Was a 500 (the gateway's executor throws): docs/reliability.md, "Hostile input".
    name: 'two operations, none named',
    method: 'POST',
    request: { query: `query A ${QUERY} query B ${QUERY}` },
    status: 400,
    contentType: JSON_TYPE,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'operationName naming no operation',
    method: 'POST',
    request: { query: `query A ${QUERY}`, operationName: 'B' },
    status: 400,
    contentType: JSON_TYPE,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'browser Accept (JSON through */*)',
    method: 'POST',
    request: { query: QUERY },
    headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    status: 200,
    contentType: JSON_TYPE,
    executes: true,
  },
];

async function send(c: Case): Promise<Response> {
  if (c.method === 'GET') {
    const search = new URLSearchParams(
      Object.entries(c.request).map(([k, v]): [string, string] => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
    );
    return fetch(`${gateway.url}?${search}`, { headers: c.headers ?? {} });
  }
  return fetch(gateway.url, {
    method: c.method,
    headers: { 'content-type': 'application/json', ...c.headers },
    body: typeof c.request === 'string' ? c.request : JSON.stringify(c.request),
  });
}

describe('gateway: GraphQL over HTTP', () => {
  it.each(CASES)('$name → $status $code', async (c) => {
    const before = subgraphCalls;
    const res = await send(c);
    const body = (await res.json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect({
      status: res.status,
      contentType: res.headers.get('content-type'),
      code: body.errors?.[0]?.extensions?.code,
      allow: res.headers.get('allow') ?? undefined,
      executes: subgraphCalls > before,
    }).toEqual({
      status: c.status,
      contentType: c.contentType,
      code: c.code,
      allow: c.allow,
      executes: c.executes ?? false,
    });
    if (c.executes) expect(body.data).toBeTruthy();
  });
});
