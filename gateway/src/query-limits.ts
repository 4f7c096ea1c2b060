import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Validation rules that refuse expensive documents before any subgraph is called. Apollo
 * answers their errors with `GRAPHQL_VALIDATION_FAILED` and HTTP 400; `extensions.limit` and
 * `extensions.max` say which limit and where it is. Fragments are measured where they are
 * spread (so they cannot hide depth or aliases), each once per document (so a fragment spread
 * many times cannot make the measuring itself slow). Introspection fields (`__schema`,
 * `__type`) are not counted: the introspection rules decide who may ask for them.
 */

type Measure = (selectionSet: SelectionSetNode, fragments: Memo) => number;
type Memo = (name: string) => number;

function perOperation(
  context: ValidationContext,
  measure: Measure,
  check: (value: number, operationName: string | undefined) => GraphQLError | null,
): ASTVisitor {
  return {
    Document(document) {
      const definitions = new Map<string, FragmentDefinitionNode>();
      for (const d of document.definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) definitions.set(d.name.value, d);
      }
      const memo = new Map<string, number>();
      const fragment: Memo = (name) => {
        const known = memo.get(name);
        if (known !== undefined) return known;
        memo.set(name, 0); // a cycle (refused by NoFragmentCycles anyway) counts nothing
        const definition = definitions.get(name);
        const value = definition ? measure(definition.selectionSet, fragment) : 0;
        memo.set(name, value);
        return value;
      };
      for (const d of document.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        const error = check(measure(d.selectionSet, fragment), d.name?.value);
        if (error) context.reportError(error);
      }
      return false;
    },
  };
}

const isIntrospection = (name: string) => name === '__schema' || name === '__type';

/** Deepest nesting of fields in the selection set (`{ a { b } }` is 2). */
export function selectionDepth(selectionSet: SelectionSetNode, fragment: Memo): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (isIntrospection(selection.name.value)) continue;
      depth = 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, fragment) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragment);
    } else {
      depth = fragment(selection.name.value);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** How many aliased fields the selection set resolves, fragments counted at every spread. */
export function aliasCount(selectionSet: SelectionSetNode, fragment: Memo): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (isIntrospection(selection.name.value)) continue;
      if (selection.alias) count += 1;
      if (selection.selectionSet) count += aliasCount(selection.selectionSet, fragment);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += aliasCount(selection.selectionSet, fragment);
    } else {
      count += fragment(selection.name.value);
    }
  }
  return count;
}

function limitError(limit: string, max: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { limit, max } });
}

/** Refuses operations nested deeper than `max` fields. */
export function maxDepthRule(max: number): ValidationRule {
  return (context) =>
    perOperation(context, selectionDepth, (depth, name) =>
      depth > max
        ? limitError(
            'depth',
            max,
            `Operation${name ? ` ${name}` : ''} is nested ${depth} levels deep; at most ${max} are allowed`,
          )
        : null,
    );
}

/** Refuses operations with more than `max` aliased fields (batching many calls in one). */
export function maxAliasesRule(max: number): ValidationRule {
  return (context) =>
    perOperation(context, aliasCount, (count, name) =>
      count > max
        ? limitError(
            'aliases',
            max,
            `Operation${name ? ` ${name}` : ''} uses ${count} aliases; at most ${max} are allowed`,
          )
        : null,
    );
}
