import {
  type CatalogItemLoader,
  type CompanyLinks,
  createCatalogLoaders,
  isCompanyLinkError,
} from '@portal/company-link';
import {
  PricingInputError,
  priceQuote,
  type QuoteMaterial,
  type QuotePanel,
  type QuotePricing,
} from '@portal/pricing';
import type { QuoteRow } from '../data/quote-rows.ts';
import { buildPricedLines, type PricedLines } from '../submission/submission-payload.ts';
import { loadQuoteCatalog, type QuoteCatalog } from './pdf/quote-catalog.ts';
import { type QuoteError, quoteError } from './quote-error.ts';
import type { QuoteDraft } from './quote-input.ts';

/**
 * Prices a draft on save, the same way `previewQuote` does: the company's catalog rows by id
 * through company-link (the portal subgraph stays independent of the catalog subgraph) and the
 * pure `priceQuote`. Nothing the client sends is a price.
 */

const EDGE_SIDES = ['edgeBandingA', 'edgeBandingB', 'edgeBandingC', 'edgeBandingD'] as const;

/** The unit prices, rates and settings a price was computed with (the quote's snapshot). */
export interface PriceSnapshot {
  catalogVersion: string;
  pricedAt: string;
  currency: string;
  discountPercent: string;
  services: Record<string, string>;
  materials: Record<string, Record<string, unknown>>;
  edgeBandings: Record<string, { pricePerM: string; overhangMm: number; vatRate: string }>;
  accessories: Record<string, { unitPriceNet: string; vatRate: string }>;
  feeTypes: Record<string, { netPrice: string; vatRate: string }>;
  /**
   * Each board's grain direction at pricing time (not a price: `priceChanges` does not compare
   * it). It makes the layouts reproducible from the snapshot (`Quote.snapshotPricing`); quotes
   * priced before it was kept lack it.
   */
  grainDirections?: Record<string, boolean>;
}

/** A computed price as the quote row stores it. */
export interface StoredPrice {
  catalogVersion: string;
  pricedAt: string;
  currency: string;
  net: string;
  vat: string;
  gross: string;
  discountPercent: string;
  final: string;
  snapshot: PriceSnapshot;
  /** Every line as the company would receive it (`quotes.priced_lines`): what a submit sends
   * when the company cannot be asked then (docs/submission.md). */
  lines: PricedLines;
}

export type PriceOutcome =
  /** `pricing`: every line of the price (submission sends them to the company). */
  | { kind: 'priced'; price: StoredPrice; pricing: QuotePricing }
  | { kind: 'invalid'; error: QuoteError }
  /** The company could not be asked (down, slow, misconfigured): the draft saves unpriced. */
  | { kind: 'unavailable' };

export interface QuotePricer {
  price(companyId: string, draft: QuoteDraft, discountPercent: string): Promise<PriceOutcome>;
  /** The company's current catalog version; null when it cannot be asked. */
  catalogVersion(companyId: string): Promise<string | null>;
  /** The current unit prices of the rows a snapshot used, in the snapshot's shape. */
  currentUnitPrices(companyId: string, snapshot: PriceSnapshot): Promise<PriceSnapshot | null>;
  /** Names and board shapes of the rows a saved quote uses, as the catalog has them now
   * (empty when the company cannot be asked): `Quote.snapshotPricing` prices with them. */
  quoteCatalog(quote: QuoteRow): Promise<QuoteCatalog>;
}

async function loadAll<T>(loader: CatalogItemLoader<T>, companyId: string, ids: Iterable<string>) {
  const list = [...new Set([...ids].map((id) => id.toLowerCase()))];
  const rows = await Promise.all(list.map((id) => loader.load({ companyId, id })));
  const found = new Map<string, T>();
  rows.forEach((row, i) => {
    if (row) found.set(list[i]!, row);
  });
  return found;
}

interface CatalogIds {
  materials: string[];
  edgeBandings: string[];
  accessories: string[];
  feeTypes: string[];
}

const invalid = (message: string, field: string): PriceOutcome => ({
  kind: 'invalid',
  error: quoteError('INVALID_INPUT', `${field}: ${message}`, field),
});

/**
 * One pricer per request (built in the context factory): its loaders batch and cache the
 * request's catalog reads — a list of quotes asks each company for its version once — and are
 * dropped with it, so a price change is seen by the next request.
 */
