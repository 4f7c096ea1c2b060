import { LIMITS } from '@portal/pricing';
import { z } from 'zod';
import { UUID_PATTERN } from '../data/uuid.ts';
import type { QuoteError } from './quote-error.ts';

/**
 * Bounds of a saved draft. Everything a preview also checks comes from `@portal/pricing`
 * LIMITS (row counts, sizes, quantities, hinge holes, labels), so a cut list that previews also
 * saves and prices; the row counts keep one autosave small (the migration checks them again).
 */
export const QUOTE_LIMITS = {
  maxPanels: LIMITS.maxPanelRows,
  maxAccessories: LIMITS.maxAccessoryLines,
  maxFees: LIMITS.maxFeeLines,
  maxQuantity: LIMITS.maxQuantity,
  minSizeMm: LIMITS.minSizeMm,
  maxSizeMm: LIMITS.maxSizeMm,
  maxHingeHoles: LIMITS.maxHingeHolesPerPanel,
  maxLabelLength: LIMITS.maxLabelLength,
  maxCommentLength: 2000,
  maxDeleteIds: 100,
} as const;

const catalogId = z.string().regex(UUID_PATTERN, 'must be a catalog id (uuid)');
/**
 * Text PostgreSQL can store as it was sent: no NUL character (refused by `text` and `jsonb`,
 * which was a 500) and no lone UTF-16 surrogate (it would silently become U+FFFD).
 */
const storableText = z
  .string()
  .refine((v) => !v.includes('\u0000'), 'must not contain a NUL character')
  .refine((v) => !/\p{Cs}/u.test(v), 'must not contain invalid Unicode (a lone surrogate)');
const optionalCatalogId = catalogId.nullish().transform((v) => v ?? null);
const quantity = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(QUOTE_LIMITS.maxQuantity, `must be at most ${QUOTE_LIMITS.maxQuantity}`);
const sizeMm = z
  .number()
  .int('must be a whole number of millimetres')
  .min(QUOTE_LIMITS.minSizeMm, `must be at least ${QUOTE_LIMITS.minSizeMm} mm`)
  .max(QUOTE_LIMITS.maxSizeMm, `must be at most ${QUOTE_LIMITS.maxSizeMm} mm`);

const PanelSchema = z.object({
  materialId: catalogId,
  widthMm: sizeMm,
  heightMm: sizeMm,
  quantity,
  label: storableText
    .trim()
    .max(QUOTE_LIMITS.maxLabelLength, `must be at most ${QUOTE_LIMITS.maxLabelLength} characters`)
    .nullish()
    .transform((v) => (v ? v : null)),
  edgeBandingA: optionalCatalogId,
  edgeBandingB: optionalCatalogId,
  edgeBandingC: optionalCatalogId,
  edgeBandingD: optionalCatalogId,
  hingeHoles: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(QUOTE_LIMITS.maxHingeHoles, `must be at most ${QUOTE_LIMITS.maxHingeHoles}`)
    .nullish()
    .transform((v) => v ?? 0),
  hingeHoleSide: z
    .enum(['LONG', 'SHORT'])
    .nullish()
    .transform((v) => (v === 'LONG' ? 'long' : v === 'SHORT' ? 'short' : null)),
  doubling: z
    .boolean()
    .nullish()
    .transform((v) => v === true),
  angleCut: z
    .boolean()
    .nullish()
    .transform((v) => v === true),
});

const AccessorySchema = z.object({ accessoryId: catalogId, quantity });
const FeeSchema = z.object({ feeTypeId: catalogId, quantity });

/**
 * A draft as the client sends it. There are no price fields at all: prices come from the
 * company's catalog on the server. An empty cut list is a valid draft (a quote just started,
 * autosaved); submitting will ask for at least one panel.
 */
export const QuoteDraftSchema = z.object({
  companyId: z.string().regex(UUID_PATTERN, 'must be a company id (uuid)'),
  panels: z
    .array(PanelSchema)
    .max(QUOTE_LIMITS.maxPanels, `at most ${QUOTE_LIMITS.maxPanels} panel rows`)
    .nullish()
    .transform((v) => v ?? []),
  accessories: z
    .array(AccessorySchema)
    .max(QUOTE_LIMITS.maxAccessories, `at most ${QUOTE_LIMITS.maxAccessories} accessory lines`)
    .nullish()
    .transform((v) => v ?? []),
  fees: z
    .array(FeeSchema)
    .max(QUOTE_LIMITS.maxFees, `at most ${QUOTE_LIMITS.maxFees} fee lines`)
    .nullish()
    .transform((v) => v ?? []),
  comment: storableText
    .trim()
    .max(
      QUOTE_LIMITS.maxCommentLength,
      `must be at most ${QUOTE_LIMITS.maxCommentLength} characters`,
    )
    .nullish()
    .transform((v) => (v ? v : null)),
});

export type QuoteDraft = z.output<typeof QuoteDraftSchema>;
export type PanelLine = QuoteDraft['panels'][number];
export type AccessoryLine = QuoteDraft['accessories'][number];
export type FeeLine = QuoteDraft['fees'][number];

/** The draft, or `INVALID_INPUT` naming the first bad field as a path (`input.panels[3].quantity`). */
export function parseQuoteDraft(input: unknown): { draft: QuoteDraft } | { error: QuoteError } {
  const result = QuoteDraftSchema.safeParse(input);
  if (result.success) return { draft: result.data };
  const issue = result.error.issues[0]!;
  const field = issue.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${String(key)}`),
    'input',
  );
  return {
    error: {
      code: 'INVALID_INPUT',
      message: `${field}: ${issue.message}`,
      field,
      currentVersion: null,
    },
  };
}
