import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelColumn } from './panel-columns.ts';
import type { PanelRow } from './panel-row.ts';
import { type ImportIssue, parsePanelTable } from './parse-panel-table.ts';
import { useImportCatalog } from './use-import-catalog.ts';

export interface ImportSource {
  /** Where the table came from, for the title. */
  origin: 'paste' | 'file';
  text: string;
  /** The grid row the rows go before (a paste: the row pasted into). */
  atRow: number;
  fileName?: string;
}

interface ImportPreviewModalProps {
  companyId: string;
  source: ImportSource | null;
  /** The material of a line that names none (the last one used in the grid). */
  defaultMaterialId: string | null;
  onApply: (rows: PanelRow[], atRow: number, names: Record<string, string>) => void;
  onClose: () => void;
}

/**
 * A pasted or imported table before it changes anything: every line with what it became and
 * what is wrong in it. Only the lines without errors are added.
 */
export function ImportPreviewModal(props: ImportPreviewModalProps) {
  const { t } = useTranslation();
  const { source } = props;
  const catalogState = useImportCatalog(props.companyId, source !== null);
  const preview = useMemo(
    () =>
      source && catalogState.status === 'ready'
        ? parsePanelTable(source.text, catalogState.catalog, {
            defaultMaterialId: props.defaultMaterialId,
          })
        : null,
    [source, catalogState, props.defaultMaterialId],
  );
  const names = useMemo(() => {
    const map: Record<string, string> = {};
    if (catalogState.status === 'ready') {
      for (const m of catalogState.catalog.materials) map[m.id] = m.name;
      for (const e of catalogState.catalog.edgeBandings) map[e.id] = e.label;
    }
    return map;
  }, [catalogState]);
  const valid = preview?.rows.filter((row) => row.issues.length === 0) ?? [];
  const wrong = (preview?.rows.length ?? 0) - valid.length;

  const issueText = (issue: ImportIssue) => {
    const where = issue.column ? `${t(`quotes.builder.columns.${issue.column}`)}: ` : '';
    return `${where}${t(`quotes.builder.issues.${issue.code}`)}`;
  };
  const cell = (cells: Partial<Record<PanelColumn, string>>, column: PanelColumn) =>
    cells[column] ?? '';

  return (
    <Modal
      opened={source !== null}
      onClose={props.onClose}
      size="xl"
      title={
        source?.origin === 'file'
          ? t('quotes.builder.import.titleFile', { name: source.fileName ?? '' })
          : t('quotes.builder.import.titlePaste')
      }
    >
      <Stack gap="sm" data-testid="import-preview">
        {catalogState.status === 'loading' && (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text size="sm" role="status">
              {t('quotes.builder.import.loadingCatalog')}
            </Text>
          </Group>
        )}
        {catalogState.status === 'failed' && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {t('quotes.builder.import.catalogFailed')}
          </Alert>
        )}
        {preview && (
          <>
            <Text size="sm" data-testid="import-summary">
              {t('quotes.builder.import.summary', {
                total: preview.rows.length,
                valid: valid.length,
                wrong,
              })}
              {preview.header ? ` ${t('quotes.builder.import.headerFound')}` : ''}
            </Text>
            {preview.rows.length === 0 && (
              <Text c="dimmed">{t('quotes.builder.import.nothing')}</Text>
            )}
            <ScrollArea.Autosize mah={420} type="auto">
              <Table striped verticalSpacing={4} fz="sm" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('quotes.builder.import.line')}</Table.Th>
                    <Table.Th>{t('quotes.builder.columns.material')}</Table.Th>
                    <Table.Th>{t('quotes.builder.columnsShort.width')}</Table.Th>
                    <Table.Th>{t('quotes.builder.columnsShort.height')}</Table.Th>
                    <Table.Th>{t('quotes.builder.columnsShort.quantity')}</Table.Th>
                    <Table.Th>{t('quotes.builder.columns.label')}</Table.Th>
                    <Table.Th>{t('quotes.builder.import.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((row) => (
                    <Table.Tr
                      key={row.line}
                      data-testid="import-row"
                      data-invalid={row.issues.length > 0 || undefined}
                    >
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td>
                        {row.row.materialId
                          ? names[row.row.materialId]
                          : cell(row.cells, 'material')}
                      </Table.Td>
                      <Table.Td>{cell(row.cells, 'width')}</Table.Td>
                      <Table.Td>{cell(row.cells, 'height')}</Table.Td>
                      <Table.Td>{row.row.quantity}</Table.Td>
                      <Table.Td>{row.row.label}</Table.Td>
                      <Table.Td>
                        {row.issues.length === 0 ? (
                          <Badge color="green" variant="light" size="sm">
                            {t('quotes.builder.import.ok')}
                          </Badge>
                        ) : (
                          <Text size="xs" c="red" data-testid="import-row-error">
                            {row.issues.map(issueText).join(' · ')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('quotes.builder.import.cancel')}
          </Button>
          <Button
            disabled={valid.length === 0 || !source}
            onClick={() => {
              if (source)
                props.onApply(
                  valid.map((row) => row.row),
                  source.atRow,
                  names,
                );
            }}
            data-testid="import-apply"
          >
            {t('quotes.builder.import.apply', { count: valid.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
