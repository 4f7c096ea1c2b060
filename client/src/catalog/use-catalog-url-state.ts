import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type CatalogUrlState,
  catalogUrlParams,
  changeCatalogState,
  parseCatalogUrl,
} from './catalog-url-state.ts';

export type UpdateCatalogState = (
  change: Partial<CatalogUrlState>,
  options?: { replace?: boolean },
) => void;

/**
 * The catalog view's state, kept in the URL: shareable, and Back/Forward move through tabs,
 * pages and filters. Changes push a history entry unless `replace` is asked for.
 */
export function useCatalogUrlState(): [CatalogUrlState, UpdateCatalogState] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseCatalogUrl(params), [params]);
  const update = useCallback<UpdateCatalogState>(
    (change, options) => {
      setParams(
        (current) => catalogUrlParams(changeCatalogState(parseCatalogUrl(current), change)),
        {
          replace: options?.replace ?? false,
          preventScrollReset: true,
        },
      );
    },
    [setParams],
  );
  return [state, update];
}
