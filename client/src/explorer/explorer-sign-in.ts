import { type ExecutionResult, print } from 'graphql';
import { graphql } from '../__generated__/gql.ts';
import { manifestHash } from '../apollo/persisted-query-link.ts';

/** An admin's way into the explorer: a short-lived access token for their own session. */
export const ExplorerAdminSignIn = graphql(`
  mutation Explorer_AdminSignIn($email: String!, $password: String!) {
    adminSignIn(email: $email, password: $password) {
      session {
        accessToken
      }
      error {
        code
      }
    }
  }
`);

type SignInData = {
  adminSignIn?: { session: { accessToken: string } | null; error: { code: string } | null };
};

export type SignInOutcome = { token: string } | { failure: string };

/**
 * Signs an admin in for the explorer. Sent like the web client sends its operations (the
 * manifest hash first, docs/decisions/019), so it works with trusted documents enforced; a
 * gateway that does not know the hash gets the document in full.
 */
export async function signInAdmin(
  email: string,
  password: string,
  endpoint = '/graphql',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<SignInOutcome> {
  const variables = { email, password };
  const send = async (body: Record<string, unknown>) => {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName: 'Explorer_AdminSignIn', variables, ...body }),
    });
    return (await response.json()) as ExecutionResult<SignInData>;
  };
  const hash = manifestHash(ExplorerAdminSignIn);
  let result = hash
    ? await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
    : undefined;
  if (!result || result.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    result = await send({ query: print(ExplorerAdminSignIn) });
  }
  const outcome = result.data?.adminSignIn;
  if (outcome?.session) return { token: outcome.session.accessToken };
  const code = outcome?.error?.code ?? result.errors?.[0]?.extensions?.code;
  return { failure: typeof code === 'string' ? code : 'INTERNAL' };
}
