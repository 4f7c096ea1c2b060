import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface CatalogTableProps {
  caption: string;
  /** The header cells. */
  head: ReactNode;
  /** The body rows. */
  children: ReactNode;
  /** Rows are placeholders or the previous page's, while the real ones load. */
  busy?: boolean;
  /** The rows shown are stale (the previous page's); they are dimmed. */
  stale?: boolean;
  /** Below this width the table scrolls sideways instead of squeezing. */
  minWidth?: number;
}

/** The table every catalog tab uses, captioned for screen readers and sighted users alike. */
export function CatalogTable({
  caption,
  head,
  children,
  busy,
  stale,
  minWidth,
}: CatalogTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth ?? 720}>
      <Table
        striped
        highlightOnHover
        captionSide="top"
        verticalSpacing="xs"
        aria-busy={busy || stale || undefined}
        style={stale ? { opacity: 0.55, transition: 'opacity 150ms' } : undefined}
      >
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
