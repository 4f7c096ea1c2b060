import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { fieldError } from './field-error.ts';
import { requestIdOf } from './request-id.ts';

const graphQLErrors = (
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[],
  requestId = 'req-1',
) => new CombinedGraphQLErrors({ data: null, errors, extensions: { requestId } });

const unavailable = {
  message: 'Company database unavailable',
  path: ['company', 'materials'],
  extensions: { code: 'COMPANY_UNAVAILABLE' },
};

describe('fieldError', () => {
  it('is undefined without an error', () => {
    expect(fieldError(undefined, ['company', 'materials'])).toBeUndefined();
  });

  it('names an unavailable company database at the field', () => {
    expect(fieldError(graphQLErrors([unavailable]), ['company', 'materials'])).toEqual({
      kind: 'unavailable',
      code: 'COMPANY_UNAVAILABLE',
      requestId: 'req-1',
    });
  });

  it('leaves errors of other fields to them', () => {
    expect(
      fieldError(graphQLErrors([unavailable]), ['company', 'materialFilters']),
    ).toBeUndefined();
  });

  it('takes errors under the field and above it', () => {
    const below = { ...unavailable, path: ['company', 'materials', 'edges', 3, 'node', 'brand'] };
    expect(fieldError(graphQLErrors([below]), ['company', 'materials'])?.kind).toBe('unavailable');
    const above = {
      message: 'No such company',
      path: ['company'],
      extensions: { code: 'NOT_FOUND' },
    };
    expect(fieldError(graphQLErrors([above]), ['company', 'materials'])?.kind).toBe('not-found');
  });

  it('takes errors of the whole operation', () => {
    const limited = { message: 'Slow down', extensions: { code: 'RATE_LIMITED' } };
    expect(fieldError(graphQLErrors([limited]), ['company', 'fees'])?.kind).toBe('rate-limited');
  });

  it('calls unknown codes other', () => {
    const odd = { message: 'Boom', path: ['company', 'fees'] };
    expect(fieldError(graphQLErrors([odd]), ['company', 'fees'])).toEqual({
      kind: 'other',
      requestId: 'req-1',
    });
  });

  it('calls a failed request a network error, with the id the server echoed', () => {
    const response = new Response('bad gateway', {
      status: 502,
      headers: { 'x-request-id': 'req-9' },
    });
    const error = new ServerError('Response not successful', { response, bodyText: 'bad gateway' });
    expect(fieldError(error, ['company', 'fees'])).toEqual({ kind: 'network', requestId: 'req-9' });
    expect(fieldError(new TypeError('Failed to fetch'), ['company', 'fees'])).toEqual({
      kind: 'network',
    });
  });
});

describe('requestIdOf', () => {
  it('reads the id from the response extensions', () => {
    expect(requestIdOf(graphQLErrors([unavailable], 'abc'))).toBe('abc');
  });

  it('has none for other errors', () => {
    expect(requestIdOf(new Error('render failed'))).toBeUndefined();
    expect(requestIdOf(undefined)).toBeUndefined();
  });
});
