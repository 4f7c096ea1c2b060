/**
 * Company change → `orderUpdated` at a subscribed client: how long from the commit of a status
 * change in a company database until the event reaches a graphql-ws subscriber of the gateway?
 * Targets (issue #5): p95 ≤ 2 s with polling every 1 s, ≤ 300 ms through the webhook.
 *
 *   npm run bench:order-latency     (CHANGES=52 INTERVAL_MS=1000 MODES=polling,webhook
 *                                    DBS=pglite,postgres PG_URL=postgres://…/postgres)
 *
 * Each (portal database, mode) runs in a child process of its own (this file again, with
 * BENCH_ROLE=run), so its memory figures are one fresh embedded system's: gateway, both
 * subgraphs, the local Supabase endpoint and the PGlite company databases share that process,
 * with the one bench subscriber (a graphql-ws client) beside them.
 *
 * The child starts the embedded system, signs a customer up (dev mailbox → verify → sign in),
 * creates and submits ⌈CHANGES / 4⌉ quotes through GraphQL, waits for their delivery and their
 * orders, subscribes to `orderUpdated` as the customer, then moves the orders through ordered →
 * in production → ready → finished one change at a time with the demo console's operation
 * (`moveQuote` on the company database), each after a random pause so the changes fall at
 * every phase of the polling period:
 * - `polling`: `orderSyncIntervalMs: INTERVAL_MS` (1000), no webhook;
 * - `webhook`: the periodic sync every 10 minutes (it runs once at start, then not during the
 *   measurement), and right after each change the company's signed webhook call to the gateway,
 *   as the console sends it.
 * Latency: from just before the `moveQuote` call (so an upper bound: it includes the
 * statement itself) to the event with the new status at the subscriber. `postgres` runs the
 * portal database on a fresh PostgreSQL database created for the run and dropped after it.
 * Results: docs/performance.md, "Order updates: company change → subscriber".
 */
import { fork } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';

interface RunResult {
  db: string;
  mode: Mode;
  intervalMs: number;
  changes: number;
  received: number;
  missed: number;
  wrongOrDuplicate: number;
  latencies: number[];
  setupSeconds: number;
  memory: { setup: Memory; end: Memory };
  load: { start: number[]; end: number[] };
}
interface Memory {
  rssMiB: number;
  heapMiB: number;
}
type Mode = 'polling' | 'webhook';

const STEPS = ['ordered', 'in_production', 'ready', 'finished'] as const;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (process.env.BENCH_ROLE === 'run') await runOne();
else await runAll();

async function runAll(): Promise<void> {
  const modes = (process.env.MODES ?? 'polling,webhook').split(',') as Mode[];
  const dbs = (process.env.DBS ?? 'pglite,postgres').split(',');
  const pgUrl = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const results: RunResult[] = [];
  console.log(
    `${cpus().length} cores (${cpus()[0]?.model}), node ${process.version}, load average ${fmtLoad(loadavg())}`,
  );
  for (const db of dbs) {
    for (const mode of modes) {
      let databaseUrl: string | undefined;
      let drop = async () => {};
      if (db === 'postgres') {
        ({ databaseUrl, drop } = await freshPostgres(pgUrl));
      }
      try {
        const result = await child(mode, db, databaseUrl);
        results.push(result);
        report(result);
      } finally {
        await drop();
      }
    }
  }
  console.log(
    '\n| portal db | mode | changes | received | p50 ms | p95 ms | max ms | rss MiB | heap MiB | load avg |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const s = stats(r.latencies);
    console.log(
      `| ${r.db} | ${r.mode === 'polling' ? `polling ${r.intervalMs} ms` : 'webhook'} | ${r.changes} | ${r.received} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)} | ${s.max.toFixed(0)} | ${r.memory.end.rssMiB.toFixed(0)} | ${r.memory.end.heapMiB.toFixed(0)} | ${fmtLoad(r.load.start)} → ${fmtLoad(r.load.end)} |`,
    );
  }
  const failed = results.some((r) => r.missed > 0 || r.wrongOrDuplicate > 0);
  process.exit(failed ? 1 : 0);
}

/** A database of its own on the PostgreSQL server at `adminUrl`, and how to drop it. */
async function freshPostgres(
  adminUrl: string,
): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  const { openDb } = await import('@portal/db');
  const name = `bench_order_latency_${randomBytes(4).toString('hex')}`;
  const admin = await openDb({ url: adminUrl });
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    drop: async () => {
      const again = await openDb({ url: adminUrl });
      try {
        await again.query(`drop database if exists ${name} with (force)`);
      } finally {
        await again.close();
      }
    },
  };
}

function child(mode: Mode, db: string, databaseUrl: string | undefined): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const proc = fork(new URL(import.meta.url).pathname, [], {
      env: {
        ...process.env,
        BENCH_ROLE: 'run',
        BENCH_MODE: mode,
        BENCH_DB: db,
        ...(databaseUrl ? { BENCH_DATABASE_URL: databaseUrl } : {}),
      },
      execArgv: ['--import', 'tsx', '--expose-gc'],
    });
    let result: RunResult | undefined;
    proc.on('message', (message) => {
      result = message as RunResult;
    });
    proc.on('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`${db} ${mode}: the run exited with ${code} and no result`));
    });
  });
}

