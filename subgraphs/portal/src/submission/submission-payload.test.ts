import { submitQuoteDocument } from '@portal/company-link';
import { priceQuote } from '@portal/pricing';
import { describe, expect, it } from 'vitest';
import type { QuoteDraft } from '../quotes/quote-input.ts';
import { quoteDelivery } from './quote-delivery.ts';
import { buildSubmissionPayload } from './submission-payload.ts';

const MATERIAL = '11111111-1111-4111-8111-111111111111';
const EDGE = '22222222-2222-4222-8222-222222222222';
const ACCESSORY = '33333333-3333-4333-8333-333333333333';
const FEE = '44444444-4444-4444-8444-444444444444';

const draft: QuoteDraft = {
  companyId: '55555555-5555-4555-8555-555555555555',
  comment: 'Hétfőre',
  panels: [
    {
      materialId: MATERIAL,
      widthMm: 720,
      heightMm: 560,
      quantity: 3,
      label: 'Oldal',
      edgeBandingA: EDGE,
      edgeBandingB: null,
      edgeBandingC: EDGE,
      edgeBandingD: null,
      hingeHoles: 2,
      hingeHoleSide: 'short',
      doubling: true,
      angleCut: false,
    },
    {
      materialId: MATERIAL,
      widthMm: 333,
      heightMm: 211,
      quantity: 7,
      label: null,
      edgeBandingA: null,
      edgeBandingB: null,
      edgeBandingC: null,
      edgeBandingD: null,
      hingeHoles: 0,
      hingeHoleSide: 'long',
      doubling: false,
      angleCut: true,
    },
  ],
  accessories: [{ accessoryId: ACCESSORY, quantity: 3 }],
  fees: [{ feeTypeId: FEE, quantity: 2 }],
};

const pricing = priceQuote({
  materials: [
    {
      material: {
        id: MATERIAL,
        name: 'Fehér 18',
        lengthMm: 2800,
        widthMm: 2070,
        grainDirection: false,
        onStock: true,
        pricePerSqm: '6540.00',
        vatRate: '27',
        settings: {
          kerfMm: 3,
          trimTopMm: 0,
          trimRightMm: 10,
          trimBottomMm: 0,
          trimLeftMm: 10,
          rotatable: true,
          wasteMultiplier: '1.2',
          usageLimit: '0.65',
        },
      },
      panels: draft.panels.map((p, i) => ({ ...p, id: String(i) })),
    },
  ],
  edgeBandings: [{ id: EDGE, pricePerM: '320', overhangMm: 30, vatRate: '27' }],
  services: {
    cuttingFeePerM: '300.00',
    hingeHoleFeePerHole: '50.00',
    doublingFeePerSqm: '200.00',
    angleCutFeePerPanel: '100.00',
    vatRate: '27',
  },
  accessories: [
    {
      id: '0',
      accessoryId: ACCESSORY,
      name: 'Pánt',
      unitPriceNet: '1656',
      quantity: 3,
      vatRate: '27',
    },
  ],
  fees: [
    {
      id: '0',
      feeTypeId: FEE,
      name: 'Szállítás',
      unitPriceNet: '-1500.00',
      quantity: 2,
      vatRate: '27',
    },
  ],
  discountPercent: '5',
});

const payload = buildSubmissionPayload({
  quoteId: '66666666-6666-4666-8666-666666666666',
  quoteNumber: 'PQ-2026-012',
  draft,
  pricing,
  currency: 'HUF',
  discountPercent: '5.00',
  customer: { email: 'a@example.hu', name: 'A', mobile: null, billing: null },
});

const cents = (s: string) => Math.round(Number(s) * 100);
const sum = (xs: Array<{ net: string; vat: string; gross: string }>) =>
  ['net', 'vat', 'gross'].map((k) => xs.reduce((t, x) => t + cents(x[k as 'net']), 0));
const amounts = (x: { net: string; vat: string; gross: string }) =>
  [x.net, x.vat, x.gross].map(cents);

describe('the submission document', () => {
  it('is what the contract accepts, its lines adding up the way portal_submit_quote checks', () => {
    const wire = submitQuoteDocument.parse(payload);
    expect(wire.portal_quote_id).toBe('66666666-6666-4666-8666-666666666666');
    expect(sum(payload.materials.map((m) => m.total))).toEqual(amounts(payload.totals.materials));
    expect(sum(payload.fees)).toEqual(amounts(payload.totals.fees));
    expect(sum(payload.accessories)).toEqual(amounts(payload.totals.accessories));
    for (const m of payload.materials) {
      expect(sum([m.material, m.edgeMaterials, m.cutting, m.services])).toEqual(amounts(m.total));
      expect(sum(m.edgeBreakdown)).toEqual(amounts(m.edgeMaterials));
      expect(sum(m.servicesBreakdown)).toEqual(amounts(m.services));
    }
    expect(payload.totals.final).toBe(pricing.finalTotal);
    // A negative fee line is carried as it is.
    expect(payload.fees[0]).toMatchObject({
      unitPriceNet: '-1500',
      quantity: 2,
      net: '-3000.00',
    });
  });

  it('uses the shapes of the company columns', () => {
    const [m] = payload.materials;
    expect(m!.usagePercentage).toMatch(/^\d{1,3}\.\d{2}$/);
    expect(m!.chargedSqm).toMatch(/^\d+\.\d{4}$/);
    expect(m!.cuttingLengthM).toMatch(/^\d+\.\d{2}$/);
    expect(m!.servicesBreakdown.map((s) => s.serviceType).sort()).toEqual([
      'angle_cut',
      'doubling',
      'hinge_holes',
    ]);
    // A side only with holes: the second panel has none.
    expect(payload.panels.map((p) => p.hingeHoleSide)).toEqual(['short', null]);
    expect(payload.panels[0]).toMatchObject({ edgeAId: EDGE, edgeBId: null, doubling: true });
  });
});

describe('Quote.delivery', () => {
  const base = {
    submittedAt: '2026-11-24T10:00:00.000Z',
    pricedAt: '2026-11-24T09:58:00.000Z',
    idempotencyKey: 'k',
    companyQuoteNumber: null,
    attempts: 0,
    lastError: null,
    nextAttemptAt: '2026-11-24T10:00:00.000Z',
    deliveredAt: null,
  };

  it('is null for a draft, then SUBMITTING, FAILED_RETRYING and SUBMITTED', () => {
    expect(quoteDelivery(null)).toBeNull();
    expect(quoteDelivery(base)?.state).toBe('SUBMITTING');
    expect(quoteDelivery({ ...base, attempts: 2, lastError: 'down' })).toMatchObject({
      state: 'FAILED_RETRYING',
      lastError: 'down',
      nextAttemptAt: base.nextAttemptAt,
    });
    expect(
      quoteDelivery({
        ...base,
        attempts: 2,
        lastError: 'stale text',
        companyQuoteNumber: 'Q-2026-001',
        deliveredAt: '2026-11-24T10:01:00.000Z',
      }),
    ).toEqual({
      state: 'SUBMITTED',
      attempts: 2,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: '2026-11-24T10:01:00.000Z',
      pricedAt: '2026-11-24T09:58:00.000Z',
    });
  });
});
