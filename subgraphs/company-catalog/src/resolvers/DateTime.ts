import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function isoDateTime(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  throw new GraphQLError('DateTime must be an ISO 8601 date and time with offset');
}

export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: isoDateTime,
  parseValue: isoDateTime,
  parseLiteral: (ast) => isoDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