function report(r: RunResult): void {
  const s = stats(r.latencies);
  console.log(
    `\n${r.db}, ${r.mode}${r.mode === 'polling' ? ` every ${r.intervalMs} ms` : ''}: ${r.received} / ${r.changes} events (missed ${r.missed}, wrong or duplicate ${r.wrongOrDuplicate}), setup ${r.setupSeconds.toFixed(0)} s`,
  );
  console.log(
    `  commit → subscriber: p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, max ${s.max.toFixed(0)} ms, min ${s.min.toFixed(0)} ms`,
  );
  const m = (x: Memory) => `rss ${x.rssMiB.toFixed(0)} MiB, heap ${x.heapMiB.toFixed(0)} MiB`;
  console.log(`  process memory: after setup ${m(r.memory.setup)}; at the end ${m(r.memory.end)}`);
  console.log(`  load average: ${fmtLoad(r.load.start)} at start, ${fmtLoad(r.load.end)} at end`);
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const pct = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return {
    p50: pct(50),
    p95: pct(95),
    max: sorted.at(-1) ?? Number.NaN,
    min: sorted[0] ?? Number.NaN,
  };
}

function fmtLoad(load: number[]): string {
  return load.map((l) => l.toFixed(2)).join(' ');
}

function memory(): Memory {
  global.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMiB: rss / 2 ** 20, heapMiB: heapUsed / 2 ** 20 };
}

