import { ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format/use-formatters.ts';
import type { QuotePricing } from './use-live-preview.ts';

type Amounts = QuotePricing['totals']['quote'];

/**
 * The price breakdown exactly as the server computed it: per material (board material, edge
 * banding, cutting, services) and the quote's totals by category with the discount. The client
 * only formats the server's amounts; it never adds them up.
 */
export const BreakdownTable = memo(function BreakdownTable({ pricing }: { pricing: QuotePricing }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = (amounts: Amounts, part: 'net' | 'vat' | 'gross') => format.money(amounts[part]);
  const { totals } = pricing;
  const categories = [
    ['boardMaterial', totals.boardMaterial],
    ['edgeBanding', totals.edgeBanding],
    ['cutting', totals.cutting],
    ['services', totals.services],
    ['accessories', totals.accessories],
    ['fees', totals.fees],
  ] as const;
  return (
    <Stack gap="md" data-testid="breakdown">
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('quotes.builder.breakdown.perMaterial')}
        </Title>
        <ScrollArea type="auto">
          <Table miw={760} fz="sm" verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quotes.builder.breakdown.material')}</Table.Th>
                <Table.Th ta="right">{t('quotes.builder.breakdown.boards')}</Table.Th>
                <Table.Th ta="right">{t('quotes.builder.breakdown.boardMaterial')}</Table.Th>
                <Table.Th ta="right">{t('quotes.builder.breakdown.edgeBanding')}</Table.Th>
                <Table.Th ta="right">{t('quotes.builder.breakdown.cutting')}</Table.Th>
                <Table.Th ta="right">{t('quotes.builder.breakdown.services')}</Table.Th>
                <Table.Th ta="right">{t('quotes.builder.breakdown.net')}</Table.Th>
                <Table.Th ta="right">{t('quotes.builder.breakdown.vat')}</Table.Th>
                <Table.Th ta="right">{t('quotes.builder.breakdown.gross')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pricing.materials.map((entry) => (
                <Table.Tr key={entry.material.id} data-testid="breakdown-material">
                  <Table.Td>{entry.material.name}</Table.Td>
                  <Table.Td ta="right">{format.count(entry.boardsUsed)}</Table.Td>
                  <Table.Td ta="right">{money(entry.boardMaterial, 'net')}</Table.Td>
                  <Table.Td ta="right">{money(entry.edgeBandingTotal, 'net')}</Table.Td>
                  <Table.Td ta="right">{money(entry.cutting.amounts, 'net')}</Table.Td>
                  <Table.Td ta="right">{money(entry.servicesTotal, 'net')}</Table.Td>
                  <Table.Td ta="right">{money(entry.total, 'net')}</Table.Td>
                  <Table.Td ta="right">{money(entry.total, 'vat')}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {money(entry.total, 'gross')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </div>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('quotes.builder.breakdown.totals')}
        </Title>
        <Table fz="sm" verticalSpacing={4} maw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th ta="right">{t('quotes.builder.breakdown.net')}</Table.Th>
              <Table.Th ta="right">{t('quotes.builder.breakdown.vat')}</Table.Th>
              <Table.Th ta="right">{t('quotes.builder.breakdown.gross')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.map(([key, amounts]) => (
              <Table.Tr key={key}>
                <Table.Td>{t(`quotes.builder.breakdown.${key}`)}</Table.Td>
                <Table.Td ta="right">{money(amounts, 'net')}</Table.Td>
                <Table.Td ta="right">{money(amounts, 'vat')}</Table.Td>
                <Table.Td ta="right">{money(amounts, 'gross')}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>{t('quotes.builder.breakdown.total')}</Table.Td>
              <Table.Td ta="right">{money(totals.quote, 'net')}</Table.Td>
              <Table.Td ta="right">{money(totals.quote, 'vat')}</Table.Td>
              <Table.Td ta="right" data-testid="breakdown-gross">
                {money(totals.quote, 'gross')}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td colSpan={3}>
                {t('quotes.builder.breakdown.discount', {
                  percent: format.decimal(pricing.discount.percent),
                })}
              </Table.Td>
              <Table.Td ta="right">{format.money(pricing.discount.amount)}</Table.Td>
            </Table.Tr>
            <Table.Tr fw={700}>
              <Table.Td colSpan={3}>{t('quotes.builder.breakdown.final')}</Table.Td>
              <Table.Td ta="right">
                <Text span fw={700} data-testid="breakdown-final">
                  {format.money(pricing.finalTotal)}
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
});
