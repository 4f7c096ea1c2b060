import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type {
  QuoteBuilder_SnapshotPricingQuery,
  QuoteBuilderSnapshotAmountsFragment,
} from '../../__generated__/graphql.ts';
import { graphql } from '../../__generated__/index.ts';
import { fieldError } from '../../apollo/field-error.ts';
import type { DraftInput } from './quote-draft.ts';
import type { LivePreview, QuotePricing } from './use-live-preview.ts';
import { useRetryOnce } from './use-retry-once.ts';

export const SnapshotPricingQuery = graphql(`
  query QuoteBuilder_SnapshotPricing($id: ID!) {
    quote(id: $id) {
      id
      totals {
        net {
          amount
          currency
        }
        vat {
          amount
          currency
        }
        gross {
          amount
          currency
        }
        discountPercent
        final {
          amount
          currency
        }
      }
      snapshotPricing {
        currency
        pricedAt
        layoutsExact
        materials {
          materialId
          name
          thicknessMm
          boardsUsed
          pieceCount
          usage
          boardMaterial {
            ...QuoteBuilderSnapshotAmounts
          }
          edgeBanding {
            ...QuoteBuilderSnapshotAmounts
          }
          cutting {
            ...QuoteBuilderSnapshotAmounts
          }
          services {
            ...QuoteBuilderSnapshotAmounts
          }
          total {
            ...QuoteBuilderSnapshotAmounts
          }
        }
        boards {
          materialId
          index
          lengthMm
          widthMm
          usage
          usable {
            x
            y
            widthMm
            heightMm
          }
          placements {
            x
            y
            widthMm
            heightMm
            rotated
            row
            label
          }
          offcuts {
            x
            y
            widthMm
            heightMm
          }
        }
        accessories {
          row
          itemId
          name
          amounts {
            ...QuoteBuilderSnapshotAmounts
          }
        }
        fees {
          row
          itemId
          name
          amounts {
            ...QuoteBuilderSnapshotAmounts
          }
        }
        totals {
          boardMaterial {
            ...QuoteBuilderSnapshotAmounts
          }
          edgeBanding {
            ...QuoteBuilderSnapshotAmounts
          }
          cutting {
            ...QuoteBuilderSnapshotAmounts
          }
          services {
            ...QuoteBuilderSnapshotAmounts
          }
          accessories {
            ...QuoteBuilderSnapshotAmounts
          }
          fees {
            ...QuoteBuilderSnapshotAmounts
          }
          quote {
            ...QuoteBuilderSnapshotAmounts
          }
        }
        discount {
          percent
          amount {
            amount
            currency
          }
        }
        finalTotal {
          amount
          currency
        }
      }
    }
  }

  fragment QuoteBuilderSnapshotAmounts on QuoteSnapshotAmounts {
    net {
      amount
      currency
    }
    vat {
      amount
      currency
    }
    gross {
      amount
      currency
    }
  }
`);

type Snapshot = NonNullable<
  NonNullable<QuoteBuilder_SnapshotPricingQuery['quote']>['snapshotPricing']
>;
type Amounts = QuotePricing['totals']['quote'];
type Money = QuotePricing['finalTotal'];

const money = (m: { amount: string; currency: string }): Money => ({
  __typename: 'Money',
  amount: m.amount,
  currency: m.currency,
});
const amounts = (a: QuoteBuilderSnapshotAmountsFragment): Amounts => ({
  __typename: 'QuoteAmounts',
  net: money(a.net),
  vat: money(a.vat),
  gross: money(a.gross),
});
const rect = (r: { x: number; y: number; widthMm: number; heightMm: number }) => ({
  __typename: 'BoardRect' as const,
  x: r.x,
  y: r.y,
  widthMm: r.widthMm,
  heightMm: r.heightMm,
});

/**
 * The snapshot's pricing in the shape the builder's tables and diagrams draw (the live
 * preview's): the same components show a submitted quote's prices as they were.
 */
