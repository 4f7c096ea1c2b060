import { ActionIcon, Checkbox, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { IconCopy, IconTrash } from '@tabler/icons-react';
import { type FocusEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogPicker } from './catalog-picker.tsx';
import { type PanelColumn, panelColumns } from './panel-columns.ts';
import type { HingeSide, PanelRow } from './panel-row.ts';
import { isBlankRow } from './panel-row.ts';
import { validateRow } from './validate-row.ts';

export interface PanelGridRowProps {
  row: PanelRow;
  index: number;
  companyId: string;
  names: Readonly<Record<string, string>>;
  /** The server's word on this row (a panel larger than its board…), already translated. */
  serverIssue: string | undefined;
  readOnly: boolean;
  onPatch: (key: string, patch: Partial<PanelRow>) => void;
  onNameKnown: (id: string, label: string) => void;
  onDuplicate: (index: number) => void;
  onDelete: (index: number) => void;
  /** In a virtualized grid: measures the row's height (with its server message). */
  measureRef?: ((element: HTMLTableSectionElement | null) => void) | undefined;
}

const col = (column: PanelColumn) => panelColumns.indexOf(column);
const edgeColumns = ['edgeA', 'edgeB', 'edgeC', 'edgeD'] as const;
const numberCells = ['width', 'height', 'quantity'] as const;

/** One cut-list row: every cell an input the grid's keyboard model moves between. */
export const PanelGridRow = memo(function PanelGridRow(props: PanelGridRowProps) {
  const { t } = useTranslation();
  const { row, index, readOnly } = props;
  const rowNumber = index + 1;
  // An untouched row is where the next panel goes, not an error.
  const issues = isBlankRow(row) ? {} : validateRow(row);
  const message = (column: PanelColumn) => {
    const issue = issues[column];
    return issue ? t(`quotes.builder.issues.${issue}`) : undefined;
  };
  const cell = (column: PanelColumn) => ({
    'data-row': index,
    'data-col': col(column),
    'data-testid': `cell-${column}`,
  });
  // As in a spreadsheet, a cell reached by the keyboard is overwritten by typing.
  const selectAll = (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select();
  const label = (column: PanelColumn) =>
    t('quotes.builder.cellLabel', {
      column: t(`quotes.builder.columns.${column}`),
      row: rowNumber,
    });
  const patch = (value: Partial<PanelRow>) => props.onPatch(row.key, value);
  const picked = (id: string | null, name: string | undefined) => {
    if (id && name) props.onNameKnown(id, name);
  };

  return (
    // A body per row: the virtualized grid measures it, server message included.
    <Table.Tbody ref={props.measureRef} data-index={index}>
      <Table.Tr data-testid="panel-row" data-invalid={Object.keys(issues).length > 0 || undefined}>
        <Table.Td>
          <Text size="xs" c={props.serverIssue ? 'red' : 'dimmed'} ta="right">
            {rowNumber}
          </Text>
        </Table.Td>
        <Table.Td miw={220}>
          <CatalogPicker
            kind="material"
            companyId={props.companyId}
            value={row.materialId}
            valueLabel={row.materialId ? props.names[row.materialId] : undefined}
            onChange={(id, name) => {
              picked(id, name);
              patch({ materialId: id });
            }}
            ariaLabel={label('material')}
            error={message('material')}
            readOnly={readOnly}
            cellProps={cell('material')}
          />
        </Table.Td>
        {numberCells.map((column) => (
          <Table.Td key={column} w={column === 'quantity' ? 70 : 86}>
            <TextInput
              size="xs"
              inputMode="numeric"
              autoComplete="off"
              onFocus={selectAll}
              value={row[column]}
              onChange={(event) => patch({ [column]: event.currentTarget.value })}
              aria-label={label(column)}
              error={message(column)}
              readOnly={readOnly}
              {...cell(column)}
            />
          </Table.Td>
        ))}
        <Table.Td miw={120}>
          <TextInput
            size="xs"
            autoComplete="off"
            onFocus={selectAll}
            value={row.label}
            onChange={(event) => patch({ label: event.currentTarget.value })}
            aria-label={label('label')}
            error={message('label')}
            readOnly={readOnly}
            {...cell('label')}
          />
        </Table.Td>
        {edgeColumns.map((column) => (
          <Table.Td key={column} miw={120}>
            <CatalogPicker
              kind="edgeBanding"
              companyId={props.companyId}
              value={row[column]}
              valueLabel={row[column] ? props.names[row[column]] : undefined}
              onChange={(id, name) => {
                picked(id, name);
                patch({ [column]: id });
              }}
              ariaLabel={label(column)}
              placeholder="—"
              readOnly={readOnly}
              cellProps={cell(column)}
            />
          </Table.Td>
        ))}
        <Table.Td w={64}>
          <TextInput
            size="xs"
            inputMode="numeric"
            autoComplete="off"
            onFocus={selectAll}
            value={row.hingeHoles}
            onChange={(event) => patch({ hingeHoles: event.currentTarget.value })}
            aria-label={label('hingeHoles')}
            error={message('hingeHoles')}
            readOnly={readOnly}
            {...cell('hingeHoles')}
          />
        </Table.Td>
        <Table.Td w={96}>
          <NativeSelect
            size="xs"
            value={row.hingeSide ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              patch({ hingeSide: value === '' ? null : (value as HingeSide) });
            }}
            data={[
              { value: '', label: '—' },
              { value: 'LONG', label: t('quotes.builder.hingeSide.LONG') },
              { value: 'SHORT', label: t('quotes.builder.hingeSide.SHORT') },
            ]}
            aria-label={label('hingeSide')}
            disabled={readOnly}
            {...cell('hingeSide')}
          />
        </Table.Td>
        {(['doubling', 'angleCut'] as const).map((column) => (
          <Table.Td key={column} w={48}>
            <Checkbox
              size="xs"
              checked={row[column]}
              onChange={(event) => patch({ [column]: event.currentTarget.checked })}
              aria-label={label(column)}
              disabled={readOnly}
              {...cell(column)}
            />
          </Table.Td>
        ))}
        <Table.Td w={64}>
          {!readOnly && (
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                size="sm"
                tabIndex={-1}
                aria-label={t('quotes.builder.grid.duplicateRow', { row: rowNumber })}
                onClick={() => props.onDuplicate(index)}
              >
                <IconCopy size={14} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                tabIndex={-1}
                aria-label={t('quotes.builder.grid.deleteRow', { row: rowNumber })}
                onClick={() => props.onDelete(index)}
                data-testid="delete-row"
              >
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            </Group>
          )}
        </Table.Td>
      </Table.Tr>
      {props.serverIssue && (
        <Table.Tr>
          <Table.Td />
          <Table.Td colSpan={panelColumns.length + 1}>
            <Text size="xs" c="red" data-testid="row-server-issue">
              {props.serverIssue}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </Table.Tbody>
  );
});
