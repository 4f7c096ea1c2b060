import { testEngines } from '@portal/db/testing';
import { type Identity, signedHeaders } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOD_PASSWORD,
  type PortalHarness,
  REFRESH,
  SIGN_IN,
  startPortalHarness,
} from '../test/portal-harness.ts';
import { provisionAdmin } from './auth/admin-accounts.ts';

// The admin panel's customers, delivery queue, mail outbox, dashboard, templates and audit
// filters (docs/admin.md), in-process as each kind of caller, plus the HTTP path where a
// disabled customer's access token is refused.

const ADMIN_SIGN_IN = `mutation($email: String!, $password: String!) {
  adminSignIn(email: $email, password: $password) { session { accessToken } error { code } }
}`;

const CUSTOMERS = `query($filter: AdminCustomerFilter, $first: Int, $after: String) {
  admin { customers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id email name emailVerified disabled companyCount } }
  } }
}`;

const CUSTOMER = `query($id: ID!) {
  admin { customer(id: $id) {
    id email disabled disabledAt locale
    billing { country city }
    companies { company { id slug } companyActive discountPercent active }
    quotes { totalCount nodes { number status companyName } }
    orders { totalCount nodes { orderNumber quoteNumber status paymentStatus } }
    activity { action actorKind targetId }
  } }
}`;

const DISABLE = `mutation($id: ID!, $reason: String) {
  disableCustomer(id: $id, reason: $reason) { customer { id disabled } error { code field } }
}`;
const ENABLE = `mutation($id: ID!) {
  enableCustomer(id: $id) { customer { id disabled } error { code } }
}`;

