import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './start-system.ts';

// Submission on the embedded default, through the gateway: the customer submits, the portal's
// delivery worker (started by startSystem) puts the quote into the demo company's database,
// and the quote reads SUBMITTED with the company's number. Then the company endpoint is down:
// at submit time the price cannot be checked (refused); during delivery the quote waits, and
// is delivered once the company is back.

async function gql(system: RunningSystem, query: string, variables = {}, token?: string) {
  const res = await fetch(system.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

const QUOTE = `query($id: ID!) { quote(id: $id) {
  status companyQuoteNumber delivery { state attempts lastError } } }`;
const SUBMIT = `mutation($id: ID!, $key: String!) {
  submitQuote(id: $id, idempotencyKey: $key) {
    quote { id status submittedAt delivery { state } } error { code message } } }`;

describe('quote submission on the embedded default', () => {
  let dataDir: string;
  let system: RunningSystem | undefined;
  let access: string;
  let draft: () => Promise<string>;
  const lines: string[] = [];

  async function until(id: string, done: (q: any) => boolean, ms = 15_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const q = (await gql(system!, QUOTE, { id }, access)).data.quote;
      if (done(q) || Date.now() > deadline) return q;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-submission-'));
    system = await startSystem({
      dataDir,
      log: (line) => lines.push(line),
      delivery: { intervalMs: 500 },
    });
    const s = system;
    const company = (await gql(s, '{ company(slug: "turinova") { id } }')).data.company;
    const email = 'bekuldes@example.hu';
    const password = 'Lapszabasz-2026';
    await gql(s, 'mutation($i: SignUpInput!) { signUp(input: $i) { ok } }', {
      i: { email, password, name: 'Beküldő Bence', companyIds: [company.id] },
    });
    const logged = lines.find((l) => l.startsWith(`mail to ${email}`));
    const token = new URL(logged!.split(' — ')[1]!).searchParams.get('token');
    await gql(s, 'mutation($t: String!) { verifyEmail(token: $t) { ok } }', { t: token });
    const signIn = await gql(
      s,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken } } }',
      { e: email, p: password },
    );
    access = signIn.data.signIn.session.accessToken as string;
    const catalog = await gql(
      s,
      `query($id: ID!) { company(id: $id) { materials(first: 50) { nodes { id lengthMm widthMm active } } } }`,
      { id: company.id },
      access,
    );
    const material = catalog.data.company.materials.nodes.find(
      (m: any) => m.active && m.lengthMm >= 2000 && m.widthMm >= 1000,
    );
    draft = async () => {
      const created = await gql(
        s,
        `mutation($input: QuoteDraftInput!) { createQuote(input: $input) { quote { id } error { code } } }`,
        {
          input: {
            companyId: company.id,
            panels: [{ materialId: material.id, widthMm: 720, heightMm: 560, quantity: 4 }],
          },
        },
        access,
      );
      expect(created.data.createQuote.error).toBeNull();
      return created.data.createQuote.quote.id as string;
    };
    // Seeding four demo companies takes a while on a busy machine.
  }, 400_000);
  afterAll(async () => {
    await system?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const companyQuote = async (portalQuoteId: string) => {
    const db = system!.companies.find((c) => c.slug === 'turinova')!.db;
    return db.query<{ quote_number: string; source: string }>(
      `select q.quote_number, q.source from portal_quote_links l
         join quotes q on q.id = l.quote_id where l.portal_quote_id = $1`,
      [portalQuoteId],
    );
  };

  it('submits through the gateway and the company gets the quote', {
    timeout: 60_000,
  }, async () => {
    const id = await draft();
    const submitted = await gql(system!, SUBMIT, { id, key: randomUUID() }, access);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitQuote).toMatchObject({
      error: null,
      quote: { id, status: 'SUBMITTING', submittedAt: expect.any(String) },
    });
    const delivered = await until(id, (q) => q.status === 'SUBMITTED');
    const [company] = await companyQuote(id);
    expect(company).toMatchObject({ source: 'customer_portal' });
    expect(delivered).toMatchObject({
      status: 'SUBMITTED',
      companyQuoteNumber: company!.quote_number,
      delivery: { state: 'SUBMITTED', lastError: null },
    });
  });

  it('waits while the company is down and delivers once it is back', {
    timeout: 60_000,
  }, async () => {
    const id = await draft();
    // Down entirely at submit time: the priced draft is queued at the prices the customer saw.
    system!.supabase.setFault('turinova', { kind: 'down' });
    try {
      const submitted = await gql(system!, SUBMIT, { id, key: randomUUID() }, access);
      expect(submitted.data.submitQuote).toMatchObject({
        error: null,
        quote: { id, status: 'SUBMITTING' },
      });
      const waiting = await until(id, (q) => q.delivery.state === 'FAILED_RETRYING');
      expect(waiting).toMatchObject({
        status: 'SUBMITTING',
        companyQuoteNumber: null,
        delivery: { state: 'FAILED_RETRYING', lastError: expect.any(String) },
      });
      expect(await companyQuote(id)).toEqual([]);
    } finally {
      system!.supabase.setFault('turinova', null);
    }
    const delivered = await until(id, (q) => q.status === 'SUBMITTED');
    expect(delivered.status).toBe('SUBMITTED');
    expect(await companyQuote(id)).toHaveLength(1);
  });
});
