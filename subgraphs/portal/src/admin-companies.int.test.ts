import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { type Db, openDb } from '@portal/db';
import { testEngines } from '@portal/db/testing';
import { applyCompanySetup, seedDemoCompany } from '@portal/demo-data';
import type { Identity } from '@portal/identity';
import { generateLocalKeys, type LocalSupabase, startLocalSupabase } from '@portal/local-supabase';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';
import { provisionAdmin } from './auth/admin-accounts.ts';

// The admin API of the company registry (docs/admin.md): who may read and change it, input
// codes, the audit log, the connection checklist against a real local Supabase endpoint, and
// that a company's secret key never comes back out — in results, the audit log or log lines.

const FIELDS = 'id name slug active supabaseUrl secretKeySet secretKeyLast4 createdAt updatedAt';
const LIST = `query($search: String, $active: Boolean) {
  admin { companies(search: $search, active: $active) { ${FIELDS} } }
}`;
const ONE = `query($id: ID!) { admin { company(id: $id) { ${FIELDS} } } }`;
const SETUP = `{ admin { companySetup { script fileName contractVersion } } }`;
const CREATE = `mutation($input: CreateCompanyInput!) {
  createCompany(input: $input) { company { ${FIELDS} } error { code message field } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateCompanyInput!) {
  updateCompany(id: $id, input: $input) { company { ${FIELDS} } error { code message field } }
}`;
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) {
  setCompanyActive(id: $id, active: $active) { company { id active } error { code field } }
}`;
const TEST = `mutation($input: CompanyConnectionTestInput!) {
  testCompanyConnection(input: $input) {
    ok failedStep contractVersion expectedContractVersion latencyMs
    catalogCounts { materials edgeBandings accessories }
    steps { kind status detail }
    error { code field }
  }
}`;
const PUBLIC_COMPANIES = '{ companies { slug } }';
const ADMIN_SIGN_IN = `mutation($e: String!, $p: String!) {
  adminSignIn(email: $e, password: $p) { session { accessToken } error { code } }
}`;

/** A URL nothing listens on: a port that was free a moment ago. */
async function unusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** One seeded demo company behind a local Supabase endpoint, shared by both engines' runs. */
let companyDb: Db;
let supabase: LocalSupabase;
const keys = generateLocalKeys();
const COMPANY_SLUG = 'spare-shop';

beforeAll(async () => {
  companyDb = await openDb({});
  await applyCompanySetup(companyDb);
  await seedDemoCompany(companyDb, 'szegedi-panel');
  supabase = await startLocalSupabase({
    companies: [{ slug: COMPANY_SLUG, db: companyDb, ...keys }],
  });
}, 120_000);
afterAll(async () => {
  await supabase?.close();
  await companyDb?.close();
});

describe.each(testEngines())('the admin company registry on %s', (engine) => {
  let h: PortalHarness;
  let admin: Identity;
  let support: Identity;
  let customer: Identity;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    h = await startPortalHarness(engine, {
      http: true,
      encryptionKey: randomBytes(32),
      log: (line) => logLines.push(line),
      logger: pino({ level: 'trace' }, sink),
    });
    const identities: Identity[] = [];
    for (const [email, role] of [
      ['companies-root@portal.test', 'admin'],
      ['companies-help@portal.test', 'support'],
    ] as const) {
      await provisionAdmin(h.db, { email, name: role, role, password: GOOD_PASSWORD });
      const r = await h.run(ADMIN_SIGN_IN, { e: email, p: GOOD_PASSWORD });
      identities.push(await h.identityOf(r.data.adminSignIn.session.accessToken));
    }
    [admin, support] = identities as [Identity, Identity];
    customer = (await h.customer(`companies-${engine}@example.com`)).identity;
  });
  afterAll(async () => {
    await h?.close();
  });

  const newCompany = (extra: Record<string, unknown> = {}) => ({
    name: '  Tartalék Lapszabász Kft. ',
    slug: 'tartalek',
    supabaseUrl: `${supabase.companyUrl(COMPANY_SLUG)}/`,
    secretKey: keys.serviceKey,
    ...extra,
  });

  it('adds a company, stores its key encrypted and shows only its last four characters', async () => {
    const r = await h.run(CREATE, { input: newCompany() }, admin);
    expect(r.errors).toBeUndefined();
    const { company, error } = r.data.createCompany;
    expect(error).toBeNull();
    expect(company).toMatchObject({
      name: 'Tartalék Lapszabász Kft.',
      slug: 'tartalek',
      active: true,
      supabaseUrl: supabase.companyUrl(COMPANY_SLUG),
      secretKeySet: true,
      secretKeyLast4: keys.serviceKey.slice(-4),
    });
    const [stored] = await h.db.query<{ secret_key_ciphertext: string }>(
      'select secret_key_ciphertext from companies where id = $1',
      [company.id],
    );
    expect(stored!.secret_key_ciphertext).toMatch(/^v1:/);
    expect(stored!.secret_key_ciphertext).not.toContain(keys.serviceKey);
    // Customers see it at once.
    const visible = await h.run(PUBLIC_COMPANIES, {}, customer);
    expect(visible.data.companies.map((c: { slug: string }) => c.slug)).toContain('tartalek');
    const [logged] = await h.db.query<{ actor_id: string; details: Record<string, unknown> }>(
      `select actor_id, details from audit_log
        where action = 'admin.company_created' and target_id = $1`,
      [company.id],
    );
    expect(logged).toMatchObject({
      actor_id: (admin as { adminId: string }).adminId,
      details: { slug: 'tartalek', role: 'admin' },
    });
  });

  it('refuses bad input with a specific code and the field at fault', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ slug: 'tartalek' }, 'DUPLICATE_SLUG', 'slug'],
      [{ slug: 'Nagy Betű' }, 'INVALID_SLUG', 'slug'],
      [{ slug: 'x'.repeat(61) }, 'INVALID_SLUG', 'slug'],
      [{ slug: 'b1', name: '   ' }, 'INVALID_NAME', 'name'],
      [{ slug: 'b2', supabaseUrl: 'abcd.supabase.co' }, 'INVALID_URL', 'supabaseUrl'],
      [{ slug: 'b3', supabaseUrl: 'ftp://abcd.supabase.co' }, 'INVALID_URL', 'supabaseUrl'],
      [{ slug: 'b4', supabaseUrl: 'https://u:p@x.supabase.co' }, 'INVALID_URL', 'supabaseUrl'],
      [{ slug: 'b5', supabaseUrl: 'https://x.supabase.co?a=1' }, 'INVALID_URL', 'supabaseUrl'],
      [{ slug: 'b6', secretKey: '  ' }, 'SECRET_KEY_REQUIRED', 'secretKey'],
      [{ slug: 'b7', secretKey: 'two words' }, 'INVALID_SECRET_KEY', 'secretKey'],
    ];
    for (const [extra, code, field] of cases) {
      const r = await h.run(CREATE, { input: newCompany(extra) }, admin);
      expect(r.data.createCompany, JSON.stringify(extra)).toMatchObject({
        company: null,
        error: { code, field },
      });
    }
    const count = await h.db.query(`select 1 from companies where slug like 'b_'`);
    expect(count).toHaveLength(0);
  });

  it('lists active and inactive companies, searches, and edits with the key write-only', async () => {
    const all = (await h.run(LIST, {}, support)).data.admin.companies;
    expect(all.map((c: { slug: string }) => c.slug)).toEqual(['alfa', 'regi', 'tartalek', 'zeta']);
    // The harness's companies have no decryptable key: set, but no hint.
    expect(all.find((c: { slug: string }) => c.slug === 'regi')).toMatchObject({
      active: false,
      secretKeySet: true,
      secretKeyLast4: null,
    });
    const found = (await h.run(LIST, { search: 'TARTAL' }, admin)).data.admin.companies;
    expect(found.map((c: { slug: string }) => c.slug)).toEqual(['tartalek']);
    const inactive = (await h.run(LIST, { active: false }, admin)).data.admin.companies;
    expect(inactive.map((c: { slug: string }) => c.slug)).toEqual(['regi']);

    const id = found[0].id as string;
    const renamed = await h.run(
      UPDATE,
      { id, input: { name: 'Tartalék Kft.', secretKey: 'sb_secret_replacement_1234' } },
      admin,
    );
    expect(renamed.data.updateCompany).toMatchObject({
      company: { name: 'Tartalék Kft.', slug: 'tartalek', secretKeyLast4: '1234' },
      error: null,
    });
    const taken = await h.run(UPDATE, { id, input: { slug: 'alfa' } }, admin);
    expect(taken.data.updateCompany.error).toMatchObject({ code: 'DUPLICATE_SLUG', field: 'slug' });
    const empty = await h.run(UPDATE, { id, input: { secretKey: '' } }, admin);
    expect(empty.data.updateCompany.error).toMatchObject({
      code: 'SECRET_KEY_REQUIRED',
      field: 'secretKey',
    });
    const missing = await h.run(
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000000', input: { name: 'X' } },
      admin,
    );
    expect(missing.data.updateCompany.error).toMatchObject({ code: 'NOT_FOUND' });
    // Back to the working key for the connection tests below.
    const back = await h.run(UPDATE, { id, input: { secretKey: keys.serviceKey } }, admin);
    expect(back.data.updateCompany.company.secretKeyLast4).toBe(keys.serviceKey.slice(-4));
    const [logged] = await h.db.query<{ details: Record<string, unknown> }>(
      `select details from audit_log where action = 'admin.company_updated' and target_id = $1
        order by id limit 1`,
      [id],
    );
    expect(logged!.details).toMatchObject({
      fields: ['name', 'secretKey'],
      name: { from: 'Tartalék Lapszabász Kft.', to: 'Tartalék Kft.' },
      secretKey: 'replaced',
    });
    expect((await h.run(ONE, { id }, support)).data.admin.company.slug).toBe('tartalek');
  });

  it('tests the connection as a checklist: all green, then each failing step named', async () => {
    const id = (await h.run(LIST, { search: 'tartalek' }, admin)).data.admin.companies[0].id;
    const green = (await h.run(TEST, { input: { companyId: id } }, admin)).data
      .testCompanyConnection;
    expect(green).toMatchObject({
      ok: true,
      failedStep: null,
      contractVersion: 2,
      expectedContractVersion: 2,
      error: null,
    });
    expect(green.steps.map((s: { kind: string; status: string }) => [s.kind, s.status])).toEqual([
      ['REACHABLE', 'PASSED'],
      ['KEY_ACCEPTED', 'PASSED'],
      ['CONTRACT_VERSION', 'PASSED'],
      ['CATALOG', 'PASSED'],
      ['LATENCY', 'PASSED'],
    ]);
    expect(green.catalogCounts.materials).toBeGreaterThan(0);
    expect(green.catalogCounts.edgeBandings).toBeGreaterThan(0);
    expect(green.catalogCounts.accessories).toBeGreaterThan(0);
    expect(green.latencyMs).toBeGreaterThanOrEqual(0);

    const steps = (r: { steps: Array<{ kind: string; status: string }> }) =>
      Object.fromEntries(r.steps.map((s) => [s.kind, s.status]));
    // A wrong key (unsaved, replacing the stored one): the key step fails, the rest is skipped.
    const wrongKey = (
      await h.run(TEST, { input: { companyId: id, secretKey: 'sb_secret_wrong' } }, admin)
    ).data.testCompanyConnection;
    expect(wrongKey).toMatchObject({ ok: false, failedStep: 'KEY_ACCEPTED' });
    expect(steps(wrongKey)).toEqual({
      REACHABLE: 'PASSED',
      KEY_ACCEPTED: 'FAILED',
      CONTRACT_VERSION: 'SKIPPED',
      CATALOG: 'SKIPPED',
      LATENCY: 'SKIPPED',
    });
    // Nothing listening there.
    const deadUrl = await unusedUrl();
    const unreachable = (
      await h.run(TEST, { input: { supabaseUrl: deadUrl, secretKey: keys.serviceKey } }, admin)
    ).data.testCompanyConnection;
    expect(unreachable).toMatchObject({ ok: false, failedStep: 'REACHABLE' });
    // Slow: everything works but the round trip is over the limit.
    supabase.setFault(COMPANY_SLUG, { kind: 'delay', ms: 1700 });
    try {
      const slow = (await h.run(TEST, { input: { companyId: id } }, admin)).data
        .testCompanyConnection;
      expect(slow).toMatchObject({ ok: false, failedStep: 'LATENCY' });
    } finally {
      supabase.setFault(COMPANY_SLUG, null);
    }
    // Values not saved yet must both be given.
    const noKey = (
      await h.run(TEST, { input: { supabaseUrl: supabase.companyUrl(COMPANY_SLUG) } }, admin)
    ).data.testCompanyConnection;
    expect(noKey).toMatchObject({ ok: false, steps: [], error: { code: 'SECRET_KEY_REQUIRED' } });
  }, 30_000);

  it('deactivates at once: customers stop seeing it; activates again', async () => {
    const id = (await h.run(LIST, { search: 'tartalek' }, admin)).data.admin.companies[0].id;
    const off = await h.run(SET_ACTIVE, { id, active: false }, admin);
    expect(off.data.setCompanyActive).toEqual({ company: { id, active: false }, error: null });
    const slugs = async () =>
      (await h.run(PUBLIC_COMPANIES, {}, customer)).data.companies.map(
        (c: { slug: string }) => c.slug,
      );
    expect(await slugs()).not.toContain('tartalek');
    const on = await h.run(SET_ACTIVE, { id, active: true }, admin);
    expect(on.data.setCompanyActive.company.active).toBe(true);
    expect(await slugs()).toContain('tartalek');
    const actions = await h.db.query<{ action: string }>(
      `select action from audit_log where target_id = $1 and action like 'admin.company_%activated'
        order by id`,
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'admin.company_deactivated',
      'admin.company_activated',
    ]);
  });

  it('lets support read but not change, and gives a customer nothing', async () => {
    const id = (await h.run(LIST, { search: 'tartalek' }, support)).data.admin.companies[0].id;
    const setup = (await h.run(SETUP, {}, support)).data.admin.companySetup;
    expect(setup.contractVersion).toBe(2);
    expect(setup.fileName).toMatch(/\.sql$/);
    expect(setup.script).toContain('portal_contract_version');
    for (const [query, variables] of [
      [CREATE, { input: newCompany({ slug: 'by-support' }) }],
      [UPDATE, { id, input: { name: 'Support was here' } }],
      [SET_ACTIVE, { id, active: false }],
      [TEST, { input: { companyId: id } }],
    ] as const) {
      const r = await h.run(query, variables, support);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const after = (await h.run(ONE, { id }, admin)).data.admin.company;
    expect(after).toMatchObject({ name: 'Tartalék Kft.', active: true });

    for (const query of [LIST, SETUP, `{ admin { company(id: "${id}") { id } } }`]) {
      const r = await h.run(query, {}, customer);
      expect(r.data?.admin ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const r = await h.run(SET_ACTIVE, { id, active: false }, customer);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never lets the secret key out: not in any result, the audit log or a log line', async () => {
    const everything = [
      await h.run(LIST, {}, admin),
      await h.run(LIST, {}, support),
      await h.run(CREATE, { input: newCompany({ slug: 'tartalek' }) }, admin),
      await h.run(CREATE, { input: newCompany({ slug: 'Bad Slug' }) }, admin),
      await h.run(TEST, { input: { supabaseUrl: 'nope', secretKey: keys.serviceKey } }, admin),
    ];
    const id = everything[0]!.data.admin.companies.find(
      (c: { slug: string }) => c.slug === 'tartalek',
    ).id;
    everything.push(
      await h.run(ONE, { id }, admin),
      await h.run(TEST, { input: { companyId: id } }, admin),
      await h.run(TEST, { input: { companyId: id, secretKey: `${keys.serviceKey}x` } }, admin),
      await h.run(UPDATE, { id, input: { secretKey: keys.serviceKey } }, admin),
      await h.run(`{ admin { auditLog(first: 100) { edges { node { details } } } } }`, {}, admin),
    );
    const text = JSON.stringify(everything);
    expect(text).toContain(keys.serviceKey.slice(-4));
    expect(text).not.toContain(keys.serviceKey);
    const audit = await h.db.query('select details from audit_log');
    expect(JSON.stringify(audit)).not.toContain(keys.serviceKey);
    // The log saw these requests (one line each), and never the key.
    expect(logLines.join('\n')).toMatch(/graphql request/);
    expect(logLines.join('\n')).not.toContain(keys.serviceKey);
  });
});
