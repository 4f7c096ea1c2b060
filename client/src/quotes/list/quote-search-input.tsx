import { useTranslation } from 'react-i18next';
import { DebouncedSearchInput } from '../../app/debounced-search-input.tsx';

/** Searches quote numbers and comments. */
export function QuoteSearchInput({
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
      label={t('quotes.list.searchLabel')}
      placeholder={t('quotes.list.searchPlaceholder')}
      clearLabel={t('quotes.list.clearSearch')}
      testId="quote-search"
    />
  );
}
