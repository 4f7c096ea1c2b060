import { testEngines } from '@portal/db/testing';
import { decodePortalEvent, PORTAL_EVENTS_CHANNEL, type PortalEvent } from '@portal/events';
import type { Identity } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';

const QUOTE_FIELDS = `id number status version comment company { id slug }
  panels { materialId widthMm heightMm quantity label edgeBandingA edgeBandingB hingeHoles
           hingeHoleSide doubling angleCut }
  accessories { accessoryId quantity } fees { feeTypeId quantity }
  totals { gross { amount currency } } pricedAt catalogVersion stale createdAt updatedAt`;
const ERROR = 'error { code message field currentVersion }';

const CREATE = `mutation($input: QuoteDraftInput!) {
  createQuote(input: $input) { quote { ${QUOTE_FIELDS} } ${ERROR} } }`;
const UPDATE = `mutation($id: ID!, $input: QuoteDraftInput!, $v: Int!) {
  updateQuote(id: $id, input: $input, expectedVersion: $v) { quote { ${QUOTE_FIELDS} } ${ERROR} } }`;
const DUPLICATE = `mutation($id: ID!) { duplicateQuote(id: $id) { quote { ${QUOTE_FIELDS} } ${ERROR} } }`;
const DELETE = `mutation($ids: [ID!]!) { deleteQuotes(ids: $ids) { deletedIds ${ERROR} } }`;
const QUOTE = `query($id: ID!) { quote(id: $id) { ${QUOTE_FIELDS} } }`;
const LIST = `query($filter: QuoteFilter, $first: Int, $after: String) {
  quotes(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id number status comment } } } }`;
const ENTITY = `query($id: ID!) { _entities(representations: [{ __typename: "Quote", id: $id }]) {
  ... on Quote { id number } } }`;

const MATERIAL = '11111111-1111-4111-8111-111111111111';
const EDGE = '22222222-2222-4222-8222-222222222222';
const ACCESSORY = '33333333-3333-4333-8333-333333333333';
const FEE = '44444444-4444-4444-8444-444444444444';
const MISSING = '99999999-9999-4999-8999-999999999999';

const panel = (extra: Record<string, unknown> = {}) => ({
  materialId: MATERIAL,
  widthMm: 720,
  heightMm: 560,
  quantity: 2,
  label: 'Oldal',
  edgeBandingA: EDGE,
  ...extra,
});

