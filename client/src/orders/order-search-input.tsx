import { useTranslation } from 'react-i18next';
import { DebouncedSearchInput } from '../app/debounced-search-input.tsx';

/** Searches order and quote numbers. */
export function OrderSearchInput({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (q: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <DebouncedSearchInput
      value={value}
      onSearch={onSearch}
      label={t('orders.list.searchLabel')}
      placeholder={t('orders.list.searchPlaceholder')}
      clearLabel={t('quotes.list.clearSearch')}
      testId="order-search"
    />
  );
}