async function runOne(): Promise<void> {
  const { startSystem } = await import('@portal/embedded');
  const { moveQuote } = await import('@portal/demo-data');
  const { decryptSecret, parseEncryptionKey } = await import('@portal/company-link');
  const { createClient } = await import('graphql-ws');
  const { default: WebSocket } = await import('ws');

  const mode = process.env.BENCH_MODE as Mode;
  const db = process.env.BENCH_DB ?? 'pglite';
  const changes = Number(process.env.CHANGES ?? 52);
  const intervalMs = Number(process.env.INTERVAL_MS ?? 1000);
  const loadStart = loadavg();
  const setupStarted = now();
  const encryptionKey = randomBytes(32).toString('base64');
  const system = await startSystem({
    encryptionKey,
    orderSyncIntervalMs: mode === 'polling' ? intervalMs : 600_000,
    delivery: { intervalMs: 200 },
    demoConsole: false,
    ...(process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : {}),
  });
  const company = system.companies.find((c) => c.slug === 'turinova')!;

  const gql = async (
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<any> => {
    const res = await fetch(system.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const eventually = async <T>(what: string, check: () => Promise<T | undefined>) => {
    const until = Date.now() + 120_000;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      if (Date.now() > until) throw new Error(`${what}: not in time`);
      await sleep(100);
    }
  };

  // The company's webhook, signed as the demo console signs it (docs/orders.md).
  const [secretRow] = await system.portalDb.query<{ webhook_secret_ciphertext: string }>(
    'select webhook_secret_ciphertext from companies where id = $1',
    [company.id],
  );
  const secret = decryptSecret(
    secretRow!.webhook_secret_ciphertext,
    parseEncryptionKey(encryptionKey),
  );
  const webhookUrl = `${system.gatewayUrl}/api/webhooks/companies/${company.id}/orders`;
  const callWebhook = async (quoteId: string) => {
    const body = JSON.stringify({
      type: 'UPDATE',
      table: 'quotes',
      record: { id: quoteId },
      nonce: randomUUID(),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    const res = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-portal-timestamp': String(timestamp),
        'x-portal-signature': `v1=${mac}`,
      },
      body,
    });
    if (res.status !== 202) throw new Error(`the webhook answered ${res.status}`);
  };

  // A customer of the company, signed up and verified through the dev mailbox.
  const email = `bench-orders-${randomUUID().slice(0, 8)}@example.hu`;
  const password = 'Lapszabasz-2026-jelszo';
  await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
    i: { email, password, name: 'Bench Rendelő', companyIds: [company.id] },
  });
  const link = await eventually('verification mail', async () => {
    const mailbox = await gql('{ devMailbox(first: 50) { to link } }');
    return (mailbox.devMailbox as Array<{ to: string; link: string | null }>).find(
      (m) => m.to === email && m.link,
    )?.link as string | undefined;
  });
  await gql('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: new URL(link).searchParams.get('token'),
  });
  const signIn = await gql(
    'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
    { e: email, p: password },
  );
  const token = signIn.signIn.session.accessToken as string;

  // ⌈changes / 4⌉ quotes, submitted and delivered to the company.
  const catalog = await gql(
    'query ($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id lengthMm widthMm active } } } }',
    { id: company.id },
    token,
  );
  const material = (
    catalog.company.materials.nodes as Array<{
      id: string;
      lengthMm: number;
      widthMm: number;
      active: boolean;
    }>
  ).find((m) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000)!;
  const quoteCount = Math.ceil(changes / STEPS.length);
  const portalQuoteIds: string[] = [];
  for (let i = 0; i < quoteCount; i++) {
    const created = await gql(
      'mutation ($input: QuoteDraftInput!) { createQuote(input: $input) { quote { id } error { code message } } }',
      {
        input: {
          companyId: company.id,
          panels: [{ materialId: material.id, widthMm: 720, heightMm: 560, quantity: 2 + i }],
        },
      },
      token,
    );
    if (created.createQuote.error) throw new Error(JSON.stringify(created.createQuote.error));
    const id = created.createQuote.quote.id as string;
    const submitted = await gql(
      'mutation ($id: ID!, $key: String!) { submitQuote(id: $id, idempotencyKey: $key) { error { code message } } }',
      { id, key: randomUUID() },
      token,
    );
    if (submitted.submitQuote.error) throw new Error(JSON.stringify(submitted.submitQuote.error));
    portalQuoteIds.push(id);
  }
  for (const id of portalQuoteIds) {
    await eventually(`delivery of ${id}`, async () => {
      const q = await gql('query ($id: ID!) { quote(id: $id) { status } }', { id }, token);
      return q.quote.status === 'SUBMITTED' ? true : undefined;
    });
  }
  // The orders appear with the next sync; in webhook mode that is the next webhook call.
  if (mode === 'webhook') await callWebhook(portalQuoteIds[0]!);
  const orders = await eventually('the orders', async () => {
    const listed = await gql(
      'query { orders(first: 100) { edges { node { id status quote { id } } } } }',
      {},
      token,
    );
    const nodes = (
      listed.orders.edges as Array<{ node: { id: string; quote: { id: string } } }>
    ).map((e) => e.node);
    return nodes.length === quoteCount ? nodes : undefined;
  });
  const links = await company.db.query<{ portal_quote_id: string; quote_id: string }>(
    'select portal_quote_id, quote_id from portal_quote_links where portal_quote_id = any($1)',
    [portalQuoteIds],
  );
  const targets = orders.map((o) => ({
    orderId: o.id,
    companyQuoteId: links.find((l) => l.portal_quote_id === o.quote.id)!.quote_id,
  }));

  // The subscriber: one graphql-ws connection as the customer, all their orders.
  let expected: { orderId: string; status: string; resolve: (at: number) => void } | null = null;
  let wrongOrDuplicate = 0;
  const client = createClient({
    url: system.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const subscribed = new Promise<void>((resolve) => {
    const off = client.on('connected', () => {
      off();
      resolve();
    });
  });
  client.subscribe(
    { query: 'subscription { orderUpdated { id status } }' },
    {
      next(result) {
        const at = now();
        const order = (result.data as { orderUpdated?: { id: string; status: string } })
          ?.orderUpdated;
        if (expected && order?.id === expected.orderId && order.status === expected.status) {
          const { resolve } = expected;
          expected = null;
          resolve(at);
        } else {
          wrongOrDuplicate++;
        }
      },
      error: (error) => {
        console.error('subscription error', error);
        wrongOrDuplicate++;
      },
      complete: () => {},
    },
  );
  await subscribed;
  // Let the subscription register at the gateway before the first change.
  await eventually('the subscription', async () =>
    (system.subscriptions?.stats().subscriptions ?? 0) >= 1 ? true : undefined,
  );
  const setupSeconds = (now() - setupStarted) / 1000;
  const setupMemory = memory();

  const latencies: number[] = [];
  let missed = 0;
  let done = 0;
  const pauseMs = mode === 'polling' ? intervalMs : 200;
  for (const step of STEPS) {
    for (const target of targets) {
      if (done === changes) break;
      done++;
      await sleep(Math.random() * pauseMs);
      const arrived = new Promise<number>((resolve) => {
        expected = { orderId: target.orderId, status: step.toUpperCase(), resolve };
      });
      const started = now();
      await moveQuote(company.db, target.companyQuoteId, step);
      if (mode === 'webhook') await callWebhook(target.companyQuoteId);
      const at = await Promise.race([arrived, sleep(30_000).then(() => null)]);
      if (at === null) {
        missed++;
        expected = null;
      } else {
        latencies.push(at - started);
      }
    }
  }
  // Anything more within a sync period is a duplicate.
  await sleep(Math.max(1000, pauseMs * 2));
  const endMemory = memory();
  await client.dispose();
  await system.close();
  const result: RunResult = {
    db,
    mode,
    intervalMs,
    changes: done,
    received: latencies.length,
    missed,
    wrongOrDuplicate,
    latencies,
    setupSeconds,
    memory: { setup: setupMemory, end: endMemory },
    load: { start: loadStart, end: loadavg() },
  };
  process.send!(result);
  process.exit(0);
}
