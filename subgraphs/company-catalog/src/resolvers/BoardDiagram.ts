import { GraphQLError, GraphQLScalarType } from 'graphql';

/** `BoardLayout.diagram`: placements `[x, y, w, h, rotated, row]`, cuts, labels by row. */
export interface BoardDiagramValue {
  placements: Array<[number, number, number, number, 0 | 1, number]>;
  cuts: Array<[number, number, number, number]>;
  labels: Record<string, string>;
}

/**
 * Output only: a board's diagram as one JSON value. GraphQL completes it as a single leaf (no
 * per-field work in the subgraph or the gateway), which is the point of it.
 */
export const BoardDiagram = new GraphQLScalarType<BoardDiagramValue, BoardDiagramValue>({
  name: 'BoardDiagram',
  serialize: (value) => value as BoardDiagramValue,
  parseValue: () => {
    throw new GraphQLError('BoardDiagram is an output type');
  },
  parseLiteral: () => {
    throw new GraphQLError('BoardDiagram is an output type');
  },
});
