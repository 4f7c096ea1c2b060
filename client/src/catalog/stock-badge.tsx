import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StockBadge({ onStock }: { onStock: boolean }) {
  const { t } = useTranslation();
  return onStock ? (
    <Badge color="teal" variant="light">
      {t('catalog.stock.onStock')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      {t('catalog.stock.toOrder')}
    </Badge>
  );
}
