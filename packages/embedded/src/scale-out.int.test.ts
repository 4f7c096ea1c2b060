import { moveQuote } from '@portal/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningCluster, startCluster } from './cluster.ts';
import {
  type ClusterCustomer,
  createDraft,
  eventually,
  gql,
  pickMaterial,
  QUOTE_STATE,
  type Subscriber,
  signUpCustomer,
  submitQuote,
  subscribe,
} from './cluster-client.ts';

// The system scaled out on one PostgreSQL (docs/reliability.md): two portal, two catalog and
// two gateway processes, each gateway reaching both instances of each subgraph. Both portals
// run the delivery worker and the order sync. PostgreSQL only: PGlite cannot be shared by
// processes. CI sets TEST_DATABASE_URL (.ci/run); without it locally the suite is skipped.

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl && process.env.CI) {
  throw new Error('scale-out.int.test.ts needs TEST_DATABASE_URL (PostgreSQL) in CI');
}

describe.skipIf(!serverUrl)(
  'scale-out: 2 gateways, 2 portals, 2 catalogs on one PostgreSQL',
  () => {
    let cluster: RunningCluster;
    let gwA: string;
    let gwB: string;
    let companyId: string;
    let materialId: string;
    let alice: ClusterCustomer;
    let bob: ClusterCustomer;
    const subscribers: Subscriber[] = [];

    beforeAll(async () => {
      cluster = await startCluster({
        serverUrl: serverUrl!,
        delivery: { intervalMs: 500, leaseMs: 5000 },
        orderSyncIntervalMs: 300,
      });
      gwA = `${cluster.gateways[0]!.url}/graphql`;
      gwB = `${cluster.gateways[1]!.url}/graphql`;
      companyId = cluster.companies.find((c) => c.slug === 'turinova')!.id;
      alice = await signUpCustomer(cluster, gwA, companyId);
      bob = await signUpCustomer(cluster, gwB, companyId);
      materialId = await pickMaterial(gwA, companyId, alice.token);
    }, 120_000);
    afterAll(async () => {
      for (const s of subscribers) s.stop();
      await cluster?.close();
    });

    const turinovaDb = () => cluster.companies.find((c) => c.slug === 'turinova')!.db;
    const companyRows = async (portalQuoteId: string) =>
      turinovaDb().query<{ quote_id: string }>(
        'select quote_id from portal_quote_links where portal_quote_id = $1',
        [portalQuoteId],
      );
    const orderOf = async (quoteId: string) =>
      (
        await cluster.portalDb.query<{ id: string; status: string }>(
          'select id, status from orders where quote_id = $1',
          [quoteId],
        )
      )[0];
    const eventKinds = async (orderId: string) =>
      (
        await cluster.portalDb.query<{ kind: string; to_value: string | null }>(
          'select kind, to_value from order_events where order_id = $1 order by id',
          [orderId],
        )
      ).map((e) => `${e.kind}:${e.to_value}`);

    async function submitVia(graphqlUrl: string, customer: ClusterCustomer) {
      const draft = await createDraft(graphqlUrl, customer, companyId, materialId);
      expect(draft.code).toBeNull();
      const submitted = await submitQuote(graphqlUrl, customer, draft.quoteId!);
      expect(submitted.code).toBeNull();
      expect(submitted.data?.submitQuote.quote.status).toBe('SUBMITTING');
      return draft.quoteId!;
    }

    it('delivers each quote once and each order update once to subscribers on either gateway', {
      timeout: 60_000,
    }, async () => {
      const onA = subscribe(gwA, alice.token);
      const onB = subscribe(gwB, bob.token);
      const aliceOnB = subscribe(gwB, alice.token);
      subscribers.push(onA, onB, aliceOnB);
      await eventually(() => onA.connects && onB.connects && aliceOnB.connects, 10_000, 'sockets');
      await new Promise((r) => setTimeout(r, 300));

      const quoteA = await submitVia(gwA, alice);
      const quoteB = await submitVia(gwB, bob);

      for (const id of [quoteA, quoteB]) {
        await eventually(
          async () => (await orderOf(id))?.status === 'submitted',
          20_000,
          `order of ${id}`,
        );
        // Exactly one company quote, however many workers saw the outbox row.
        expect(await companyRows(id)).toHaveLength(1);
      }
      const state = await gql(gwB, QUOTE_STATE, { id: quoteB }, bob.token);
      expect(state.data?.quote).toMatchObject({
        status: 'SUBMITTED',
        companyQuoteNumber: expect.stringMatching(/^Q-/),
        delivery: { state: 'SUBMITTED', lastError: null },
      });

      // The company orders both; the order sync in both portals sees it.
      for (const id of [quoteA, quoteB]) {
        const [link] = await companyRows(id);
        await moveQuote(turinovaDb(), link!.quote_id, 'ordered');
      }
      for (const id of [quoteA, quoteB]) {
        await eventually(async () => (await orderOf(id))?.status === 'ordered', 20_000, 'ordered');
      }
      // Several sync rounds of both instances pass: nothing more may be appended or sent.
      await new Promise((r) => setTimeout(r, 2500));
      const orderA = (await orderOf(quoteA))!;
      const orderB = (await orderOf(quoteB))!;
      expect(await eventKinds(orderA.id)).toEqual(['created:submitted', 'status:ordered']);
      expect(await eventKinds(orderB.id)).toEqual(['created:submitted', 'status:ordered']);

      const statuses = (s: Subscriber, orderId: string) =>
        s.received.filter((r) => r.orderUpdated.id === orderId).map((r) => r.orderUpdated.status);
      for (const [subscriber, own, other] of [
        [onA, orderA.id, orderB.id],
        [aliceOnB, orderA.id, orderB.id],
        [onB, orderB.id, orderA.id],
      ] as const) {
        expect(subscriber.errors).toEqual([]);
        // One message per timeline event, in order, none twice; never another customer's.
        expect(statuses(subscriber, own)).toEqual(['SUBMITTED', 'ORDERED']);
        expect(statuses(subscriber, other)).toEqual([]);
      }
    });

    it('a portal killed mid-delivery: the quote is delivered exactly once after the restart', {
      timeout: 60_000,
    }, async () => {
      // The company answers slowly, so the worker's call is under way when we act.
      cluster.supabase.setFault('turinova', {
        kind: 'delay',
        ms: 1500,
        onlyFunction: 'portal_submit_quote',
      });
      const quoteId = await submitVia(gwA, alice);
      await eventually(
        async () =>
          (
            await cluster.portalDb.query(
              'select 1 from quote_submissions where quote_id = $1 and attempts >= 1',
              [quoteId],
            )
          ).length > 0,
        10_000,
        'claimed',
      );
      // Hold the portal quote's row: the worker's "delivered" transaction waits on it after the
      // company has inserted its quote — the answer is then lost with the process.
      const held = await cluster.portalDb.transaction(async (tx) => {
        await tx.query('select 1 from quotes where id = $1 for update', [quoteId]);
        await eventually(async () => (await companyRows(quoteId)).length === 1, 10_000, 'company');
        await new Promise((r) => setTimeout(r, 200));
        // Both portals: whichever held the call is gone before it recorded anything.
        await Promise.all([cluster.kill('portal-1'), cluster.kill('portal-2')]);
        return tx.query<{ status: string }>('select status from quotes where id = $1', [quoteId]);
      });
      expect(held[0]!.status).toBe('submitting');
      cluster.supabase.setFault('turinova', null);
      await Promise.all([cluster.start('portal-1'), cluster.start('portal-2')]);

      // The lease runs out, a worker claims it again; the company answers with the quote it made.
      const state = await eventually(
        async () => {
          const q = (await gql(gwA, QUOTE_STATE, { id: quoteId }, alice.token)).data?.quote;
          return q?.status === 'SUBMITTED' && q.delivery.state === 'SUBMITTED' ? q : null;
        },
        30_000,
        'delivered after restart',
      );
      expect(await companyRows(quoteId)).toHaveLength(1);
      const [link] = await companyRows(quoteId);
      const [company] = await turinovaDb().query<{ quote_number: string }>(
        'select quote_number from quotes where id = $1',
        [link!.quote_id],
      );
      expect(state.companyQuoteNumber).toBe(company!.quote_number);
      const [outbox] = await cluster.portalDb.query<{ delivered: boolean }>(
        'select delivered_at is not null as delivered from quote_submissions where quote_id = $1',
        [quoteId],
      );
      expect(outbox!.delivered).toBe(true);
    });
  },
);
