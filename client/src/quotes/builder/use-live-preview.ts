import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useDeferredValue, useMemo, useRef } from 'react';
import type { QuoteBuilder_PreviewQuery } from '../../__generated__/graphql.ts';
import { graphql } from '../../__generated__/index.ts';
import { type FieldError, fieldError } from '../../apollo/field-error.ts';
import { type DraftInput, hasLines } from './quote-draft.ts';
import { useRetryOnce } from './use-retry-once.ts';

export const PreviewQuery = graphql(`
  query QuoteBuilder_Preview($companyId: ID!, $input: QuoteInput!) {
    previewQuote(companyId: $companyId, input: $input) {
      currency
      pricedAt
      materials {
        material {
          companyId
          id
          name
          thicknessMm
        }
        boardsUsed
        pieceCount
        usage
        boardMaterial {
          ...QuoteBuilderAmounts
        }
        edgeBandingTotal {
          ...QuoteBuilderAmounts
        }
        cutting {
          amounts {
            ...QuoteBuilderAmounts
          }
        }
        servicesTotal {
          ...QuoteBuilderAmounts
        }
        total {
          ...QuoteBuilderAmounts
        }
        edgeBandings {
          edgeBanding {
            companyId
            id
            label
          }
        }
      }
      boards {
        material {
          companyId
          id
        }
        index
        lengthMm
        widthMm
        usable {
          x
          y
          widthMm
          heightMm
        }
        usage
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
        accessory {
          companyId
          id
          name
        }
        amounts {
          ...QuoteBuilderAmounts
        }
      }
      fees {
        row
        fee {
          companyId
          id
          name
        }
        amounts {
          ...QuoteBuilderAmounts
        }
      }
      totals {
        boardMaterial {
          ...QuoteBuilderAmounts
        }
        edgeBanding {
          ...QuoteBuilderAmounts
        }
        cutting {
          ...QuoteBuilderAmounts
        }
        services {
          ...QuoteBuilderAmounts
        }
        accessories {
          ...QuoteBuilderAmounts
        }
        fees {
          ...QuoteBuilderAmounts
        }
        quote {
          ...QuoteBuilderAmounts
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

  fragment QuoteBuilderAmounts on QuoteAmounts {
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

export type QuotePricing = QuoteBuilder_PreviewQuery['previewQuote'];

/** Why the live price is not current: a row the server refused, or the company unreachable. */
export type PreviewProblem =
  | { kind: 'input'; field: string | null; message: string }
  | { kind: 'failure'; error: FieldError };

function previewProblem(error: ErrorLike | undefined): PreviewProblem | undefined {
  if (!error) return undefined;
  if (CombinedGraphQLErrors.is(error)) {
    const refused = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
    if (refused) {
      const field = refused.extensions?.field;
      return {
        kind: 'input',
        field: typeof field === 'string' ? field : null,
        message: refused.message,
      };
    }
  }
  const failure = fieldError(error, ['previewQuote']);
  return failure ? { kind: 'failure', error: failure } : undefined;
}

export interface LivePreview {
  /** The latest good pricing, kept while a newer one is on its way or was refused. */
  pricing: QuotePricing | undefined;
  /** The lines `pricing` priced, with their row maps. */
  pricedInput: DraftInput | undefined;
  /** The shown pricing is not yet of the lines as they are now. */
  updating: boolean;
  problem: PreviewProblem | undefined;
  /** The lines the shown problem is about (their row maps lead server fields to grid rows). */
  input: DraftInput;
  retry: () => void;
}

/**
 * Prices the draft on the server as the customer types: the lines settle for 300 ms, then
 * go out as a deferred value, so typing renders first and the diagrams and tables after.
 * Identical lines are answered from the cache. The last good result stays on screen.
 */
export function useLivePreview(companyId: string, input: DraftInput): LivePreview {
  const key = JSON.stringify(input);
  const [settledKey] = useDebouncedValue(key, 300);
  const deferredKey = useDeferredValue(settledKey);
  // The settled lines with their row maps, so errors and diagrams name the rows of that request.
  const settled = useMemo(() => JSON.parse(deferredKey) as DraftInput, [deferredKey]);
  const variables = useMemo(
    () => ({
      companyId,
      input: { panels: settled.panels, accessories: settled.accessories, fees: settled.fees },
    }),
    [companyId, settled],
  );
  const priceable = hasLines(settled);
  const { data, loading, error, refetch } = useQuery(
    PreviewQuery,
    priceable ? { variables, notifyOnNetworkStatusChange: true } : skipToken,
  );
  // A refused row stays refused; anything else is asked once more before it is shown.
  const problem = priceable ? previewProblem(error) : undefined;
  useRetryOnce(problem?.kind === 'failure', () => refetch(), deferredKey);
  // The last good answer and the lines it priced (its rows name grid rows through their map).
  const lastGood = useRef<{ pricing: QuotePricing; input: DraftInput; key: string }>(undefined);
  if (!priceable) lastGood.current = undefined;
  else if (
    data?.previewQuote &&
    !loading &&
    (lastGood.current?.pricing !== data.previewQuote || lastGood.current.key !== deferredKey)
  ) {
    lastGood.current = { pricing: data.previewQuote, input: settled, key: deferredKey };
  }
  return {
    pricing: lastGood.current?.pricing,
    pricedInput: lastGood.current?.input,
    updating: priceable && (loading || key !== deferredKey),
    problem,
    input: settled,
    retry: () => {
      refetch().catch(() => undefined);
    },
  };
}
