import { randomUUID } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningCluster } from './cluster.ts';

/** A user's side of the scaled-out system (the scale-out test and `npm run faults`). */

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers, read by tests that check them
type Json = any;

export interface GqlResult {
  data?: Record<string, Json> | null;
  errors?: Array<{ message: string; extensions?: Record<string, Json> }>;
  /** HTTP status; 0 when no answer came (connection refused or reset, timeout). */
  status: number;
  ms: number;
}

export async function gql(
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  timeoutMs = 30_000,
): Promise<GqlResult> {
  const started = performance.now();
  try {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: Omit<GqlResult, 'status' | 'ms'>;
    try {
      body = JSON.parse(text);
    } catch {
      body = {
        errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${res.status}` } }],
      };
    }
    return { ...body, status: res.status, ms: performance.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return {
      errors: [
        { message: (error as Error).message, extensions: { code: cause ?? (error as Error).name } },
      ],
      status: 0,
      ms: performance.now() - started,
    };
  }
}

/** The first error code of a result (GraphQL error or a payload's `error { code }`). */
export function errorCode(
  result: GqlResult,
  payloadError?: { code: string } | null,
): string | null {
  return result.errors?.[0]?.extensions?.code ?? payloadError?.code ?? null;
}

const SIGN_UP = 'mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }';
const VERIFY = 'mutation ($t: String!) { verifyEmail(token: $t) { ok } }';
const SIGN_IN = `mutation ($e: String!, $p: String!) {
  signIn(email: $e, password: $p) { session { accessToken } customer { id } } }`;

export interface ClusterCustomer {
  id: string;
  email: string;
  token: string;
}

/** Signs a customer up through `graphqlUrl` (verification link read from the mail outbox). */
export async function signUpCustomer(
  cluster: RunningCluster,
  graphqlUrl: string,
  companyId: string,
  email = `kunde-${randomUUID().slice(0, 8)}@example.hu`,
): Promise<ClusterCustomer> {
  const password = 'Lapszabasz-2026-jelszo';
  const up = await gql(graphqlUrl, SIGN_UP, {
    i: { email, password, name: `Skála ${email}`, companyIds: [companyId] },
  });
  if (!up.data?.signUp?.ok) throw new Error(`signUp: ${JSON.stringify(up)}`);
  const [mail] = await cluster.portalDb.query<{ link: string }>(
    `select link from mail_outbox where to_address = $1 and kind = 'verification'
      order by created_at desc limit 1`,
    [email],
  );
  const verifyToken = new URL(mail!.link).searchParams.get('token');
  await gql(graphqlUrl, VERIFY, { t: verifyToken });
  const signIn = await gql(graphqlUrl, SIGN_IN, { e: email, p: password });
  const session = signIn.data?.signIn;
  if (!session) throw new Error(`signIn: ${JSON.stringify(signIn)}`);
  return { id: session.customer.id, email, token: session.session.accessToken };
}

/** An active material big enough for the demo panel. */
export async function pickMaterial(
  graphqlUrl: string,
  companyId: string,
  token: string,
): Promise<string> {
  const catalog = await gql(
    graphqlUrl,
    `query($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id lengthMm widthMm active } } } }`,
    { id: companyId },
    token,
  );
  const material = catalog.data?.company?.materials?.nodes?.find(
    (m: Json) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
  );
  if (!material) throw new Error(`no material: ${JSON.stringify(catalog)}`);
  return material.id;
}

export const CREATE_QUOTE = `mutation($input: QuoteDraftInput!) {
  createQuote(input: $input) { quote { id } error { code message } } }`;
export const SUBMIT_QUOTE = `mutation($id: ID!, $key: String!, $accept: Boolean) {
  submitQuote(id: $id, idempotencyKey: $key, acceptPriceChanges: $accept) {
    quote { id status delivery { state } } error { code message } } }`;
export const QUOTE_STATE = `query($id: ID!) { quote(id: $id) {
  status companyQuoteNumber delivery { state attempts lastError } } }`;

export async function createDraft(
  graphqlUrl: string,
  customer: ClusterCustomer,
  companyId: string,
  materialId: string,
): Promise<GqlResult & { quoteId: string | null; code: string | null }> {
  const created = await gql(
    graphqlUrl,
    CREATE_QUOTE,
    {
      input: {
        companyId,
        panels: [{ materialId, widthMm: 720, heightMm: 560, quantity: 2 }],
      },
    },
    customer.token,
  );
  return {
    ...created,
    quoteId: created.data?.createQuote?.quote?.id ?? null,
    code: errorCode(created, created.data?.createQuote?.error),
  };
}

export async function submitQuote(
  graphqlUrl: string,
  customer: ClusterCustomer,
  quoteId: string,
  key = randomUUID(),
  acceptPriceChanges = false,
): Promise<GqlResult & { code: string | null }> {
  const submitted = await gql(
    graphqlUrl,
    SUBMIT_QUOTE,
    { id: quoteId, key, accept: acceptPriceChanges },
    customer.token,
  );
  return { ...submitted, code: errorCode(submitted, submitted.data?.submitQuote?.error) };
}

export const ORDER_UPDATED = `subscription { orderUpdated {
  id status paymentStatus quote { id } timeline { id kind } } }`;

export interface Subscriber {
  /** Every `next` received, in order. */
  received: Array<Record<string, Json>>;
  errors: unknown[];
  /** Times the socket (re)connected. */
  connects: number;
  client: Client;
  stop(): void;
}

/**
 * Holds `query` (a subscription) over graphql-ws at `graphqlUrl`. With `retry`, reconnects
 * forever like the web client does (a gateway restart).
 */
export function subscribe(
  graphqlUrl: string,
  token: string,
  query = ORDER_UPDATED,
  retry = false,
): Subscriber {
  const client = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: retry ? Number.POSITIVE_INFINITY : 0,
    retryWait: async () => new Promise((r) => setTimeout(r, 300)),
    shouldRetry: () => retry,
    lazy: false,
  });
  const subscriber: Subscriber = {
    received: [],
    errors: [],
    connects: 0,
    client,
    stop: () => {
      unsubscribe();
      void client.dispose();
    },
  };
  client.on('connected', () => {
    subscriber.connects++;
  });
  const unsubscribe = client.subscribe(
    { query },
    {
      next: (value) => {
        if (value.data) subscriber.received.push(value.data);
        if (value.errors) subscriber.errors.push(value.errors);
      },
      error: (error) => subscriber.errors.push(error),
      complete: () => {},
    },
  );
  return subscriber;
}

/** Waits until `check()` holds, polling; throws after `ms`. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  ms = 20_000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
