import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format/use-formatters.ts';
import { type PriceChangeValue, priceChangeLines } from './price-change-lines.ts';

interface PriceChangeListProps {
  changes: readonly PriceChangeValue[];
  currency: string;
}

/** "Lapanyag (1a2b3c4d) · m² ár: 6 540 Ft → 7 000 Ft", one line per changed value. */
export function PriceChangeList({ changes, currency }: PriceChangeListProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  if (changes.length === 0) return <Text size="sm">{t('quotes.stale.noChanges')}</Text>;
  const value = (text: string | null, money: boolean) =>
    text === null ? '—' : money ? format.money({ amount: text, currency }) : text;
  const fieldName = (field: string) =>
    i18n.exists(`quotes.stale.fields.${field}`)
      ? t(`quotes.stale.fields.${field}` as 'quotes.stale.fields.vatRate')
      : field;
  return (
    <List size="sm" spacing={2} data-testid="price-changes">
      {priceChangeLines(changes).map((line) => (
        <List.Item key={`${line.part}|${line.item}|${line.field}`} data-testid="price-change">
          <Text span fw={500} size="sm">
            {t(`quotes.stale.parts.${line.part}`)}
            {line.item ? ` (${line.item})` : ''}
          </Text>
          {' · '}
          {fieldName(line.field)}
          {': '}
          {line.kind === 'removed'
            ? t('quotes.stale.removed')
            : line.kind === 'added'
              ? `${t('quotes.stale.added')}: ${value(line.after, line.money)}`
              : `${value(line.before, line.money)} → ${value(line.after, line.money)}`}
        </List.Item>
      ))}
    </List>
  );
}