export function pricingFromSnapshot(companyId: string, s: Snapshot): QuotePricing {
  return {
    __typename: 'QuotePricing',
    currency: s.currency,
    pricedAt: s.pricedAt,
    materials: s.materials.map((m) => ({
      __typename: 'MaterialPricing',
      boardsUsed: m.boardsUsed,
      pieceCount: m.pieceCount,
      usage: m.usage,
      material: {
        __typename: 'Material',
        companyId,
        id: m.materialId,
        name: m.name,
        thicknessMm: Number(m.thicknessMm ?? 0),
      },
      boardMaterial: amounts(m.boardMaterial),
      edgeBandingTotal: amounts(m.edgeBanding),
      cutting: { __typename: 'CuttingLine', amounts: amounts(m.cutting) },
      servicesTotal: amounts(m.services),
      total: amounts(m.total),
      edgeBandings: [],
    })),
    boards: s.boards.map((b) => ({
      __typename: 'BoardLayout',
      index: b.index,
      lengthMm: b.lengthMm,
      widthMm: b.widthMm,
      usage: b.usage,
      material: { __typename: 'Material', companyId, id: b.materialId },
      usable: rect(b.usable),
      placements: b.placements.map((p) => ({
        __typename: 'PanelPlacement',
        x: p.x,
        y: p.y,
        widthMm: p.widthMm,
        heightMm: p.heightMm,
        rotated: p.rotated,
        row: p.row,
        label: p.label ?? null,
      })),
      offcuts: b.offcuts.map(rect),
    })),
    accessories: s.accessories.map((a) => ({
      __typename: 'PricedAccessoryLine',
      row: a.row,
      accessory: { __typename: 'Accessory', companyId, id: a.itemId, name: a.name ?? a.itemId },
      amounts: amounts(a.amounts),
    })),
    fees: s.fees.map((f) => ({
      __typename: 'PricedFeeLine',
      row: f.row,
      fee: { __typename: 'Fee', companyId, id: f.itemId, name: f.name ?? f.itemId },
      amounts: amounts(f.amounts),
    })),
    totals: {
      __typename: 'QuotePricingTotals',
      boardMaterial: amounts(s.totals.boardMaterial),
      edgeBanding: amounts(s.totals.edgeBanding),
      cutting: amounts(s.totals.cutting),
      services: amounts(s.totals.services),
      accessories: amounts(s.totals.accessories),
      fees: amounts(s.totals.fees),
      quote: amounts(s.totals.quote),
    },
    discount: {
      __typename: 'QuoteDiscount',
      percent: s.discount.percent,
      amount: money(s.discount.amount),
    },
    finalTotal: money(s.finalTotal),
  };
}

export interface SnapshotPreview extends LivePreview {
  /** The stored totals (net, VAT, gross, discount, to pay); null while unpriced. */
  stored: NonNullable<QuoteBuilder_SnapshotPricingQuery['quote']>['totals'] | null;
  /** Loaded, priced, but no breakdown from the snapshot (only the stored totals to show). */
  breakdownMissing: boolean;
  /** The diagrams are today's grain direction's, maybe not the priced layouts. */
  layoutsInexact: boolean;
}

/**
 * A quote that is no longer a draft shows the price it was saved (and submitted) with:
 * `Quote.snapshotPricing`, never today's catalog. `quoteId` null (a draft) asks nothing.
 */
export function useSnapshotPricing(
  quoteId: string | null,
  companyId: string,
  input: DraftInput,
): SnapshotPreview {
  const { data, loading, error, refetch } = useQuery(
    SnapshotPricingQuery,
    quoteId ? { variables: { id: quoteId }, fetchPolicy: 'network-only' } : skipToken,
  );
  const quote = data?.quote;
  const failure = error ? fieldError(error, ['quote']) : undefined;
  useRetryOnce(failure !== undefined, () => refetch(), quoteId ?? '');
  const snapshot = quote?.snapshotPricing ?? null;
  const pricing = useMemo(
    () => (snapshot ? pricingFromSnapshot(companyId, snapshot) : undefined),
    [snapshot, companyId],
  );
  return {
    pricing,
    pricedInput: pricing ? input : undefined,
    updating: loading,
    problem: failure ? { kind: 'failure', error: failure } : undefined,
    input,
    retry: () => {
      refetch().catch(() => undefined);
    },
    stored: quote?.totals ?? null,
    breakdownMissing: Boolean(quote?.totals) && !snapshot,
    layoutsInexact: snapshot ? !snapshot.layoutsExact : false,
  };
}
