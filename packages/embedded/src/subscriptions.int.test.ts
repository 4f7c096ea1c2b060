import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { publishPortalEvent } from '@portal/events';
import { type Client, createClient } from 'graphql-ws';
import { decodeProtectedHeader, importJWK, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  createLiveConnection,
  type LiveConnection,
  type LiveConnectionOptions,
} from '../../../client/src/apollo/live-connection.ts';
import { type RunningSystem, startSystem } from './start-system.ts';

// Live updates on the whole system: graphql-ws on the gateway's /graphql, events published in
// a portal transaction (as the writers do), each resolved through the gateway with the
// subscriber's identity. On PGlite and, with TEST_DATABASE_URL, on PostgreSQL.

interface Result {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

/** A throwaway P-256 key for the portal's access tokens, so the test can sign an expired one. */
async function newSigningJwk(): Promise<string> {
  const { generateKeyPair, exportJWK } = await import('jose');
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return JSON.stringify(await exportJWK(privateKey));
}

async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const QUOTE_UPDATED = `subscription ($id: ID) {
  quoteUpdated(quoteId: $id) { id number status version comment company { slug name } }
}`;

describe.each(testEngines())('live updates on %s', (engine) => {
  let system: RunningSystem;
  let testDb: TestDb | undefined;
  let signingJwk: string;
  let companyId: string;
  const clients: Client[] = [];
  const lives: LiveConnection[] = [];

  function live(options: LiveConnectionOptions): LiveConnection {
    const connection = createLiveConnection(options);
    lives.push(connection);
    return connection;
  }
  const lines: string[] = [];

  async function gql(query: string, variables = {}, token?: string): Promise<Result> {
    const res = await fetch(system.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Result;
  }

  const wsUrl = () => system.graphqlUrl.replace(/^http/, 'ws');

  /** A customer connected to Turinova, signed in, with `quotes` saved quotes there. */
  async function customer(email: string, quotes: number) {
    const password = 'Lapszabasz-2026-jelszo';
    await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password, name: `Élő ${email}`, companyIds: [companyId] },
    });
    const logged = lines.find((l) => l.startsWith(`mail to ${email}`));
    const token = new URL(logged!.split(' — ')[1]!).searchParams.get('token');
    await gql('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
    const signIn = await gql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } customer { id } } }',
      { e: email, p: password },
    );
    const { session, customer } = signIn.data!.signIn;
    const quoteIds: string[] = [];
    for (let i = 0; i < quotes; i++) {
      const [row] = await system.portalDb.query<{ id: string }>(
        'insert into quotes (customer_id, company_id) values ($1, $2) returning id',
        [customer.id, companyId],
      );
      quoteIds.push(row!.id);
    }
    return { token: session.accessToken as string, id: customer.id as string, quoteIds };
  }

  /** Changes a quote and announces it in the same transaction, as the portal's writers do. */
  async function change(quoteId: string, customerId: string, comment: string) {
    await system.portalDb.transaction(async (tx) => {
      await tx.query('update quotes set comment = $2, version = version + 1 where id = $1', [
        quoteId,
        comment,
      ]);
      await publishPortalEvent(tx, { type: 'quote', id: quoteId, customerId, companyId });
    });
  }

  function connect(connectionParams: Record<string, unknown>): Client {
    const client = createClient({
      url: wsUrl(),
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  }

  function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}) {
    const results: Result[] = [];
    const errors: unknown[] = [];
    const stop = client.subscribe(
      { query, variables },
      {
        next: (value) => results.push(value as Result),
        error: (error) => errors.push(error),
        complete: () => {},
      },
    );
    return { results, errors, stop };
  }

  const openSubscriptions = () => system.subscriptions!.stats().subscriptions;

  /** Opens a raw socket, sends `connection_init` with `payload`, resolves with how it closed. */
  function closeOf(payload: Record<string, unknown>): Promise<{ code: number; reason: string }> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'connection_ack') {
          socket.close();
          reject(new Error('connection was accepted'));
        }
      });
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
      socket.on('error', reject);
    });
  }

  beforeAll(async () => {
    signingJwk = await newSigningJwk();
    if (engine === 'postgres') testDb = await openTestDb('postgres');
    system = await startSystem({
      log: (line) => lines.push(line),
      authSigningJwk: signingJwk,
      demoAdmin: true,
      ...(testDb?.url ? { databaseUrl: testDb.url } : {}),
    });
    companyId = (await gql('{ company(slug: "turinova") { id } }')).data!.company.id;
    // Five databases with their demo catalogs: slow on a busy machine.
  }, 400_000);
  // Every test starts with no subscription open, whatever the previous one left behind.
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.dispose();
    for (const connection of lives.splice(0)) await connection.dispose();
    await eventually(() => openSubscriptions() === 0);
  });
  afterAll(async () => {
    await system?.close();
    await testDb?.close();
  });

  it("sends a customer each change of their quote, resolved through the gateway, and never another customer's", async () => {
    const anna = await customer(`anna-${engine}@example.hu`, 1);
    const bela = await customer(`bela-${engine}@example.hu`, 1);
    const ofAnna = subscribe(connect({ Authorization: `Bearer ${anna.token}` }), QUOTE_UPDATED);
    const ofBela = subscribe(connect({ authorization: `Bearer ${bela.token}` }), QUOTE_UPDATED);
    await eventually(() => openSubscriptions() === 2);

    await change(anna.quoteIds[0]!, anna.id, 'élek');
    await eventually(() => ofAnna.results.length === 1);
    expect(ofAnna.results[0]).toEqual({
      data: {
        quoteUpdated: {
          id: anna.quoteIds[0],
          number: expect.stringMatching(/^PQ-\d{4}-\d{3,}$/),
          status: 'DRAFT',
          version: 2,
          comment: 'élek',
          company: { slug: 'turinova', name: expect.any(String) },
        },
      },
    });

    // An event naming Anna but another customer's quote: the re-read as Anna finds nothing.
    await system.portalDb.transaction((tx) =>
      publishPortalEvent(tx, {
        type: 'quote',
        id: bela.quoteIds[0]!,
        customerId: anna.id,
        companyId,
      }),
    );
    await change(bela.quoteIds[0]!, bela.id, 'Béla változtat');
    await change(anna.quoteIds[0]!, anna.id, 'másodszor');
    await eventually(() => ofAnna.results.length === 2 && ofBela.results.length === 1);
    expect(ofAnna.results[1]?.data?.quoteUpdated).toMatchObject({
      version: 3,
      comment: 'másodszor',
    });
    expect(ofBela.results.map((r) => r.data?.quoteUpdated.id)).toEqual([bela.quoteIds[0]]);
    expect(JSON.stringify(ofBela.results)).not.toContain(anna.quoteIds[0]);
    expect([...ofAnna.errors, ...ofBela.errors]).toEqual([]);
    ofAnna.stop();
    ofBela.stop();
    await eventually(() => openSubscriptions() === 0);
  });

  it('narrows to one quote with quoteId, and serves a partner key with quotes:read', async () => {
    const cili = await customer(`cili-${engine}@example.hu`, 2);
    const [first, second] = cili.quoteIds as [string, string];
    const createKey = async (scopes: string[]) =>
      (
        await gql(
          'mutation ($i: ApiKeyInput!) { createApiKey(input: $i) { key } }',
          { i: { name: scopes.join(' '), scopes } },
          cili.token,
        )
      ).data!.createApiKey.key as string;
    const readerKey = await createKey(['QUOTES_READ']);
    const one = subscribe(connect({ Authorization: `Bearer ${cili.token}` }), QUOTE_UPDATED, {
      id: second,
    });
    const viaKey = subscribe(connect({ apiKey: readerKey }), QUOTE_UPDATED);
    await eventually(() => openSubscriptions() === 2);

    await change(first, cili.id, 'első');
    await change(second, cili.id, 'második');
    await eventually(() => one.results.length === 1 && viaKey.results.length === 2);
    expect(one.results[0]?.data?.quoteUpdated).toMatchObject({ id: second, comment: 'második' });
    expect(viaKey.results.map((r) => r.data?.quoteUpdated.id)).toEqual([first, second]);

    // A key without quotes:read or orders:read may not connect at all.
    const catalogKey = await createKey(['CATALOG_READ']);
    expect(await closeOf({ Authorization: `Bearer ${catalogKey}` })).toMatchObject({ code: 4403 });
    // With orders:read only, it connects but may not subscribe to quotes.
    const ordersKey = await createKey(['ORDERS_READ']);
    const refused = subscribe(connect({ apiKey: ordersKey }), QUOTE_UPDATED);
    await eventually(() => refused.errors.length === 1);
    expect(refused.errors[0]).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    one.stop();
    viaKey.stop();
    await eventually(() => openSubscriptions() === 0);
  });

  it("sends a customer's order changes as orderUpdated, and not another customer's", async () => {
    const hedi = await customer(`hedi-${engine}@example.hu`, 1);
    const ivan = await customer(`ivan-${engine}@example.hu`, 1);
    const orderOf = async (who: { id: string; quoteIds: string[] }, n: number) => {
      const [row] = await system.portalDb.query<{ id: string }>(
        `insert into orders (quote_id, customer_id, company_id, company_quote_id,
                             company_quote_number, status, company_status)
         values ($1, $2, $3, gen_random_uuid(), $4, 'submitted', 'draft') returning id`,
        [who.quoteIds[0], who.id, companyId, `Q-2026-${n}`],
      );
      return row!.id;
    };
    const hediOrder = await orderOf(hedi, 901);
    const ivanOrder = await orderOf(ivan, 902);
    const ORDER_UPDATED = `subscription { orderUpdated { id status paymentStatus quote { id } } }`;
    const ofHedi = subscribe(connect({ Authorization: `Bearer ${hedi.token}` }), ORDER_UPDATED);
    const ofIvan = subscribe(connect({ Authorization: `Bearer ${ivan.token}` }), ORDER_UPDATED);
    await eventually(() => openSubscriptions() === 2);
    const progress = (orderId: string, customerId: string, status: string) =>
      system.portalDb.transaction(async (tx) => {
        await tx.query('update orders set status = $2 where id = $1', [orderId, status]);
        await publishPortalEvent(tx, { type: 'order', id: orderId, customerId, companyId });
      });
    // Each result is the order as it is when read: wait for one before the next change.
    await progress(hediOrder, hedi.id, 'ordered');
    await eventually(() => ofHedi.results.length === 1);
    await progress(ivanOrder, ivan.id, 'ready');
    await eventually(() => ofIvan.results.length === 1);
    await progress(hediOrder, hedi.id, 'in_production');
    await eventually(() => ofHedi.results.length === 2);
    expect(ofHedi.results.map((r) => r.data?.orderUpdated)).toEqual([
      {
        id: hediOrder,
        status: 'ORDERED',
        paymentStatus: 'NOT_PAID',
        quote: { id: hedi.quoteIds[0] },
      },
      {
        id: hediOrder,
        status: 'IN_PRODUCTION',
        paymentStatus: 'NOT_PAID',
        quote: { id: hedi.quoteIds[0] },
      },
    ]);
    expect(ofIvan.results.map((r) => r.data?.orderUpdated.status)).toEqual(['READY']);
    ofHedi.stop();
    ofIvan.stop();
    await eventually(() => openSubscriptions() === 0);
  });

  it('refuses connections without valid credentials, with a close code', async () => {
    const dora = await customer(`dora-${engine}@example.hu`, 0);
    expect(await closeOf({})).toMatchObject({ code: 4401 });
    expect(await closeOf({ Authorization: 'Bearer not-a-token' })).toMatchObject({ code: 4401 });
    expect(await closeOf({ apiKey: 'ppk_nope_nope' })).toMatchObject({ code: 4401 });

    // An access token that expired, signed with the portal's own key: 4419, refresh and retry.
    const { kid } = decodeProtectedHeader(dora.token);
    const key = await importJWK(JSON.parse(signingJwk), 'ES256');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({
      role: 'authenticated',
      email: `dora-${engine}@example.hu`,
      sid: 'a-session',
      portal_kind: 'customer',
    })
      .setProtectedHeader({ alg: 'ES256', kid: kid!, typ: 'JWT' })
      .setSubject(dora.id)
      .setAudience('authenticated')
      .setIssuedAt(now - 600)
      .setExpirationTime(now - 60)
      .sign(key);
    expect(await closeOf({ Authorization: `Bearer ${expired}` })).toEqual({
      code: 4419,
      reason: 'Access token expired',
    });

    // Admins have no quotes or orders of their own.
    const admin = system.demoAdmin!;
    const signIn = await gql(
      'mutation ($e: String!, $p: String!) { adminSignIn(email: $e, password: $p) { session { accessToken } } }',
      { e: admin.email, p: admin.password },
    );
    const adminToken = signIn.data!.adminSignIn.session.accessToken as string;
    expect(await closeOf({ Authorization: `Bearer ${adminToken}` })).toMatchObject({ code: 4403 });

    // Invalid documents are refused per subscription, the connection stays.
    const client = connect({ Authorization: `Bearer ${dora.token}` });
    const unknown = subscribe(client, 'subscription { nope { id } }');
    const query = subscribe(client, '{ me { id } }');
    await eventually(() => unknown.errors.length === 1 && query.errors.length === 1);
    expect(JSON.stringify(unknown.errors)).toContain('Cannot query field');
    expect(JSON.stringify(query.errors)).toContain('Only subscriptions');
  });

  it('closes the socket when the access token expires while connected', async () => {
    const ede = await customer(`ede-${engine}@example.hu`, 0);
    const { kid } = decodeProtectedHeader(ede.token);
    const key = await importJWK(JSON.parse(signingJwk), 'ES256');
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({
      role: 'authenticated',
      email: `ede-${engine}@example.hu`,
      sid: 'a-session',
      portal_kind: 'customer',
    })
      .setProtectedHeader({ alg: 'ES256', kid: kid!, typ: 'JWT' })
      .setSubject(ede.id)
      .setAudience('authenticated')
      .setIssuedAt(now)
      .setExpirationTime(now + 2)
      .sign(key);
    const closed = await new Promise<{ code: number; acked: boolean }>((resolve) => {
      let acked = false;
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
      socket.on('open', () =>
        socket.send(
          JSON.stringify({
            type: 'connection_init',
            payload: { Authorization: `Bearer ${shortLived}` },
          }),
        ),
      );
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'connection_ack') acked = true;
      });
      socket.on('close', (code) => resolve({ code, acked }));
    });
    expect(closed).toEqual({ code: 4419, acked: true });
  });

  it('after a dropped connection, reconnects, tells the page to refetch and delivers nothing twice', async () => {
    const feri = await customer(`feri-${engine}@example.hu`, 1);
    const quoteId = feri.quoteIds[0]!;
    let releaseRetry: () => void = () => {};
    const connection = live({
      url: wsUrl(),
      accessToken: async () => feri.token,
      webSocketImpl: WebSocket,
      // The test decides when the retry goes out, so an event can fall in the gap.
      retryWait: () =>
        new Promise<void>((resolve) => {
          releaseRetry = resolve;
        }),
    });
    let reconnects = 0;
    connection.onReconnected(() => reconnects++);
    const statuses: string[] = [];
    connection.onStatus((s) => statuses.push(s));
    const results: Result[] = [];
    const before = openSubscriptions();
    const stop = connection.client.subscribe(
      { query: QUOTE_UPDATED, variables: { id: quoteId } },
      { next: (r) => results.push(r as Result), error: () => {}, complete: () => {} },
    );
    await eventually(() => openSubscriptions() === before + 1);
    await change(quoteId, feri.id, 'egy');
    await eventually(() => results.length === 1);

    connection.client.terminate(); // the socket drops as on a network loss
    await eventually(() => openSubscriptions() === before);
    await change(quoteId, feri.id, 'kettő (while down)');
    releaseRetry();
    await eventually(() => reconnects === 1 && openSubscriptions() === before + 1);
    await change(quoteId, feri.id, 'három');
    await eventually(() => results.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(results.map((r) => r.data?.quoteUpdated.comment)).toEqual(['egy', 'három']);
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    stop();
    await connection.dispose();
    await eventually(() => openSubscriptions() === 0);
  });

  // Only PostgreSQL's LISTEN connection can drop; PGlite's runs in this process.
  if (engine === 'postgres') {
    it('closes every socket when the event feed reconnects, so clients refetch', async () => {
      const gizi = await customer(`gizi-${engine}@example.hu`, 1);
      const connection = live({
        url: wsUrl(),
        accessToken: async () => gizi.token,
        webSocketImpl: WebSocket,
        retryWait: () => new Promise((resolve) => setTimeout(resolve, 50)),
      });
      let reconnects = 0;
      connection.onReconnected(() => reconnects++);
      const results: Result[] = [];
      const stop = connection.client.subscribe(
        { query: QUOTE_UPDATED },
        { next: (r) => results.push(r as Result), error: () => {}, complete: () => {} },
      );
      await eventually(() => openSubscriptions() === 1);
      await testDb!.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query ilike 'listen %'`,
      );
      await eventually(() => reconnects === 1 && openSubscriptions() === 1);
      await change(gizi.quoteIds[0]!, gizi.id, 'újra élő');
      await eventually(() => results.length === 1);
      expect(results[0]?.data?.quoteUpdated.comment).toBe('újra élő');
      stop();
      await connection.dispose();
    });
  }
});
