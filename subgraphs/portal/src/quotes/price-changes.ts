import type { PriceSnapshot } from './quote-pricer.ts';

/** The catalog parts of a snapshot whose values make a price. */
export const PRICED_PARTS = [
  'services',
  'materials',
  'edgeBandings',
  'accessories',
  'feeTypes',
] as const;
export type PricedPart = (typeof PRICED_PARTS)[number];

/** One unit price, rate or setting that differs between two snapshots. */
export interface PriceChange {
  part: PricedPart;
  /** The catalog row's id; null for the company's services (one row). */
  itemId: string | null;
  field: string;
  /** The value as JSON text; null when the row was not there. */
  before: string | null;
  after: string | null;
}

/** JSON with sorted keys: jsonb does not keep the key order a snapshot was written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) =>
      x < y ? -1 : x > y ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const text = (value: unknown) =>
  value === undefined ? null : typeof value === 'string' ? value : canonical(value);

function fieldChanges(
  part: PricedPart,
  itemId: string | null,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): PriceChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .sort()
    .filter((f) => canonical(before?.[f]) !== canonical(after?.[f]))
    .map((field) => ({
      part,
      itemId,
      field,
      before: text(before?.[field]),
      after: text(after?.[field]),
    }));
}

/**
 * What differs between the snapshot a quote was priced with and a newer one, per catalog row
 * and field (rows only in one of them count: a row gone from the catalog is a change).
 */
export function priceChanges(then: PriceSnapshot, now: PriceSnapshot): PriceChange[] {
  const changes = fieldChanges('services', null, then.services, now.services);
  for (const part of PRICED_PARTS) {
    if (part === 'services') continue;
    const a = then[part] as Record<string, Record<string, unknown>>;
    const b = now[part] as Record<string, Record<string, unknown>>;
    const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const id of ids) changes.push(...fieldChanges(part, id, a[id], b[id]));
  }
  return changes;
}
