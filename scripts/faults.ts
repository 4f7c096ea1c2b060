/**
 * `npm run faults` — faults injected one after another into the scaled-out system (two
 * gateways, two portal and two catalog processes on one PostgreSQL; packages/embedded/src/
 * cluster.ts) while a small scripted user load runs throughout, then a reconciliation: no quote
 * or order event lost or duplicated. Prints a markdown report (docs/reliability.md, "Faults").
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run faults
 *   options: --short (phases of 8 s instead of 20–30 s), --out <file> (also write the report)
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { listPortalQuotes, moveQuote } from '@portal/demo-data';
import { startCluster } from '../packages/embedded/src/cluster.ts';
import {
  type ClusterCustomer,
  createDraft,
  gql,
  pickMaterial,
  type Subscriber,
  signUpCustomer,
  submitQuote,
  subscribe,
} from '../packages/embedded/src/cluster-client.ts';

const args = process.argv.slice(2);
const short = args.includes('--short');
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const USERS = 6;
const SLUG = 'turinova';

const t0 = Date.now();
const clock = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s`;
const say = (line: string) => console.log(`${clock()} ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The company's quote status as the portal's order shows it (docs/orders.md, Statuses). */
const portalStatus = (status: string) =>
  status === 'draft' || status === 'accepted' ? 'submitted' : status;

interface Sample {
  /** When it finished, ms since the start. */
  at: number;
  phase: string;
  op: 'catalog' | 'create' | 'submit';
  ok: boolean;
  code: string | null;
  ms: number;
}
const samples: Sample[] = [];
let phase = 'startup';

