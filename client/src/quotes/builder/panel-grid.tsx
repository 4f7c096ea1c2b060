import { ScrollArea, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type ClipboardEvent,
  type KeyboardEvent,
  useCallback,
  useLayoutEffect,
  useRef,
} from 'react';
import { useTranslation } from 'react-i18next';
import { type GridAction, gridKeyAction } from './grid-keyboard.ts';
import { panelColumns, pickerColumns } from './panel-columns.ts';
import { PanelGridRow } from './panel-grid-row.tsx';
import { blankRow, copyRow, type PanelRow } from './panel-row.ts';

export interface PanelGridProps {
  rows: PanelRow[];
  companyId: string;
  names: Readonly<Record<string, string>>;
  /** Translated server messages by grid row index. */
  serverIssues: ReadonlyMap<number, string>;
  readOnly: boolean;
  onRowsChange: (update: (rows: PanelRow[]) => PanelRow[]) => void;
  onNameKnown: (id: string, label: string) => void;
  /** A table was pasted into row `atRow`: preview it before anything changes. */
  onPasteTable: (text: string, atRow: number) => void;
}

/**
 * From this many rows on, only the rows in view (and a margin) are rendered, in a scrolling
 * box of its own: a 1000-row cut list renders ~40 rows, so typing stays immediate. Shorter
 * lists render every row in the page's flow (find in page, printing, no inner scrollbar).
 */
export const VIRTUALIZE_FROM = 80;
/** A row's height before it is measured (an xs input and the cell padding), px. */
const ROW_ESTIMATE = 39;

/** A pasted text that is a table rather than one value: tabs or several lines. */
function isTableText(text: string): boolean {
  return /[\t\n]/.test(text.trim());
}

/**
 * The cut list as a keyboard-first grid (see `grid-keyboard.ts` for the keys). Rows are
 * memoised, so typing in one cell renders that row only.
 */
