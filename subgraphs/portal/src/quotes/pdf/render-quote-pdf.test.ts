import { priceQuote } from '@portal/pricing';
import { describe, expect, it } from 'vitest';
import { EMPTY_BILLING } from '../../data/customer-rows.ts';
import type { QuoteRow } from '../../data/quote-rows.ts';
import type { PanelLine } from '../quote-input.ts';
import type { PriceSnapshot } from '../quote-pricer.ts';
import { formatMoney } from './pdf-format.ts';
import { pdfPageCount, pdfText } from './pdf-text.test-support.ts';
import { quoteBreakdown } from './quote-breakdown.ts';
import type { QuoteDocument } from './quote-document.ts';
import { renderQuotePdf } from './render-quote-pdf.ts';

const M = '11111111-1111-4111-8111-111111111111';
const E = '22222222-2222-4222-8222-222222222222';
const A = '33333333-3333-4333-8333-333333333333';
const F = '44444444-4444-4444-8444-444444444444';

const settings = {
  kerfMm: 3,
  trimTopMm: 10,
  trimRightMm: 10,
  trimBottomMm: 10,
  trimLeftMm: 10,
  rotatable: true,
  wasteMultiplier: '1.2',
  usageLimit: '0.65',
};

const snapshot: PriceSnapshot = {
  catalogVersion: 'v1',
  pricedAt: '2026-11-24T09:30:00.000Z',
  currency: 'HUF',
  discountPercent: '5.00',
  services: {
    cuttingFeePerM: '300.00',
    hingeHoleFeePerHole: '50.00',
    doublingFeePerSqm: '2000.00',
    angleCutFeePerPanel: '500.00',
    vatRate: '27',
  },
  materials: {
    [M]: {
      pricePerSqm: '6540.00',
      vatRate: '27',
      onStock: true,
      lengthMm: 2800,
      widthMm: 2070,
      settings,
    },
  },
  edgeBandings: { [E]: { pricePerM: '120.00', overhangMm: 20, vatRate: '27' } },
  accessories: { [A]: { unitPriceNet: '450.00', vatRate: '27' } },
  feeTypes: { [F]: { netPrice: '2500.00', vatRate: '27' } },
};

const panel = (over: Partial<PanelLine> = {}): PanelLine => ({
  materialId: M,
  widthMm: 720,
  heightMm: 560,
  quantity: 4,
  label: 'Oldal bal',
  edgeBandingA: E,
  edgeBandingB: null,
  edgeBandingC: E,
  edgeBandingD: null,
  hingeHoles: 2,
  hingeHoleSide: 'long',
  doubling: false,
  angleCut: false,
  ...over,
});

const materialShapes = new Map([
  [M, { id: M, name: 'Őrségi tölgy – Űrfehér', grainDirection: false }],
]);

function quote(panels: PanelLine[], gross?: string): QuoteRow {
  const priced = priceQuote({
    materials: [
      {
        material: {
          ...(snapshot.materials[M] as object),
          id: M,
          name: 'x',
          grainDirection: false,
        } as never,
        panels: panels.map((p, i) => ({ ...p, id: String(i) })),
      },
    ],
    edgeBandings: [{ id: E, pricePerM: '120.00', overhangMm: 20, vatRate: '27' }],
    services: snapshot.services as never,
    accessories: [{ id: '0', unitPriceNet: '450.00', quantity: 10, vatRate: '27' }],
    fees: [{ id: '0', unitPriceNet: '2500.00', quantity: 1, vatRate: '27' }],
    discountPercent: '5.00',
  });
  return {
    id: '55555555-5555-4555-8555-555555555555',
    number: 'PQ-2026-001',
    status: 'draft',
    company: { id: 'c', name: 'Turinova Lapszabászat Kft.', slug: 'turinova' },
    comment: 'Szállítás csütörtökön, ŐŰ őű',
    panels,
    accessories: [{ accessoryId: A, quantity: 10 }],
    fees: [{ feeTypeId: F, quantity: 1 }],
    version: 1,
    priced: {
      at: snapshot.pricedAt,
      catalogVersion: 'v1',
      currency: 'HUF',
      net: priced.totals.quote.net,
      vat: priced.totals.quote.vat,
      gross: gross ?? priced.totals.quote.gross,
      discountPercent: '5.00',
      final: priced.finalTotal,
    },
    snapshot,
    createdAt: '2026-11-24T09:00:00.000Z',
    updatedAt: '2026-11-24T09:30:00.000Z',
  };
}

function document(row: QuoteRow): QuoteDocument {
  return {
    quote: row,
    customer: {
      name: 'Kovács Ödön',
      email: 'odon@example.hu',
      billing: {
        ...EMPTY_BILLING,
        name: 'Őszirózsa Bútor Kft.',
        city: 'Győr',
        postalCode: '9021',
        street: 'Űrhajós utca',
        houseNumber: '12',
        taxNumber: '12345678-2-08',
      },
    },
    names: new Map([
      [M, 'Őrségi tölgy – Űrfehér'],
      [E, 'ABS él 2 mm fehér'],
      [A, 'Bútorláb – fekete'],
      [F, 'Szállítási díj'],
    ]),
    breakdown: quoteBreakdown(row, materialShapes),
  };
}

