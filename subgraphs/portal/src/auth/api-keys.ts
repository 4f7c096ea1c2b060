import { randomBytes } from 'node:crypto';
import type { ApiKeyScope, Identity } from '@portal/identity';
import type { ApiKeyRow, ApiKeyRows } from '../data/api-key-rows.ts';
import type { CompanyRows } from '../data/company-rows.ts';
import { isUuid } from '../data/uuid.ts';
import { type Failure, fail } from './account-error.ts';
import { ApiKeyInputSchema, parseInput } from './account-input.ts';
import { AUDIT_ACTIONS, type AuditLog, type RequestMeta } from './audit-log.ts';
import { sha256Hex } from './secret-tokens.ts';

/** `ppk_<12 hex prefix>_<43 base64url chars of 256-bit secret>`. */
const KEY_PATTERN = /^ppk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/;

const SCOPE_OF_ENUM: Record<string, ApiKeyScope> = {
  CATALOG_READ: 'catalog:read',
  QUOTES_READ: 'quotes:read',
  QUOTES_WRITE: 'quotes:write',
  ORDERS_READ: 'orders:read',
};

/** The API's enum name of a scope (`catalog:read` → `CATALOG_READ`). */
export function scopeEnumName(scope: ApiKeyScope) {
  return scope.replace(':', '_').toUpperCase() as
    | 'CATALOG_READ'
    | 'QUOTES_READ'
    | 'QUOTES_WRITE'
    | 'ORDERS_READ';
}

/** A new key; only its hash is stored. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(6).toString('hex');
  const key = `ppk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: sha256Hex(key) };
}

/**
 * What a company key may carry. It acts for a company, not for a customer: `catalog:read`
 * (that company's catalog and previews) is all the portal has to give it. Quotes and orders
 * are customers' data; a company sees submitted quotes in its own database, not through keys.
 */
export const COMPANY_KEY_SCOPES: readonly ApiKeyScope[] = ['catalog:read'];

type AdminIdentity = Extract<Identity, { kind: 'admin' }>;

export type ApiKeyVerdict =
  | { identity: Extract<Identity, { kind: 'partner' }> }
  | { error: 'INVALID_API_KEY' | 'EXPIRED' | 'REVOKED' };

