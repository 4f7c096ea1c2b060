import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// Scopes field by field through the running system: a key reaches quote data only with
// `quotes:read` and order data only with `orders:read`, also along the edges between them
// (`Quote.order`, `Order.quote`), not only at the root fields.

interface Result {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: any }>;
}

let system: RunningSystem;
const PASSWORD = 'Lapszabasz-2026-scopes';
const COMMENT = 'Csak quotes:read kulccsal olvasható megjegyzés';
const keys = {} as { quotes: string; orders: string; both: string };

async function post(query: string, variables: Record<string, unknown> = {}, headers = {}) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Result };
}

beforeAll(async () => {
  system = await startSystem({ delivery: false, orderSyncIntervalMs: 0, demoConsole: false });
  const turinova = system.companies.find((c) => c.slug === 'turinova')!;
  const email = 'scopes@example.hu';
  await post('mutation ($i: SignUpInput!) { signUp(input: $i) { ok } }', {
    i: { email, password: PASSWORD, name: 'Scope Sára', companyIds: [turinova.id] },
  });
  const [mail] = await system.portalDb.query<{ link: string }>(
    `select link from mail_outbox where to_address = $1 and kind = 'verification'`,
    [email],
  );
  await post('mutation ($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: new URL(mail!.link).searchParams.get('token'),
  });
  const signIn = await post(
    `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) {
       session { accessToken } customer { id } } }`,
    { e: email, p: PASSWORD },
  );
  const { session, customer } = signIn.body.data!.signIn;
  const bearer = { authorization: `Bearer ${session.accessToken}` };
  const materials = await post(
    'query ($id: ID!) { company(id: $id) { materials(first: 1) { nodes { id } } } }',
    { id: turinova.id },
  );
  const quote = await post(
    `mutation ($i: QuoteDraftInput!) { createQuote(input: $i) { quote { id } error { code } } }`,
    {
      i: {
        companyId: turinova.id,
        comment: COMMENT,
        panels: [
          {
            materialId: materials.body.data?.company.materials.nodes[0].id,
            widthMm: 500,
            heightMm: 400,
            quantity: 1,
          },
        ],
      },
    },
    bearer,
  );
  const quoteId = quote.body.data?.createQuote.quote.id as string;
  await system.portalDb.query(
    `insert into orders (quote_id, customer_id, company_id, company_quote_id,
                         company_quote_number, status, company_status)
     values ($1, $2, $3, gen_random_uuid(), 'Q-2026-77', 'in_production', 'in_production')`,
    [quoteId, customer.id, turinova.id],
  );
  const key = async (scopes: string[]) =>
    (
      await post(
        'mutation ($i: ApiKeyInput!) { createApiKey(input: $i) { key } }',
        { i: { name: scopes.join(' '), scopes } },
        bearer,
      )
    ).body.data?.createApiKey.key as string;
  keys.quotes = await key(['QUOTES_READ']);
  keys.orders = await key(['ORDERS_READ']);
  keys.both = await key(['QUOTES_READ', 'ORDERS_READ']);
}, 60_000);

afterAll(() => system?.close());

const QUOTES_WITH_ORDER = '{ quotes(first: 5) { edges { node { comment order { status } } } } }';
const ORDERS_WITH_QUOTE = '{ orders(first: 5) { edges { node { status quote { comment } } } } }';

describe('partner key scopes along nested fields', () => {
  it("serves a quotes:read key the quote but not the quote's order", async () => {
    const res = await post(QUOTES_WITH_ORDER, {}, { 'x-api-key': keys.quotes });
    expect(res.body.data?.quotes.edges).toEqual([{ node: { comment: COMMENT, order: null } }]);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['quotes', 'edges', 0, 'node', 'order'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(res.text).not.toContain('IN_PRODUCTION');
  });

  it("serves an orders:read key the order but not the order's quote", async () => {
    const res = await post(ORDERS_WITH_QUOTE, {}, { 'x-api-key': keys.orders });
    expect(res.body.errors?.[0]).toMatchObject({
      path: ['orders', 'edges', 0, 'node', 'quote'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(res.text).not.toContain(COMMENT);
    // Without the quote, the order itself is served.
    const plain = await post(
      '{ orders(first: 5) { edges { node { status companyQuoteNumber } } } }',
      {},
      {
        'x-api-key': keys.orders,
      },
    );
    expect(plain.body).toEqual({
      data: {
        orders: { edges: [{ node: { status: 'IN_PRODUCTION', companyQuoteNumber: 'Q-2026-77' } }] },
      },
    });
  });

  it('serves a key with both scopes both ways', async () => {
    const quotes = await post(QUOTES_WITH_ORDER, {}, { 'x-api-key': keys.both });
    expect(quotes.body).toEqual({
      data: {
        quotes: { edges: [{ node: { comment: COMMENT, order: { status: 'IN_PRODUCTION' } } }] },
      },
    });
    const orders = await post(ORDERS_WITH_QUOTE, {}, { 'x-api-key': keys.both });
    expect(orders.body).toEqual({
      data: {
        orders: { edges: [{ node: { status: 'IN_PRODUCTION', quote: { comment: COMMENT } } }] },
      },
    });
  });
});