export function createQuotePricer(links: CompanyLinks): QuotePricer {
  const loaders = createCatalogLoaders(links);
  const loadersNow = () => loaders;

  async function loadCatalog(companyId: string, ids: CatalogIds) {
    const loaders = loadersNow();
    // The version first: with a cache it keys every row read after it.
    const catalogVersion = await loaders.catalogVersion(companyId);
    const [services, materials, edgeBandings, accessories, feeTypes] = await Promise.all([
      loaders.services(companyId),
      loadAll(loaders.materials, companyId, ids.materials),
      loadAll(loaders.edgeBandings, companyId, ids.edgeBandings),
      loadAll(loaders.accessories, companyId, ids.accessories),
      loadAll(loaders.feeTypes, companyId, ids.feeTypes),
    ]);
    return { catalogVersion, services, materials, edgeBandings, accessories, feeTypes };
  }

  async function price(
    companyId: string,
    draft: QuoteDraft,
    discountPercent: string,
  ): Promise<PriceOutcome> {
    let catalog: Awaited<ReturnType<typeof loadCatalog>>;
    try {
      catalog = await loadCatalog(companyId, {
        materials: draft.panels.map((p) => p.materialId),
        edgeBandings: draft.panels.flatMap((p) =>
          EDGE_SIDES.map((side) => p[side]).filter((id) => id !== null),
        ),
        accessories: draft.accessories.map((a) => a.accessoryId),
        feeTypes: draft.fees.map((f) => f.feeTypeId),
      });
    } catch (error) {
      if (isCompanyLinkError(error)) return { kind: 'unavailable' };
      throw error;
    }
    // Every id names an active row of this company's catalog (another company's is not here).
    const groups = new Map<string, { entry: QuoteMaterial; rows: number[] }>();
    for (const [i, p] of draft.panels.entries()) {
      const at = `input.panels[${i}]`;
      const material = catalog.materials.get(p.materialId.toLowerCase());
      if (!material?.active) {
        return invalid('not an active material of this company', `${at}.materialId`);
      }
      let group = groups.get(material.id);
      if (!group) {
        group = { entry: { material, panels: [] }, rows: [] };
        groups.set(material.id, group);
      }
      const panel: QuotePanel = {
        id: String(i),
        label: p.label,
        widthMm: p.widthMm,
        heightMm: p.heightMm,
        quantity: p.quantity,
        hingeHoles: p.hingeHoles,
        hingeHoleSide: p.hingeHoleSide,
        doubling: p.doubling,
        angleCut: p.angleCut,
      };
      for (const side of EDGE_SIDES) {
        const id = p[side];
        if (id === null) continue;
        const edge = catalog.edgeBandings.get(id.toLowerCase());
        if (!edge?.active)
          return invalid('not an active edge banding of this company', `${at}.${side}`);
        panel[side] = edge.id;
      }
      group.entry.panels.push(panel);
      group.rows.push(i);
    }
    for (const [i, a] of draft.accessories.entries()) {
      if (!catalog.accessories.get(a.accessoryId.toLowerCase())?.active) {
        return invalid(
          'not an active accessory of this company',
          `input.accessories[${i}].accessoryId`,
        );
      }
    }
    for (const [i, f] of draft.fees.entries()) {
      if (!catalog.feeTypes.has(f.feeTypeId.toLowerCase())) {
        return invalid('not a fee type of this company', `input.fees[${i}].feeTypeId`);
      }
    }
    const list = [...groups.values()];
    let priced: ReturnType<typeof priceQuote>;
    try {
      priced = priceQuote({
        materials: list.map((g) => g.entry),
        edgeBandings: [...catalog.edgeBandings.values()],
        services: catalog.services,
        accessories: draft.accessories.map((a, i) => {
          const row = catalog.accessories.get(a.accessoryId.toLowerCase())!;
          return {
            id: String(i),
            accessoryId: row.id,
            name: row.name,
            unitPriceNet: row.unitPriceNet,
            quantity: a.quantity,
            vatRate: row.vatRate,
          };
        }),
        fees: draft.fees.map((f, i) => {
          const row = catalog.feeTypes.get(f.feeTypeId.toLowerCase())!;
          return {
            id: String(i),
            feeTypeId: row.id,
            name: row.name,
            unitPriceNet: row.netPrice,
            quantity: f.quantity,
            vatRate: row.vatRate,
          };
        }),
        discountPercent,
      });
    } catch (error) {
      if (!(error instanceof PricingInputError)) throw error;
      // `materials[m].panels[j]…` back to the customer's row `input.panels[i]…`.
      const m = /^materials\[(\d+)\]\.panels\[(\d+)\](.*)$/.exec(error.field);
      const field = m
        ? `input.panels[${list[Number(m[1])]?.rows[Number(m[2])] ?? 0}]${m[3]}`
        : 'input';
      return invalid(error.message, field);
    }
    const firstMaterial = list[0] && catalog.materials.get(list[0].entry.material.id.toLowerCase());
    const currency = firstMaterial?.currency ?? catalog.services.currency;
    const pricedAt = new Date().toISOString();
    const snapshot: PriceSnapshot = {
      catalogVersion: catalog.catalogVersion,
      pricedAt,
      currency,
      discountPercent,
      services: { ...catalog.services },
      materials: Object.fromEntries(
        list.map(({ entry: { material: m } }) => [
          m.id,
          {
            pricePerSqm: m.pricePerSqm,
            vatRate: m.vatRate,
            onStock: m.onStock,
            lengthMm: m.lengthMm,
            widthMm: m.widthMm,
            settings: m.settings,
          },
        ]),
      ),
      edgeBandings: Object.fromEntries(
        [...catalog.edgeBandings.values()].map((e) => [
          e.id,
          { pricePerM: e.pricePerM, overhangMm: e.overhangMm, vatRate: e.vatRate },
        ]),
      ),
      accessories: Object.fromEntries(
        [...catalog.accessories.values()].map((a) => [
          a.id,
          { unitPriceNet: a.unitPriceNet, vatRate: a.vatRate },
        ]),
      ),
      feeTypes: Object.fromEntries(
        [...catalog.feeTypes.values()].map((f) => [
          f.id,
          { netPrice: f.netPrice, vatRate: f.vatRate },
        ]),
      ),
      grainDirections: Object.fromEntries(
        list.map(({ entry: { material: m } }) => [m.id, m.grainDirection]),
      ),
    };
    return {
      kind: 'priced',
      pricing: priced,
      price: {
        catalogVersion: catalog.catalogVersion,
        pricedAt,
        currency,
        net: priced.totals.quote.net,
        vat: priced.totals.quote.vat,
        gross: priced.totals.quote.gross,
        discountPercent,
        final: priced.finalTotal,
        snapshot,
        lines: buildPricedLines({ draft, pricing: priced, currency, discountPercent }),
      },
    };
  }

  return {
    price,
    async catalogVersion(companyId) {
      try {
        return await loadersNow().catalogVersion(companyId);
      } catch (error) {
        if (isCompanyLinkError(error)) return null;
        throw error;
      }
    },
    quoteCatalog: (quote) => loadQuoteCatalog(loadersNow(), quote),
    async currentUnitPrices(companyId, snapshot) {
      let catalog: Awaited<ReturnType<typeof loadCatalog>>;
      try {
        catalog = await loadCatalog(companyId, {
          materials: Object.keys(snapshot.materials),
          edgeBandings: Object.keys(snapshot.edgeBandings),
          accessories: Object.keys(snapshot.accessories),
          feeTypes: Object.keys(snapshot.feeTypes),
        });
      } catch (error) {
        if (isCompanyLinkError(error)) return null;
        throw error;
      }
      const pick = <T, R>(ids: string[], rows: Map<string, T>, f: (row: T) => R) =>
        Object.fromEntries(
          ids.flatMap((id) => {
            const row = rows.get(id.toLowerCase());
            return row ? [[id, f(row)]] : [];
          }),
        );
      return {
        ...snapshot,
        catalogVersion: catalog.catalogVersion,
        services: { ...catalog.services },
        materials: pick(Object.keys(snapshot.materials), catalog.materials, (m) => ({
          pricePerSqm: m.pricePerSqm,
          vatRate: m.vatRate,
          onStock: m.onStock,
          lengthMm: m.lengthMm,
          widthMm: m.widthMm,
          settings: m.settings,
        })),
        edgeBandings: pick(Object.keys(snapshot.edgeBandings), catalog.edgeBandings, (e) => ({
          pricePerM: e.pricePerM,
          overhangMm: e.overhangMm,
          vatRate: e.vatRate,
        })),
        accessories: pick(Object.keys(snapshot.accessories), catalog.accessories, (a) => ({
          unitPriceNet: a.unitPriceNet,
          vatRate: a.vatRate,
        })),
        feeTypes: pick(Object.keys(snapshot.feeTypes), catalog.feeTypes, (f) => ({
          netPrice: f.netPrice,
          vatRate: f.vatRate,
        })),
      };
    },
  };
}