describe.each(testEngines())('saved quotes on %s', (engine) => {
  let h: PortalHarness;
  let anna: Identity;
  let bela: Identity;
  // The Budapest year: any four digits, so a test run over New Year's Eve does not flake.
  const year = '\\d{4}';

  beforeAll(async () => {
    h = await startPortalHarness(engine);
    anna = (await h.customer('anna@example.hu', { companyIds: [h.companyIds.alfa] })).identity;
    bela = (
      await h.customer('bela@example.hu', { companyIds: [h.companyIds.alfa, h.companyIds.zeta] })
    ).identity;
  });
  afterAll(async () => {
    await h?.close();
  });

  const create = async (who: Identity, input: Record<string, unknown>) =>
    (await h.run(CREATE, { input }, who)).data.createQuote;

  it('creates, lists, reads, updates, refuses a stale write, duplicates and deletes', async () => {
    const created = await create(anna, {
      companyId: h.companyIds.alfa,
      panels: [panel({ hingeHoles: 2, hingeHoleSide: 'LONG', doubling: true })],
      accessories: [{ accessoryId: ACCESSORY, quantity: 4 }],
      fees: [{ feeTypeId: FEE, quantity: 1 }],
      comment: '  Konyha, tölgy  ',
    });
    expect(created.error).toBeNull();
    const q = created.quote;
    expect(q).toMatchObject({
      status: 'DRAFT',
      version: 1,
      comment: 'Konyha, tölgy',
      company: { slug: 'alfa' },
      accessories: [{ accessoryId: ACCESSORY, quantity: 4 }],
      fees: [{ feeTypeId: FEE, quantity: 1 }],
      // Unpriced until the server prices it; nothing the client sent is a price.
      totals: null,
      pricedAt: null,
      stale: null,
    });
    expect(q.panels).toEqual([
      {
        materialId: MATERIAL,
        widthMm: 720,
        heightMm: 560,
        quantity: 2,
        label: 'Oldal',
        edgeBandingA: EDGE,
        edgeBandingB: null,
        hingeHoles: 2,
        hingeHoleSide: 'LONG',
        doubling: true,
        angleCut: false,
      },
    ]);
    expect(q.number).toMatch(new RegExp(`^PQ-${year}-\\d{3,}$`));

    // A few more for the list: a second draft and an empty one (an empty cut list is a draft).
    const second = (await create(anna, { companyId: h.companyIds.alfa, comment: 'Fürdőszoba' }))
      .quote;
    const third = (await create(anna, { companyId: h.companyIds.alfa, panels: [] })).quote;
    expect(third.panels).toEqual([]);

    const all = (await h.run(LIST, {}, anna)).data.quotes;
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e: any) => e.node.id)).toEqual([third.id, second.id, q.id]);

    const search = (await h.run(LIST, { filter: { search: 'KONYHA' } }, anna)).data.quotes;
    expect(search.edges.map((e: any) => e.node.id)).toEqual([q.id]);
    const byNumber = (await h.run(LIST, { filter: { search: second.number } }, anna)).data.quotes;
    expect(byNumber.edges.map((e: any) => e.node.id)).toEqual([second.id]);
    // `%` and `_` are searched literally, not as wildcards.
    expect((await h.run(LIST, { filter: { search: '%' } }, anna)).data.quotes.totalCount).toBe(0);
    const drafts = (await h.run(LIST, { filter: { status: ['DRAFT'] } }, anna)).data.quotes;
    expect(drafts.totalCount).toBe(3);
    const submitted = (await h.run(LIST, { filter: { status: ['SUBMITTED'] } }, anna)).data.quotes;
    expect(submitted).toMatchObject({ totalCount: 0, edges: [] });

    // Paging: two pages of 2 + 1, every quote once.
    const page1 = (await h.run(LIST, { first: 2 }, anna)).data.quotes;
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = (await h.run(LIST, { first: 2, after: page1.pageInfo.endCursor }, anna)).data
      .quotes;
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.id)).toEqual([
      third.id,
      second.id,
      q.id,
    ]);

    const detail = await h.run(QUOTE, { id: q.id }, anna);
    expect(detail.errors).toBeUndefined();
    expect(detail.data.quote).toEqual(q);

    // Two tabs both read version 1; the first save wins, the second is refused, not merged.
    const input = { companyId: h.companyIds.alfa, panels: [panel({ quantity: 5 })] };
    const first = (await h.run(UPDATE, { id: q.id, input, v: 1 }, anna)).data.updateQuote;
    expect(first.error).toBeNull();
    expect(first.quote).toMatchObject({ version: 2, comment: null, accessories: [] });
    expect(first.quote.panels[0].quantity).toBe(5);
    const stale = (
      await h.run(
        UPDATE,
        { id: q.id, input: { ...input, comment: 'from the other tab' }, v: 1 },
        anna,
      )
    ).data.updateQuote;
    expect(stale).toEqual({
      quote: null,
      error: {
        code: 'VERSION_CONFLICT',
        message: expect.stringContaining('reload'),
        field: 'expectedVersion',
        currentVersion: 2,
      },
    });
    expect((await h.run(QUOTE, { id: q.id }, anna)).data.quote.comment).toBeNull();
    // A draft does not move between companies.
    const moved = (
      await h.run(UPDATE, { id: q.id, input: { companyId: h.companyIds.zeta }, v: 2 }, anna)
    ).data.updateQuote;
    expect(moved.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.companyId' });

    const copy = (await h.run(DUPLICATE, { id: q.id }, anna)).data.duplicateQuote;
    expect(copy.error).toBeNull();
    expect(copy.quote).toMatchObject({ status: 'DRAFT', version: 1, panels: first.quote.panels });
    expect(copy.quote.id).not.toBe(q.id);
    expect(copy.quote.number).not.toBe(q.number);

    const deleted = (await h.run(DELETE, { ids: [q.id, second.id] }, anna)).data.deleteQuotes;
    expect(deleted.error).toBeNull();
    expect([...deleted.deletedIds].sort()).toEqual([q.id, second.id].sort());
    const left = (await h.run(LIST, {}, anna)).data.quotes;
    expect(left.edges.map((e: any) => e.node.id)).toEqual([copy.quote.id, third.id]);
    const gone = await h.run(QUOTE, { id: q.id }, anna);
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Deleting again: not found; all or none, so the live draft in the same call stays.
    const again = (await h.run(DELETE, { ids: [third.id, q.id] }, anna)).data.deleteQuotes;
    expect(again).toMatchObject({ deletedIds: [], error: { code: 'NOT_FOUND', field: 'ids[1]' } });
    expect((await h.run(QUOTE, { id: third.id }, anna)).data.quote.id).toBe(third.id);
    // The soft-deleted row is still in the table.
    const [row] = await h.db.query<{ deleted: boolean }>(
      'select deleted_at is not null as deleted from quotes where id = $1',
      [q.id],
    );
    expect(row!.deleted).toBe(true);
  });

  it('refuses changing or deleting a quote that is no longer a draft', async () => {
    const q = (await create(anna, { companyId: h.companyIds.alfa })).quote;
    await h.db.query(`update quotes set status = 'submitted' where id = $1`, [q.id]);
    const update = (
      await h.run(UPDATE, { id: q.id, input: { companyId: h.companyIds.alfa }, v: 1 }, anna)
    ).data.updateQuote;
    expect(update.error).toMatchObject({ code: 'NOT_DRAFT' });
    const del = (await h.run(DELETE, { ids: [q.id] }, anna)).data.deleteQuotes;
    expect(del.error).toMatchObject({ code: 'NOT_DRAFT', field: 'ids[0]' });
    // A submitted quote can still be copied into a new draft.
    const copy = (await h.run(DUPLICATE, { id: q.id }, anna)).data.duplicateQuote;
    expect(copy.quote.status).toBe('DRAFT');
  });

  it('lets exactly one of two simultaneous saves of one version win', async () => {
    const q = (await create(anna, { companyId: h.companyIds.alfa })).quote;
    const save = (comment: string) =>
      h.run(UPDATE, { id: q.id, input: { companyId: h.companyIds.alfa, comment }, v: 1 }, anna);
    const results = (await Promise.all([save('tab A'), save('tab B')])).map(
      (r) => r.data.updateQuote,
    );
    const won = results.filter((r) => r.error === null);
    const lost = results.filter((r) => r.error !== null);
    expect(won).toHaveLength(1);
    expect(lost[0].error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const saved = (await h.run(QUOTE, { id: q.id }, anna)).data.quote;
    expect(saved).toMatchObject({ version: 2, comment: won[0].quote.comment });
  });

  it('announces a saved draft change to live views, and nothing for a refused one', async () => {
    const events: PortalEvent[] = [];
    const listening = await h.db.listen(PORTAL_EVENTS_CHANNEL, {
      onNotification: (payload) => {
        const event = decodePortalEvent(payload);
        if (event) events.push(event);
      },
    });
    try {
      const q = (await create(anna, { companyId: h.companyIds.alfa })).quote;
      const input = { companyId: h.companyIds.alfa, comment: 'élő' };
      expect((await h.run(UPDATE, { id: q.id, input, v: 1 }, anna)).data.updateQuote.error).toBe(
        null,
      );
      const stale = (await h.run(UPDATE, { id: q.id, input, v: 1 }, anna)).data.updateQuote;
      expect(stale.error.code).toBe('VERSION_CONFLICT');
      await expect.poll(() => events.filter((e) => e.id === q.id).length).toBe(1);
      // A refused write commits nothing, so it announces nothing either.
      await new Promise((r) => setTimeout(r, 100));
      expect(events.filter((e) => e.id === q.id)).toEqual([
        {
          type: 'quote',
          id: q.id,
          customerId: anna.kind === 'customer' ? anna.customerId : '',
          companyId: h.companyIds.alfa,
        },
      ]);
    } finally {
      await listening.close();
    }
  });

  it('numbers concurrent creates PQ-YYYY-NNN without duplicates', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        create(i % 2 ? anna : bela, { companyId: h.companyIds.alfa }),
      ),
    );
    const numbers = results.map((r) => r.quote.number as string);
    expect(new Set(numbers).size).toBe(20);
    for (const n of numbers) expect(n).toMatch(new RegExp(`^PQ-${year}-\\d{3,}$`));
    const [counter] = await h.db.query<{ last_number: number }>(
      'select last_number from quote_number_counters where year = $1',
      [Number(numbers[0]!.slice(3, 7))],
    );
    const all = await h.db.query<{ number: string }>('select number from quotes');
    expect(counter!.last_number).toBe(all.length);
  });

  it("keeps customers out of each other's quotes, nothing leaked", async () => {
    const mine = (await create(anna, { companyId: h.companyIds.alfa, comment: 'titok' })).quote;
    const read = await h.run(QUOTE, { id: mine.id }, bela);
    expect(read.data.quote).toBeNull();
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(read)).not.toContain('titok');
    const update = (
      await h.run(UPDATE, { id: mine.id, input: { companyId: h.companyIds.alfa }, v: 1 }, bela)
    ).data.updateQuote;
    expect(update).toMatchObject({ quote: null, error: { code: 'NOT_FOUND' } });
    const dup = (await h.run(DUPLICATE, { id: mine.id }, bela)).data.duplicateQuote;
    expect(dup).toMatchObject({ quote: null, error: { code: 'NOT_FOUND' } });
    const del = (await h.run(DELETE, { ids: [mine.id] }, bela)).data.deleteQuotes;
    expect(del).toMatchObject({ deletedIds: [], error: { code: 'NOT_FOUND' } });
    const list = (await h.run(LIST, { filter: { search: 'titok' } }, bela)).data.quotes;
    expect(list.totalCount).toBe(0);
    const entity = await h.run(ENTITY, { id: mine.id }, bela);
    expect(entity.data._entities).toEqual([null]);
    const anonymous = await h.run(QUOTE, { id: mine.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // And in SQL, as Bela under RLS: not visible, not writable.
    const belaId = (bela as Extract<Identity, { kind: 'customer' }>).customerId;
    const asBela = await h.db.transaction(async (tx) => {
      await tx.query(
        `select set_config('role', 'authenticated', true),
                set_config('request.jwt.claims', $1, true)`,
        [JSON.stringify({ sub: belaId, role: 'authenticated' })],
      );
      const seen = await tx.query('select id from quotes where id = $1', [mine.id]);
      const changed = await tx.query(
        `update quotes set comment = 'hacked', deleted_at = now() where id = $1 returning id`,
        [mine.id],
      );
      return { seen: seen.length, changed: changed.length };
    });
    expect(asBela).toEqual({ seen: 0, changed: 0 });
    // Still intact for its owner.
    const own = (await h.run(QUOTE, { id: mine.id }, anna)).data.quote;
    expect(own).toMatchObject({ comment: 'titok', version: 1 });
    expect((await h.run(ENTITY, { id: mine.id }, anna)).data._entities).toEqual([
      { id: mine.id, number: mine.number },
    ]);
  });

  it('refuses companies the customer is not connected to, deactivated or unknown', async () => {
    for (const companyId of [h.companyIds.zeta, h.companyIds.regi, MISSING]) {
      const r = await create(anna, { companyId });
      expect(r).toMatchObject({
        quote: null,
        error: { code: 'COMPANY_NOT_AVAILABLE', field: 'input.companyId' },
      });
    }
    // RLS refuses it too, whatever the resolver did.
    await expect(
      h.db.transaction(async (tx) => {
        await tx.query(
          `select set_config('role', 'authenticated', true),
                  set_config('request.jwt.claims', $1, true)`,
          [JSON.stringify({ sub: (anna as any).customerId, role: 'authenticated' })],
        );
        await tx.query('insert into quotes (customer_id, company_id) values ($1, $2)', [
          (anna as any).customerId,
          h.companyIds.zeta,
        ]);
      }),
    ).rejects.toThrow(/row-level security/);

    // Bela's zeta quote disappears once zeta is deactivated, and cannot be written.
    const zetaQuote = (await create(bela, { companyId: h.companyIds.zeta })).quote;
    await h.db.query('update companies set active = false where id = $1', [h.companyIds.zeta]);
    try {
      expect((await h.run(QUOTE, { id: zetaQuote.id }, bela)).data.quote).toBeNull();
      const upd = (
        await h.run(
          UPDATE,
          { id: zetaQuote.id, input: { companyId: h.companyIds.zeta }, v: 1 },
          bela,
        )
      ).data.updateQuote;
      expect(upd.error.code).toBe('NOT_FOUND');
      expect((await create(bela, { companyId: h.companyIds.zeta })).error.code).toBe(
        'COMPANY_NOT_AVAILABLE',
      );
    } finally {
      await h.db.query('update companies set active = true where id = $1', [h.companyIds.zeta]);
    }
  });

  it('lets a partner key act for its owner with the right scope', async () => {
    const { customerId } = anna as Extract<Identity, { kind: 'customer' }>;
    const key = (scopes: any[]): Identity => ({
      kind: 'partner',
      apiKeyId: 'k',
      scopes,
      owner: { kind: 'customer', customerId },
    });
    const created = await create(key(['quotes:write']), { companyId: h.companyIds.alfa });
    expect(created.error).toBeNull();
    const read = await h.run(QUOTE, { id: created.quote.id }, key(['quotes:read']));
    expect(read.data.quote.id).toBe(created.quote.id);
    const refused = await h.run(
      CREATE,
      { input: { companyId: h.companyIds.alfa } },
      key(['quotes:read']),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input with the field path, saving nothing', async () => {
    const companyId = h.companyIds.alfa;
    const before = (await h.db.query<{ n: number }>('select count(*)::int as n from quotes'))[0]!.n;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ companyId, panels: [panel(), panel({ quantity: 0 })] }, 'input.panels[1].quantity'],
      [{ companyId, panels: [panel({ quantity: -3 })] }, 'input.panels[0].quantity'],
      [{ companyId, panels: [panel({ quantity: 10_001 })] }, 'input.panels[0].quantity'],
      [{ companyId, panels: [panel({ widthMm: 0 })] }, 'input.panels[0].widthMm'],
      [{ companyId, panels: [panel({ heightMm: 250_000 })] }, 'input.panels[0].heightMm'],
      [{ companyId, panels: [panel({ hingeHoles: 11 })] }, 'input.panels[0].hingeHoles'],
      [{ companyId, panels: [panel({ materialId: 'oak' })] }, 'input.panels[0].materialId'],
      [{ companyId, panels: [panel({ edgeBandingB: 'x' })] }, 'input.panels[0].edgeBandingB'],
      [{ companyId, panels: [panel({ label: 'x'.repeat(101) })] }, 'input.panels[0].label'],
      [{ companyId, panels: Array.from({ length: 1001 }, () => panel()) }, 'input.panels'],
      [
        { companyId, accessories: [{ accessoryId: ACCESSORY, quantity: 0 }] },
        'input.accessories[0].quantity',
      ],
      [{ companyId, fees: [{ feeTypeId: 'fee', quantity: 1 }] }, 'input.fees[0].feeTypeId'],
      [{ companyId, comment: 'x'.repeat(2001) }, 'input.comment'],
      [{ companyId: 'not-a-uuid' }, 'input.companyId'],
    ];
    for (const [input, field] of cases) {
      const r = await create(anna, input);
      expect(r, field).toMatchObject({ quote: null, error: { code: 'INVALID_INPUT', field } });
      expect(r.error.message).toContain(field);
    }
    // Fractional numbers are refused by GraphQL itself (Int), naming the path.
    const fractional = await h.run(
      CREATE,
      { input: { companyId, panels: [panel({ quantity: 1.5 })] } },
      anna,
    );
    expect(fractional.errors?.[0]?.message).toMatch(/panels\[0\]\.quantity/);
    // Malformed ids.
    const badId = await h.run(QUOTE, { id: 'PQ-2026-001' }, anna);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const badUpdate = (await h.run(UPDATE, { id: 'x', input: { companyId }, v: 1 }, anna)).data
      .updateQuote;
    expect(badUpdate.error).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
    const badDelete = (await h.run(DELETE, { ids: [MISSING, 'x'] }, anna)).data.deleteQuotes;
    expect(badDelete.error).toMatchObject({ code: 'INVALID_INPUT', field: 'ids[1]' });
    expect((await h.run(DELETE, { ids: [] }, anna)).data.deleteQuotes.error.field).toBe('ids');
    const badCursor = await h.run(LIST, { after: 'nonsense' }, anna);
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const badFirst = await h.run(LIST, { first: 500 }, anna);
    expect(badFirst.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const after = (await h.db.query<{ n: number }>('select count(*)::int as n from quotes'))[0]!.n;
    expect(after).toBe(before);
  });
});
