import { ApolloLink } from '@apollo/client';
import { catchError, defer, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import { isUnauthenticatedError, isUnauthenticatedResult } from './unauthenticated.ts';

/** Context flag of the session's own requests (refresh, sign out), which carry no token. */
export const SKIP_AUTH = 'skipAuth';

/** What the link needs of the session (see SessionManager). */
export interface AccessTokenSource {
  accessTokenForRequest(): Promise<string | undefined>;
  tokenAfterRejection(rejected: string): Promise<string | undefined>;
}

function withAuthorization(
  headers: Record<string, string> | undefined,
  token: string | undefined,
): Record<string, string> {
  const { authorization: _dropped, ...rest } = headers ?? {};
  return token ? { ...rest, authorization: `Bearer ${token}` } : rest;
}

/**
 * Sends the access token as `Authorization: Bearer …`. When the gateway still says
 * `UNAUTHENTICATED`, the session is refreshed once (shared with every other request turned
 * away at the same moment) and the request sent again — with the new token, or without one
 * when the session is over, so public pages keep working for the now signed-out visitor.
 */
export function createAuthLink(session: AccessTokenSource): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.getContext()[SKIP_AUTH]) return forward(operation);
    const send = (token: string | undefined): Observable<ApolloLink.Result> => {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: withAuthorization(headers, token),
      }));
      return forward(operation);
    };
    return defer(() => from(session.accessTokenForRequest())).pipe(
      mergeMap((token) => {
        if (!token) return send(undefined);
        let retried = false;
        const retry = () => {
          retried = true;
          return from(session.tokenAfterRejection(token)).pipe(mergeMap(send));
        };
        return send(token).pipe(
          mergeMap((result) => (isUnauthenticatedResult(result) ? retry() : of(result))),
          catchError((error: unknown) =>
            !retried && isUnauthenticatedError(error) ? retry() : throwError(() => error),
          ),
        );
      }),
    );
  });
}
