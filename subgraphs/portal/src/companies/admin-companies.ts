import { readFile } from 'node:fs/promises';
import { CONTRACT_VERSION, encryptSecret } from '@portal/company-link';
import type { Db } from '@portal/db';
import type { Identity } from '@portal/identity';
import type { AuditLog, RequestMeta } from '../auth/audit-log.ts';
import { isUuid } from '../data/uuid.ts';
import { type AdminCompanyRow, createAdminCompanyRows } from './admin-company-rows.ts';
import { type CompanyContact, checkContact, NO_CONTACT } from './company-contact.ts';
import {
  type AdminCompanyError,
  checkName,
  checkSecretKey,
  checkSlug,
  checkSupabaseUrl,
  companyError,
} from './company-input.ts';
import { type ConnectionTestResult, testConnection } from './connection-test.ts';

type AdminIdentity = Extract<Identity, { kind: 'admin' }>;

export type CompanyChange =
  | { company: AdminCompanyRow; error: null }
  | {
      company: null;
      error: AdminCompanyError;
    };

const SETUP_SCRIPT = new URL('../../../../supabase/company/setup.sql', import.meta.url);

const notFound = (): CompanyChange => ({
  company: null,
  error: companyError('NOT_FOUND', 'No company with this id', 'id'),
});
const refused = (error: AdminCompanyError): CompanyChange => ({ company: null, error });

/** Which of a change's fields were given, for the audit log (never the key's value). */
const changedFields = (input: Record<string, unknown>) =>
  Object.entries(input)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k]) => k)
    .sort();

/**
 * The company registry for the admin API: list, add, edit, activate / deactivate, connection
 * test and the setup script. Each change is recorded in the audit log in its transaction.
 * Secret keys are encrypted on the way in and never leave (results, audit details, logs).
 */
