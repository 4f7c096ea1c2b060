import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../format/use-formatters.ts';
import { type PageSize, pageSizes } from './catalog-url-state.ts';
import { pageRange } from './page-range.ts';

export interface CatalogPagerProps {
  page: number;
  size: PageSize;
  /** Items on this page; undefined while the page loads. */
  itemsOnPage: number | undefined;
  totalCount: number | undefined;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onSizeChange: (size: PageSize) => void;
}

/** Page size, `1–20 / 213`, previous and next; the API pages forward by cursor. */
export function CatalogPager(props: CatalogPagerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const loading = props.itemsOnPage === undefined || props.totalCount === undefined;
  const range = loading
    ? undefined
    : pageRange(props.page, props.size, props.itemsOnPage ?? 0, props.totalCount ?? 0);

  return (
    <Group component="nav" aria-label={t('catalog.pager.label')} justify="space-between" gap="sm">
      <NativeSelect
        label={t('catalog.pager.pageSize')}
        size="xs"
        w={110}
        value={String(props.size)}
        data={pageSizes.map(String)}
        onChange={(event) => {
          const size = pageSizes.find((value) => String(value) === event.currentTarget.value);
          if (size) props.onSizeChange(size);
        }}
      />
      <Group gap="xs" wrap="nowrap">
        {/* Announced when it changes, so paging is heard as well as seen. */}
        <Text size="sm" data-testid="page-range" aria-live="polite" miw={110} ta="center">
          {range
            ? t('catalog.pager.range', {
                from: format.count(range.from),
                to: format.count(range.to),
                total: format.count(range.total),
              })
            : '…'}
        </Text>
        <Button
          variant="default"
          size="xs"
          data-testid="page-prev"
          leftSection={<IconChevronLeft size={16} aria-hidden />}
          disabled={props.page <= 1}
          onClick={props.onPrevious}
        >
          {t('catalog.pager.previous')}
        </Button>
        <Button
          variant="default"
          size="xs"
          data-testid="page-next"
          rightSection={<IconChevronRight size={16} aria-hidden />}
          disabled={loading || !props.hasNextPage}
          onClick={props.onNext}
        >
          {t('catalog.pager.next')}
        </Button>
      </Group>
    </Group>
  );
}
