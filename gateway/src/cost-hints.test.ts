import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNullableType,
  isListType,
  isObjectType,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { COST_HINTS } from './cost-hints.ts';
import { fragmentsOf } from './operation-fields.ts';
import { operationCost } from './query-cost.ts';
import { DEFAULT_LIMITS } from './server.ts';

// The hints against the public schema: they must name real fields (a rename would silently
// drop one), and the quote builder's query must fit the default cost limit.

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

const cost = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return operationCost(schema, operation, fragmentsOf(document), {});
};

const amounts = 'net { amount currency } vat { amount } gross { amount } vatRate';
/** What a quote builder asks: totals, the per-material breakdown and every board's diagram. */
const board = `index lengthMm widthMm usable { x y widthMm heightMm }
  placements { x y widthMm heightMm rotated row label } cuts { x1 y1 x2 y2 }
  usage pricingMethod chargedM2`;
const preview = (boards: 'nested' | 'top') => `
  previewQuote(companyId: $companyId, input: $input) {
    catalogVersion pricedAt currency
    materials {
      material { id name } boardsUsed usage pricingMethod chargedM2 cutLengthM
      boardMaterial { ${amounts} }
      edgeBandings { edgeBanding { id label } lengthM amounts { ${amounts} } }
      cutting { lengthM amounts { ${amounts} } }
      services { service quantity unit amounts { ${amounts} } }
      total { ${amounts} }
      ${boards === 'nested' ? `boards { ${board} }` : ''}
    }
    ${boards === 'top' ? `boards { material { id } ${board} }` : ''}
    accessories { row accessory { id name } quantity amounts { ${amounts} } }
    fees { row fee { id name } quantity amounts { ${amounts} } }
    totals { materials { ${amounts} } accessories { ${amounts} } fees { ${amounts} } quote { ${amounts} } }
    discount { percent discountableGross { amount } amount { amount } }
    finalTotal { amount currency }
  }`;
const operation = (body: string) =>
  `query Preview($companyId: ID!, $input: QuoteInput!) { ${body} }`;

describe('cost hints', () => {
  it('name list fields (sizes) and fields (weights) of the public schema', () => {
    const field = (name: string) => {
      const [type, fieldName] = name.split('.');
      const named = schema.getType(type!);
      return isObjectType(named) ? named.getFields()[fieldName!] : undefined;
    };
    for (const name of Object.keys(COST_HINTS.listSizes)) {
      const definition = field(name);
      expect(definition, name).toBeDefined();
      expect(isListType(getNullableType(definition!.type)), name).toBe(true);
    }
    for (const name of Object.keys(COST_HINTS.weights)) expect(field(name), name).toBeDefined();
  });

  it("let the quote builder's full preview pass, with the diagrams under materials or at the top", () => {
    const nested = cost(operation(preview('nested')));
    const top = cost(operation(preview('top')));
    expect(nested).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(top).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    // The same boards either way: the estimates stay close.
    expect(Math.abs(nested - top)).toBeLessThan(0.2 * top);
    // And the document stays within the token limit.
    expect(() =>
      parse(operation(preview('nested')), { maxTokens: DEFAULT_LIMITS.maxTokens }),
    ).not.toThrow();
  });

  it('refuse two full previews in one request, and five bare ones', () => {
    expect(cost(operation(`a: ${preview('nested')} b: ${preview('top')}`))).toBeGreaterThan(
      DEFAULT_LIMITS.maxCost,
    );
    const bare = Array.from(
      { length: 5 },
      (_, i) =>
        `p${i}: previewQuote(companyId: $companyId, input: $input) { finalTotal { amount } }`,
    ).join(' ');
    expect(cost(operation(bare))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it("let the comparison view's query pass, and refuse three comparisons in one request", () => {
    const comparison = `compareQuote(sourceCompanyId: $companyId, input: $input, companyIds: [$companyId]) {
      companies {
        companyId status unavailable { code reason message }
        pricing {
          finalTotal { amount currency } totals { quote { ${amounts} } }
          materials { material { id name } boardsUsed total { gross { amount } } }
          accessories { row accessory { id name } amounts { gross { amount currency } } }
          fees { row fee { id name } amounts { gross { amount currency } } }
        }
        matches { kind sourceId targetId how }
        missing { kind sourceId sourceName searched fields }
        substitutionsUsed { kind sourceId targetId how }
      }
    }`;
    expect(cost(operation(comparison))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    const three = ['a', 'b', 'c'].map((alias) => `${alias}: ${comparison}`).join(' ');
    expect(cost(operation(three))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});