describe('quote breakdown', () => {
  it('prices again from the snapshot and matches the stored gross', () => {
    const row = quote([panel()]);
    const b = quoteBreakdown(row, materialShapes);
    expect(b?.totals.quote.gross).toBe(row.priced!.gross);
    expect(b?.materials[0]?.edgeBandingLines.length).toBe(1);
  });

  it('is dropped when it would not add up to the stored totals or the catalog is unknown', () => {
    expect(quoteBreakdown(quote([panel()], '1.00'), materialShapes)).toBeNull();
    expect(quoteBreakdown(quote([panel()]), new Map())).toBeNull();
    expect(quoteBreakdown({ ...quote([panel()]), priced: null }, materialShapes)).toBeNull();
  });
});

describe('quote PDF', () => {
  it('is a valid PDF with the Hungarian texts intact', async () => {
    const pdf = await renderQuotePdf(document(quote([panel()])), { lang: 'hu', compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const expected of [
      'Árajánlat PQ-2026-001',
      'Turinova Lapszabászat Kft.',
      'Őszirózsa Bútor Kft.',
      '9021 Győr, Űrhajós utca 12',
      'Adószám: 12345678-2-08',
      'Őrségi tölgy – Űrfehér',
      'A: ABS él 2 mm fehér',
      'Bútorláb – fekete',
      'Szállítási díj',
      'Anyagonkénti bontás',
      'Kedvezmény (5%)',
      'Fizetendő',
      'Szállítás csütörtökön, ŐŰ őű',
      '1. oldal / 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('?');
    expect(text).not.toContain(snapshot.pricedAt);
  });

  it('prints English texts, page numbers on every page, and no breakdown it cannot vouch for', async () => {
    const many = Array.from({ length: 90 }, (_, i) =>
      panel({ label: `Polc ${i + 1}`, quantity: 1 }),
    );
    const row = quote(many);
    const pdf = await renderQuotePdf(
      { ...document(row), breakdown: null },
      { lang: 'en', compress: false },
    );
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text).toContain('Quote PQ-2026-001');
    expect(text).toContain('Cut list');
    expect(text).toContain('Polc 90');
    expect(text).toContain('To pay');
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('cannot be produced now');
    expect(text).not.toContain('Fizetendő');
  });

  it("prints the company's contact details in the header", async () => {
    const row = quote([panel()]);
    const withContact: QuoteRow = {
      ...row,
      company: {
        ...row.company,
        name: 'Turinova',
        contact: {
          legalName: 'Turinova Lapszabászat Kft.',
          address: '6000 Kecskemét, Szegedi út 12.',
          taxNumber: '23456789-2-03',
          phone: '+36 76 123 4567',
          email: 'ajanlat@turinova.hu',
          website: 'https://turinova.hu',
        },
      },
    };
    const hu = pdfText(
      await renderQuotePdf(document(withContact), { lang: 'hu', compress: false }),
    );
    for (const expected of [
      'Turinova Lapszabászat Kft.',
      '6000 Kecskemét, Szegedi út 12.',
      'Adószám: 23456789-2-03',
      'Telefon: +36 76 123 4567',
      'ajanlat@turinova.hu',
      'https://turinova.hu',
    ]) {
      expect(hu).toContain(expected);
    }
    // The legal name leads; the short name follows, once.
    expect(hu.indexOf('Turinova Lapszabászat Kft.')).toBeLessThan(hu.indexOf('6000 Kecskemét'));
    const en = pdfText(
      await renderQuotePdf(document(withContact), { lang: 'en', compress: false }),
    );
    expect(en).toContain('Phone: +36 76 123 4567');
    expect(en).toContain('Tax number: 23456789-2-03');
    // Without details only the name is printed (no empty labels).
    const bare = pdfText(await renderQuotePdf(document(row), { lang: 'hu', compress: false }));
    expect(bare).not.toContain('Telefon');
  });

  it('renders the same bytes for the same quote (compressed by default)', async () => {
    const doc = document(quote([panel()]));
    const [a, b] = await Promise.all([
      renderQuotePdf(doc, { lang: 'hu' }),
      renderQuotePdf(doc, { lang: 'hu' }),
    ]);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
  });
});

describe('PDF money', () => {
  it('shows forints whole and a free currency name as it is', () => {
    expect(formatMoney('327060.27', 'HUF', 'hu')).toBe('327\u00a0060\u00a0Ft');
    expect(formatMoney('12.5', 'EUR', 'en')).toBe('€12.50');
    expect(formatMoney('100', 'Ft', 'hu')).toBe('100 Ft');
  });
});
