import { randomBytes } from 'node:crypto';
import { testEngines } from '@portal/db/testing';
import type { Identity } from '@portal/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, type PortalHarness, startPortalHarness } from '../test/portal-harness.ts';
import { provisionAdmin } from './auth/admin-accounts.ts';

// A company's contact details (migration 0009): admins set them on create and edit, malformed
// ones are refused naming the field, and customers (and visitors) read them on the company.

const CONTACT = 'contact { legalName address taxNumber phone email website }';
const CREATE = `mutation($input: CreateCompanyInput!) {
  createCompany(input: $input) { company { id slug ${CONTACT} } error { code field } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCompanyInput!) {
  updateCompany(id: $id, input: $input) { company { id name ${CONTACT} } error { code field } } }`;
const PUBLIC = `query($slug: String!) { company(slug: $slug) { name ${CONTACT} } }`;
const LIST = `{ companies { slug ${CONTACT} } }`;
const ADMIN_SIGN_IN = `mutation($e: String!, $p: String!) {
  adminSignIn(email: $e, password: $p) { session { accessToken } } }`;

const DETAILS = {
  legalName: 'Szegedi Panel Bt.',
  address: '6724 Szeged, Kossuth Lajos sugárút 85.',
  taxNumber: '21987654-2-06',
  phone: '+36 62 555 404',
  email: 'iroda@szegedipanel.hu',
  website: 'https://szegedipanel.hu',
};

describe.each(testEngines())('company contact details on %s', (engine) => {
  let h: PortalHarness;
  let admin: Identity;
  let customer: Identity;

  beforeAll(async () => {
    h = await startPortalHarness(engine, { encryptionKey: randomBytes(32) });
    await provisionAdmin(h.db, {
      email: 'contact-root@portal.test',
      name: 'root',
      role: 'admin',
      password: GOOD_PASSWORD,
    });
    const r = await h.run(ADMIN_SIGN_IN, { e: 'contact-root@portal.test', p: GOOD_PASSWORD });
    admin = await h.identityOf(r.data.adminSignIn.session.accessToken);
    customer = (await h.customer(`contact-${engine}@example.com`)).identity;
  });
  afterAll(async () => {
    await h?.close();
  });

  const company = (slug: string, contact?: Record<string, string | null>) => ({
    name: 'Szegedi Panel',
    slug,
    supabaseUrl: 'https://szeged.supabase.co',
    secretKey: 'sb_secret_abcd1234',
    ...(contact ? { contact } : {}),
  });

  it('stores valid details, shows them to customers and visitors, and edits them', async () => {
    const created = await h.run(
      CREATE,
      { input: company('szegedi-panel', { ...DETAILS, website: 'szegedipanel.hu' }) },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createCompany.error).toBeNull();
    expect(created.data.createCompany.company.contact).toEqual(DETAILS);
    const id = created.data.createCompany.company.id;

    for (const who of [customer, undefined]) {
      const seen = await h.run(PUBLIC, { slug: 'szegedi-panel' }, who);
      expect(seen.errors).toBeUndefined();
      expect(seen.data.company).toEqual({ name: 'Szegedi Panel', contact: DETAILS });
    }
    const list = await h.run(LIST, {}, customer);
    expect(list.data.companies.find((c: any) => c.slug === 'szegedi-panel').contact).toEqual(
      DETAILS,
    );

    // A name change leaves the details alone; a contact change replaces them all.
    const renamed = await h.run(UPDATE, { id, input: { name: 'Szegedi Panel 2' } }, admin);
    expect(renamed.data.updateCompany.company.contact).toEqual(DETAILS);
    const edited = await h.run(
      UPDATE,
      { id, input: { contact: { ...DETAILS, phone: '', website: null } } },
      admin,
    );
    expect(edited.data.updateCompany.error).toBeNull();
    expect(edited.data.updateCompany.company.contact).toEqual({
      ...DETAILS,
      phone: null,
      website: null,
    });
    const seen = await h.run(PUBLIC, { slug: 'szegedi-panel' }, customer);
    expect(seen.data.company.contact.phone).toBeNull();
    const [audit] = await h.db.query<{ details: any }>(
      `select details from audit_log where action = 'admin.company_updated' and target_id = $1
        order by at desc limit 1`,
      [id],
    );
    expect(audit?.details.contact.to.phone).toBeNull();
  });

  it('refuses malformed details naming the field, changing nothing', async () => {
    const bad = await h.run(CREATE, { input: company('rossz-adat', { taxNumber: '1234' }) }, admin);
    expect(bad.data.createCompany).toEqual({
      company: null,
      error: { code: 'INVALID_CONTACT', field: 'contact.taxNumber' },
    });
    const ok = await h.run(CREATE, { input: company('jo-adat') }, admin);
    expect(ok.data.createCompany.company.contact).toEqual({
      legalName: null,
      address: null,
      taxNumber: null,
      phone: null,
      email: null,
      website: null,
    });
    const id = ok.data.createCompany.company.id;
    for (const [field, value] of [
      ['email', 'nem-email'],
      ['phone', '+36 abc'],
      ['website', 'javascript:alert(1)'],
    ] as const) {
      const r = await h.run(UPDATE, { id, input: { contact: { [field]: value } } }, admin);
      expect(r.data.updateCompany.error).toEqual({
        code: 'INVALID_CONTACT',
        field: `contact.${field}`,
      });
    }
    // The database refuses what the API would (another writer cannot store garbage either).
    await expect(
      h.db.query(`update companies set tax_number = 'x' where id = $1`, [id]),
    ).rejects.toThrow();
  });

  it('is not changeable by customers', async () => {
    const r = await h.run(
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000000', input: { contact: DETAILS } },
      customer,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
