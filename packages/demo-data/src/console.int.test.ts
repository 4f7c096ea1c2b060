import { randomUUID } from 'node:crypto';
import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyCompanySetup,
  DemoConsoleError,
  insertLinkedQuote,
  listPortalQuotes,
  moveQuote,
  recordPayment,
} from './index.ts';

describe.each(testEngines())('demo company console on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
    await applyCompanySetup(db);
  });
  afterAll(() => db?.close());

  const stamps = async (id: string) => {
    const [row] = await db.query<Record<string, Date | null | string>>(
      `select status::text, order_number, payment_status, ordered_at, in_production_at, ready_at,
              finished_at, cancelled_at, updated_at from quotes where id = $1`,
      [id],
    );
    return row!;
  };

  it('lists portal quotes and moves one through every status, stamping each', async () => {
    const portalQuoteId = randomUUID();
    const { id, quoteNumber } = await insertLinkedQuote(db, {
      portalQuoteId,
      customerName: 'Console Anna',
    });
    const listed = await listPortalQuotes(db);
    expect(listed.find((q) => q.id === id)).toMatchObject({
      quoteNumber,
      status: 'draft',
      portalQuoteId,
      customerName: 'Console Anna',
      next: 'ordered',
      cancellable: true,
    });

    const before = await stamps(id);
    const ordered = await moveQuote(db, id, 'ordered');
    expect(ordered.orderNumber).toMatch(/^ORD-\d{4}-\d{2}-\d{2}-\d{3}$/);
    const o = await stamps(id);
    expect(o.status).toBe('ordered');
    expect(o.ordered_at).not.toBeNull();
    expect((o.updated_at as Date).getTime()).toBeGreaterThanOrEqual(
      (before.updated_at as Date).getTime(),
    );

    await moveQuote(db, id, 'in_production');
    await moveQuote(db, id, 'ready');
    const finished = await moveQuote(db, id, 'finished');
    expect(finished).toMatchObject({ status: 'finished', next: null, cancellable: false });
    const f = await stamps(id);
    for (const column of ['ordered_at', 'in_production_at', 'ready_at', 'finished_at']) {
      expect(f[column]).not.toBeNull();
    }
    expect(f.cancelled_at).toBeNull();
    // The order number is kept, not drawn again.
    expect(f.order_number).toBe(ordered.orderNumber);
  });

  it('refuses skipping a status or moving a finished quote, and cancels an open one', async () => {
    const { id } = await insertLinkedQuote(db, {
      portalQuoteId: randomUUID(),
      customerName: 'Console Béla',
    });
    await expect(moveQuote(db, id, 'ready')).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    await moveQuote(db, id, 'ordered');
    const cancelled = await moveQuote(db, id, 'cancelled');
    expect(cancelled.status).toBe('cancelled');
    expect((await stamps(id)).cancelled_at).not.toBeNull();
    await expect(moveQuote(db, id, 'cancelled')).rejects.toBeInstanceOf(DemoConsoleError);
    await expect(moveQuote(db, randomUUID(), 'ordered')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('records a partial, then a full payment', async () => {
    const { id } = await insertLinkedQuote(db, {
      portalQuoteId: randomUUID(),
      customerName: 'Console Cecil',
    });
    expect((await recordPayment(db, id, 'partial')).paymentStatus).toBe('partial');
    expect((await recordPayment(db, id, 'paid')).paymentStatus).toBe('paid');
    expect((await stamps(id)).payment_status).toBe('paid');
    await expect(recordPayment(db, id, 'lots' as never)).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