export function createAdminCompanies(options: {
  db: Db;
  encryptionKey: Buffer | null;
  audit: AuditLog;
  /** Replaces fetch for connection tests (tests simulate companies). */
  fetch?: typeof fetch;
}) {
  const { db, encryptionKey, audit } = options;
  const rows = createAdminCompanyRows(db, encryptionKey);
  let setupScript: Promise<string> | undefined;

  return {
    list: (filter: { search?: string | null; active?: boolean | null }) => {
      const search = filter.search?.trim().slice(0, 200) || null;
      return rows.list({ search, active: filter.active ?? null });
    },

    byId: (id: string) => (isUuid(id) ? rows.byId(id) : Promise.resolve(null)),

    async setup() {
      setupScript ??= readFile(SETUP_SCRIPT, 'utf8');
      return {
        script: await setupScript,
        fileName: 'portal-company-setup.sql',
        contractVersion: CONTRACT_VERSION,
      };
    },

    async create(
      admin: AdminIdentity,
      input: {
        name: string;
        slug: string;
        supabaseUrl: string;
        secretKey: string;
        contact?: Partial<Record<keyof CompanyContact, string | null>> | null;
      },
      meta: RequestMeta,
    ): Promise<CompanyChange> {
      const name = checkName(input.name);
      if ('error' in name) return refused(name.error);
      const slug = checkSlug(input.slug);
      if ('error' in slug) return refused(slug.error);
      const url = checkSupabaseUrl(input.supabaseUrl);
      if ('error' in url) return refused(url.error);
      const key = checkSecretKey(input.secretKey);
      if ('error' in key) return refused(key.error);
      const contact = input.contact ? checkContact(input.contact) : { value: NO_CONTACT };
      if ('error' in contact) return refused(contact.error);
      if (!encryptionKey) return refused(noEncryption());
      return db.transaction(async (tx) => {
        const company = await rows.insert(tx, {
          name: name.value,
          slug: slug.value,
          supabaseUrl: url.value,
          secretKey: key.value,
          key: encryptionKey,
          contact: contact.value,
        });
        if (!company) return refused(duplicateSlug(slug.value));
        await audit.recordAdminAction(
          admin,
          'admin.company_created',
          { kind: 'company', id: company.id },
          { slug: company.slug, name: company.name, supabaseUrl: company.supabaseUrl },
          meta,
          tx,
        );
        return { company, error: null };
      });
    },

    async update(
      admin: AdminIdentity,
      id: string,
      input: {
        name?: string | null;
        slug?: string | null;
        supabaseUrl?: string | null;
        secretKey?: string | null;
        contact?: Partial<Record<keyof CompanyContact, string | null>> | null;
      },
      meta: RequestMeta,
    ): Promise<CompanyChange> {
      if (!isUuid(id)) return notFound();
      const change: {
        name?: string;
        slug?: string;
        supabaseUrl?: string;
        secretKeyCiphertext?: string;
        contact?: CompanyContact;
      } = {};
      if (input.contact != null) {
        const contact = checkContact(input.contact);
        if ('error' in contact) return refused(contact.error);
        change.contact = contact.value;
      }
      if (input.name != null) {
        const name = checkName(input.name);
        if ('error' in name) return refused(name.error);
        change.name = name.value;
      }
      if (input.slug != null) {
        const slug = checkSlug(input.slug);
        if ('error' in slug) return refused(slug.error);
        change.slug = slug.value;
      }
      if (input.supabaseUrl != null) {
        const url = checkSupabaseUrl(input.supabaseUrl);
        if ('error' in url) return refused(url.error);
        change.supabaseUrl = url.value;
      }
      if (input.secretKey != null) {
        const key = checkSecretKey(input.secretKey);
        if ('error' in key) return refused(key.error);
        if (!encryptionKey) return refused(noEncryption());
        change.secretKeyCiphertext = encryptSecret(key.value, encryptionKey);
      }
      return db.transaction(async (tx) => {
        const before = await rows.byId(id, tx);
        if (!before) return notFound();
        if (change.slug && change.slug !== before.slug) {
          if (await rows.slugTaken(change.slug, id, tx)) return refused(duplicateSlug(change.slug));
        }
        let company: AdminCompanyRow | null;
        try {
          company = await rows.update(tx, id, change);
        } catch (error) {
          // Another admin took the slug a moment ago (the unique index).
          if (change.slug && isUniqueViolation(error)) return refused(duplicateSlug(change.slug));
          throw error;
        }
        if (!company) return notFound();
        await audit.recordAdminAction(
          admin,
          'admin.company_updated',
          { kind: 'company', id },
          {
            fields: changedFields(input),
            ...(change.name && change.name !== before.name
              ? { name: { from: before.name, to: change.name } }
              : {}),
            ...(change.slug && change.slug !== before.slug
              ? { slug: { from: before.slug, to: change.slug } }
              : {}),
            ...(change.supabaseUrl && change.supabaseUrl !== before.supabaseUrl
              ? { supabaseUrl: { from: before.supabaseUrl, to: change.supabaseUrl } }
              : {}),
            ...(change.secretKeyCiphertext ? { secretKey: 'replaced' } : {}),
            ...(change.contact ? { contact: { from: before.contact, to: change.contact } } : {}),
          },
          meta,
          tx,
        );
        return { company, error: null };
      });
    },

    async setActive(
      admin: AdminIdentity,
      id: string,
      active: boolean,
      meta: RequestMeta,
    ): Promise<CompanyChange> {
      if (!isUuid(id)) return notFound();
      return db.transaction(async (tx) => {
        const before = await rows.byId(id, tx);
        if (!before) return notFound();
        const company = await rows.update(tx, id, { active });
        if (!company) return notFound();
        if (before.active !== active) {
          await audit.recordAdminAction(
            admin,
            active ? 'admin.company_activated' : 'admin.company_deactivated',
            { kind: 'company', id },
            { slug: company.slug },
            meta,
            tx,
          );
        }
        return { company, error: null };
      });
    },

    async testConnection(
      admin: AdminIdentity,
      input: { companyId?: string | null; supabaseUrl?: string | null; secretKey?: string | null },
      meta: RequestMeta,
    ): Promise<ConnectionTestResult & { error: AdminCompanyError | null }> {
      const failed = (error: AdminCompanyError) => ({
        ok: false,
        failedStep: null,
        steps: [],
        contractVersion: null,
        expectedContractVersion: CONTRACT_VERSION,
        catalogCounts: null,
        latencyMs: null,
        error,
      });
      let slug = 'new company';
      let supabaseUrl: string | null = null;
      let secretKey: string | null = null;
      if (input.companyId != null) {
        const stored = isUuid(input.companyId) ? await rows.connectionOf(input.companyId) : null;
        if (!stored)
          return failed(companyError('NOT_FOUND', 'No company with this id', 'companyId'));
        ({ slug, supabaseUrl, secretKey } = stored);
      }
      if (input.supabaseUrl != null || supabaseUrl === null) {
        const url = checkSupabaseUrl(input.supabaseUrl ?? '');
        if ('error' in url) return failed(url.error);
        supabaseUrl = url.value;
      }
      if (input.secretKey != null || input.companyId == null) {
        const key = checkSecretKey(input.secretKey ?? '');
        if ('error' in key) return failed(key.error);
        secretKey = key.value;
      }
      const result = await testConnection(
        { slug, supabaseUrl, secretKey },
        options.fetch ? { fetch: options.fetch } : {},
      );
      await audit.recordAdminAction(
        admin,
        'admin.company_connection_tested',
        input.companyId ? { kind: 'company', id: input.companyId } : null,
        {
          supabaseUrl,
          keyGiven: input.secretKey != null,
          ok: result.ok,
          failedStep: result.failedStep,
        },
        meta,
      );
      return { ...result, error: null };
    },
  };
}

export type AdminCompanies = ReturnType<typeof createAdminCompanies>;

function duplicateSlug(slug: string): AdminCompanyError {
  return companyError('DUPLICATE_SLUG', `Another company has the slug '${slug}'`, 'slug');
}

function noEncryption(): AdminCompanyError {
  return companyError(
    'ENCRYPTION_UNAVAILABLE',
    'The portal has no PORTAL_ENCRYPTION_KEY, so it cannot store secret keys',
    'secretKey',
  );
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}
