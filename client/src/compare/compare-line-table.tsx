import { Badge, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MoneyValue } from '../format/format-money.ts';
import { useFormatters } from '../format/use-formatters.ts';
import type { Baseline, ComparisonLine, LineCell } from './compare-lines.ts';

export interface CompareLineTableProps {
  lines: ComparisonLine[];
  companies: ReadonlyArray<{ id: string; name: string }>;
  sourceCompanyId: string;
  baseline: Baseline;
  onBaselineChange: (baseline: Baseline) => void;
}

/**
 * Line by line: each board material (its panel rows together), accessory and fee line and the
 * total, with each company's price and its difference to the cheapest or to the source company.
 */
export function CompareLineTable(props: CompareLineTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();

  const label = (line: ComparisonLine) => {
    if (line.kind === 'TOTAL') return t('compare.lines.total');
    const n = line.rows[0] ?? 0;
    const fallback =
      line.kind === 'MATERIAL'
        ? t('compare.lines.unnamedMaterial')
        : line.kind === 'ACCESSORY'
          ? t('compare.lines.accessory', { n })
          : t('compare.lines.fee', { n });
    return line.label ?? fallback;
  };
  const detail = (line: ComparisonLine) =>
    line.kind === 'MATERIAL'
      ? t('compare.lines.panelRows', { count: line.rows.length, rows: line.rows.join(', ') })
      : line.kind === 'ACCESSORY'
        ? t('compare.lines.accessory', { n: line.rows[0] })
        : line.kind === 'FEE'
          ? t('compare.lines.fee', { n: line.rows[0] })
          : t('compare.lines.totalDetail');

  const difference = (value: MoneyValue) => {
    const amount = Number(value.amount);
    if (amount === 0) return t('compare.lines.noDifference');
    return `${amount > 0 ? '+' : '−'}${format.money({ ...value, amount: Math.abs(amount).toFixed(2) })}`;
  };

  const cell = (line: ComparisonLine, companyId: string, c: LineCell | undefined) => {
    if (!c || c.state === 'UNAVAILABLE') {
      return (
        <Text size="sm" c="dimmed">
          {t('compare.lines.unavailable')}
        </Text>
      );
    }
    if (c.state === 'MISSING') {
      return (
        <Text size="sm" c="orange">
          {line.kind === 'TOTAL' ? t('compare.lines.nothingPriced') : t('compare.lines.missing')}
        </Text>
      );
    }
    const isBase =
      c.comparable &&
      c.difference !== null &&
      (props.baseline === 'source' ? companyId === props.sourceCompanyId : c.cheapest);
    return (
      <Stack gap={2}>
        {c.amount ? (
          <Text size="sm" fw={line.kind === 'TOTAL' ? 700 : 500} data-amount={c.amount.amount}>
            {format.money(c.amount)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('compare.lines.inLine', { line: c.sharedWith[0] ?? '' })}
          </Text>
        )}
        {c.difference !== null && (
          <Text
            size="xs"
            c={isBase ? 'green' : Number(c.difference.amount) > 0 ? 'red' : 'green'}
            data-testid="compare-difference"
          >
            {props.baseline === 'cheapest' && c.cheapest
              ? t('compare.cheapest')
              : props.baseline === 'source' && companyId === props.sourceCompanyId
                ? t('compare.lines.base')
                : difference(c.difference)}
          </Text>
        )}
        {c.itemName && line.kind !== 'TOTAL' && (
          <Text size="xs" c="dimmed">
            {c.itemName}
          </Text>
        )}
        {c.boardsUsed !== null && (
          <Text size="xs">{t('compare.boards', { count: c.boardsUsed })}</Text>
        )}
        {c.how === 'SUBSTITUTED' && (
          <Badge size="xs" variant="light" color="grape">
            {t('compare.substituted')}
          </Badge>
        )}
        {c.amount && c.sharedWith.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('compare.lines.together', { lines: c.sharedWith.join(', ') })}
          </Text>
        )}
        {c.partial && (
          <Text size="xs" c="orange">
            {line.kind === 'TOTAL' ? t('compare.lines.partialTotal') : t('compare.lines.partial')}
          </Text>
        )}
      </Stack>
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="compare-lines-title">
      <Title order={2} size="h4" id="compare-lines-title">
        {t('compare.lines.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('compare.lines.intro')}
      </Text>
      <SegmentedControl
        aria-label={t('compare.lines.baseline')}
        value={props.baseline}
        onChange={(value) => props.onBaselineChange(value as Baseline)}
        data={[
          { value: 'cheapest', label: t('compare.lines.toCheapest') },
          { value: 'source', label: t('compare.lines.toSource') },
        ]}
        data-testid="compare-baseline"
        style={{ alignSelf: 'flex-start' }}
      />
      <Table.ScrollContainer minWidth={320 + props.companies.length * 180}>
        <Table striped withTableBorder verticalSpacing="xs" data-testid="compare-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('compare.lines.item')}</Table.Th>
              {props.companies.map((c) => (
                <Table.Th key={c.id} scope="col">
                  {c.id === props.sourceCompanyId ? `${c.name} (${t('compare.source')})` : c.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.lines.map((line) => (
              <Table.Tr key={line.key} data-testid="compare-line" data-kind={line.kind}>
                <Table.Th scope="row" fw={line.kind === 'TOTAL' ? 700 : 500}>
                  <Text size="sm" fw="inherit">
                    {label(line)}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400}>
                    {detail(line)}
                  </Text>
                </Table.Th>
                {props.companies.map((c) => (
                  <Table.Td key={c.id} data-testid="compare-cell" data-company-id={c.id}>
                    {cell(line, c.id, line.cells[c.id])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
