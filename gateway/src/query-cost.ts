import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { COST_HINTS, type CostHints } from './cost-hints.ts';

/** Page size assumed for a paged field (`first`) when neither the query nor the schema sets one. */
const DEFAULT_PAGE_SIZE = 20;
/** Items assumed for a list that is not paged, e.g. `companies`. */
export const UNPAGED_LIST_SIZE = 10;

/**
 * An estimate of the work an operation asks for, before running it: every field costs 1, and
 * a list field's sub-selection counts once per item it can return — `first` items for the
 * `edges` / `nodes` lists of a paged field, `UNPAGED_LIST_SIZE` for any other list.
 * `{ companies { materials(first: 100) { totalCount nodes { id name } } } }` costs
 * 1 + 10 × (1 + 1 + (1 + 100 × 2)) = 2 041. `hints` (`cost-hints.ts`) give some list fields
 * another assumed size and some fields another cost of their own.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
  hints: CostHints = COST_HINTS,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const memo = new Map<string, number>();

  /** The page size a paged field (one with `first`) asks for; null for other fields. */
  function pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>): number | null {
    const first = definition.args.find((a) => a.name === 'first');
    if (!first) return null;
    const given = field.arguments?.find((a) => a.name.value === 'first');
    const value = given ? valueFromAST(given.value, first.type, variables) : first.defaultValue;
    return typeof value === 'number' && Number.isFinite(value)
      ? Math.max(1, value)
      : DEFAULT_PAGE_SIZE;
  }

  /** `page`: the page size of the paged field this selection set belongs to, if any. */
  function selectionCost(
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType,
    page: number | null,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue; // introspection and __typename
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const definition = type.getFields()[name];
        if (!definition) continue; // validation already refused unknown fields
        const isList = isListType(getNullableType(definition.type));
        const hinted = `${type.name}.${name}`;
        const multiplier = isList ? (page ?? hints.listSizes[hinted] ?? UNPAGED_LIST_SIZE) : 1;
        const child = selection.selectionSet
          ? selectionCost(
              selection.selectionSet,
              getNamedType(definition.type),
              pageSize(selection, definition),
            )
          : 0;
        cost += (hints.weights[hinted] ?? 1) + multiplier * child;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? type)
          : type;
        cost += selectionCost(selection.selectionSet, condition, page);
      } else {
        const key = `${selection.name.value}|${page}`;
        let fragmentCost = memo.get(key);
        if (fragmentCost === undefined) {
          memo.set(key, 0); // cycles are refused by validation; never loop here
          const definition = fragments.get(selection.name.value);
          const condition = definition && schema.getType(definition.typeCondition.name.value);
          fragmentCost =
            definition && condition ? selectionCost(definition.selectionSet, condition, page) : 0;
          memo.set(key, fragmentCost);
        }
        cost += fragmentCost;
      }
    }
    return cost;
  }

  return selectionCost(operation.selectionSet, root, null);
}
