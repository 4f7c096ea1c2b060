import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fragmentsOf } from './operation-fields.ts';
import { operationCost, UNPAGED_LIST_SIZE } from './query-cost.ts';
import { maxAliasesRule, maxDepthRule } from './query-limits.ts';

const schema = buildSchema(`
  type Query { node: Node nodes: [Node!]! page(first: Int = 20): Page! }
  type Node { id: ID! child: Node children: [Node!]! page(first: Int = 20): Page! }
  type Page { totalCount: Int! nodes: [Node!]! edges: [Edge!]! }
  type Edge { cursor: String! node: Node! }
`);

const errorsOf = (query: string, rules = [maxDepthRule(3), maxAliasesRule(2)]) =>
  validate(schema, parse(query), [...specifiedRules, ...rules]).map((e) => ({
    message: e.message,
    ...e.extensions,
  }));

const cost = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition')!;
  return operationCost(schema, operation as never, fragmentsOf(document), variables);
};

describe('depth limit', () => {
  it('allows the limit and refuses one more level, naming both', () => {
    expect(errorsOf('{ node { child { id } } }')).toEqual([]);
    expect(errorsOf('query Deep { node { child { child { id } } } }')).toEqual([
      {
        message: 'Operation Deep is nested 4 levels deep; at most 3 are allowed',
        limit: 'depth',
        max: 3,
      },
    ]);
  });

  it('sees through fragments and inline fragments', () => {
    expect(
      errorsOf('{ node { ...A } } fragment A on Node { child { ... on Node { child { id } } } }'),
    ).toMatchObject([{ limit: 'depth' }]);
  });

  it('does not count introspection (its own rules decide who may ask)', () => {
    expect(errorsOf('{ __schema { types { fields { type { ofType { name } } } } } }')).toEqual([]);
  });
});

describe('alias limit', () => {
  it('counts aliases at every spread of a fragment', () => {
    expect(errorsOf('{ a: node { id } b: node { id } }')).toEqual([]);
    expect(errorsOf('{ a: node { ...F } b: node { ...F } } fragment F on Node { x: id }')).toEqual([
      { message: 'Operation uses 4 aliases; at most 2 are allowed', limit: 'aliases', max: 2 },
    ]);
  });

  it('measures a fragment bomb without expanding it', () => {
    const levels = 25; // 2^25 spreads if expanded
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Node { ${i + 1 < levels ? `a: child { ...F${i + 1} } b: child { ...F${i + 1} }` : 'id'} }`,
    ).join('\n');
    const started = performance.now();
    const errors = errorsOf(`{ node { ...F0 } } ${fragments}`, [
      maxDepthRule(100),
      maxAliasesRule(30),
    ]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(errors).toMatchObject([{ limit: 'aliases' }]);
  });
});

describe('operation cost', () => {
  it('counts 1 per field and a page per paged list', () => {
    expect(cost('{ node { id } }')).toBe(2);
    expect(cost('{ page(first: 50) { totalCount nodes { id } } }')).toBe(1 + 1 + (1 + 50 * 1));
    expect(cost('{ page { nodes { id } } }')).toBe(1 + (1 + 20 * 1)); // the schema's default
    expect(cost('{ page(first: 10) { edges { cursor node { id } } } }')).toBe(1 + (1 + 10 * 3));
  });

  it('takes `first` from the variables', () => {
    const query = 'query ($n: Int) { page(first: $n) { nodes { id } } }';
    expect(cost(query, { n: 100 })).toBe(1 + 1 + 100);
    expect(cost(query, {})).toBe(1 + 1 + 20);
  });

  it('multiplies nested lists, unpaged ones by a fixed guess', () => {
    expect(cost('{ nodes { page(first: 100) { nodes { id } } } }')).toBe(
      1 + UNPAGED_LIST_SIZE * (1 + (1 + 100)),
    );
  });

  it('counts fragments where they are spread, once per page', () => {
    expect(
      cost('{ page(first: 5) { nodes { ...N } } } fragment N on Node { id child { id } }'),
    ).toBe(1 + (1 + 5 * 3));
  });

  it('ignores introspection and __typename', () => {
    expect(cost('{ __typename __schema { types { name } } }')).toBe(0);
  });

  it('takes assumed list sizes and field weights from the hints', () => {
    const hints = { listSizes: { 'Node.children': 3 }, weights: { 'Query.node': 50 } };
    const document = parse('{ node { children { id } } nodes { children { id } } }');
    const operation = document.definitions[0]!;
    expect(operationCost(schema, operation as never, new Map(), {}, hints)).toBe(
      50 + (1 + 3 * 1) + (1 + UNPAGED_LIST_SIZE * (1 + 3 * 1)),
    );
    // A paged field's `first` still wins over a hint.
    const paged = parse('{ node { page(first: 7) { nodes { id } } } }').definitions[0]!;
    const pagedHints = { listSizes: { 'Page.nodes': 3 }, weights: {} };
    expect(operationCost(schema, paged as never, new Map(), {}, pagedHints)).toBe(1 + 1 + (1 + 7));
  });
});
