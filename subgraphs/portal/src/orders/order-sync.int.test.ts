import { testEngines } from '@portal/db/testing';
import { moveQuote, recordPayment } from '@portal/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type OrderFixture, startOrderFixture } from '../../test/order-fixture.ts';

describe.each(testEngines())('order sync on %s', (engine) => {
  let f: OrderFixture;
  let anna: Awaited<ReturnType<OrderFixture['customer']>>;

  beforeAll(async () => {
    f = await startOrderFixture(engine);
    anna = await f.customer('anna.orders@example.hu');
  });
  afterAll(() => f?.close());

  const readyMails = (to: string) =>
    f.h.db.query<{ subject: string; link: string }>(
      `select subject, link from mail_outbox where kind = 'notification' and to_address = $1`,
      [to],
    );

  it('mirrors each status change: order, timeline, portal quote status, NOTIFY', async () => {
    const sync = f.newSync();
    const q = await f.submittedQuote(anna.customerId);
    const events = await f.listen();
    try {
      const first = await sync.syncCompany(f.h.companyIds.zeta);
      expect(first).toMatchObject({ ok: true });
      const created = await f.orderOf(q.portalQuoteId);
      expect(created).toMatchObject({
        status: 'submitted',
        company_status: 'draft',
        payment_status: 'not_paid',
        order_number: null,
        company_quote_id: q.companyQuoteId,
      });
      expect(await f.eventsOf(created!.id)).toEqual([
        { kind: 'created', from_value: null, to_value: 'submitted' },
      ]);

      const moved = await moveQuote(f.companyDb, q.companyQuoteId, 'ordered');
      const second = await sync.syncCompany(f.h.companyIds.zeta);
      expect(second.changedOrders).toEqual([created!.id]);
      const ordered = await f.orderOf(q.portalQuoteId);
      expect(ordered).toMatchObject({ status: 'ordered', order_number: moved.orderNumber });
      expect(ordered!.ordered_at).not.toBeNull();
      expect(await f.quoteStatus(q.portalQuoteId)).toBe('ordered');
      expect((await f.eventsOf(created!.id)).slice(1)).toEqual([
        { kind: 'status', from_value: 'submitted', to_value: 'ordered' },
      ]);
      const expected = {
        type: 'order',
        id: created!.id,
        customerId: anna.customerId,
        companyId: f.h.companyIds.zeta,
      };
      await eventually(() => events.payloads.filter((p) => p.type === 'order').length >= 2);
      expect(events.payloads).toContainEqual(expected);
      expect(events.payloads).toContainEqual({ ...expected, type: 'quote', id: q.portalQuoteId });
    } finally {
      await events.close();
    }
  });

  it('appends nothing when the same state comes again (repeat, or the cursor reset)', async () => {
    const sync = f.newSync();
    const q = await f.submittedQuote(anna.customerId);
    await moveQuote(f.companyDb, q.companyQuoteId, 'ordered');
    await sync.syncCompany(f.h.companyIds.zeta);
    const order = await f.orderOf(q.portalQuoteId);
    const before = await f.eventsOf(order!.id);
    const again = await sync.syncCompany(f.h.companyIds.zeta);
    expect(again.changedOrders).toEqual([]);
    // Everything comes again from the start: compared with the mirror, nothing changed.
    await f.h.db.query(`update order_sync_cursors set cursor = null where company_id = $1`, [
      f.h.companyIds.zeta,
    ]);
    const replayed = await sync.syncCompany(f.h.companyIds.zeta);
    expect(replayed.ok).toBe(true);
    expect(replayed.events).toBe(0);
    expect(await f.eventsOf(order!.id)).toEqual(before);
  });

  it('two instances syncing at once append each change once', async () => {
    const [a, b] = [f.newSync(), f.newSync()];
    const q = await f.submittedQuote(anna.customerId);
    await a.syncCompany(f.h.companyIds.zeta);
    await moveQuote(f.companyDb, q.companyQuoteId, 'ordered');
    await moveQuote(f.companyDb, q.companyQuoteId, 'in_production');
    await Promise.all([
      a.syncCompany(f.h.companyIds.zeta),
      b.syncCompany(f.h.companyIds.zeta),
      a.syncCompany(f.h.companyIds.zeta),
    ]);
    const order = await f.orderOf(q.portalQuoteId);
    expect(order!.status).toBe('in_production');
    const statusEvents = (await f.eventsOf(order!.id)).filter((e) => e.kind !== 'created');
    expect(statusEvents).toEqual([
      { kind: 'status', from_value: 'submitted', to_value: 'in_production' },
    ]);
  });

  it('payments and deletions become timeline events', async () => {
    const sync = f.newSync();
    const q = await f.submittedQuote(anna.customerId);
    await sync.syncCompany(f.h.companyIds.zeta);
    await recordPayment(f.companyDb, q.companyQuoteId, 'partial');
    await sync.syncCompany(f.h.companyIds.zeta);
    await f.companyDb.query(`update quotes set deleted_at = now() where id = $1`, [
      q.companyQuoteId,
    ]);
    await sync.syncCompany(f.h.companyIds.zeta);
    const order = await f.orderOf(q.portalQuoteId);
    expect(order).toMatchObject({
      status: 'cancelled',
      payment_status: 'partial',
      company_deleted: true,
    });
    expect((await f.eventsOf(order!.id)).map((e) => [e.kind, e.from_value, e.to_value])).toEqual([
      ['created', null, 'submitted'],
      ['payment', 'not_paid', 'partial'],
      ['status', 'submitted', 'cancelled'],
      ['deleted', null, null],
    ]);
    expect(await f.quoteStatus(q.portalQuoteId)).toBe('cancelled');
  });

  it('mails "ready" once per order, only to a customer who opted in', async () => {
    const sync = f.newSync();
    const bob = await f.customer('bob.orders@example.hu', false);
    const qa = await f.submittedQuote(anna.customerId);
    const qb = await f.submittedQuote(bob.customerId);
    for (const q of [qa, qb]) {
      await moveQuote(f.companyDb, q.companyQuoteId, 'ordered');
      await moveQuote(f.companyDb, q.companyQuoteId, 'in_production');
    }
    await sync.syncCompany(f.h.companyIds.zeta);
    const before = (await readyMails('anna.orders@example.hu')).length;
    for (const q of [qa, qb]) await moveQuote(f.companyDb, q.companyQuoteId, 'ready');
    await sync.syncCompany(f.h.companyIds.zeta);
    await sync.syncCompany(f.h.companyIds.zeta);
    await f.h.db.query(`update order_sync_cursors set cursor = null where company_id = $1`, [
      f.h.companyIds.zeta,
    ]);
    await sync.syncCompany(f.h.companyIds.zeta);
    const mails = await readyMails('anna.orders@example.hu');
    expect(mails).toHaveLength(before + 1);
    const order = await f.orderOf(qa.portalQuoteId);
    expect(mails.at(-1)!.link).toBe(`http://portal.test/orders/${order!.id}`);
    expect(mails.at(-1)!.subject).toMatch(/^Elkészült a rendelése \(ORD-/);
    expect(await readyMails('bob.orders@example.hu')).toEqual([]);
  });

  it('Query.orders, Query.order and Quote.order: the own orders, with the timeline', async () => {
    const sync = f.newSync();
    const q = await f.submittedQuote(anna.customerId);
    await sync.syncCompany(f.h.companyIds.zeta);
    const moved = await moveQuote(f.companyDb, q.companyQuoteId, 'ordered');
    await recordPayment(f.companyDb, q.companyQuoteId, 'paid');
    await sync.syncCompany(f.h.companyIds.zeta);
    const orderId = (await f.orderOf(q.portalQuoteId))!.id;

    const list = await f.h.run(
      `query ($filter: OrderFilter) { orders(filter: $filter, first: 5) {
         totalCount pageInfo { hasNextPage endCursor }
         edges { node { id number companyQuoteNumber status paymentStatus orderedAt
                        company { slug } quote { id number status }
                        timeline { kind fromStatus toStatus fromPaymentStatus toPaymentStatus } } } } }`,
      { filter: { search: moved.orderNumber, paymentStatus: ['PAID'], status: ['ORDERED'] } },
      anna.identity,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data.orders.totalCount).toBe(1);
    expect(list.data.orders.edges[0].node).toEqual({
      id: orderId,
      number: moved.orderNumber,
      companyQuoteNumber: moved.quoteNumber,
      status: 'ORDERED',
      paymentStatus: 'PAID',
      orderedAt: expect.any(String),
      company: { slug: 'zeta' },
      quote: { id: q.portalQuoteId, number: q.portalNumber, status: 'ORDERED' },
      timeline: [
        {
          kind: 'CREATED',
          fromStatus: null,
          toStatus: 'SUBMITTED',
          fromPaymentStatus: null,
          toPaymentStatus: null,
        },
        {
          kind: 'STATUS',
          fromStatus: 'SUBMITTED',
          toStatus: 'ORDERED',
          fromPaymentStatus: null,
          toPaymentStatus: null,
        },
        {
          kind: 'PAYMENT',
          fromStatus: null,
          toStatus: null,
          fromPaymentStatus: 'NOT_PAID',
          toPaymentStatus: 'PAID',
        },
      ],
    });
    const unpaid = await f.h.run(
      `{ orders(filter: { paymentStatus: [NOT_PAID], search: "${moved.orderNumber}" }) { totalCount } }`,
      undefined,
      anna.identity,
    );
    expect(unpaid.data.orders.totalCount).toBe(0);

    const viaQuote = await f.h.run(
      `query ($id: ID!) { quote(id: $id) { order { id status } } }`,
      { id: q.portalQuoteId },
      anna.identity,
    );
    expect(viaQuote.data.quote.order).toEqual({ id: orderId, status: 'ORDERED' });

    // Another customer: the order is simply not there (null, no error), and not listed.
    const carl = await f.customer('carl.orders@example.hu');
    const other = await f.h.run(
      `query ($id: ID!) { order(id: $id) { id } }`,
      { id: orderId },
      carl.identity,
    );
    expect(other).toEqual({ data: { order: null } });
    const carlsList = await f.h.run(`{ orders { totalCount } }`, undefined, carl.identity);
    expect(carlsList.data.orders.totalCount).toBe(0);
    const own = await f.h.run(
      `query ($id: ID!) { order(id: $id) { id } }`,
      { id: orderId },
      anna.identity,
    );
    expect(own.data.order).toEqual({ id: orderId });
    const anonymous = await f.h.run(`query ($id: ID!) { order(id: $id) { id } }`, { id: orderId });
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });

  it('a company that is down records its error and never stops the others', async () => {
    const sync = f.newSync();
    const q = await f.submittedQuote(anna.customerId);
    await moveQuote(f.companyDb, q.companyQuoteId, 'ordered');
    const results = await sync.syncAll();
    const byId = Object.fromEntries(results.map((r) => [r.companyId, r]));
    expect(byId[f.h.companyIds.alfa]).toMatchObject({ ok: false });
    expect(byId[f.h.companyIds.zeta]).toMatchObject({ ok: true });
    expect((await f.orderOf(q.portalQuoteId))!.status).toBe('ordered');
    const [cursor] = await f.h.db.query<{ last_error: string | null; cursor: string | null }>(
      `select last_error, cursor from order_sync_cursors where company_id = $1`,
      [f.h.companyIds.alfa],
    );
    expect(cursor!.last_error).toMatch(/could not be reached|did not answer/);
    expect(cursor!.cursor).toBeNull();
    // The inactive company is not even asked.
    expect(byId[f.h.companyIds.regi]).toBeUndefined();
  });
});
