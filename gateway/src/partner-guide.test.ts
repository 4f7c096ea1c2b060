import { readFileSync } from 'node:fs';
import { ERROR_CODES } from '@portal/errors';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PASS_THROUGH_CODES } from './error-masking.ts';

// Partners program against the error codes listed in docs/partner-guide.md: a code the API can
// return must be in its table. The result codes come from every `…ErrorCode` enum of the API
// schema, so a new enum or enum value is caught as well. The admin mutations' codes (`Admin…`
// enums) are for the admin UI and the explorer, and are listed in docs/admin.md instead.

const readDoc = (name: string) =>
  readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');
const guide = readDoc('partner-guide.md');
const adminGuide = readDoc('admin.md');
const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** The rows of the table under a `### heading`: first cell's code → the row's other cells. */
function tableRows(heading: string, doc = guide): Map<string, string[]> {
  const start = doc.indexOf(`### ${heading}\n`);
  expect(start, `section "### ${heading}" in the doc`).toBeGreaterThanOrEqual(0);
  const section = doc.slice(start).split(/\n#{2,3} /)[0] ?? '';
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

  const resultEnums = Object.values(buildSchema(sdl).getTypeMap())
    .filter(isEnumType)
    .filter((type) => type.name.endsWith('ErrorCode'));
  const isAdmin = (type: { name: string }) => type.name.startsWith('Admin');
  /** `Enum.VALUE` of each value whose row is missing or does not name its enum. */
  const unlisted = (enums: typeof resultEnums, rows: Map<string, string[]>) =>
    enums.flatMap((type) =>
      type
        .getValues()
        .filter((value) => !rows.get(value.name)?.[0]?.includes(`\`${type.name}\``))
        .map((value) => `${type.name}.${value.name}`),
    );

  it('lists every value of every result error-code enum, naming its enum', () => {
    const rows = tableRows('Result `error.code`');
    const enums = resultEnums.filter((type) => !isAdmin(type));
    expect(enums.map((e) => e.name)).toEqual(
      expect.arrayContaining(['AccountErrorCode', 'QuoteErrorCode']),
    );
    expect(unlisted(enums, rows)).toEqual([]);
  });

  it("lists the admin enums' values in docs/admin.md", () => {
    const rows = tableRows('Result `error.code`', adminGuide);
    const enums = resultEnums.filter(isAdmin);
    expect(unlisted(enums, rows)).toEqual([]);
  });
});
