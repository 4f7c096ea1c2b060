import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

// fast-check arbitraries for a GraphQL operation's variables, made from the schema's argument
// types: mostly values of the right shape (so the call reaches the resolvers and the
// databases), filled with hostile strings and edge numbers, and now and then a value of the
// wrong shape (null where non-null, a fraction where an Int is expected, an unknown enum value,
// an extra input field) that the gateway must refuse cleanly.

/** Strings every text field is fed: injections, markup, unicode edge cases, sizes. */
export const HOSTILE_STRINGS: readonly string[] = [
  "'; drop table quotes; --",
  "Robert'); delete from customers where ''=('",
  "' or '1'='1' --",
  '1; select pg_sleep(3) --',
  '$$; drop table customers; $$',
  "E'\\\\x00' || chr(0)",
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '</textarea><svg/onload=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, sent as text
  '{{7*7}} ${7*7} #{7*7} <%= 7*7 %>',
  '%s%s%s%n%x',
  '../../../../etc/passwd',
  '\\',
  'nul\u0000byte',
  '\u0000',
  'lone high \ud800 surrogate',
  '\udfff',
  'a\ud83dz',
  '\u202eevil.exe\u202c',
  '\u200b\u200c\u200d\u2060\ufeff',
  'مرحبا بالعالم \u200f',
  'Z̴̡̛̘a̷̮̓l̶̛̠g̵͉̈́o̸',
  '🪚🪵 👨‍👩‍👧‍👦 🇭🇺',
  'Árvíztűrő tükörfúrógép ŐŰőű',
  '\ufffd\ufffe\uffff',
  '',
  ' ',
  '\n\r\t\u000b\u000c',
  '\u0085\u2028\u2029',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x7fffffff',
  '__proto__',
  'constructor',
  'x'.repeat(201),
  'ő'.repeat(2001),
  'y'.repeat(100_000),
];

/** Ids that are not the caller's, or not ids at all. */
const HOSTILE_IDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-4000-8000-00000000000g',
  'not-an-id',
  '-1',
  '0',
  "1' or '1'='1",
  '<script>',
  '',
  '\u0000',
  'a'.repeat(5000),
];

/** What the generator knows of the running system: real ids make calls get past "not found". */
export interface FuzzWorld {
  /** Ids of things that exist (companies, materials, the caller's quotes and keys…). */
  ids: string[];
  /** Email addresses that exist. */
  emails: string[];
  /** Ids that fit an argument or input field of this name (`companyId`, `materialId`…). */
  idsByName?: Record<string, string[]>;
}

const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    // Raw UTF-16 code units: lone surrogates, controls, non-characters.
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 20,
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...HOSTILE_STRINGS.slice(0, 12)), fc.string({ maxLength: 10 }))
        .map(([a, b]) => `${b}${a}${b}`),
    },
  );

/** Strings shaped by the argument's name, so e.g. an email field sometimes gets an email. */
function stringFor(name: string, world: FuzzWorld): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  const shaped: fc.Arbitrary<string>[] = [];
  if (n.includes('email')) {
    shaped.push(
      fc.constantFrom(...world.emails),
      fc.emailAddress(),
      fc.constantFrom("o'reilly@example.hu", '"<script>"@example.hu', 'a@b', '@', 'x'.repeat(300)),
    );
  }
  if (n.includes('password')) shaped.push(fc.constantFrom('Lapszabasz-2026-fuzz!', 'a', ''));
  if (n.includes('url')) {
    shaped.push(
      fc.constantFrom('http://127.0.0.1:1/', 'file:///etc/passwd', 'gopher://x', 'http://[::1'),
    );
  }
  if (n.includes('idempotency')) shaped.push(fc.uuid());
  if (n.includes('locale') || n.includes('lang')) shaped.push(fc.constantFrom('hu', 'en', 'xx'));
  if (shaped.length === 0) return hostileString();
  return fc.oneof(
    { weight: 2, arbitrary: fc.oneof(...shaped) },
    { weight: 2, arbitrary: hostileString() },
  );
}

