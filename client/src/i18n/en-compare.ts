import type { huCompare } from './hu-compare.ts';

/** English texts of the quote comparison; the same keys as `hu-compare.ts`. */
export const enCompare: typeof huCompare = {
  compare: {
    title: 'Compare quote',
    intro:
      'The same cut list at other companies: the same board (brand, decor, thickness) and edge banding, with your discount.',
    open: 'Compare with other companies',
    companies: 'Companies (at most 5)',
    run: 'Compare',
    running: 'Pricing…',
    loading: 'Loading…',
    notFound: 'The quote was not found.',
    backToQuote: 'Back to the quote',
    noCompanies: 'You are not connected to any other company.',
    tooMany: 'Choose at most 5 companies.',
    source: 'original',
    cheapest: 'cheapest',
    finalTotal: 'To pay',
    boardsUsed: 'Boards used',
    boards: '{{count}} board(s)',
    missingTitle: 'Not sold by this company',
    searched: 'Searched: {{searched}}',
    substituted: 'Substituted',
    status: {
      PRICED: 'Full price',
      INCOMPLETE: 'Partial price: some items are missing',
      UNAVAILABLE: 'Unavailable',
    },
    unavailable: {
      COMPANY_UNAVAILABLE: 'The company is not answering right now.',
      NOT_FOUND: 'The company was not found or is inactive.',
      CANNOT_PRICE: 'The cut list cannot be priced at this company.',
      DISCOUNT_UNAVAILABLE: 'Your discount cannot be read right now.',
    },
    copy: 'Copy to {{company}}',
    copying: 'Copying…',
    copyFailed: 'Copying failed: {{message}}',
  },
};
