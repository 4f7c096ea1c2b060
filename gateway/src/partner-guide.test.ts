import { readFileSync } from 'node:fs';
import { ERROR_CODES } from '@portal/errors';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PASS_THROUGH_CODES } from './error-masking.ts';

// Partners program against the error codes listed in docs/partner-guide.md: a code the API can
// return must be in its table. The result codes come from every `…ErrorCode` enum of the API
// schema, so a new enum or enum value is caught as well.

const guide = readFileSync(new URL('../../docs/partner-guide.md', import.meta.url), 'utf8');
const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** The rows of the table under a `### heading`: first cell's code → the row's other cells. */
function tableRows(heading: string): Map<string, string[]> {
  const start = guide.indexOf(`### ${heading}\n`);
  expect(start, `section "### ${heading}" in the guide`).toBeGreaterThanOrEqual(0);
  const section = guide.slice(start).split(/\n#{2,3} /)[0] ?? '';
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const code = /^`([A-Z_]+)`$/.exec(cells[1] ?? '')?.[1];
    if (code) rows.set(code, cells.slice(2));
  }
  return rows;
}

/** Codes the HTTP layer answers with before any operation (`graphql-over-http.int.test.ts`). */
const HTTP_CODES = ['BAD_REQUEST', 'METHOD_NOT_ALLOWED', 'NOT_ACCEPTABLE', 'PAYLOAD_TOO_LARGE'];

describe('docs/partner-guide.md error codes', () => {
  it('lists every extensions.code the gateway lets through or adds', () => {
    const listed = [...tableRows('`extensions.code` (GraphQL errors)').keys()];
    const codes = new Set([...ERROR_CODES, ...PASS_THROUGH_CODES, ...HTTP_CODES]);
    expect([...codes].filter((code) => !listed.includes(code))).toEqual([]);
  });

  it('lists every value of every result error-code enum, naming its enum', () => {
    const rows = tableRows('Result `error.code`');
    const schema = buildSchema(sdl);
    const enums = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .filter((type) => type.name.endsWith('ErrorCode'));
    expect(enums.map((e) => e.name)).toEqual(
      expect.arrayContaining(['AccountErrorCode', 'QuoteErrorCode']),
    );
    const missing = enums.flatMap((type) =>
      type
        .getValues()
        .filter((value) => !rows.get(value.name)?.[0]?.includes(`\`${type.name}\``))
        .map((value) => `${type.name}.${value.name}`),
    );
    expect(missing).toEqual([]);
  });
});