describe.each(testEngines())('admin customers on %s', (engine) => {
  let h: PortalHarness;
  let admin: Identity;
  let support: Identity;
  type SignedInCustomer = Awaited<ReturnType<PortalHarness['customer']>>;
  let anna: SignedInCustomer;
  let bela: SignedInCustomer;

  async function adminIdentity(email: string, role: 'admin' | 'support') {
    await provisionAdmin(h.db, { email, name: role, role, password: GOOD_PASSWORD });
    const r = await h.run(ADMIN_SIGN_IN, { email, password: GOOD_PASSWORD });
    return h.identityOf(r.data.adminSignIn.session.accessToken);
  }

  /** A request over HTTP with the identity the gateway would sign. */
  async function overHttp(identity: Identity, query: string) {
    const res = await fetch(`${h.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(identity, h.signingKey) },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  beforeAll(async () => {
    h = await startPortalHarness(engine, { http: true });
    admin = await adminIdentity('root@portal.test', 'admin');
    support = await adminIdentity('help@portal.test', 'support');
    anna = await h.customer('anna@example.hu', {
      name: 'Kovács Anna',
      companyIds: [h.companyIds.zeta],
      billing: { country: 'Magyarország', city: 'Szeged' },
    });
    bela = await h.customer('bela@example.hu', { name: 'Nagy Béla' });
    // Signed up, never verified.
    await h.signUp('cili@example.hu', { name: 'Cili 100%_x' });
    // A quote, an order and a failing delivery of Anna's at Zeta.
    const [quote] = await h.db.query<{ id: string; number: string }>(
      `insert into quotes (customer_id, company_id, status, submitted_at, submit_idempotency_key)
       values ($1, $2, 'submitting', now(), 'k1') returning id, number`,
      [anna.customerId, h.companyIds.zeta],
    );
    await h.db.query(
      `insert into quote_submissions
         (quote_id, company_id, customer_id, idempotency_key, payload, priced_at, attempts,
          last_error, last_attempt_at, next_attempt_at)
       values ($1, $2, $3, 'k1', '{}', now(), 3, 'HTTP 503 from the company', now(),
               now() + interval '1 hour')`,
      [quote!.id, h.companyIds.zeta, anna.customerId],
    );
    const [ordered] = await h.db.query<{ id: string }>(
      `insert into quotes (customer_id, company_id, status) values ($1, $2, 'draft')
       returning id`,
      [anna.customerId, h.companyIds.zeta],
    );
    await h.db.query(
      `update quotes set status = 'ordered', submitted_at = now(), submit_idempotency_key = 'k2',
              company_quote_id = gen_random_uuid(), company_quote_number = 'Q-1'
        where id = $1`,
      [ordered!.id],
    );
    await h.db.query(
      `insert into orders (quote_id, customer_id, company_id, company_quote_id,
                           company_quote_number, order_number, status, company_status, ordered_at)
       values ($1, $2, $3, gen_random_uuid(), 'Q-1', 'ORD-2026-11-24-001', 'ordered', 'ordered',
               now())`,
      [ordered!.id, anna.customerId, h.companyIds.zeta],
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists customers with search, filters and cursor paging', async () => {
    const all = await h.run(CUSTOMERS, {}, support);
    expect(all.errors).toBeUndefined();
    expect(all.data.admin.customers.totalCount).toBe(3);
    // Newest first.
    expect(all.data.admin.customers.edges.map((e: any) => e.node.email)).toEqual([
      'cili@example.hu',
      'bela@example.hu',
      'anna@example.hu',
    ]);

    const byName = await h.run(CUSTOMERS, { filter: { search: 'KOVÁCS' } }, support);
    expect(byName.data.admin.customers.edges.map((e: any) => e.node.email)).toEqual([
      'anna@example.hu',
    ]);
    const byEmail = await h.run(CUSTOMERS, { filter: { search: 'bela@' } }, support);
    expect(byEmail.data.admin.customers.totalCount).toBe(1);
    // `%` and `_` are text, not wildcards.
    const literal = await h.run(CUSTOMERS, { filter: { search: '100%_' } }, support);
    expect(literal.data.admin.customers.edges.map((e: any) => e.node.email)).toEqual([
      'cili@example.hu',
    ]);
    const wildcard = await h.run(CUSTOMERS, { filter: { search: '%' } }, support);
    expect(wildcard.data.admin.customers.totalCount).toBe(1);

    const unverified = await h.run(CUSTOMERS, { filter: { verified: false } }, support);
    expect(unverified.data.admin.customers.edges).toEqual([
      { node: expect.objectContaining({ email: 'cili@example.hu', emailVerified: false }) },
    ]);
    const atZeta = await h.run(CUSTOMERS, { filter: { companyId: h.companyIds.zeta } }, support);
    expect(atZeta.data.admin.customers.edges).toEqual([
      { node: expect.objectContaining({ email: 'anna@example.hu', companyCount: 1 }) },
    ]);

    const first = await h.run(CUSTOMERS, { first: 2 }, support);
    expect(first.data.admin.customers.pageInfo.hasNextPage).toBe(true);
    const next = await h.run(
      CUSTOMERS,
      { first: 2, after: first.data.admin.customers.pageInfo.endCursor },
      support,
    );
    expect(next.data.admin.customers.edges.map((e: any) => e.node.email)).toEqual([
      'anna@example.hu',
    ]);
    expect(next.data.admin.customers.pageInfo.hasNextPage).toBe(false);

    const badCursor = await h.run(CUSTOMERS, { after: 'nope' }, support);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows a customer with billing, companies, quotes, orders and activity', async () => {
    const r = await h.run(CUSTOMER, { id: anna.customerId }, support);
    expect(r.errors).toBeUndefined();
    const c = r.data.admin.customer;
    expect(c).toMatchObject({
      email: 'anna@example.hu',
      disabled: false,
      locale: 'HU',
      billing: { country: 'Magyarország', city: 'Szeged' },
      companies: [
        {
          company: { id: h.companyIds.zeta, slug: 'zeta' },
          companyActive: true,
          discountPercent: '0.00',
        },
      ],
      quotes: { totalCount: 2 },
      orders: {
        totalCount: 1,
        nodes: [
          {
            orderNumber: 'ORD-2026-11-24-001',
            status: 'ORDERED',
            paymentStatus: 'NOT_PAID',
          },
        ],
      },
    });
    expect(c.quotes.nodes.map((q: any) => q.status).sort()).toEqual(['ORDERED', 'SUBMITTING']);
    expect(c.activity.map((e: any) => e.action)).toContain('auth.signed_in');

    const missing = await h.run(CUSTOMER, { id: '00000000-0000-4000-8000-000000000000' }, support);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('gives customers, partners and anonymous callers nothing from the admin fields', async () => {
    const asCustomer = await h.run(CUSTOMERS, {}, anna.identity);
    expect(asCustomer.data?.admin ?? null).toBeNull();
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const detail = await h.run(CUSTOMER, { id: bela.customerId }, anna.identity);
    expect(detail.data?.admin ?? null).toBeNull();
    const queue = await h.run('{ admin { deliveryQueue { id } dashboard { customers } } }');
    expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const mutation of [
      DISABLE,
      ENABLE,
      'mutation($id: ID!) { adminSendPasswordReset(customerId: $id) { ok } }',
    ]) {
      const r = await h.run(mutation, { id: bela.customerId }, anna.identity);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const still = await h.run(CUSTOMER, { id: bela.customerId }, admin);
    expect(still.data.admin.customer.disabled).toBe(false);
  });

  it('lets support read but not change', async () => {
    const calls: Array<[string, Record<string, unknown>]> = [
      [DISABLE, { id: bela.customerId }],
      [ENABLE, { id: bela.customerId }],
      [
        'mutation($id: ID!) { adminResendVerification(customerId: $id) { ok } }',
        { id: bela.customerId },
      ],
      [
        'mutation($id: ID!) { adminSendPasswordReset(customerId: $id) { ok } }',
        { id: bela.customerId },
      ],
      [
        'mutation($id: ID!) { retryDelivery(id: $id) { ok } }',
        { id: '00000000-0000-4000-8000-000000000000' },
      ],
      [
        `mutation { updateMailTemplate(input: { kind: VERIFICATION, locale: HU, subject: "x",
           body: "{{link}}" }) { error { code } } }`,
        {},
      ],
      ['mutation { resetMailTemplate(kind: VERIFICATION, locale: HU) { error { code } } }', {}],
    ];
    for (const [query, variables] of calls) {
      const r = await h.run(query, variables, support);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(r.data ?? null, query).toBeNull();
    }
    const mails = await h.db.query(
      `select 1 from mail_outbox where to_address = 'bela@example.hu' and kind = 'password_reset'`,
    );
    expect(mails).toHaveLength(0);
    const templates = await h.db.query('select 1 from mail_templates');
    expect(templates).toHaveLength(0);
  });

  it('ends a disabled customer’s sessions at once, and records it', async () => {
    // The token works before.
    const pdf = (identity: Identity) =>
      fetch(`${h.baseUrl}/quotes/00000000-0000-4000-8000-000000000000/pdf`, {
        headers: signedHeaders(identity, h.signingKey),
      });
    expect((await pdf(bela.identity)).status).toBe(404);
    const before = await overHttp(bela.identity, '{ me { email } }');
    expect(before.status).toBe(200);
    expect(before.body.data.me).toEqual({ email: 'bela@example.hu' });

    const disabled = await h.run(DISABLE, { id: bela.customerId, reason: 'chargeback' }, admin);
    expect(disabled.data.disableCustomer).toEqual({
      customer: { id: bela.customerId, disabled: true },
      error: null,
    });

    // The access token issued before is refused on the very next request.
    const after = await overHttp(bela.identity, '{ me { email } }');
    expect(after.body.data ?? null).toBeNull();
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The quote PDF route too (outside GraphQL).
    expect((await pdf(bela.identity)).status).toBe(401);
    const inProcess = await h.run('{ quotes { totalCount } }', undefined, bela.identity);
    expect(inProcess.data ?? null).toBeNull();
    expect(inProcess.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The refresh token is dead, and signing in is refused.
    const refreshed = await h.run(REFRESH, { refreshToken: bela.session.refreshToken });
    expect(refreshed.data.refreshSession.session).toBeNull();
    const signIn = await h.run(SIGN_IN, { email: 'bela@example.hu', password: GOOD_PASSWORD });
    expect(signIn.data.signIn.error.code).toBe('ACCOUNT_DISABLED');
    // Other customers are untouched.
    const other = await overHttp(anna.identity, '{ me { email } }');
    expect(other.body.data.me).toEqual({ email: 'anna@example.hu' });

    const again = await h.run(DISABLE, { id: bela.customerId }, admin);
    expect(again.data.disableCustomer.error.code).toBe('NO_CHANGE');
    const filtered = await h.run(CUSTOMERS, { filter: { disabled: true } }, support);
    expect(filtered.data.admin.customers.edges.map((e: any) => e.node.email)).toEqual([
      'bela@example.hu',
    ]);

    const enabled = await h.run(ENABLE, { id: bela.customerId }, admin);
    expect(enabled.data.enableCustomer.customer.disabled).toBe(false);
    // The old session stays ended; a new sign-in works.
    expect((await overHttp(bela.identity, '{ me { email } }')).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const back = await h.run(SIGN_IN, { email: 'bela@example.hu', password: GOOD_PASSWORD });
    const fresh = await h.identityOf(back.data.signIn.session.accessToken);
    expect((await overHttp(fresh, '{ me { email } }')).body.data.me).toEqual({
      email: 'bela@example.hu',
    });

    const audit = await h.run(
      `query($id: ID!) { admin { auditLog(filter: { involving: $id, actorKind: ADMIN }) {
         edges { node { action targetId details } } } } }`,
      { id: bela.customerId },
      support,
    );
    const actions = audit.data.admin.auditLog.edges.map((e: any) => e.node);
    expect(actions.map((a: any) => a.action)).toEqual([
      'admin.customer_enabled',
      'admin.customer_disabled',
    ]);
    expect(JSON.parse(actions[1].details)).toMatchObject({ reason: 'chargeback', role: 'admin' });
  });

  it('resends verification and sends a password reset, with reasons when it cannot', async () => {
    const [cili] = await h.db.query<{ id: string }>(
      `select id from customers where email = 'cili@example.hu'`,
    );
    const resend = await h.run(
      'mutation($id: ID!) { adminResendVerification(customerId: $id) { ok error { code } } }',
      { id: cili!.id },
      admin,
    );
    expect(resend.data.adminResendVerification).toEqual({ ok: true, error: null });
    const sent = await h.db.query(
      `select 1 from mail_outbox where to_address = 'cili@example.hu' and kind = 'verification'`,
    );
    expect(sent).toHaveLength(2);
    const verified = await h.run(
      'mutation($id: ID!) { adminResendVerification(customerId: $id) { ok error { code } } }',
      { id: anna.customerId },
      admin,
    );
    expect(verified.data.adminResendVerification.error.code).toBe('ALREADY_VERIFIED');

    const reset = await h.run(
      'mutation($id: ID!) { adminSendPasswordReset(customerId: $id) { ok error { code } } }',
      { id: anna.customerId },
      admin,
    );
    expect(reset.data.adminSendPasswordReset.ok).toBe(true);
    expect(await h.tokenFromOutbox('anna@example.hu', 'password_reset')).toMatch(/.{20,}/);
    const missing = await h.run(
      'mutation($id: ID!) { adminSendPasswordReset(customerId: $id) { ok error { code } } }',
      { id: '00000000-0000-4000-8000-000000000000' },
      admin,
    );
    expect(missing.data.adminSendPasswordReset.error.code).toBe('NOT_FOUND');

    const log = await h.run(
      '{ admin { auditLog(filter: { action: "admin.password_reset_sent" }) { totalCount } } }',
      undefined,
      support,
    );
    expect(log.data.admin.auditLog.totalCount).toBe(1);
  });

  it('shows the delivery queue and retries a delivery now', async () => {
    const queue = await h.run(
      `{ admin { deliveryQueue(state: FAILING) {
           id quoteNumber companyName customerEmail state attempts lastError nextAttemptAt } } }`,
      undefined,
      support,
    );
    expect(queue.errors).toBeUndefined();
    const [row] = queue.data.admin.deliveryQueue;
    expect(row).toMatchObject({
      companyName: 'Zeta Kft.',
      customerEmail: 'anna@example.hu',
      state: 'FAILING',
      attempts: 3,
      lastError: 'HTTP 503 from the company',
    });
    expect(new Date(row.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
    const pending = await h.run(
      '{ admin { deliveryQueue(state: PENDING) { id } } }',
      undefined,
      support,
    );
    expect(pending.data.admin.deliveryQueue).toEqual([]);

    const retry = await h.run(
      'mutation($id: ID!) { retryDelivery(id: $id) { ok error { code } } }',
      { id: row.id },
      admin,
    );
    expect(retry.data.retryDelivery).toEqual({ ok: true, error: null });
    const [due] = await h.db.query<{ due: boolean }>(
      'select next_attempt_at <= now() as due from quote_submissions where id = $1',
      [row.id],
    );
    expect(due!.due).toBe(true);

    await h.db.query('update quote_submissions set delivered_at = now() where id = $1', [row.id]);
    const delivered = await h.run(
      'mutation($id: ID!) { retryDelivery(id: $id) { ok error { code } } }',
      { id: row.id },
      admin,
    );
    expect(delivered.data.retryDelivery.error.code).toBe('ALREADY_DELIVERED');
    await h.db.query('update quote_submissions set delivered_at = null where id = $1', [row.id]);
  });

  it('shows the mail outbox and the dashboard', async () => {
    const mail = await h.run(
      '{ admin { mailOutbox(first: 5) { mode messages { to kind subject } notifications { id } } } }',
      undefined,
      support,
    );
    expect(mail.errors).toBeUndefined();
    expect(mail.data.admin.mailOutbox.mode).toBe('OUTBOX');
    expect(mail.data.admin.mailOutbox.messages.length).toBe(5);
    expect(mail.data.admin.mailOutbox.messages[0]).toMatchObject({ kind: 'PASSWORD_RESET' });

    const d = await h.run(
      `{ admin { dashboard {
           activeCompanies companies customers newCustomersThisWeek disabledCustomers
           pendingDeliveries daily { date signUps quotes orders }
           failingCompanies { companyName source error }
           recentActivity(first: 3) { action } } } }`,
      undefined,
      support,
    );
    expect(d.errors).toBeUndefined();
    const dash = d.data.admin.dashboard;
    expect(dash).toMatchObject({
      activeCompanies: 2,
      companies: 3,
      customers: 3,
      newCustomersThisWeek: 3,
      disabledCustomers: 0,
      pendingDeliveries: 1,
      failingCompanies: [
        { companyName: 'Zeta Kft.', source: 'DELIVERY', error: 'HTTP 503 from the company' },
      ],
    });
    expect(dash.daily).toHaveLength(30);
    const today = new Date().toISOString().slice(0, 10);
    expect(dash.daily.at(-1)).toEqual({ date: today, signUps: 3, quotes: 2, orders: 1 });
    expect(dash.daily[0].signUps).toBe(0);
    expect(dash.recentActivity).toHaveLength(3);
  });

  it('previews, saves, uses and resets email templates; refuses bad ones', async () => {
    const list = await h.run(
      '{ admin { mailTemplates { kind locale customized placeholders subject } } }',
      undefined,
      support,
    );
    expect(list.data.admin.mailTemplates).toHaveLength(6);
    expect(list.data.admin.mailTemplates[0]).toMatchObject({
      kind: 'VERIFICATION',
      locale: 'HU',
      customized: false,
      placeholders: ['name', 'link', 'hours'],
      subject: 'Erősítse meg az e-mail-címét',
    });

    const preview = await h.run(
      `query($i: MailTemplateInput!) { admin { previewMailTemplate(input: $i) {
         subject text html error { code field } } } }`,
      {
        i: {
          kind: 'PASSWORD_RESET',
          locale: 'EN',
          subject: 'Reset for {{name}}',
          body: 'Hi {{name}} <3\n\n{{link}}',
        },
      },
      support,
    );
    expect(preview.data.admin.previewMailTemplate).toMatchObject({
      subject: 'Reset for Anna Kovács',
      error: null,
    });
    expect(preview.data.admin.previewMailTemplate.html).toContain('Hi Anna Kovács &lt;3');
    expect(preview.data.admin.previewMailTemplate.html).toContain(
      '<a href="https://portal.example/reset-password?token=SAMPLE">',
    );

    const save = `mutation($i: MailTemplateInput!) { updateMailTemplate(input: $i) {
      template { customized subject body updatedAt } error { code field message } } }`;
    for (const [body, subject, code] of [
      ['Hello {{nme}} {{link}}', 'x', 'UNKNOWN_PLACEHOLDER'],
      ['Hello {{name}}', 'x', 'MISSING_LINK'],
      ['   ', 'x', 'EMPTY_TEMPLATE'],
      ['{{link}}', '', 'EMPTY_TEMPLATE'],
      ['{{link}} {{name', 'x', 'MALFORMED_PLACEHOLDER'],
      ['{{link}}'.padEnd(5001, 'x'), 'x', 'TEMPLATE_TOO_LONG'],
    ] as const) {
      const r = await h.run(
        save,
        { i: { kind: 'VERIFICATION', locale: 'EN', subject, body } },
        admin,
      );
      expect(r.data.updateMailTemplate.template, body).toBeNull();
      expect(r.data.updateMailTemplate.error.code, body).toBe(code);
    }

    const saved = await h.run(
      save,
      {
        i: {
          kind: 'VERIFICATION',
          locale: 'EN',
          subject: 'Welcome, {{name}}',
          body: 'Hello {{name}}!\n\nConfirm within {{hours}} hours: {{link}}',
        },
      },
      admin,
    );
    expect(saved.data.updateMailTemplate).toMatchObject({
      template: { customized: true, subject: 'Welcome, {{name}}' },
      error: null,
    });

    // The next verification mail in English uses it; Hungarian keeps the built-in text.
    await h.signUp('eve@example.com', { name: 'Eve', locale: 'EN' });
    const [en] = await h.db.query<{ subject: string; text_body: string; link: string }>(
      `select subject, text_body, link from mail_outbox where to_address = 'eve@example.com'`,
    );
    expect(en!.subject).toBe('Welcome, Eve');
    expect(en!.text_body).toBe(`Hello Eve!\n\nConfirm within 48 hours: ${en!.link}\n`);
    await h.signUp('hu@example.hu', { name: 'Hu' });
    const [hu] = await h.db.query<{ subject: string }>(
      `select subject from mail_outbox where to_address = 'hu@example.hu'`,
    );
    expect(hu!.subject).toBe('Erősítse meg az e-mail-címét');

    const reset = await h.run(
      `mutation { resetMailTemplate(kind: VERIFICATION, locale: EN) {
         template { customized subject } error { code } } }`,
      undefined,
      admin,
    );
    expect(reset.data.resetMailTemplate.template).toEqual({
      customized: false,
      subject: 'Confirm your email address',
    });
    await h.signUp('eve2@example.com', { name: 'Eve', locale: 'EN' });
    const [back] = await h.db.query<{ subject: string }>(
      `select subject from mail_outbox where to_address = 'eve2@example.com'`,
    );
    expect(back!.subject).toBe('Confirm your email address');

    const log = await h.run(
      `{ admin { auditLog(filter: { actorKind: ADMIN, action: "admin.mail_template_updated" }) {
           edges { node { targetId } } } } }`,
      undefined,
      support,
    );
    expect(log.data.admin.auditLog.edges).toEqual([{ node: { targetId: 'verification:en' } }]);
  });
});
