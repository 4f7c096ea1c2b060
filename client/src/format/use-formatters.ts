import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, parseLanguage } from '../i18n/language.ts';
import { formatCount } from './format-count.ts';
import { formatDate } from './format-date.ts';
import { formatDateTime } from './format-date-time.ts';
import { formatDecimal } from './format-decimal.ts';
import { formatMoney, type MoneyValue } from './format-money.ts';

export interface Formatters {
  money(money: MoneyValue): string;
  decimal(value: string): string;
  count(value: number): string;
  date(iso: string): string;
  dateTime(iso: string): string;
}

/** The formatters of the current language; components re-render when the language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = localeOf(parseLanguage(i18n.resolvedLanguage ?? i18n.language));
  return useMemo(
    () => ({
      money: (money) => formatMoney(money, locale),
      decimal: (value) => formatDecimal(value, locale),
      count: (value) => formatCount(value, locale),
      date: (iso) => formatDate(iso, locale),
      dateTime: (iso) => formatDateTime(iso, locale),
    }),
    [locale],
  );
}
