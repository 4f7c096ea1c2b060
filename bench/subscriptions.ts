/**
 * 1000 concurrent graphql-ws subscribers on one gateway: does every subscriber receive every
 * event published for its customer, how fast, and what does the gateway hold in memory?
 *
 *   npm run bench:subscriptions     (SUBSCRIBERS=1000 CUSTOMERS=20 ROUNDS=20 to change)
 *
 * The embedded system (PGlite, one process) runs here; the subscribers run in a child process
 * (this file again, with BENCH_ROLE=clients), so the memory figures are the server's alone.
 * Each round changes one quote of every customer and publishes its event in the same
 * transaction; each event reaches SUBSCRIBERS / CUSTOMERS sockets (one subscription each, as a
 * browser tab has). Latency: commit of the event's transaction → result at the subscriber.
 * DISTINCT=1 gives every subscriber its own document (an alias of its own), so no two share a
 * read: one gateway query per delivery instead of one per customer and event.
 * Results go in docs/performance.md.
 */
import { fork } from 'node:child_process';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

interface Subscriber {
  token: string;
  customerId: string;
}
type ToClients =
  | { kind: 'start'; url: string; subscribers: Subscriber[] }
  | { kind: 'published'; round: number; customerId: string; at: number };
type ToServer =
  | { kind: 'connected'; count: number }
  | { kind: 'round-done'; round: number; received: number }
  | { kind: 'report'; latencies: number[]; received: number; duplicates: number; errors: number };

const now = () => performance.timeOrigin + performance.now();

if (process.env.BENCH_ROLE === 'clients') await runClients();
else await runServer();

