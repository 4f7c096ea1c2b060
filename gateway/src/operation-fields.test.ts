import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fragmentsOf, rootFieldNames } from './operation-fields.ts';

const rootFields = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition')!;
  return rootFieldNames(operation as never, fragmentsOf(document));
};

describe('root fields of an operation', () => {
  it('lists each response key once, through fragments, as GraphQL runs them', () => {
    expect(rootFields('mutation { a: signIn b: signIn signIn signIn }')).toEqual([
      'signIn',
      'signIn',
      'signIn',
    ]);
    expect(
      rootFields(
        'mutation { ...A ... on Mutation { c: signUp } } fragment A on Mutation { x: signIn ...A }',
      ),
    ).toEqual(['signIn', 'signUp']);
  });
});