const INT_EDGES = [0, -1, 1, 2, 3, 7, 100, 1000, 2_147_483_647, -2_147_483_648];

/** Not an Int: refused by variable coercion (400 BAD_USER_INPUT). */
const NOT_INTS = fc.constantFrom(2_147_483_648, -2_147_483_649, 1.5, 1e308, 'NaN', '12', true);

function intValue(name: string): fc.Arbitrary<unknown> {
  const n = name.toLowerCase();
  const plausible =
    n.includes('version') || n.includes('first') || n.includes('quantity')
      ? fc.integer({ min: -2, max: 120 })
      : n.endsWith('mm')
        ? fc.integer({ min: -10, max: 6000 })
        : fc.integer({ min: -100, max: 100 });
  return fc.oneof(
    { weight: 4, arbitrary: plausible },
    { weight: 3, arbitrary: fc.constantFrom(...INT_EDGES) },
    { weight: 1, arbitrary: fc.integer() },
  );
}

function floatValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.1, -1) },
  );
}

function scalarValue(
  type: GraphQLNamedType,
  name: string,
  world: FuzzWorld,
  wellTyped: boolean,
): fc.Arbitrary<unknown> {
  /** The right kind of value, and now and then (when not `wellTyped`) the wrong kind. */
  const mixed = (right: fc.Arbitrary<unknown>, wrong: fc.Arbitrary<unknown>) =>
    wellTyped ? right : fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: wrong });
  switch (type.name) {
    case 'String':
      return mixed(stringFor(name, world), fc.constantFrom(1, true, ['a'], { a: 1 }));
    case 'ID': {
      const fitting = world.idsByName?.[name];
      return mixed(
        fc.oneof(
          ...(fitting?.length ? [{ weight: 8, arbitrary: fc.constantFrom(...fitting) }] : []),
          { weight: 5, arbitrary: fc.constantFrom(...world.ids) },
          { weight: 1, arbitrary: fc.uuid() },
          { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
          { weight: 1, arbitrary: hostileString() },
          // An Int is a valid ID literal too.
          { weight: 1, arbitrary: fc.constantFrom(12, -1, 0) },
        ),
        fc.constantFrom(1.5, true, { id: 1 }),
      );
    }
    case 'Int':
      return mixed(intValue(name), NOT_INTS);
    case 'Float':
      return mixed(floatValue(), fc.constantFrom('NaN', 'Infinity', '1.5', false));
    case 'Boolean':
      return mixed(fc.boolean(), fc.constantFrom('true', 0, 1));
    case 'Decimal':
      return mixed(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom('0', '12.50', '-1', '100', '100.01', '99.99') },
          {
            weight: 2,
            arbitrary: fc.constantFrom(
              '1e400',
              'NaN',
              'Infinity',
              '',
              ' 1',
              '0x10',
              '1,5',
              '9'.repeat(400),
            ),
          },
        ),
        fc.constantFrom(12.5, -0, 1e308),
      );
    case 'DateTime':
      return mixed(
        fc.oneof(
          {
            weight: 3,
            arbitrary: fc
              .integer({ min: -3_600_000 * 24 * 400, max: 3_600_000 * 24 * 400 })
              .map((ms) => new Date(Date.now() + ms).toISOString()),
          },
          {
            weight: 2,
            arbitrary: fc.constantFrom(
              'not a date',
              '2026-02-30T00:00:00Z',
              '0000-01-01T00:00:00Z',
              '+275760-09-13T00:00:00.000Z',
              '2026-13-01',
              '',
              '1',
            ),
          },
        ),
        fc.constantFrom(0, -1, 8.64e15),
      );
    default:
      // A scalar this file does not know yet: strings and some other JSON.
      return fc.oneof(
        { weight: 3, arbitrary: hostileString() },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, true, { a: 1 }, []) },
      );
  }
}

const MAX_DEPTH = 4;

/**
 * A value for a variable of `type` (its argument or input field named `name`). `wellTyped`:
 * always of the right shape (it passes variable coercion, only the content is hostile);
 * otherwise now and then of the wrong shape.
 */