say(`starting the cluster on ${serverUrl.replace(/\/\/[^@]*@/, '//')}`);
const cluster = await startCluster({
  serverUrl,
  delivery: { intervalMs: 1000, leaseMs: 10_000 },
  orderSyncIntervalMs: 1000,
  log: say,
});
let stopping = false;
const subscribers: Array<{ customer: ClusterCustomer; gateway: number; sub: Subscriber }> = [];
try {
  const company = cluster.companies.find((c) => c.slug === SLUG)!;
  const graphqlUrl = (i: number) => `${cluster.gateways[i % cluster.gateways.length]!.url}/graphql`;
  const customers: ClusterCustomer[] = [];
  for (let i = 0; i < USERS; i++) {
    customers.push(await signUpCustomer(cluster, graphqlUrl(i), company.id));
  }
  const materialId = await pickMaterial(graphqlUrl(0), company.id, customers[0]!.token);
  for (let i = 0; i < USERS; i++) {
    const sub = subscribe(graphqlUrl(i), customers[i]!.token, undefined, true);
    subscribers.push({ customer: customers[i]!, gateway: i % 2, sub });
  }
  say(`${USERS} customers signed up, each holding an orderUpdated subscription (3 per gateway)`);

  /** Drafts the load created, and whether (and with which key) the portal accepted a submit. */
  const drafts: Array<{ id: string; customer: string; accepted: boolean; attempts: number }> = [];
  const CATALOG = `query($id: ID!) { company(id: $id) { materials(first: 10) { nodes { id } } } }`;

  async function user(index: number) {
    const customer = customers[index]!;
    let n = 0;
    // A customer builds a quote and submits it a little later: each round creates a draft and
    // submits the previous round's (priced then — during a company outage it is queued).
    let pending: string | null = null;
    while (!stopping) {
      const url = graphqlUrl(index + n++);
      const page = await gql(url, CATALOG, { id: company.id }, customer.token);
      const pageCode =
        page.errors?.[0]?.extensions?.code ?? (page.data?.company ? null : 'NO_DATA');
      samples.push({
        at: Date.now() - t0,
        phase,
        op: 'catalog',
        ok: !pageCode,
        code: pageCode,
        ms: page.ms,
      });
      const draft = await createDraft(url, customer, company.id, materialId);
      samples.push({
        at: Date.now() - t0,
        phase,
        op: 'create',
        ok: !draft.code,
        code: draft.code,
        ms: draft.ms,
      });
      if (draft.quoteId) {
        drafts.push({ id: draft.quoteId, customer: customer.id, accepted: false, attempts: 0 });
      }
      const toSubmit = pending;
      pending = draft.quoteId;
      const record = drafts.find((d) => d.id === toSubmit);
      if (toSubmit && record) {
        // A client retries a submit that got no answer with the same idempotency key.
        const key = randomUUID();
        let accept = false;
        for (let attempt = 0; attempt < 4 && !stopping; attempt++) {
          const submitted = await submitQuote(url, customer, toSubmit, key, accept);
          record.attempts++;
          samples.push({
            at: Date.now() - t0,
            phase,
            op: 'submit',
            ok: !submitted.code,
            code: submitted.code,
            ms: submitted.ms,
          });
          if (!submitted.code) {
            record.accepted = true;
            break;
          }
          // The customer confirms a new price (a draft saved while the company was away has
          // none); a transport failure is retried; any other refusal is final for this draft.
          if (submitted.code === 'PRICE_CHANGED' && !accept) {
            accept = true;
            continue;
          }
          const transport = submitted.status === 0 || submitted.status >= 500;
          if (!transport) break;
          await sleep(1000);
        }
      }
      await sleep(1000 + Math.random() * 1000);
    }
  }

  /** The company's staff: orders every delivered quote, then starts production. */
  async function staff() {
    while (!stopping) {
      const quotes = await listPortalQuotes(company.db, 500);
      for (const q of quotes) {
        if (!q.portalQuoteId || !drafts.some((d) => d.id === q.portalQuoteId)) continue;
        if (q.next === 'ordered' || q.next === 'in_production') {
          await moveQuote(company.db, q.id, q.next).catch(() => {});
        }
      }
      await sleep(1500);
    }
  }

  const load = [...customers.map((_, i) => user(i)), staff()];

  const hold = (ms: number) => sleep(short ? Math.min(ms, 8000) : ms);
  interface Phase {
    name: string;
    run: () => Promise<string>;
  }
  const notes: Record<string, string> = {};
  const phases: Phase[] = [
    {
      name: 'baseline',
      run: async () => {
        await hold(10_000);
        return 'no fault';
      },
    },
    {
      name: 'company down 30 s',
      run: async () => {
        cluster.supabase.setFault(SLUG, { kind: 'down' });
        await hold(30_000);
        cluster.supabase.setFault(SLUG, null);
        return 'connections to the company endpoint reset for 30 s';
      },
    },
    {
      name: 'company slow 5 s',
      run: async () => {
        cluster.supabase.setFault(SLUG, { kind: 'delay', ms: 5000 });
        await hold(20_000);
        cluster.supabase.setFault(SLUG, null);
        return 'every company call held 5 s for 20 s';
      },
    },
    {
      name: 'company 500s',
      run: async () => {
        cluster.supabase.setFault(SLUG, { kind: 'status', status: 500 });
        await hold(20_000);
        cluster.supabase.setFault(SLUG, null);
        return 'every company call answered 500 for 20 s';
      },
    },
    {
      name: 'company malformed JSON',
      run: async () => {
        cluster.supabase.setFault(SLUG, { kind: 'garbage' });
        await hold(20_000);
        cluster.supabase.setFault(SLUG, null);
        return 'every company call answered 200 with a cut-off JSON body for 20 s';
      },
    },
    {
      name: 'portal database restarted',
      run: async () => {
        const first = await cluster.terminatePortalBackends();
        await sleep(2000);
        const second = await cluster.terminatePortalBackends();
        await hold(15_000);
        return `pg_terminate_backend of every backend of the portal database, twice 2 s apart (${first} + ${second} backends)`;
      },
    },
    {
      name: 'portal-1 killed and restarted',
      run: async () => {
        await cluster.kill('portal-1', 'SIGKILL');
        await hold(10_000);
        const started = Date.now();
        await cluster.start('portal-1');
        await hold(10_000);
        return `SIGKILL, restarted after 10 s (serving again ${((Date.now() - started) / 1000).toFixed(1)} s after the start)`;
      },
    },
    {
      name: 'catalog-1 killed and restarted',
      run: async () => {
        await cluster.kill('catalog-1', 'SIGKILL');
        await hold(10_000);
        await cluster.start('catalog-1');
        await hold(5_000);
        return 'SIGKILL, restarted after 10 s';
      },
    },
    {
      name: 'gateway-1 restarted',
      run: async () => {
        const before = subscribers.filter((s) => s.gateway === 0).map((s) => s.sub.connects);
        await cluster.kill('gateway-1', 'SIGTERM');
        await hold(3000);
        await cluster.start('gateway-1');
        await hold(10_000);
        const after = subscribers.filter((s) => s.gateway === 0).map((s) => s.sub.connects);
        return `SIGTERM with 3 subscribers connected, started again after 3 s; their connects ${before.join('/')} → ${after.join('/')}`;
      },
    },
  ];
  const recovery: Record<string, string> = {};
  for (const p of phases) {
    phase = p.name;
    say(`phase: ${p.name}`);
    notes[p.name] = await p.run();
    // Fault over: the load goes on until every kind of call has succeeded again (at most 60 s).
    const cleared = Date.now() - t0;
    phase = `${p.name} → recovery`;
    const firstOk = (op: Sample['op']) =>
      samples.find((x) => x.op === op && x.ok && x.at > cleared);
    const until = Date.now() + 60_000;
    while (Date.now() < until && !(['catalog', 'create', 'submit'] as const).every(firstOk)) {
      await sleep(250);
    }
    recovery[p.name] = (['catalog', 'create', 'submit'] as const)
      .map((op) => {
        const ok = firstOk(op);
        return `${op} ${ok ? `${((ok.at - cleared) / 1000).toFixed(1)} s` : 'not within 60 s'}`;
      })
      .join(', ');
    say(`recovered: ${recovery[p.name]}`);
  }
  phase = 'after';
  await hold(5000);
  stopping = true;
  await Promise.all(load);
  say('load stopped; draining (every accepted quote delivered, every order in sync)');

  // ---- reconciliation ----------------------------------------------------------------------
  const accepted = drafts.filter((d) => d.accepted);
  const ids = drafts.map((d) => d.id);
  const drainStarted = Date.now();
  const portalSubmissions = async () =>
    cluster.portalDb.query<{ quote_id: string; delivered: boolean; attempts: number }>(
      `select quote_id, delivered_at is not null as delivered, attempts
         from quote_submissions where quote_id = any($1::uuid[])`,
      [ids],
    );
  let drained = false;
  while (Date.now() - drainStarted < 120_000) {
    const rows = await portalSubmissions();
    const companyStatuses = await listPortalQuotes(company.db, 1000);
    const orders = await cluster.portalDb.query<{ quote_id: string; status: string }>(
      'select quote_id, status from orders where quote_id = any($1::uuid[])',
      [ids],
    );
    const inSync = companyStatuses
      .filter((q) => q.portalQuoteId && ids.includes(q.portalQuoteId))
      .every((q) =>
        orders.some((o) => o.quote_id === q.portalQuoteId && o.status === portalStatus(q.status)),
      );
    if (rows.every((r) => r.delivered) && inSync) {
      drained = true;
      break;
    }
    await sleep(1000);
  }
  const drainSeconds = (Date.now() - drainStarted) / 1000;
  await sleep(3000); // the last events reach the subscribers

  const submissions = await portalSubmissions();
  const links = await company.db.query<{ portal_quote_id: string; n: number }>(
    `select portal_quote_id::text, count(*)::int as n from portal_quote_links
      where portal_quote_id = any($1::uuid[]) group by portal_quote_id`,
    [ids],
  );
  const companyQuotes = await company.db.query<{ n: number }>(
    `select count(*)::int as n from quotes q join portal_quote_links l on l.quote_id = q.id
      where l.portal_quote_id = any($1::uuid[])`,
    [ids],
  );
  const portalQuotes = await cluster.portalDb.query<{ id: string; status: string }>(
    'select id, status from quotes where id = any($1::uuid[])',
    [ids],
  );
  const events = await cluster.portalDb.query<{
    order_id: string;
    customer_id: string;
    kind: string;
    to_value: string | null;
  }>(
    `select e.order_id, q.customer_id, e.kind, e.to_value from order_events e
       join orders o on o.id = e.order_id join quotes q on q.id = o.quote_id
      where o.quote_id = any($1::uuid[]) order by e.id`,
    [ids],
  );
  const companyStatuses = await listPortalQuotes(company.db, 1000);
  const orders = await cluster.portalDb.query<{ id: string; quote_id: string; status: string }>(
    'select id, quote_id, status from orders where quote_id = any($1::uuid[])',
    [ids],
  );

  const lines: string[] = [];
  const w = (line = '') => lines.push(line);
  w(`Run: ${new Date().toISOString()}, ${short ? '--short' : 'full'} phases, ${USERS} users.`);
  w();
  w('| phase | fault | op | n | ok | errors (code × n) | p50 ms | p95 ms | max ms |');
  w('|---|---|---|---|---|---|---|---|---|');
  const pct = (sorted: number[], p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
  for (const name of [
    'startup',
    ...phases.flatMap((p) => [p.name, `${p.name} → recovery`]),
    'after',
  ]) {
    for (const op of ['catalog', 'create', 'submit'] as const) {
      const s = samples.filter((x) => x.phase === name && x.op === op);
      if (!s.length) continue;
      const codes = new Map<string, number>();
      for (const x of s) if (x.code) codes.set(x.code, (codes.get(x.code) ?? 0) + 1);
      const ms = s.map((x) => x.ms).sort((a, b) => a - b);
      w(
        `| ${name} | ${op === 'catalog' ? (notes[name] ?? '') : ''} | ${op} | ${s.length} | ${s.filter((x) => x.ok).length} | ${[...codes].map(([c, n]) => `${c} × ${n}`).join(', ') || '—'} | ${pct(ms, 0.5).toFixed(0)} | ${pct(ms, 0.95).toFixed(0)} | ${pct(ms, 1).toFixed(0)} |`,
      );
    }
  }
  w();
  w('First success of each kind of call after the fault was removed (process restarted):');
  w();
  for (const p of phases) w(`- ${p.name}: ${recovery[p.name]}`);
  w();
  const duplicateLinks = links.filter((l) => l.n > 1).length;
  const acceptedIds = new Set(accepted.map((d) => d.id));
  const notAcceptedButDelivered = links.filter((l) => !acceptedIds.has(l.portal_quote_id)).length;
  const lost = accepted.filter((d) => !links.some((l) => l.portal_quote_id === d.id)).length;
  const undelivered = submissions.filter((s) => !s.delivered).length;
  const stuck = portalQuotes.filter(
    (q) => acceptedIds.has(q.id) && ['draft', 'submitting'].includes(q.status),
  ).length;
  w('**Quotes**');
  w();
  w(
    `- drafts created by the load: ${drafts.length}; submits accepted (SUBMITTING): ${accepted.length}`,
  );
  w(
    `- portal outbox rows: ${submissions.length}, delivered: ${submissions.length - undelivered} (drained ${drained ? 'in' : 'NOT within'} ${drainSeconds.toFixed(0)} s after the load stopped); delivery attempts max ${Math.max(0, ...submissions.map((s) => s.attempts))}`,
  );
  w(
    `- company quotes for them: ${companyQuotes[0]!.n}; portal quotes with more than one company quote: ${duplicateLinks}; accepted but missing at the company: ${lost}; at the company but never accepted: ${notAcceptedButDelivered}; accepted but still draft/submitting in the portal: ${stuck}`,
  );
  w();
  const kindsByOrder = new Map<string, string[]>();
  for (const e of events) {
    kindsByOrder.set(e.order_id, [
      ...(kindsByOrder.get(e.order_id) ?? []),
      `${e.kind}:${e.to_value}`,
    ]);
  }
  const dupEvents = [...kindsByOrder.values()].filter((k) => new Set(k).size !== k.length).length;
  const outOfSync = companyStatuses.filter(
    (q) =>
      q.portalQuoteId &&
      acceptedIds.has(q.portalQuoteId) &&
      !orders.some((o) => o.quote_id === q.portalQuoteId && o.status === portalStatus(q.status)),
  ).length;
  w('**Orders**');
  w();
  w(
    `- orders: ${orders.length}; timeline events: ${events.length}; orders with a repeated event: ${dupEvents}; orders whose status differs from the company's: ${outOfSync}`,
  );
  w();
  w(
    '**Subscribers** (one `next` per timeline event expected; "missed" = events without a message)',
  );
  w();
  w(
    '| subscriber | gateway | (re)connects | timeline events | messages | duplicates | missed | refetch = portal |',
  );
  w('|---|---|---|---|---|---|---|---|');
  const REFETCH = `{ orders(first: 100) { totalCount edges { node { id status timeline { id } } } } }`;
  for (const [i, s] of subscribers.entries()) {
    const own = events.filter((e) => e.customer_id === s.customer.id);
    const seen = new Map<string, number>();
    for (const r of s.sub.received) {
      const o = r.orderUpdated;
      const key = `${o.id}:${o.timeline.length}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const duplicates = [...seen.values()].reduce((a, n) => a + (n - 1), 0);
    // Event k of an order was delivered if a message showed the order with k events.
    const perOrder = new Map<string, number>();
    for (const e of own) perOrder.set(e.order_id, (perOrder.get(e.order_id) ?? 0) + 1);
    let missed = 0;
    for (const [orderId, n] of perOrder) {
      for (let k = 1; k <= n; k++) if (!seen.has(`${orderId}:${k}`)) missed++;
    }
    // What the web client does on reconnect (docs/live-updates.md): refetch the orders.
    const refetched = await gql(graphqlUrl(s.gateway), REFETCH, {}, s.customer.token);
    const nodes: Array<{ id: string; status: string; timeline: unknown[] }> = (
      refetched.data?.orders?.edges ?? []
    ).map((e: { node: { id: string; status: string; timeline: unknown[] } }) => e.node);
    const ownOrders = orders.filter((o) => perOrder.has(o.id));
    const matches =
      nodes.length === ownOrders.length &&
      ownOrders.every((o) =>
        nodes.some(
          (n) =>
            n.id === o.id &&
            n.status.toLowerCase() === o.status &&
            n.timeline.length === perOrder.get(o.id),
        ),
      );
    w(
      `| user ${i + 1} | ${s.gateway === 0 ? 'gateway-1' : 'gateway-2'} | ${s.sub.connects} | ${own.length} | ${s.sub.received.length} | ${duplicates} | ${missed} | ${matches ? 'yes' : `NO (${nodes.length} orders)`} |`,
    );
  }
  const report = lines.join('\n');
  console.log(`\n${report}\n`);
  if (out) await writeFile(out, `${report}\n`);
} finally {
  stopping = true;
  for (const s of subscribers) s.sub.stop();
  await cluster.close();
}
