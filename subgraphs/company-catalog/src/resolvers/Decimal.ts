import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d+(\.\d+)?$/;

function exact(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  // A number here would already have passed through a binary float.
  throw new GraphQLError(`Decimal must be a string holding an exact decimal, e.g. "12.50"`);
}

export const Decimal = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  serialize: exact,
  parseValue: exact,
  parseLiteral: (ast) => exact(ast.kind === Kind.STRING ? ast.value : undefined),
});
