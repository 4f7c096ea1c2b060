import type { PriceChangePart } from '../../__generated__/graphql.ts';

/** A `PriceChange` as the API gives it. */
export interface PriceChangeValue {
  part: PriceChangePart;
  itemId?: string | null;
  field: string;
  before?: string | null;
  after?: string | null;
}

/** The fields with money values (formatted as amounts); the rest are shown as given. */
const MONEY_FIELDS = new Set([
  'pricePerSqm',
  'pricePerM',
  'unitPriceNet',
  'netPrice',
  'cuttingFeePerM',
  'hingeHoleFeePerHole',
  'doublingFeePerSqm',
  'angleCutFeePerPanel',
]);

export interface PriceChangeLine {
  part: PriceChangePart;
  /** Short form of the catalog row's id, telling two rows of a part apart; null for services. */
  item: string | null;
  field: string;
  kind: 'changed' | 'added' | 'removed';
  /** Values as the UI prints them; null when there is none. */
  before: string | null;
  after: string | null;
  /** Whether the values are money (to be formatted as such). */
  money: boolean;
}

/**
 * The changes in a stable, readable order (part, then row, then field), with the values the
 * API sends as text (JSON for settings) turned into something a person can read.
 */
export function priceChangeLines(changes: readonly PriceChangeValue[]): PriceChangeLine[] {
  const order: PriceChangePart[] = [
    'MATERIAL',
    'EDGE_BANDING',
    'SERVICES',
    'ACCESSORY',
    'FEE_TYPE',
  ];
  return [...changes]
    .sort(
      (a, b) =>
        order.indexOf(a.part) - order.indexOf(b.part) ||
        (a.itemId ?? '').localeCompare(b.itemId ?? '') ||
        a.field.localeCompare(b.field),
    )
    .map((c) => ({
      part: c.part,
      item: c.itemId ? c.itemId.slice(0, 8) : null,
      field: c.field,
      kind: c.before == null ? 'added' : c.after == null ? 'removed' : 'changed',
      before: readable(c.before),
      after: readable(c.after),
      money: MONEY_FIELDS.has(c.field),
    }));
}

/** JSON objects (settings) become `key: value` pairs; plain text stays. */
function readable(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!value.startsWith('{')) return value;
  try {
    const parsed = JSON.parse(value) as Record<string, unknown>;
    return Object.entries(parsed)
      .map(([key, v]) => `${key}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(', ');
  } catch {
    return value;
  }
}
