import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import { CatalogEmptyState } from './catalog-empty-state.tsx';
import { CatalogPager } from './catalog-pager.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import { CatalogTable } from './catalog-table.tsx';
import { TableSkeletonRows } from './table-skeleton-rows.tsx';
import type { CatalogList } from './use-catalog-list.ts';

interface CatalogListTableProps<TNode> {
  catalog: CatalogTabProps;
  list: CatalogList<TNode>;
  caption: string;
  /** The header cells. */
  head: ReactNode;
  columns: number;
  row: (node: TNode) => ReactNode;
  minWidth?: number;
}

/** A paged catalog list: its table, or its loading, empty or error state, and the pager. */
export function CatalogListTable<TNode>(props: CatalogListTableProps<TNode>) {
  const { catalog, list } = props;
  if (list.failure) {
    return (
      <SectionErrorAlert
        error={list.failure}
        companyName={catalog.companyName}
        onRetry={list.retry}
      />
    );
  }
  const empty = !list.stale && list.nodes !== undefined && list.nodes.length === 0;
  return (
    <Stack gap="md">
      {empty ? (
        <CatalogEmptyState
          state={catalog.state}
          update={catalog.update}
          totalCount={list.totalCount ?? 0}
        />
      ) : (
        <CatalogTable
          caption={props.caption}
          head={props.head}
          busy={list.nodes === undefined}
          stale={list.stale}
          minWidth={props.minWidth}
        >
          {list.nodes === undefined ? (
            <TableSkeletonRows columns={props.columns} />
          ) : (
            list.nodes.map(props.row)
          )}
        </CatalogTable>
      )}
      {!(empty && list.totalCount === 0) && <CatalogPager {...list.pager} />}
    </Stack>
  );
}
