/**
 * Simulated customers for the load and soak benches: each one a loop with think time that
 * browses the catalog, previews cut lists, saves drafts and now and then submits a quote,
 * while holding one `orderUpdated` subscription (graphql-ws) like an open browser tab.
 */
import { randomUUID } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export type OpKind =
  | 'browse'
  | 'preview'
  | 'saveDraft'
  | 'submit'
  | 'quotes'
  | 'refresh'
  | 'subscribe';

/** How often each action is picked (the rest of a user's time is think time). */
export const MIX: Array<[OpKind, number]> = [
  ['browse', 0.45],
  ['preview', 0.25],
  ['saveDraft', 0.15],
  ['quotes', 0.1],
  ['submit', 0.05],
];

export interface Customer {
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, ms since epoch. */
  expiresAt: number;
}

export interface CatalogIds {
  companyId: string;
  materials: string[];
  edgeBandings: string[];
}

export class Recorder {
  latencies = new Map<string, number[]>();
  errors = new Map<string, number>();
  subscriptionEvents = 0;
  count(kind: string): number {
    return this.latencies.get(kind)?.length ?? 0;
  }
  record(kind: string, ms: number): void {
    const list = this.latencies.get(kind);
    if (list) list.push(ms);
    else this.latencies.set(kind, [ms]);
  }
  error(kind: string, code: string): void {
    const key = `${kind}: ${code}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }
  totalErrors(): number {
    let n = 0;
    for (const v of this.errors.values()) n += v;
    return n;
  }
  reset(): void {
    this.latencies.clear();
    this.errors.clear();
    this.subscriptionEvents = 0;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

interface GqlResult {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

class OpError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Record<string, any>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new OpError(
      (error as Error).name === 'TimeoutError' ? 'TIMEOUT_60S' : `NETWORK ${cause ?? ''}`.trim(),
    );
  }
  let body: GqlResult;
  try {
    body = (await res.json()) as GqlResult;
  } catch {
    throw new OpError(`HTTP ${res.status} (not JSON)`);
  }
  if (body.errors?.length)
    throw new OpError(body.errors[0]!.extensions?.code ?? `HTTP ${res.status}`);
  if (!res.ok) throw new OpError(`HTTP ${res.status}`);
  return body.data ?? {};
}

/** Runs `tasks` with at most `limit` at once. */
export async function pool<T>(count: number, limit: number, task: (i: number) => Promise<T>) {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

const PASSWORD = 'Lapszabasz-2026-jelszo';

/**
 * A customer connected to the company, signed up through the API (the gateway's per-IP auth
 * limit raised for the bench), verified from the dev mailbox and signed in.
 */
export async function createCustomer(
  url: string,
  companyId: string,
  tag: string,
  i: number,
): Promise<Customer> {
  const email = `load-${tag}-${i}@example.hu`;
  await gql(url, 'mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
    i: { email, password: PASSWORD, name: `Terhelés ${i}`, companyIds: [companyId] },
  });
  let link: string | undefined;
  for (let attempt = 0; attempt < 50 && !link; attempt++) {
    const mailbox = await gql(url, '{ devMailbox(first: 100) { to link } }');
    link = (mailbox.devMailbox as Array<{ to: string; link: string | null }>).find(
      (m) => m.to === email && m.link,
    )?.link as string | undefined;
    if (!link) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!link) throw new Error(`no verification mail for ${email}`);
  await gql(url, 'mutation ($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: new URL(link).searchParams.get('token'),
  });
  const signIn = await gql(
    url,
    `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p, rememberMe: true) {
       session { accessToken accessTokenExpiresAt refreshToken } } }`,
    { e: email, p: PASSWORD },
  );
  const s = signIn.signIn.session;
  return {
    email,
    password: PASSWORD,
    accessToken: s.accessToken,
    refreshToken: s.refreshToken,
    expiresAt: Date.parse(s.accessTokenExpiresAt),
  };
}

export async function loadCatalogIds(
  url: string,
  companyId: string,
  token: string,
): Promise<CatalogIds> {
  const data = await gql(
    url,
    `query ($id: ID!) { company(id: $id) {
       materials(first: 100) { nodes { id lengthMm widthMm active } }
       edgeBandings(first: 20) { nodes { id } } } }`,
    { id: companyId },
    token,
  );
  const materials = (
    data.company.materials.nodes as Array<{
      id: string;
      lengthMm: number;
      widthMm: number;
      active: boolean;
    }>
  )
    .filter((m) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000)
    .map((m) => m.id);
  const edgeBandings = (data.company.edgeBandings.nodes as Array<{ id: string }>).map((e) => e.id);
  return { companyId, materials, edgeBandings };
}

const SEARCHES = [
  '',
  'tölgy',
  'fehér',
  'egger',
  'bükk',
  'antracit',
  'mdf',
  'dió',
  'szürke',
  'kron',
];

const BROWSE = `query Browse($id: ID!, $search: String, $after: String) {
  company(id: $id) {
    materials(search: $search, first: 20, after: $after) {
      totalCount
      nodes { id name thicknessMm pricePerSqm { amount currency } pricePerSqmGross { amount } }
      pageInfo { endCursor hasNextPage }
    }
  }
}`;

const amounts = 'net { amount currency } gross { amount }';
const PREVIEW = `query Preview($companyId: ID!, $input: QuoteInput!) {
  previewQuote(companyId: $companyId, input: $input) {
    catalogVersion currency
    materials { material { id name } boardsUsed usage total { ${amounts} } }
    boards { index lengthMm widthMm diagram usage }
    totals { quote { ${amounts} } }
    finalTotal { amount currency }
  }
}`;

const QUOTE_FIELDS = 'id number status version totals { gross { amount } }';

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/** A cabinet-like cut list of 3–25 rows, new sizes each time (a customer editing). */
function cutList(catalog: CatalogIds) {
  const rows = between(3, 25);
  return Array.from({ length: rows }, (_, r) => ({
    materialId: pick(catalog.materials.slice(0, 6)),
    widthMm: between(100, 2000),
    heightMm: between(100, 900),
    quantity: between(1, 6),
    label: `P${r + 1}`,
    ...(Math.random() < 0.5 && catalog.edgeBandings.length
      ? { edgeBandingA: pick(catalog.edgeBandings) }
      : {}),
  }));
}

export interface UserOptions {
  url: string;
  wsUrl: string;
  catalog: CatalogIds;
  thinkMs: [number, number];
  recorder: Recorder;
  /** The user stops after its current action once this is true. */
  stopped: () => boolean;
  /** Hold an `orderUpdated` subscription (default true). */
  subscribe?: boolean;
}

/**
 * One user: think, act, repeat until stopped. Refreshes the access token a minute before it
 * expires (as the web client does) and then reconnects its subscription with the new token.
 */
export async function runUser(customer: Customer, options: UserOptions): Promise<void> {
  const { url, catalog, recorder } = options;
  let draft: { id: string; version: number } | null = null;
  const live: { client: Client | null; dispose: (() => void) | null } = {
    client: null,
    dispose: null,
  };

  const timed = async <T>(kind: OpKind, run: () => Promise<T>): Promise<T | undefined> => {
    const started = performance.now();
    try {
      const result = await run();
      recorder.record(kind, performance.now() - started);
      return result;
    } catch (error) {
      recorder.record(kind, performance.now() - started);
      recorder.error(kind, error instanceof OpError ? error.code : (error as Error).message);
      return undefined;
    }
  };
  const payloadError = (result: Record<string, any> | undefined): Record<string, any> => {
    if (!result) throw new OpError('NO_DATA');
    if (result.error) throw new OpError(result.error.code);
    return result;
  };

  const connect = () =>
    timed('subscribe', async () => {
      live.dispose?.();
      await live.client?.dispose();
      const token = customer.accessToken;
      const client = createClient({
        url: options.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { Authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
      });
      live.client = client;
      await new Promise<void>((resolve, reject) => {
        const offConnected = client.on('connected', () => {
          offConnected();
          resolve();
        });
        const offClosed = client.on('closed', (event) => {
          offClosed();
          reject(new OpError(`WS CLOSED ${(event as { code?: number }).code ?? ''}`.trim()));
        });
      });
      live.dispose = client.subscribe(
        { query: 'subscription { orderUpdated { id status } }' },
        {
          next: () => {
            recorder.subscriptionEvents++;
          },
          error: (error) => {
            if (live.client !== client) return; // replaced on purpose
            const code = (error as { code?: number })?.code;
            recorder.error('subscription', `closed ${code ?? 'error'}`);
          },
          complete: () => {},
        },
      );
    });

  const refresh = async () => {
    if (customer.expiresAt - Date.now() > 60_000) return;
    const ok = await timed('refresh', async () => {
      const data = await gql(
        url,
        `mutation ($t: String!) { refreshSession(refreshToken: $t) {
           session { accessToken accessTokenExpiresAt refreshToken } error { code } } }`,
        { t: customer.refreshToken },
      );
      const result = payloadError(data.refreshSession);
      const s = result.session;
      customer.accessToken = s.accessToken;
      customer.refreshToken = s.refreshToken;
      customer.expiresAt = Date.parse(s.accessTokenExpiresAt);
      return true;
    });
    if (ok && options.subscribe !== false) await connect();
  };

  const act = async (kind: OpKind) => {
    const token = customer.accessToken;
    switch (kind) {
      case 'browse': {
        // A search page, and half the time the next page of it.
        const search = pick(SEARCHES);
        const first = await timed('browse', () =>
          gql(url, BROWSE, { id: catalog.companyId, search: search || null }, token),
        );
        const page = first?.company?.materials?.pageInfo;
        if (page?.hasNextPage && Math.random() < 0.5) {
          await think(options.thinkMs);
          if (options.stopped()) return;
          await timed('browse', () =>
            gql(url, BROWSE, { id: catalog.companyId, search, after: page.endCursor }, token),
          );
        }
        return;
      }
      case 'preview':
        await timed('preview', () =>
          gql(
            url,
            PREVIEW,
            { companyId: catalog.companyId, input: { panels: cutList(catalog) } },
            token,
          ),
        );
        return;
      case 'saveDraft': {
        const input = { companyId: catalog.companyId, panels: cutList(catalog) };
        const saved = await timed('saveDraft', async () => {
          if (!draft) {
            const data = await gql(
              url,
              `mutation ($input: QuoteDraftInput!) { createQuote(input: $input) {
                 quote { ${QUOTE_FIELDS} } error { code } } }`,
              { input },
              token,
            );
            return payloadError(data.createQuote).quote;
          }
          const data = await gql(
            url,
            `mutation ($id: ID!, $input: QuoteDraftInput!, $v: Int!) {
               updateQuote(id: $id, input: $input, expectedVersion: $v) {
                 quote { ${QUOTE_FIELDS} } error { code } } }`,
            { id: draft.id, input, v: draft.version },
            token,
          );
          return payloadError(data.updateQuote).quote;
        });
        if (saved) draft = { id: saved.id, version: saved.version };
        return;
      }
      case 'submit': {
        // Saves a fresh draft and submits it (the open draft stays a draft).
        await timed('submit', async () => {
          const created = await gql(
            url,
            `mutation ($input: QuoteDraftInput!) { createQuote(input: $input) {
               quote { id } error { code } } }`,
            {
              input: {
                companyId: catalog.companyId,
                panels: cutList(catalog).slice(0, 5),
              },
            },
            token,
          );
          const id = payloadError(created.createQuote).quote.id as string;
          const submitted = await gql(
            url,
            `mutation ($id: ID!, $key: String!) { submitQuote(id: $id, idempotencyKey: $key) {
               quote { id status } error { code } } }`,
            { id, key: randomUUID() },
            token,
          );
          return payloadError(submitted.submitQuote);
        });
        return;
      }
      case 'quotes':
        await timed('quotes', () =>
          gql(url, `query { quotes(first: 20) { edges { node { ${QUOTE_FIELDS} } } } }`, {}, token),
        );
        return;
      default:
        return;
    }
  };

  try {
    // Spread the users' first actions over one think time.
    await think([0, options.thinkMs[1]]);
    if (options.subscribe !== false && !options.stopped()) await connect();
    while (!options.stopped()) {
      await think(options.thinkMs);
      if (options.stopped()) break;
      await refresh();
      let r = Math.random();
      let kind: OpKind = 'browse';
      for (const [k, weight] of MIX) {
        if (r < weight) {
          kind = k;
          break;
        }
        r -= weight;
      }
      await act(kind);
    }
  } finally {
    live.dispose?.();
    await live.client?.dispose();
  }
}

function think([min, max]: [number, number]): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, between(min, max)));
}
