import type { SubmitQuotePayload } from '@portal/company-link';
import type { QuotePricing } from '@portal/pricing';
import type { QuoteDraft } from '../quotes/quote-input.ts';

/** Who the company's customer record is for (the portal account and its billing details). */
export interface SubmissionCustomer {
  email: string;
  name: string;
  mobile: string | null;
  billing: {
    name: string | null;
    country: string | null;
    city: string | null;
    postalCode: string | null;
    street: string | null;
    houseNumber: string | null;
    taxNumber: string | null;
    companyRegNumber: string | null;
  } | null;
}

/** A share (0–1, e.g. "0.7835") as a percent with two decimals ("78.35"). */
function percent(share: string): string {
  return (Number(share) * 100).toFixed(2);
}

/**
 * Every line of a price as the company receives it: the `portal_submit_quote` document without
 * who submits it (customer, quote id and number) and the comment. Built when a draft is priced
 * and stored with the price (`quotes.priced_lines`), so a quote priced at its current lines can
 * be submitted at exactly those prices while the company cannot be asked (docs/submission.md).
 */
export type PricedLines = Omit<
  SubmitQuotePayload,
  'portalQuoteId' | 'portalQuoteNumber' | 'customer' | 'comment'
>;

/**
 * The `portal_submit_quote` document of a quote, built from the price computed at submission:
 * every line as the portal priced it (the company stores these numbers, it does not price
 * again). Frozen into the outbox, so a retry sends exactly what the customer submitted.
 */
export function buildSubmissionPayload(input: {
  quoteId: string;
  quoteNumber: string;
  draft: QuoteDraft;
  pricing: QuotePricing;
  currency: string;
  discountPercent: string;
  customer: SubmissionCustomer;
}): SubmitQuotePayload {
  return submissionPayloadFrom(buildPricedLines(input), {
    quoteId: input.quoteId,
    quoteNumber: input.quoteNumber,
    comment: input.draft.comment,
    customer: input.customer,
  });
}

/** The document from lines priced earlier (the draft's stored `PricedLines`). */
export function submissionPayloadFrom(
  lines: PricedLines,
  input: {
    quoteId: string;
    quoteNumber: string;
    comment: string | null;
    customer: SubmissionCustomer;
  },
): SubmitQuotePayload {
  return {
    portalQuoteId: input.quoteId,
    portalQuoteNumber: input.quoteNumber,
    customer: input.customer,
    comment: input.comment,
    ...lines,
  };
}

/** The priced lines of a draft (see `PricedLines`). */
export function buildPricedLines(input: {
  draft: QuoteDraft;
  pricing: QuotePricing;
  currency: string;
  discountPercent: string;
}): PricedLines {
  const { draft, pricing } = input;
  return {
    currency: input.currency,
    discountPercent: input.discountPercent,
    totals: {
      materials: amounts(pricing.totals.materials),
      fees: amounts(pricing.totals.fees),
      accessories: amounts(pricing.totals.accessories),
      final: pricing.finalTotal,
    },
    panels: draft.panels.map((p) => ({
      materialId: p.materialId,
      widthMm: p.widthMm,
      heightMm: p.heightMm,
      quantity: p.quantity,
      label: p.label,
      edgeAId: p.edgeBandingA,
      edgeBId: p.edgeBandingB,
      edgeCId: p.edgeBandingC,
      edgeDId: p.edgeBandingD,
      hingeHoles: p.hingeHoles,
      hingeHoleSide: p.hingeHoles > 0 ? p.hingeHoleSide : null,
      doubling: p.doubling,
      angleCut: p.angleCut,
    })),
    materials: pricing.materials.map((m) => ({
      materialId: m.materialId,
      boardLengthMm: m.boardLengthMm,
      boardWidthMm: m.boardWidthMm,
      onStock: m.onStock,
      boardsUsed: m.boardsUsed,
      usagePercentage: percent(m.usage),
      // Turinova knows panel_area and full_board; boards priced both ways are `mixed`.
      pricingMethod: m.pricingMethod ?? 'full_board',
      chargedSqm: Number(m.chargedM2).toFixed(4),
      pricePerSqm: m.pricePerSqm,
      vatRate: m.materialLine.vatRate,
      usageLimit: m.usageLimit,
      wasteMulti: m.wasteMultiplier,
      cuttingLengthM: Number(m.cutLengthM).toFixed(2),
      material: amounts(m.materialLine),
      edgeMaterials: amounts(m.edgeBandingTotal),
      cutting: amounts(m.cuttingLine),
      services: amounts(m.servicesTotal),
      total: amounts(m.total),
      edgeBreakdown: m.edgeBandingLines.map((e) => ({
        edgeMaterialId: e.edgeBandingId,
        lengthM: Number(e.lengthM).toFixed(2),
        pricePerM: e.pricePerM,
        ...amounts(e),
      })),
      servicesBreakdown: m.serviceLines.map((s) => ({
        serviceType: s.service,
        quantity: Number(s.quantity).toFixed(2),
        unitPrice: s.unitPrice,
        ...amounts(s),
      })),
    })),
    fees: pricing.fees.map((f) => ({
      feeTypeId: f.feeTypeId ?? '',
      name: f.name,
      quantity: f.quantity,
      unitPriceNet: f.unitPriceNet,
      vatRate: f.vatRate,
      ...amounts(f),
    })),
    accessories: pricing.accessories.map((a) => ({
      accessoryId: a.accessoryId ?? '',
      name: a.name,
      quantity: a.quantity,
      unitPriceNet: a.unitPriceNet,
      vatRate: a.vatRate,
      ...amounts(a),
    })),
  };
}

function amounts(a: { net: string; vat: string; gross: string }) {
  return { net: a.net, vat: a.vat, gross: a.gross };
}
