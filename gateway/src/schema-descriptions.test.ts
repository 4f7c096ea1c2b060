import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Partners build on the API schema (`gateway/schema.graphql`, made by `npm run compose`) and
 * read it in their tools: every name they can use carries a description, and every
 * deprecation says why and what to use instead.
 */
function undocumented(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim() === '';
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) {
      if (blank(arg.description)) missing.push(`argument ${owner}(${arg.name})`);
      if (arg.deprecationReason !== undefined && blank(arg.deprecationReason)) {
        missing.push(`deprecation reason of ${owner}(${arg.name})`);
      }
    }
  };
  const types = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
  for (const type of types) {
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (blank(field.description)) missing.push(`field ${name}`);
        if (field.deprecationReason !== undefined && blank(field.deprecationReason)) {
          missing.push(`deprecation reason of ${name}`);
        }
        checkArgs(name, field.args);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (blank(field.description)) missing.push(`input field ${name}`);
        if (field.deprecationReason !== undefined && blank(field.deprecationReason)) {
          missing.push(`deprecation reason of ${name}`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        const name = `${type.name}.${value.name}`;
        if (blank(value.description)) missing.push(`enum value ${name}`);
        if (value.deprecationReason !== undefined && blank(value.deprecationReason)) {
          missing.push(`deprecation reason of ${name}`);
        }
      }
    }
  }
  for (const directive of schema.getDirectives()) {
    if (['skip', 'include', 'deprecated', 'specifiedBy', 'oneOf'].includes(directive.name))
      continue;
    if (blank(directive.description)) missing.push(`directive @${directive.name}`);
    checkArgs(`@${directive.name}`, directive.args);
  }
  return missing;
}

describe('API schema descriptions', () => {
  it('finds what lacks a description or a deprecation reason', () => {
    const sdl = `
      """A query root."""
      type Query {
        """Documented."""
        ok(
          """Documented."""
          a: Int
          b: Int
        ): Int
        bare: Int
        old: Int @deprecated(reason: "")
      }
      enum Color {
        """Documented."""
        RED
        BLUE
      }
      """Documented."""
      input Filter { x: Int }
    `;
    expect(undocumented(sdl)).toEqual([
      'argument Query.ok(b)',
      'field Query.bare',
      'field Query.old',
      'deprecation reason of Query.old',
      'type Color',
      'enum value Color.BLUE',
      'input field Filter.x',
    ]);
  });

  it('documents every type, field, argument, enum value and input field of the API', () => {
    const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(undocumented(sdl)).toEqual([]);
  });
});
