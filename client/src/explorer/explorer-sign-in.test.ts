import { describe, expect, it } from 'vitest';
import { manifestHash } from '../apollo/persisted-query-link.ts';
import { ExplorerAdminSignIn, signInAdmin } from './explorer-sign-in.ts';

type Sent = { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } };

function fakeGateway(answer: (body: Sent) => unknown) {
  const sent: Sent[] = [];
  const fetchImpl = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Sent;
    sent.push(body);
    return new Response(JSON.stringify(answer(body)));
  };
  return { sent, fetchImpl };
}

const SIGNED_IN = { data: { adminSignIn: { session: { accessToken: 'eyJ.a.b' }, error: null } } };

describe('signInAdmin', () => {
  it('sends the manifest hash only, and returns the access token', async () => {
    const { sent, fetchImpl } = fakeGateway(() => SIGNED_IN);
    expect(await signInAdmin('a@example.hu', 'pw', '/graphql', fetchImpl)).toEqual({
      token: 'eyJ.a.b',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query).toBeUndefined();
    expect(sent[0]!.extensions?.persistedQuery?.sha256Hash).toBe(manifestHash(ExplorerAdminSignIn));
  });

  it('sends the document in full to a gateway that does not know the hash', async () => {
    const { sent, fetchImpl } = fakeGateway((body) =>
      body.query
        ? SIGNED_IN
        : { errors: [{ message: 'x', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
    );
    expect(await signInAdmin('a@example.hu', 'pw', '/graphql', fetchImpl)).toEqual({
      token: 'eyJ.a.b',
    });
    expect(sent).toHaveLength(2);
    expect(sent[1]!.query).toContain('mutation Explorer_AdminSignIn');
    expect(sent[1]!.extensions).toBeUndefined();
  });

  it('returns the failure code of a refused sign-in', async () => {
    const { fetchImpl } = fakeGateway(() => ({
      data: { adminSignIn: { session: null, error: { code: 'INVALID_CREDENTIALS' } } },
    }));
    expect(await signInAdmin('a@example.hu', 'no', '/graphql', fetchImpl)).toEqual({
      failure: 'INVALID_CREDENTIALS',
    });
  });
});
