import type { ApiKeyScope } from '../__generated__/graphql.ts';

/** The scopes a customer's key can have, in the order they are offered. */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = [
  'CATALOG_READ',
  'QUOTES_READ',
  'QUOTES_WRITE',
  'ORDERS_READ',
];

/** The scope as partners see it in the API documentation (`quotes:write`). */
export function scopeName(scope: ApiKeyScope): string {
  return scope.toLowerCase().replace('_', ':');
}

/** Expiry choices of a new key, in days; `never` for a key that does not expire. */
export const API_KEY_EXPIRIES = ['30', '90', '365', 'never'] as const;
export type ApiKeyExpiry = (typeof API_KEY_EXPIRIES)[number];

export function expiresAtOf(expiry: ApiKeyExpiry, nowMs: number): string | null {
  if (expiry === 'never') return null;
  return new Date(nowMs + Number(expiry) * 86_400_000).toISOString();
}
