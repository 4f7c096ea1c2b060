import { useTranslation } from 'react-i18next';
import type { PriceMode } from './catalog-url-state.ts';

/** "nettó" / "bruttó" for table captions such as "Bútorlapok, nettó árak". */
export function usePriceModeWord(mode: PriceMode): string {
  const { t } = useTranslation();
  return mode === 'gross' ? t('catalog.price.grossLower') : t('catalog.price.netLower');
}
