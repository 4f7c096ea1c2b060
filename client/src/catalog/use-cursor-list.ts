import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type FieldError, fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { recordPageEnd } from './cursor-stack.ts';
import { CursorStacks } from './cursor-stacks.ts';
import { usePageStart } from './use-page-start.ts';

/** The part of a list connection the pager reads. */
export interface PagedConnection<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: TNode }>;
}

/** The cursors-only read used to find a page opened directly. */
export interface CursorConnection {
  pageInfo: { hasNextPage: boolean };
  edges: ReadonlyArray<{ cursor: string }>;
}

/** Paging variables every list query takes (its filter is bound by `variables`). */
interface PageVariables {
  first: number;
  after?: string | null;
}

export interface CursorListOptions<
  TNode,
  TData,
  TVariables extends OperationVariables,
  TCursorData,
> {
  /** The root field, for naming a failure (`orders`, `quotes`). */
  field: string;
  listQuery: TypedDocumentNode<TData, TVariables>;
  cursorsQuery: TypedDocumentNode<TCursorData, TVariables>;
  connection: (data: TData) => PagedConnection<TNode>;
  cursorConnection: (data: TCursorData) => CursorConnection;
  /** The query's variables for one page (the filter plus `first` and `after`). */
  variables: (page: PageVariables) => TVariables;
  /** Identifies the list (filter and sort) whose page starts are remembered. */
  listKey: string;
  page: number;
  pageSize: number;
  goTo: (page: number, replace?: boolean) => void;
  /** `reset` also reads the shown page again (a pushed change may have reordered it). */
  refetchOnReset?: boolean;
}

export interface CursorList<TNode> {
  /** The page's nodes, or the last page's while this one loads; undefined at first. */
  nodes: TNode[] | undefined;
  /** The nodes shown are the last page's. */
  stale: boolean;
  totalCount: number | undefined;
  hasNextPage: boolean;
  failure: FieldError | undefined;
  retry: () => void;
  next: () => void;
  /** Forget the known page starts (the list changed). */
  reset: () => void;
}

/**
 * One page of a customer list (quotes, orders), paged forward by cursor like the catalog
 * (`cursor-stack.ts`): pages reached by paging are known, a page opened directly is found by
 * reading cursors forward.
 */
export function useCursorList<TNode, TData, TVariables extends OperationVariables, TCursorData>(
  options: CursorListOptions<TNode, TData, TVariables, TCursorData>,
): CursorList<TNode> {
  const { field, listKey, page, pageSize, goTo } = options;
  const client = useApolloClient();
  const [cursorStacks, setCursorStacks] = useState(() => new CursorStacks());

  const start = usePageStart({
    cursorStacks,
    listKey,
    page,
    size: pageSize,
    fetchCursors: async (after, first) => {
      const { data, error } = await client.query({
        query: options.cursorsQuery,
        variables: options.variables({ first, after }),
        fetchPolicy: 'no-cache',
      });
      if (!data) throw error ?? new Error(`${field} came back empty`);
      const cursors = options.cursorConnection(data);
      return {
        cursors: cursors.edges.map((edge) => edge.cursor),
        hasNextPage: cursors.pageInfo.hasNextPage,
      };
    },
    onPastEnd: (lastPage) => goTo(Math.max(1, lastPage), true),
  });

  const result = useQuery(
    options.listQuery,
    // Apollo's overloads resolve only for concrete variable types (each caller's are).
    (start.after === undefined
      ? skipToken
      : {
          variables: options.variables({ first: pageSize, after: start.after }),
          fetchPolicy: 'cache-and-network',
        }) as never,
  );
  // No `returnPartialData`: whatever data there is, is complete.
  const data = result.data as TData | undefined;
  const previousData = result.previousData as TData | undefined;
  const connection = data ? options.connection(data) : undefined;
  const previous = connection || !previousData ? undefined : options.connection(previousData);
  const startFailure =
    start.error === undefined
      ? undefined
      : fieldError(start.error instanceof Error ? start.error : new Error(String(start.error)), [
          field,
        ]);
  const failure = connection ? undefined : (fieldError(result.error, [field]) ?? startFailure);

  return {
    nodes: (connection ?? previous)?.edges.map((edge) => edge.node),
    stale: !connection && previous !== undefined,
    totalCount: connection?.totalCount,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    failure,
    retry: () => (start.error ? start.retry() : retryQuery(result.refetch)),
    next: () => {
      if (!connection) return;
      const { endCursor, hasNextPage } = connection.pageInfo;
      cursorStacks.set(
        listKey,
        recordPageEnd(cursorStacks.get(listKey), page, endCursor, hasNextPage),
      );
      if (hasNextPage) goTo(page + 1);
    },
    reset: () => {
      setCursorStacks(new CursorStacks());
      // Skipped while a page start is being found: that read brings the new list anyway.
      if (options.refetchOnReset && start.after !== undefined) {
        void result.refetch().catch(() => {});
      }
    },
  };
}