export function createApiKeys(rows: ApiKeyRows, companies: CompanyRows, audit: AuditLog) {
  /** Key facts for the audit log: never the key or its hash. */
  const keyDetails = (apiKey: ApiKeyRow, owner: Record<string, string>) => ({
    prefix: `ppk_${apiKey.prefix}`,
    name: apiKey.name,
    scopes: apiKey.scopes,
    expiresAt: apiKey.expiresAt,
    owner,
  });

  return {
    async createForCustomer(
      customerId: string,
      input: unknown,
      meta: RequestMeta,
    ): Promise<{ apiKey: ApiKeyRow; key: string } | Failure> {
      const parsed = parseInput(ApiKeyInputSchema, input);
      if ('error' in parsed) return parsed;
      const { name, scopes, expiresAt } = parsed.value;
      const generated = generateApiKey();
      const apiKey = await rows.insertForCustomer(customerId, {
        name,
        prefix: generated.prefix,
        keyHash: generated.hash,
        scopes: [...new Set(scopes.map((s) => SCOPE_OF_ENUM[s]!))],
        expiresAt,
      });
      await audit.record(
        {
          actorKind: 'customer',
          actorId: customerId,
          action: AUDIT_ACTIONS.apiKeyCreated,
          targetKind: 'api_key',
          targetId: apiKey.id,
          details: keyDetails(apiKey, { kind: 'customer', customerId }),
        },
        meta,
      );
      return { apiKey, key: generated.key };
    },

    async revokeForCustomer(
      customerId: string,
      keyId: string,
      meta: RequestMeta,
    ): Promise<{ apiKey: ApiKeyRow } | Failure> {
      const apiKey = isUuid(keyId) ? await rows.revokeOfCustomer(customerId, keyId) : null;
      if (!apiKey) return fail('API_KEY_NOT_FOUND', 'You have no API key with this id', 'id');
      await audit.record(
        {
          actorKind: 'customer',
          actorId: customerId,
          action: AUDIT_ACTIONS.apiKeyRevoked,
          targetKind: 'api_key',
          targetId: apiKey.id,
          details: keyDetails(apiKey, { kind: 'customer', customerId }),
        },
        meta,
      );
      return { apiKey };
    },

    /** An admin's key for a company's integration (`COMPANY_KEY_SCOPES` only), shown once. */
    async createForCompany(
      admin: AdminIdentity,
      input: { companyId: string } & Record<string, unknown>,
      meta: RequestMeta,
    ): Promise<{ apiKey: ApiKeyRow; key: string } | Failure> {
      const { companyId, ...keyInput } = input;
      const parsed = parseInput(ApiKeyInputSchema, keyInput);
      if ('error' in parsed) return parsed;
      const scopes = [...new Set(parsed.value.scopes.map((s) => SCOPE_OF_ENUM[s]!))];
      const refused = scopes.find((scope) => !COMPANY_KEY_SCOPES.includes(scope));
      if (refused) {
        return fail(
          'INVALID_INPUT',
          `A company key can only have ${COMPANY_KEY_SCOPES.join(', ')}: ${refused} reads or changes customers' data`,
          'scopes',
        );
      }
      // Active companies only: a deactivated company's keys stop working anyway.
      if (!isUuid(companyId) || !(await companies.byId(companyId))) {
        return fail('COMPANY_NOT_FOUND', 'No active company with this id', 'companyId');
      }
      const generated = generateApiKey();
      const apiKey = await rows.insertForCompany(companyId, admin.adminId, {
        name: parsed.value.name,
        prefix: generated.prefix,
        keyHash: generated.hash,
        scopes,
        expiresAt: parsed.value.expiresAt,
      });
      await audit.recordAdminAction(
        admin,
        AUDIT_ACTIONS.apiKeyCreated,
        { kind: 'api_key', id: apiKey.id },
        keyDetails(apiKey, { kind: 'company', companyId }),
        meta,
      );
      return { apiKey, key: generated.key };
    },

    async revokeForCompany(
      admin: AdminIdentity,
      keyId: string,
      meta: RequestMeta,
    ): Promise<{ apiKey: ApiKeyRow } | Failure> {
      const apiKey = isUuid(keyId) ? await rows.revokeCompanyKey(keyId) : null;
      if (!apiKey) return fail('API_KEY_NOT_FOUND', 'No company API key with this id', 'id');
      await audit.recordAdminAction(
        admin,
        AUDIT_ACTIONS.apiKeyRevoked,
        { kind: 'api_key', id: apiKey.id },
        keyDetails(apiKey, { kind: 'company', companyId: apiKey.companyId! }),
        meta,
      );
      return { apiKey };
    },

    /** Company keys, newest first: of one company, or of every company when null. */
    listForCompanies: (companyId: string | null) => rows.listOfCompanies(companyId),

    listForCustomer: (customerId: string) => rows.listOfCustomer(customerId),

    /** The gateway's check: who a presented key acts for, or why it does not work. */
    async verify(key: string): Promise<ApiKeyVerdict> {
      if (!KEY_PATTERN.test(key)) return { error: 'INVALID_API_KEY' };
      const found = await rows.check(sha256Hex(key));
      if (!found) return { error: 'INVALID_API_KEY' };
      if (found.revoked || found.ownerGone) return { error: 'REVOKED' };
      if (found.expired) return { error: 'EXPIRED' };
      await rows.touch(found.id);
      return {
        identity: {
          kind: 'partner',
          apiKeyId: found.id,
          scopes: found.scopes,
          owner: found.customerId
            ? { kind: 'customer', customerId: found.customerId }
            : { kind: 'company', companyId: found.companyId! },
        },
      };
    },
  };
}

export type ApiKeys = ReturnType<typeof createApiKeys>;