export function valueFor(
  type: GraphQLInputType,
  name: string,
  world: FuzzWorld,
  wellTyped: boolean,
  depth = 0,
  nonNull = false,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const value = valueFor(type.ofType, name, world, wellTyped, depth, true);
    if (wellTyped) return value;
    return fc.oneof({ weight: 14, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const nullable = (arbitrary: fc.Arbitrary<unknown>) =>
    nonNull
      ? arbitrary
      : fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  const mixed = (right: fc.Arbitrary<unknown>, ...wrong: fc.Arbitrary<unknown>[]) =>
    wellTyped
      ? right
      : fc.oneof(
          { weight: 10, arbitrary: right },
          ...wrong.map((arbitrary) => ({ weight: 1, arbitrary })),
        );
  if (isListType(type)) {
    const item = valueFor(type.ofType, name, world, wellTyped, depth + 1);
    return nullable(
      fc.oneof(
        { weight: 8, arbitrary: fc.array(item, { maxLength: depth >= MAX_DEPTH ? 0 : 4 }) },
        // A single value where a list is expected (GraphQL coerces it to a list of one).
        { weight: 1, arbitrary: item },
        // Many items at once.
        { weight: 1, arbitrary: item.chain((one) => fc.constant(Array(300).fill(one))) },
      ),
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return nullable(
      mixed(
        fc.constantFrom(...values),
        fc.constantFrom('NOT_A_VALUE', values[0]!.toLowerCase(), '', 0, `${values[0]} `),
      ),
    );
  }
  if (isInputObjectType(type)) {
    if (depth >= MAX_DEPTH) return nullable(fc.constant({}));
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      record[field.name] = valueFor(field.type, field.name, world, wellTyped, depth + 1);
    }
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    const object = fc.record(record, { requiredKeys: required });
    return nullable(
      mixed(
        object,
        // An input field the type does not have, and the prototype's names.
        object.map((o) => ({ ...o, notAField: "'; drop table x; --" })),
        object.map((o) => {
          const json = JSON.stringify(o);
          const rest = json === '{}' ? '}' : `,${json.slice(1)}`;
          return JSON.parse(`{"__proto__":{"admin":true}${rest}`) as unknown;
        }),
        // Not an object at all.
        fc.constantFrom('{}', 1, [], true),
      ),
    );
  }
  return nullable(scalarValue(getNamedType(type), name, world, wellTyped));
}

/** One mutation (or query) field as a document with a variable per argument. */
export interface FieldCall {
  field: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** The document calling `field` of `Mutation` with all its arguments as variables. */
export function fieldCall(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  world: FuzzWorld,
  operation: 'mutation' | 'query' = 'mutation',
): FieldCall {
  const args = field.args;
  const definitions = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passing = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = `${operation} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${
    passing ? `(${passing})` : ''
  } ${selectionOf(field.type, schema, 2)} }`;
  const requiredKeys = args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
  const variablesOf = (wellTyped: boolean) => {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const a of args) record[a.name] = valueFor(a.type, a.name, world, wellTyped);
    // Optional arguments are sometimes left out.
    return fc.record(record, { requiredKeys });
  };
  // Three in four calls are of the right shape, so they reach the resolvers and databases; the
  // rest test the gateway's variable checks (and now and then an undeclared variable).
  const variables = fc.oneof(
    { weight: 9, arbitrary: variablesOf(true) },
    { weight: 3, arbitrary: variablesOf(false) },
    { weight: 1, arbitrary: variablesOf(true).map((v) => ({ ...v, undeclared: '<script>' })) },
  );
  return { field: field.name, document, variables };
}

/**
 * A selection of the result: its leaf fields without required arguments, `levels` deep, so the
 * stored (hostile) values are read back and rendered too.
 */
export function selectionOf(
  type: GraphQLOutputType,
  schema: GraphQLSchema,
  levels: number,
): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named) || levels <= 0) return '{ __typename }';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (f.deprecationReason) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (levels > 1 && isObjectType(inner))
      parts.push(`${f.name} ${selectionOf(f.type, schema, levels - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}
