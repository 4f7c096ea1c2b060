import type { ExecutionResult } from 'graphql';

/** What GraphiQL hands its fetcher: the operation, and the headers typed in its Headers tab. */
export interface ExplorerRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

const API_KEY_PREFIX = 'ppk_';

export type CredentialKind = 'apiKey' | 'token';

/** A partner key (`ppk_…`) or an access token (a JWT), with or without a `Bearer ` prefix. */
export function normalizeCredential(input: string): { value: string; kind: CredentialKind } | null {
  const value = input.trim().replace(/^Bearer\s+/i, '');
  if (value === '' || /\s/.test(value)) return null;
  return { value, kind: value.startsWith(API_KEY_PREFIX) ? 'apiKey' : 'token' };
}

/**
 * GraphiQL's fetcher: POSTs to the gateway's own `/graphql` (same origin, nothing else) with the
 * caller's credential as `Authorization: Bearer …`, which overrides one typed in the Headers tab.
 */
export function createExplorerFetcher(
  credential: string,
  endpoint = '/graphql',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
) {
  return async (
    request: ExplorerRequest,
    options?: { headers?: Record<string, unknown> },
  ): Promise<ExecutionResult> => {
    const typed = Object.fromEntries(
      Object.entries(options?.headers ?? {})
        .filter(([name]) => !['authorization', 'x-api-key'].includes(name.toLowerCase()))
        .map(([name, value]) => [name, String(value)]),
    );
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: {
        ...typed,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${credential}`,
      },
      body: JSON.stringify(request),
    });
    return (await response.json()) as ExecutionResult;
  };
}
