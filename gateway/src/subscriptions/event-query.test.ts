import { buildSchema, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EventQueryError, toEventQuery } from './event-query.ts';

const schema = buildSchema(`
  type Quote { id: ID! status: String! note(lang: String): String lines(first: Int): [String!]! }
  type Query { quote(id: ID!): Quote me: String }
  type Subscription { quoteUpdated(quoteId: ID): Quote! }
`);

const translate = (query: string, variables?: Record<string, unknown>, name?: string) =>
  toEventQuery(schema, parse(query), name, variables);

describe('subscriptions as event queries', () => {
  it('keeps the selection, alias, fragments and the variables they use', () => {
    const plan = translate(
      `subscription Live($id: ID, $lang: String, $n: Int) {
         live: quoteUpdated(quoteId: $id) { ...Q note(lang: $lang) }
       }
       fragment Q on Quote { id status lines(first: $n) }
       query Other { me }`,
      { id: 'q1', lang: 'hu', n: 3 },
      'Live',
    );
    expect(plan.responseKey).toBe('live');
    expect(plan.onlyId).toBe('q1');
    expect(plan.spec.queryField).toBe('quote');
    expect(plan.variables).toEqual({ lang: 'hu', n: 3 });
    expect(print(plan.document)).toBe(
      print(
        parse(`query Live($lang: String, $n: Int, $portalEventId: ID!) {
          live: quote(id: $portalEventId) { ...Q note(lang: $lang) }
        }
        fragment Q on Quote { id status lines(first: $n) }`),
      ),
    );
  });

  it('serves every id when the argument is absent or null, and avoids a taken variable name', () => {
    const plan = translate(
      'subscription($portalEventId: String) { quoteUpdated { id note(lang: $portalEventId) } }',
      { portalEventId: 'en' },
    );
    expect(plan.onlyId).toBeNull();
    expect(plan.idVariable).toBe('_portalEventId');
    expect(plan.variables).toEqual({ portalEventId: 'en' });
  });

  it('refuses what it cannot serve', () => {
    expect(() => translate('{ me }')).toThrow(EventQueryError);
    expect(() => translate('subscription { ... on Subscription { quoteUpdated { id } } }')).toThrow(
      /exactly one field/,
    );
    expect(() =>
      translate('subscription($id: ID!) { quoteUpdated(quoteId: $id) { id } }', {}),
    ).toThrow(EventQueryError);
  });
});