async function runServer(): Promise<void> {
  const { startSystem } = await import('@portal/embedded');
  const { publishPortalEvent } = await import('@portal/events');
  const subscriberCount = Number(process.env.SUBSCRIBERS ?? 1000);
  const customerCount = Number(process.env.CUSTOMERS ?? 20);
  const rounds = Number(process.env.ROUNDS ?? 20);
  const lines: string[] = [];
  const system = await startSystem({ log: (line) => lines.push(line) });
  const gql = async (query: string, variables = {}, token?: string): Promise<any> => {
    const res = await fetch(system.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: any; errors?: Array<{ extensions?: any }> };
    // Sign-up and sign-in are limited per IP (10 a minute): wait as told, then go on.
    const limited = body.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
    if (limited) {
      await new Promise((resolve) =>
        setTimeout(resolve, (limited.extensions.retryAfter + 1) * 1000),
      );
      return gql(query, variables, token);
    }
    return body.data;
  };
  const companyId = (await gql('{ company(slug: "turinova") { id } }')).company.id as string;
  const customers: Array<Subscriber & { quoteId: string }> = [];
  for (let i = 0; i < customerCount; i++) {
    const email = `bench-${i}@example.hu`;
    const password = 'Lapszabasz-2026-jelszo';
    await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password, name: `Bench ${i}`, companyIds: [companyId] },
    });
    const link = lines.find((l) => l.startsWith(`mail to ${email}`))!.split(' — ')[1]!;
    await gql('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', {
      t: new URL(link).searchParams.get('token'),
    });
    const signIn = await gql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } customer { id } } }',
      { e: email, p: password },
    );
    const customerId = signIn.signIn.customer.id as string;
    const [quote] = await system.portalDb.query<{ id: string }>(
      'insert into quotes (customer_id, company_id) values ($1, $2) returning id',
      [customerId, companyId],
    );
    customers.push({ token: signIn.signIn.session.accessToken, customerId, quoteId: quote!.id });
  }

  const memory = () => {
    global.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    return { rssMiB: rss / 2 ** 20, heapMiB: heapUsed / 2 ** 20 };
  };
  const before = memory();
  const child = fork(new URL(import.meta.url).pathname, [], {
    env: { ...process.env, BENCH_ROLE: 'clients' },
    execArgv: ['--import', 'tsx'],
  });
  const messages: ToServer[] = [];
  const waiters: Array<() => void> = [];
  child.on('message', (message) => {
    messages.push(message as ToServer);
    for (const wake of waiters.splice(0)) wake();
  });
  const next = async <K extends ToServer['kind']>(
    kind: K,
  ): Promise<Extract<ToServer, { kind: K }>> => {
    for (;;) {
      const index = messages.findIndex((m) => m.kind === kind);
      if (index >= 0) return messages.splice(index, 1)[0] as Extract<ToServer, { kind: K }>;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const subscribers = Array.from(
    { length: subscriberCount },
    (_, i) => customers[i % customerCount]!,
  );
  child.send({
    kind: 'start',
    url: system.graphqlUrl.replace(/^http/, 'ws'),
    subscribers,
  } satisfies ToClients);
  await next('connected');
  // At most 50 subscriptions per customer are accepted (MAX_SUBSCRIPTIONS_PER_SUBSCRIBER):
  // keep SUBSCRIBERS / CUSTOMERS at or below it.
  const connectDeadline = Date.now() + 300_000;
  while (system.subscriptions!.stats().subscriptions < subscriberCount) {
    if (Date.now() > connectDeadline) {
      console.error(`only ${system.subscriptions!.stats().subscriptions} subscriptions opened`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const connected = memory();

  const started = now();
  for (let round = 0; round < rounds; round++) {
    for (const c of customers) {
      await system.portalDb.transaction(async (tx) => {
        await tx.query('update quotes set comment = $2, version = version + 1 where id = $1', [
          c.quoteId,
          `round ${round}`,
        ]);
        await publishPortalEvent(tx, {
          type: 'quote',
          id: c.quoteId,
          customerId: c.customerId,
          companyId,
        });
      });
      child.send({
        kind: 'published',
        round,
        customerId: c.customerId,
        at: now(),
      } satisfies ToClients);
    }
    await next('round-done');
  }
  const elapsed = now() - started;
  const after = memory();
  child.send({ kind: 'report' });
  const report = await next('report');
  child.kill();

  const sorted = report.latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const expected = rounds * subscriberCount;
  console.log(
    `${process.env.DISTINCT === '1' ? 'distinct documents, ' : ''}subscribers ${subscriberCount} (${customerCount} customers × ${subscriberCount / customerCount}), rounds ${rounds}`,
  );
  console.log(
    `delivered ${report.received} / ${expected} expected, duplicates ${report.duplicates}, errors ${report.errors}`,
  );
  console.log(
    `latency commit → subscriber: p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
  );
  console.log(
    `throughput ${((report.received / elapsed) * 1000).toFixed(0)} deliveries/s over ${(elapsed / 1000).toFixed(1)} s`,
  );
  const fmt = (m: { rssMiB: number; heapMiB: number }) =>
    `rss ${m.rssMiB.toFixed(0)} MiB, heap ${m.heapMiB.toFixed(0)} MiB`;
  console.log(
    `server memory: before ${fmt(before)}; ${subscriberCount} connected ${fmt(connected)}; after ${fmt(after)}`,
  );
  console.log(
    `per subscriber: ${(((connected.heapMiB - before.heapMiB) * 1024) / subscriberCount).toFixed(1)} KiB heap`,
  );
  await system.close();
  process.exit(report.received === expected && report.duplicates === 0 ? 0 : 1);
}

async function runClients(): Promise<void> {
  const distinct = process.env.DISTINCT === '1';
  const key = (index: number) => (distinct ? `q${index}` : 'quoteUpdated');
  const send = (message: ToServer) => process.send!(message);
  let url = '';
  let subscribers: Subscriber[] = [];
  const published = new Map<string, number>(); // `${round} ${customerId}` → at
  const perRoundExpected = new Map<number, number>();
  const perRoundReceived = new Map<number, number>();
  const seen = new Set<string>(); // `${subscriber} ${round}`
  const latencies: number[] = [];
  let received = 0;
  let duplicates = 0;
  let errors = 0;
  const pending: Array<{ round: number; customerId: string; index: number; at: number }> = [];

  const record = (index: number, round: number, customerId: string, at: number) => {
    const key = `${index} ${round}`;
    if (seen.has(key)) {
      duplicates++;
      return;
    }
    seen.add(key);
    received++;
    latencies.push(at - published.get(`${round} ${customerId}`)!);
    const done = (perRoundReceived.get(round) ?? 0) + 1;
    perRoundReceived.set(round, done);
    if (done === subscribers.length) send({ kind: 'round-done', round, received: done });
  };

  process.on('message', async (message: ToClients | { kind: 'report' }) => {
    if (message.kind === 'start') {
      ({ url, subscribers } = message);
      let open = 0;
      await Promise.all(
        subscribers.map(
          (s, index) =>
            new Promise<void>((resolve) => {
              const client = createClient({
                url,
                webSocketImpl: WebSocket,
                connectionParams: { Authorization: `Bearer ${s.token}` },
                retryAttempts: 0,
                on: { connected: () => resolve() },
              });
              client.subscribe(
                { query: `subscription { ${key(index)}: quoteUpdated { id comment version } }` },
                {
                  next(result) {
                    const at = now();
                    const comment = (result.data as any)?.[key(index)]?.comment as string;
                    const round = Number(comment.replace('round ', ''));
                    if (published.has(`${round} ${s.customerId}`))
                      record(index, round, s.customerId, at);
                    else pending.push({ round, customerId: s.customerId, index, at });
                  },
                  error: () => errors++,
                  complete: () => {},
                },
              );
              open++;
            }),
        ),
      );
      send({ kind: 'connected', count: open });
    } else if (message.kind === 'published') {
      published.set(`${message.round} ${message.customerId}`, message.at);
      perRoundExpected.set(message.round, subscribers.length);
      // A result can beat the parent's "published" message here; match it up now.
      for (let i = pending.length - 1; i >= 0; i--) {
        const p = pending[i]!;
        if (p.round === message.round && p.customerId === message.customerId) {
          pending.splice(i, 1);
          record(p.index, p.round, p.customerId, p.at);
        }
      }
    } else if (message.kind === 'report') {
      send({ kind: 'report', latencies, received, duplicates, errors });
    }
  });
}