export function PanelGrid(props: PanelGridProps) {
  const { t } = useTranslation();
  const { onRowsChange, readOnly } = props;
  const tableRef = useRef<HTMLTableElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<{ row: number; col: number } | null>(null);
  const virtual = props.rows.length >= VIRTUALIZE_FROM;
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableSectionElement>({
    count: virtual ? props.rows.length : 0,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => props.rows[index]?.key ?? index,
    overscan: 16,
  });
  const virtualizerRef = useRef<typeof virtualizer | null>(null);
  virtualizerRef.current = virtual ? virtualizer : null;

  // Where the cursor is going while its cell is not rendered yet: keys pressed meanwhile (a held
  // Enter outruns scrolling) move on from there, not from the cell that still has the focus.
  const travelling = useRef<{ row: number; col: number } | null>(null);

  // A cell out of view is not rendered: scroll its row in, then focus it once it is there.
  const focusCell = useCallback((row: number, col: number) => {
    const find = () =>
      tableRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    const element = find();
    if (element || !virtualizerRef.current) {
      travelling.current = null;
      element?.focus();
      return;
    }
    const target = { row, col };
    travelling.current = target;
    virtualizerRef.current.scrollToIndex(row, { align: 'auto' });
    let frames = 0;
    const retry = () => {
      if (travelling.current !== target) return;
      const found = find();
      if (found) {
        travelling.current = null;
        found.focus();
      } else if (frames++ < 30) requestAnimationFrame(retry);
      else travelling.current = null;
    };
    requestAnimationFrame(retry);
  }, []);

  // A row added, copied or removed: focus its cell once it is rendered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the rows.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    focusCell(target.row, target.col);
  }, [props.rows, focusCell]);

  const onPatch = useCallback(
    (key: string, patch: Partial<PanelRow>) =>
      onRowsChange((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row))),
    [onRowsChange],
  );
  const onDuplicate = useCallback(
    (index: number, col = 0) => {
      pendingFocus.current = { row: index + 1, col };
      onRowsChange((rows) => {
        const source = rows[index];
        return source
          ? [...rows.slice(0, index + 1), copyRow(source), ...rows.slice(index + 1)]
          : rows;
      });
    },
    [onRowsChange],
  );
  const onDelete = useCallback(
    (index: number, focusRow?: number, col = 0) => {
      onRowsChange((rows) => {
        const rest = rows.filter((_, i) => i !== index);
        // The grid always keeps a row to type into.
        const next = rest.length > 0 ? rest : [blankRow()];
        pendingFocus.current = { row: Math.min(focusRow ?? index, next.length - 1), col };
        return next;
      });
    },
    [onRowsChange],
  );

  const run = (action: GridAction) => {
    switch (action.type) {
      case 'focus':
        focusCell(action.row, action.col);
        return;
      case 'append':
        pendingFocus.current = { row: props.rows.length, col: action.col };
        onRowsChange((rows) => [...rows, blankRow()]);
        return;
      case 'duplicate':
        onDuplicate(action.row, action.col);
        return;
      case 'delete':
        onDelete(action.row, action.focusRow, action.col);
        return;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.row === undefined) return;
    const { row, col } = travelling.current ?? {
      row: Number(target.dataset.row),
      col: Number(target.dataset.col),
    };
    if (Number.isNaN(row) || Number.isNaN(col)) return;
    const column = panelColumns[col];
    const action = gridKeyAction(
      event,
      { row, col },
      {
        rows: props.rows.length,
        cols: panelColumns.length,
        cellOwnsArrows: column !== undefined && pickerColumns.has(column),
      },
    );
    if (!action || (readOnly && action.type !== 'focus')) return;
    event.preventDefault();
    run(action);
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    if (readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    if (!isTableText(text)) return;
    event.preventDefault();
    const row = Number((event.target as HTMLElement).dataset.row);
    props.onPasteTable(text, Number.isNaN(row) ? props.rows.length : row);
  };

  const header = (column: (typeof panelColumns)[number]) => (
    <Table.Th key={column}>
      <Tooltip label={t(`quotes.builder.columns.${column}`)} openDelay={400}>
        <span>{t(`quotes.builder.columnsShort.${column}`)}</span>
      </Tooltip>
    </Table.Th>
  );

  const virtualItems = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual ? virtualItems.map((item) => item.index) : props.rows.map((_, i) => i);

  return (
    <ScrollArea
      type="auto"
      offsetScrollbars
      viewportRef={viewportRef}
      // A long list scrolls in its own box (the virtualizer measures that box).
      {...(virtual ? { h: 'min(70vh, 720px)' } : {})}
      data-testid="panel-grid-scroll"
      data-virtual={virtual || undefined}
    >
      <Table
        ref={tableRef}
        stickyHeader={virtual}
        miw={1450}
        verticalSpacing={4}
        horizontalSpacing={4}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        data-testid="panel-grid"
        aria-describedby="panel-grid-keys"
      >
        <Table.Caption>
          <VisuallyHidden id="panel-grid-keys">
            {t('quotes.builder.grid.keysSummary')}
          </VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={32}>#</Table.Th>
            {panelColumns.map(header)}
            <Table.Th>
              <VisuallyHidden>{t('quotes.builder.grid.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        {virtual && virtualItems.length > 0 && (
          <Spacer height={virtualItems[0]!.start} testId="grid-spacer-top" />
        )}
        {shown.map((index) => {
          const row = props.rows[index]!;
          return (
            <PanelGridRow
              key={row.key}
              row={row}
              index={index}
              companyId={props.companyId}
              names={props.names}
              serverIssue={props.serverIssues.get(index)}
              readOnly={readOnly}
              onPatch={onPatch}
              onNameKnown={props.onNameKnown}
              onDuplicate={onDuplicate}
              onDelete={onDelete}
              measureRef={virtual ? virtualizer.measureElement : undefined}
            />
          );
        })}
        {virtual && virtualItems.length > 0 && (
          <Spacer
            height={virtualizer.getTotalSize() - virtualItems[virtualItems.length - 1]!.end}
            testId="grid-spacer-bottom"
          />
        )}
      </Table>
    </ScrollArea>
  );
}

/** The height of the rows not rendered above or below the ones in view. */
function Spacer({ height, testId }: { height: number; testId: string }) {
  if (height <= 0) return null;
  return (
    <tbody aria-hidden data-testid={testId}>
      <tr style={{ height }}>
        <td colSpan={panelColumns.length + 2} style={{ padding: 0, border: 0 }} />
      </tr>
    </tbody>
  );
}
