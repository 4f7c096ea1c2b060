import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { accountFailure } from './account-failure.ts';

describe('accountFailure', () => {
  it('is undefined for a success', () => {
    expect(accountFailure(null, undefined)).toBeUndefined();
  });

  it('takes the AccountError of the result', () => {
    expect(
      accountFailure({ code: 'LOCKED_OUT', field: null, retryAfterSeconds: 37 }, undefined),
    ).toEqual({ code: 'LOCKED_OUT', retryAfterSeconds: 37 });
    expect(accountFailure({ code: 'INVALID_INPUT', field: 'email' }, undefined)).toEqual({
      code: 'INVALID_INPUT',
      field: 'email',
    });
  });

  it('reads the gateway rate limit and its retry-after from a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 12.2 } }],
      extensions: { requestId: 'req-1' },
    });
    expect(accountFailure(undefined, error)).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 13,
      requestId: 'req-1',
    });
  });

  it('reads a plain HTTP 429 with its Retry-After header', () => {
    const response = new Response('busy', { status: 429, headers: { 'retry-after': '30' } });
    const error = new ServerError('Too many', { response, bodyText: 'busy' });
    expect(accountFailure(undefined, error)).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 30,
    });
  });

  it('calls anything else that failed the request a network failure', () => {
    expect(accountFailure(undefined, new TypeError('Failed to fetch'))).toEqual({
      code: 'NETWORK',
    });
  });
});
