import { randomBytes } from 'node:crypto';
import type { ApiKeyScope, Identity } from '@portal/identity';
import type { ApiKeyRow, ApiKeyRows } from '../data/api-key-rows.ts';
import { isUuid } from '../data/uuid.ts';
import { type Failure, fail } from './account-error.ts';
import { ApiKeyInputSchema, parseInput } from './account-input.ts';
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

export type ApiKeyVerdict =
  | { identity: Extract<Identity, { kind: 'partner' }> }
  | { error: 'INVALID_API_KEY' | 'EXPIRED' | 'REVOKED' };

export function createApiKeys(rows: ApiKeyRows) {
  return {
    async createForCustomer(
      customerId: string,
      input: unknown,
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
      return { apiKey, key: generated.key };
    },

    async revokeForCustomer(
      customerId: string,
      keyId: string,
    ): Promise<{ apiKey: ApiKeyRow } | Failure> {
      const apiKey = isUuid(keyId) ? await rows.revokeOfCustomer(customerId, keyId) : null;
      if (!apiKey) return fail('API_KEY_NOT_FOUND', 'You have no API key with this id', 'id');
      return { apiKey };
    },

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
