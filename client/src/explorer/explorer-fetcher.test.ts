import { describe, expect, it } from 'vitest';
import { createExplorerFetcher, normalizeCredential } from './explorer-fetcher.ts';

describe('normalizeCredential', () => {
  it.each([
    ['ppk_ab12_secret', { value: 'ppk_ab12_secret', kind: 'apiKey' }],
    ['  Bearer ppk_ab12_secret ', { value: 'ppk_ab12_secret', kind: 'apiKey' }],
    ['eyJhbGciOiJFUzI1NiJ9.e30.sig', { value: 'eyJhbGciOiJFUzI1NiJ9.e30.sig', kind: 'token' }],
    ['', null],
    ['   ', null],
    ['two words', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCredential(input)).toEqual(expected);
  });
});

describe('createExplorerFetcher', () => {
  it('posts to the same-origin endpoint with the credential, over a typed Authorization', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetcher = createExplorerFetcher('ppk_ab12_secret', '/graphql', async (url, init) => {
      calls.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify({ data: { ok: true } }));
    });
    const result = await fetcher(
      { query: '{ companies { id } }', operationName: null },
      { headers: { Authorization: 'Bearer someone-else', 'x-request-id': 'r1' } },
    );
    expect(result).toEqual({ data: { ok: true } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/graphql');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers).toEqual({
      'x-request-id': 'r1',
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: 'Bearer ppk_ab12_secret',
    });
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      query: '{ companies { id } }',
      operationName: null,
    });
  });
});
