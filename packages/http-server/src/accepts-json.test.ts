import { describe, expect, it } from 'vitest';
import { acceptsJson } from './serve-apollo.ts';

describe('acceptsJson', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['application/json', true],
    ['application/graphql-response+json, application/json;q=0.9', true],
    ['text/html,application/xhtml+xml,*/*;q=0.8', true],
    ['APPLICATION/*', true],
    ['application/json; q=0.5', true],
    ['application/xml', false],
    ['text/html, application/json;q=0', false],
    ['application/json; q=0.000', false],
    ['multipart/mixed', false],
  ])('%s → %s', (accept, expected) => {
    expect(acceptsJson(accept)).toBe(expected);
  });
});
