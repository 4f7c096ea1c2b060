import { openTestDb, type TestDb, testEngines } from '@portal/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type PortalEvent, publishPortalEvent } from './portal-event.ts';
import { openPortalEventHub, type PortalEventHub } from './portal-event-hub.ts';

const event = (n: number, customerId = '0b7c2b0e-5d0e-4c8a-9f3e-7e6a1d2c3b4a'): PortalEvent => ({
  type: 'quote',
  id: `7f1c1f52-3a8e-4d55-9a3e-0c2f4b2f7a${String(n).padStart(2, '0')}`,
  customerId,
  companyId: 'c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b',
});

/** Resolves once `check` holds, polling; fails the test after `ms`. */
async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(testEngines())('portal events on %s', (engine) => {
  let db: TestDb;
  let hub: PortalEventHub | undefined;
  afterEach(async () => {
    await hub?.close();
    hub = undefined;
    await db?.close();
  });

  it('delivers an event after its transaction commits, and never a rolled-back one', async () => {
    db = await openTestDb(engine);
    hub = await openPortalEventHub(db);
    const received: PortalEvent[] = [];
    hub.subscribe({ onEvent: (e) => received.push(e) });

    await db
      .transaction(async (tx) => {
        await publishPortalEvent(tx, event(1));
        throw new Error('roll back');
      })
      .catch(() => {});
    let seenInsideTransaction = -1;
    await db.transaction(async (tx) => {
      await publishPortalEvent(tx, event(2));
      // Give a listener every chance to see it early: it must not.
      await new Promise((resolve) => setTimeout(resolve, 100));
      seenInsideTransaction = received.length;
    });
    await eventually(() => received.length >= 1);
    // A third event after the second proves nothing more was queued behind it.
    await db.transaction((tx) => publishPortalEvent(tx, event(3)));
    await eventually(() => received.length >= 2);
    expect(seenInsideTransaction).toBe(0);
    expect(received).toEqual([event(2), event(3)]);
  });

  it('fans one LISTEN out to many subscribers, filtered by customer', async () => {
    db = await openTestDb(engine);
    hub = await openPortalEventHub(db);
    const a = '11111111-1111-4111-8111-111111111111';
    const b = '22222222-2222-4222-8222-222222222222';
    const ofA: PortalEvent[] = [];
    const ofB: PortalEvent[] = [];
    const all: PortalEvent[] = [];
    hub.subscribe({ customerId: a, onEvent: (e) => ofA.push(e) });
    const stopB = hub.subscribe({ customerId: b, onEvent: (e) => ofB.push(e) });
    hub.subscribe({
      onEvent: (e) => {
        all.push(e);
        throw new Error('a broken subscriber does not stop the others');
      },
    });
    expect(hub.size).toBe(3);
    await db.transaction((tx) => publishPortalEvent(tx, event(1, a)));
    await db.transaction((tx) => publishPortalEvent(tx, event(2, b)));
    await eventually(() => all.length === 2 && ofB.length === 1);
    stopB();
    stopB();
    expect(hub.size).toBe(2);
    await db.transaction((tx) => publishPortalEvent(tx, event(3, b)));
    await eventually(() => all.length === 3);
    expect(ofA).toEqual([event(1, a)]);
    expect(ofB).toEqual([event(2, b)]);
  });
});

// PGlite runs in this process: its connection cannot drop, so only PostgreSQL has gaps.
describe.each(testEngines().filter((e) => e === 'postgres'))('portal events on %s', (engine) => {
  let db: TestDb;
  let hub: PortalEventHub | undefined;
  afterEach(async () => {
    await hub?.close();
    hub = undefined;
    await db?.close();
  });

  it('reconnects after its connection is killed and reports the gap', async () => {
    db = await openTestDb(engine);
    hub = await openPortalEventHub(db);
    const received: PortalEvent[] = [];
    let gaps = 0;
    hub.subscribe({ onEvent: (e) => received.push(e), onGap: () => gaps++ });

    const [killed] = await db.query<{ killed: boolean }>(
      `select pg_terminate_backend(pid) as killed from pg_stat_activity
          where datname = current_database() and query ilike 'listen %'`,
    );
    expect(killed?.killed).toBe(true);
    await eventually(() => gaps === 1);
    await db.transaction((tx) => publishPortalEvent(tx, event(4)));
    await eventually(() => received.length === 1);
    expect(received).toEqual([event(4)]);
    expect(gaps).toBe(1);
  });
});
