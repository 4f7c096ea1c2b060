import { type ApolloClient, ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { parse } from 'graphql';
import { firstValueFrom, Observable, of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { type AccessTokenSource, createAuthLink, SKIP_AUTH } from './auth-link.ts';

const query = parse('query Test { me { id } }');
const client = {} as ApolloClient;
const unauthenticated = {
  errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }],
};

/** A gateway that accepts only `valid`, and records the authorization of every request. */
function gateway(valid: string | undefined, seen: (string | undefined)[]) {
  return new ApolloLink((operation) => {
    const headers = operation.getContext().headers as Record<string, string> | undefined;
    const authorization = headers?.authorization;
    seen.push(authorization);
    if (authorization && authorization !== `Bearer ${valid}`) return of(unauthenticated);
    return of({ data: { me: authorization ? { id: 'c1' } : null } });
  });
}

function tokens(current: string | undefined, next: string | undefined): AccessTokenSource {
  return {
    accessTokenForRequest: vi.fn(async () => current),
    tokenAfterRejection: vi.fn(async () => next),
  };
}

const run = (link: ApolloLink, context: Record<string, unknown> = {}) =>
  firstValueFrom(ApolloLink.execute(link, { query, context }, { client }));

describe('the auth link', () => {
  it('sends the access token as a bearer token', async () => {
    const seen: (string | undefined)[] = [];
    const link = ApolloLink.from([createAuthLink(tokens('a1', 'a2')), gateway('a1', seen)]);
    expect(await run(link)).toEqual({ data: { me: { id: 'c1' } } });
    expect(seen).toEqual(['Bearer a1']);
  });

  it('sends nothing when signed out', async () => {
    const seen: (string | undefined)[] = [];
    const link = ApolloLink.from([
      createAuthLink(tokens(undefined, undefined)),
      gateway('a1', seen),
    ]);
    await run(link);
    expect(seen).toEqual([undefined]);
  });

  it('refreshes once on UNAUTHENTICATED and sends the request again', async () => {
    const seen: (string | undefined)[] = [];
    const source = tokens('expired', 'fresh');
    const link = ApolloLink.from([createAuthLink(source), gateway('fresh', seen)]);
    expect(await run(link)).toEqual({ data: { me: { id: 'c1' } } });
    expect(seen).toEqual(['Bearer expired', 'Bearer fresh']);
    expect(source.tokenAfterRejection).toHaveBeenCalledWith('expired');
  });

  it('retries without a token when the session is over, so public data still loads', async () => {
    const seen: (string | undefined)[] = [];
    const link = ApolloLink.from([
      createAuthLink(tokens('expired', undefined)),
      gateway('x', seen),
    ]);
    expect(await run(link)).toEqual({ data: { me: null } });
    expect(seen).toEqual(['Bearer expired', undefined]);
  });

  it('gives up after one retry', async () => {
    const seen: (string | undefined)[] = [];
    const source = tokens('expired', 'also-refused');
    const link = ApolloLink.from([createAuthLink(source), gateway('never', seen)]);
    expect(await run(link)).toEqual(unauthenticated);
    expect(seen).toHaveLength(2);
    expect(source.tokenAfterRejection).toHaveBeenCalledTimes(1);
  });

  it('treats a plain HTTP 401 the same way', async () => {
    const seen: (string | undefined)[] = [];
    let calls = 0;
    const flaky = new ApolloLink((operation) => {
      seen.push((operation.getContext().headers as Record<string, string>).authorization);
      calls += 1;
      if (calls === 1) {
        return new Observable((observer) =>
          observer.error(
            new ServerError('Unauthorized', {
              response: new Response('{}', { status: 401 }),
              bodyText: '{}',
            }),
          ),
        );
      }
      return of({ data: { me: { id: 'c1' } } });
    });
    const link = ApolloLink.from([createAuthLink(tokens('expired', 'fresh')), flaky]);
    expect(await run(link)).toEqual({ data: { me: { id: 'c1' } } });
    expect(seen).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it("leaves the session's own requests alone", async () => {
    const seen: (string | undefined)[] = [];
    const source = tokens('a1', 'a2');
    const link = ApolloLink.from([createAuthLink(source), gateway('a1', seen)]);
    await run(link, { [SKIP_AUTH]: true });
    expect(seen).toEqual([undefined]);
    expect(source.accessTokenForRequest).not.toHaveBeenCalled();
  });
});
