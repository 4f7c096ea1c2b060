import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../__generated__/index.ts';
import type { Formatters } from '../../format/use-formatters.ts';
import { useRetryOnce } from './use-retry-once.ts';

const MaterialOptionsQuery = graphql(`
  query QuoteBuilder_MaterialOptions($companyId: ID!, $search: String) {
    company(id: $companyId) {
      id
      materials(search: $search, first: 20) {
        nodes {
          companyId
          id
          name
          thicknessMm
          lengthMm
          widthMm
          pricePerSqm {
            amount
            currency
          }
        }
      }
    }
  }
`);

const EdgeBandingOptionsQuery = graphql(`
  query QuoteBuilder_EdgeBandingOptions($companyId: ID!, $search: String) {
    company(id: $companyId) {
      id
      edgeBandings(search: $search, first: 20) {
        nodes {
          companyId
          id
          label
          decor
          thicknessMm
          widthMm
          pricePerM {
            amount
            currency
          }
        }
      }
    }
  }
`);

const AccessoryOptionsQuery = graphql(`
  query QuoteBuilder_AccessoryOptions($companyId: ID!, $search: String) {
    company(id: $companyId) {
      id
      accessories(search: $search, first: 20) {
        nodes {
          companyId
          id
          name
          sku
          unitPrice {
            amount
            currency
          }
        }
      }
    }
  }
`);

export type CatalogKind = 'material' | 'edgeBanding' | 'accessory';

/** One choice of a picker: what it is called and the facts that tell similar ones apart. */
export interface CatalogOption {
  id: string;
  label: string;
  /** Code, thickness, size and price, in one dimmed line. */
  detail: string;
}

export interface CatalogOptions {
  options: CatalogOption[];
  loading: boolean;
  failed: boolean;
}

/**
 * The company's catalog items of one kind matching the search (server-side search, 20 at a
 * time), once the typing settles. Nothing is asked while the picker is closed.
 */
export function useCatalogOptions(
  kind: CatalogKind,
  companyId: string,
  search: string,
  open: boolean,
  format: Formatters,
): CatalogOptions {
  const [settled] = useDebouncedValue(search.trim(), 200);
  const variables = { companyId, search: settled === '' ? null : settled };
  const materials = useQuery(
    MaterialOptionsQuery,
    open && kind === 'material' ? { variables } : skipToken,
  );
  const edges = useQuery(
    EdgeBandingOptionsQuery,
    open && kind === 'edgeBanding' ? { variables } : skipToken,
  );
  const accessories = useQuery(
    AccessoryOptionsQuery,
    open && kind === 'accessory' ? { variables } : skipToken,
  );
  const current = kind === 'material' ? materials : kind === 'edgeBanding' ? edges : accessories;
  useRetryOnce(
    open && Boolean(current.error),
    () => current.refetch(),
    `${kind}|${variables.search ?? ''}`,
  );
  if (kind === 'material') {
    return {
      options: (materials.data?.company?.materials?.nodes ?? []).map((m) => ({
        id: m.id,
        label: m.name,
        detail: `${m.thicknessMm} mm · ${m.lengthMm} × ${m.widthMm} · ${format.money(m.pricePerSqm)}/m²`,
      })),
      loading: materials.loading,
      failed: Boolean(materials.error),
    };
  }
  if (kind === 'edgeBanding') {
    return {
      options: (edges.data?.company?.edgeBandings?.nodes ?? []).map((e) => ({
        id: e.id,
        label: e.label,
        detail: `${e.decor} · ${e.widthMm} × ${format.decimal(e.thicknessMm)} mm · ${format.money(e.pricePerM)}/m`,
      })),
      loading: edges.loading,
      failed: Boolean(edges.error),
    };
  }
  return {
    options: (accessories.data?.company?.accessories?.nodes ?? []).map((a) => ({
      id: a.id,
      label: a.name,
      detail: [a.sku, format.money(a.unitPrice)].filter(Boolean).join(' · '),
    })),
    loading: accessories.loading,
    failed: Boolean(accessories.error),
  };
}
