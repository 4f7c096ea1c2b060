import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
  visit,
} from 'graphql';
import { SUBSCRIPTION_FIELDS, type SubscriptionFieldSpec } from './subscription-fields.ts';

/** A subscription, turned into the query that re-reads one changed object per event. */
export interface EventQuery {
  spec: SubscriptionFieldSpec;
  /** The subscription field's response key (its alias or name); the event result's only key. */
  responseKey: string;
  /** Only events for this id; every id of the subscriber's when null. */
  onlyId: string | null;
  /** `query … { <responseKey>: <queryField>(id: $<idVariable>) { …the same selection } }`. */
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  /** The subscription's own variables still used by the selection (coerced). */
  variables: Record<string, unknown>;
  /** The variable that carries each event's id. */
  idVariable: string;
}

/** Why a subscription cannot be served (sent back as a `BAD_USER_INPUT` error). */
export class EventQueryError extends Error {}

/**
 * Translates a validated subscription document: `subscription($id: ID) { quoteUpdated(quoteId:
 * $id) { id status … } }` becomes `query($portalEventId: ID!) { quoteUpdated: quote(id:
 * $portalEventId) { id status … } }` — the selection, its fragments and the variables it uses are
 * kept as they are, so the subscriber gets exactly the shape it asked for, resolved by the
 * gateway's normal query planning with its own identity.
 */
export function toEventQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): EventQuery {
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new EventQueryError('Unable to identify the operation');
  if (operation.operation !== 'subscription') {
    throw new EventQueryError(
      'Only subscriptions go over WebSocket; send queries and mutations over HTTP',
    );
  }
  const [field, ...others] = operation.selectionSet.selections;
  if (!field || others.length > 0 || field.kind !== Kind.FIELD) {
    throw new EventQueryError(
      'A subscription selects exactly one field, written out (no fragment)',
    );
  }
  const spec = SUBSCRIPTION_FIELDS[field.name.value];
  const definition = schema.getSubscriptionType()?.getFields()[field.name.value];
  if (!spec || !definition) throw new EventQueryError(`Unknown subscription ${field.name.value}`);

  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    rawVariables ?? {},
  );
  if (coerced.errors) throw new EventQueryError(coerced.errors.map((e) => e.message).join('; '));
  const args = getArgumentValues(definition, field, coerced.coerced);
  const onlyId = args[spec.idArgument];
  if (onlyId !== undefined && onlyId !== null && typeof onlyId !== 'string') {
    throw new EventQueryError(`${spec.idArgument} must be an ID`);
  }

  const fragments = reachableFragments(document, field);
  // The field's own arguments are replaced; its directives and selection keep their variables.
  const used = usedVariables([{ ...field, arguments: [] }, ...fragments.values()]);
  let idVariable = 'portalEventId';
  while (used.has(idVariable)) idVariable = `_${idVariable}`;

  const queryField: FieldNode = {
    ...field,
    alias: { kind: Kind.NAME, value: field.alias?.value ?? field.name.value },
    name: { kind: Kind.NAME, value: spec.queryField },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'id' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idVariable } },
      },
    ],
  };
  const idDefinition: VariableDefinitionNode = {
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idVariable } },
    type: {
      kind: Kind.NON_NULL_TYPE,
      type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
    },
  };
  const keptDefinitions = (operation.variableDefinitions ?? []).filter((d) =>
    used.has(d.variable.name.value),
  );
  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    ...(operation.name ? { name: operation.name } : {}),
    variableDefinitions: [...keptDefinitions, idDefinition],
    directives: [],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [queryField] },
  };
  const variables: Record<string, unknown> = {};
  for (const name of used) {
    if (name in coerced.coerced) variables[name] = coerced.coerced[name];
  }
  return {
    spec,
    responseKey: field.alias?.value ?? field.name.value,
    onlyId: (onlyId as string | null | undefined) ?? null,
    document: { kind: Kind.DOCUMENT, definitions: [query, ...fragments.values()] },
    operation: query,
    fragments,
    variables,
    idVariable,
  };
}

/** The fragments the field's selection spreads, directly or through other fragments. */
function reachableFragments(
  document: DocumentNode,
  field: FieldNode,
): Map<string, FragmentDefinitionNode> {
  const all = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) all.set(d.name.value, d);
  }
  const reached = new Map<string, FragmentDefinitionNode>();
  const pending = [field as FieldNode | FragmentDefinitionNode];
  while (pending.length > 0) {
    const node = pending.pop()!;
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = all.get(name);
        if (fragment && !reached.has(name)) {
          reached.set(name, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return reached;
}

function usedVariables(nodes: ReadonlyArray<Parameters<typeof visit>[0]>): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  }
  return names;
}
