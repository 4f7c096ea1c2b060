import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { CompaniesStep_CompaniesDocument } from '../__generated__/graphql.ts';
import manifest from '../__generated__/persisted-documents.json' with { type: 'json' };
import { createCache } from './create-cache.ts';
import { createPersistedQueryLink, manifestHash } from './persisted-query-link.ts';

// The real Apollo Client and links over a fake fetch: what goes on the wire for an operation of
// the app (trusted documents, docs/decisions/019-trusted-documents.md).

type Body = { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } };
const COMPANIES = {
  __typename: 'Query',
  companies: [{ __typename: 'Company', id: '1', name: 'Alfa' }],
};
const NOT_FOUND = { errors: [{ message: 'x', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };

function clientWith(answer: (body: Body) => unknown) {
  const sent: Body[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Body;
    sent.push(body);
    return new Response(JSON.stringify(answer(body)), {
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = new ApolloClient({
    link: ApolloLink.from([createPersistedQueryLink(), new HttpLink({ uri: '/graphql', fetch })]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
      mutate: { errorPolicy: 'all' },
    },
  });
  return { client, sent };
}

describe('persisted query link', () => {
  it('sends an app operation as its manifest hash only', async () => {
    const hash = manifestHash(CompaniesStep_CompaniesDocument)!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // The manifest the gateway reads has this hash, for this document.
    const document = (manifest as Record<string, string>)[hash]!;
    expect(createHash('sha256').update(document).digest('hex')).toBe(hash);

    const { client, sent } = clientWith(() => ({ data: COMPANIES }));
    const result = await client.query({ query: CompaniesStep_CompaniesDocument });
    expect(result.data).toEqual(COMPANIES);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query).toBeUndefined();
    expect(sent[0]!.extensions?.persistedQuery).toEqual({ version: 1, sha256Hash: hash });
  });

  it('falls back to full documents when the gateway does not know the hash', async () => {
    const { client, sent } = clientWith((body) => (body.query ? { data: COMPANIES } : NOT_FOUND));
    const result = await client.query({ query: CompaniesStep_CompaniesDocument });
    expect(result.data).toEqual(COMPANIES);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.query).toContain('query CompaniesStep_Companies');
    // Without the hash: Apollo Server would refuse a document under another print's hash.
    expect(sent[1]!.extensions?.persistedQuery).toBeUndefined();
  });
});
