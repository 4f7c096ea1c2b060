import { type createCatalogLoaders, isCompanyLinkError } from '@portal/company-link';
import type { QuoteRow } from '../../data/quote-rows.ts';
import type { MaterialShape } from './quote-breakdown.ts';

type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;

/** What the catalog says now about the rows a quote uses: names, and its boards' shapes. */
export interface QuoteCatalog {
  /** Display names by lower-case catalog id (an edge banding: type, decor and size). */
  names: Map<string, string>;
  /** The quote's board materials by lower-case id. */
  materials: Map<string, MaterialShape>;
}

/**
 * Reads the names of every catalog row a quote uses, and its board materials, from the
 * company now (the PDF and `Quote.snapshotPricing`). A company that cannot be asked gives
 * empty maps: the caller prints short ids and leaves the breakdown out.
 */
export async function loadQuoteCatalog(
  loaders: CatalogLoaders,
  quote: QuoteRow,
): Promise<QuoteCatalog> {
  const names = new Map<string, string>();
  const materials = new Map<string, MaterialShape>();
  const companyId = quote.company.id;
  const all = <T>(
    loader: { load(key: { companyId: string; id: string }): Promise<T | null> },
    ids: Iterable<string>,
  ) =>
    Promise.all(
      [...new Set([...ids].map((id) => id.toLowerCase()))].map((id) =>
        loader.load({ companyId, id }),
      ),
    );
  try {
    const [m, e, a, f] = await Promise.all([
      all(
        loaders.materials,
        quote.panels.map((p) => p.materialId),
      ),
      all(
        loaders.edgeBandings,
        quote.panels.flatMap((p) =>
          [p.edgeBandingA, p.edgeBandingB, p.edgeBandingC, p.edgeBandingD].filter(
            (id): id is string => id !== null,
          ),
        ),
      ),
      all(
        loaders.accessories,
        quote.accessories.map((x) => x.accessoryId),
      ),
      all(
        loaders.feeTypes,
        quote.fees.map((x) => x.feeTypeId),
      ),
    ]);
    for (const row of [...m, ...a, ...f]) if (row) names.set(row.id.toLowerCase(), row.name);
    // An edge banding has no name of its own: type, decor and size say which one it is.
    for (const row of e) {
      if (row) {
        names.set(
          row.id.toLowerCase(),
          `${row.type} ${row.decor} ${row.widthMm}×${Number(row.thicknessMm)} mm`,
        );
      }
    }
    for (const row of m) if (row) materials.set(row.id.toLowerCase(), row);
  } catch (error) {
    if (!isCompanyLinkError(error)) throw error;
  }
  return { names, materials };
}
