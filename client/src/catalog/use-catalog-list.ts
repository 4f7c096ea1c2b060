import type { ErrorLike, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { type FieldError, fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import type { CatalogPagerProps } from './catalog-pager.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import { catalogListKey } from './catalog-url-state.ts';
import { recordPageEnd } from './cursor-stack.ts';
import { usePageStart } from './use-page-start.ts';

/** The part of a connection a catalog table shows. */
export interface PagedConnection<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: TNode[];
}

/** The part of a connection the cursor walk reads. */
export interface CursorConnection {
  pageInfo: { hasNextPage: boolean };
  edges: { cursor: string }[];
}

interface PageVariables extends OperationVariables {
  first: number;
  after?: string | null;
}

// What this hook uses of `useQuery` and `client.query`, callable with a document whose types
// are generic here; each tab's call site is checked against its own generated types.
type GenericQuery<TData, TVariables> = (options: {
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  fetchPolicy: 'no-cache';
}) => Promise<{ data?: TData | undefined; error?: ErrorLike | undefined }>;

type GenericUseQuery<TData, TVariables> = (
  query: TypedDocumentNode<TData, TVariables>,
  options: typeof skipToken | { variables: TVariables },
) => {
  data: TData | undefined;
  previousData?: TData | undefined;
  error?: ErrorLike | undefined;
  refetch: () => Promise<unknown>;
};

interface CatalogListOptions<TData, TCursorData, TVariables extends PageVariables, TNode> {
  catalog: CatalogTabProps;
  /** The Company field of the list, e.g. `materials`; errors at `company.<field>` are the list's. */
  field: string;
  query: TypedDocumentNode<TData, TVariables>;
  /** The same list selecting only cursors, to find a page opened directly. */
  cursorsQuery: TypedDocumentNode<TCursorData, TVariables>;
  variables: Omit<TVariables, 'first' | 'after'>;
  connection: (data: TData) => PagedConnection<TNode> | null | undefined;
  cursorConnection: (data: TCursorData) => CursorConnection | null | undefined;
}

export interface CatalogList<TNode> {
  /** The items of the page, or of the last page while this one loads; undefined at first. */
  nodes: TNode[] | undefined;
  /** The nodes are the last page's, shown while this one loads. */
  stale: boolean;
  /** Items in the whole list; undefined until this page has loaded. */
  totalCount: number | undefined;
  failure: FieldError | undefined;
  retry: () => void;
  pager: CatalogPagerProps;
}

/**
 * One page of a cursor-paged catalog list, with the page number, size and search taken from
 * the URL, and the paging controls' behaviour.
 */
export function useCatalogList<TData, TCursorData, TVariables extends PageVariables, TNode>(
  options: CatalogListOptions<TData, TCursorData, TVariables, TNode>,
): CatalogList<TNode> {
  const { catalog, field } = options;
  const { state, update, cursorStacks } = catalog;
  const client = useApolloClient();
  const listKey = catalogListKey(catalog.slug, state);

  const start = usePageStart({
    cursorStacks,
    listKey,
    page: state.page,
    size: state.size,
    fetchCursors: async (after, first) => {
      const query = client.query.bind(client) as unknown as GenericQuery<TCursorData, TVariables>;
      const { data, error } = await query({
        query: options.cursorsQuery,
        variables: { ...options.variables, first, after } as TVariables,
        // Cursor-only selections must not overwrite the cached pages of the same arguments.
        fetchPolicy: 'no-cache',
      });
      const connection = data ? options.cursorConnection(data) : undefined;
      if (!connection) throw error ?? new Error(`company.${field} came back empty`);
      return {
        cursors: connection.edges.map((edge) => edge.cursor),
        hasNextPage: connection.pageInfo.hasNextPage,
      };
    },
    onPastEnd: (lastPage) => update({ page: Math.max(1, lastPage) }, { replace: true }),
  });

  const variables = { ...options.variables, first: state.size, after: start.after } as TVariables;
  const queryOptions = start.after === undefined ? skipToken : { variables };
  const result = (useQuery as unknown as GenericUseQuery<TData, TVariables>)(
    options.query,
    queryOptions,
  );
  const connection = result.data ? options.connection(result.data) : undefined;
  // While the next page or search result loads, the last one stays in view (dimmed) rather
  // than flashing to placeholders on every keystroke.
  const last =
    !connection && result.previousData ? options.connection(result.previousData) : undefined;
  const previous = last && last.nodes.length > 0 ? last : undefined;
  const failure = connection
    ? undefined
    : (fieldError(result.error, ['company', field]) ??
      (start.error ? fieldError(toErrorLike(start.error), ['company', field]) : undefined));

  const retry = () => {
    if (start.error) start.retry();
    else retryQuery(result.refetch);
  };

  return {
    nodes: connection?.nodes ?? previous?.nodes,
    stale: !connection && previous !== undefined,
    totalCount: connection?.totalCount,
    failure,
    retry,
    pager: {
      page: state.page,
      size: state.size,
      itemsOnPage: connection?.nodes.length,
      totalCount: connection?.totalCount,
      hasNextPage: connection?.pageInfo.hasNextPage ?? false,
      onPrevious: () => update({ page: Math.max(1, state.page - 1) }),
      onNext: () => {
        if (!connection) return;
        const { endCursor, hasNextPage } = connection.pageInfo;
        cursorStacks.set(
          listKey,
          recordPageEnd(cursorStacks.get(listKey), state.page, endCursor, hasNextPage),
        );
        if (hasNextPage) update({ page: state.page + 1 });
      },
      onSizeChange: (size) => update({ size }),
    },
  };
}

function toErrorLike(error: unknown) {
  return error instanceof Error ? error : new Error(String(error));
}
