import {
  CompanyNotFoundError,
  CompanyRequestError,
  CompanyUnavailableError,
  isUuid,
} from '@portal/company-link';
import { BadUserInputError, PortalError } from '@portal/errors';
import type { QueryCompareQuoteArgs, ResolversTypes } from '../__generated__/resolvers-types.ts';
import { fromCompany } from '../company-errors.ts';
import type { CatalogContext } from '../context.ts';
import { pricedWithCache } from '../preview/cached-pricing.ts';
import {
  checkCatalogIds,
  loadPreviewCatalog,
  type PreviewCatalog,
} from '../preview/preview-catalog.ts';
import { checkPreviewInput } from '../preview/preview-limits.ts';
import {
  type ComparisonMatch,
  type ComparisonMissing,
  type InvalidSubstitution,
  mapInput,
  type ResolvedSubstitution,
  sourceKinds,
} from './map-input.ts';
import { loadTargetRows } from './target-rows.ts';

/** Most companies in one comparison: each costs up to five contract calls and a layout. */
export const MAX_COMPARE_COMPANIES = 5;
/** Default deadline per company (`compareTimeoutMs` of the subgraph overrides it). */
export const DEFAULT_COMPARE_TIMEOUT_MS = 5_000;

type QuotePricingModel = ResolversTypes['QuotePricing'];

export interface Unavailable {
  code: 'COMPANY_UNAVAILABLE' | 'NOT_FOUND' | 'CANNOT_PRICE' | 'DISCOUNT_UNAVAILABLE';
  reason: string | null;
  message: string;
}

export interface CompanyComparisonModel {
  companyId: string;
  status: 'PRICED' | 'INCOMPLETE' | 'UNAVAILABLE';
  unavailable: Unavailable | null;
  pricing: QuotePricingModel | null;
  matches: ComparisonMatch[];
  missing: ComparisonMissing[];
  substitutionsUsed: ComparisonMatch[];
}

/** A substitution naming no row of the right kind at its company: the caller's mistake. */
class InvalidSubstitutions extends Error {
  constructor(readonly invalid: InvalidSubstitution[]) {
    super('invalid substitutions');
  }
}

/** The request error for a refused substitution, saying what is wrong with its target. */
function substitutionError(sub: InvalidSubstitution): BadUserInputError {
  const message =
    sub.problem === 'NOT_FOUND'
      ? 'The substitute is not in that company’s catalog as an item of this kind (an unknown id, another company’s id, or another kind of item).'
      : sub.problem === 'INACTIVE'
        ? 'The substitute is no longer sold by that company (inactive).'
        : 'The substitute is of another kind than the item it replaces (a board for a board, an edge banding for an edge banding…).';
  const error = new BadUserInputError(message, `substitutions[${sub.index}].targetId`);
  error.extensions.reason = sub.problem;
  return error;
}

class DiscountUnavailable extends Error {}

const badId = (value: string, field: string) =>
  new BadUserInputError(`\`${field}\` '${value.slice(0, 60)}' is not a valid id`, field);

function unavailable(companyId: string, error: unknown): CompanyComparisonModel {
  let reason: Unavailable;
  if (error instanceof CompanyUnavailableError) {
    reason = { code: 'COMPANY_UNAVAILABLE', reason: error.reason, message: error.message };
  } else if (error instanceof CompanyRequestError) {
    reason = { code: 'COMPANY_UNAVAILABLE', reason: 'request-failed', message: error.message };
  } else if (error instanceof CompanyNotFoundError) {
    reason = { code: 'NOT_FOUND', reason: null, message: error.message };
  } else if (error instanceof DiscountUnavailable) {
    reason = { code: 'DISCOUNT_UNAVAILABLE', reason: null, message: error.message };
  } else if (error instanceof BadUserInputError) {
    // The mapped lines do not fit this company (a panel larger than its board…).
    reason = { code: 'CANNOT_PRICE', reason: null, message: error.message };
  } else if (error instanceof PortalError && error.extensions.code === 'COMPANY_UNAVAILABLE') {
    reason = { code: 'COMPANY_UNAVAILABLE', reason: 'invalid-catalog', message: error.message };
  } else {
    throw error;
  }
  return {
    companyId,
    status: 'UNAVAILABLE',
    unavailable: reason,
    pricing: null,
    matches: [],
    missing: [],
    substitutionsUsed: [],
  };
}

/** `work`, or a `timeout` unavailability after `ms`, whichever comes first. */
async function withDeadline<T>(work: Promise<T>, ms: number, companyId: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new CompanyUnavailableError(
            { companyId, slug: companyId, fn: null, reason: 'timeout' },
            `The company did not answer within ${ms} ms.`,
          ),
        ),
      ms,
    );
  });
  // The late work's own failure must not surface as an unhandled rejection.
  work.catch(() => {});
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** One company's side: map, load its candidates and discount, price as `previewQuote` does. */
async function compareAt(
  ctx: CatalogContext,
  companyId: string,
  sourceCompanyId: string,
  input: QueryCompareQuoteArgs['input'],
  source: PreviewCatalog,
  substitutions: Array<{ index: number; sourceId: string; targetId: string }>,
): Promise<CompanyComparisonModel> {
  // NOT_FOUND for an unknown or deactivated company, before anything is asked of it.
  await ctx.links.get(companyId);
  const isSource = companyId === sourceCompanyId;
  const discount = (
    ctx.discounts ? ctx.discounts(ctx.identity, companyId, ctx.requestId) : Promise.resolve('0')
  ).catch((error: unknown) => {
    throw new DiscountUnavailable(
      `The caller's discount at this company could not be read: ${String(error)}`,
    );
  });
  discount.catch(() => {});
  const kinds = sourceKinds(source);
  const [rows, resolved] = await Promise.all([
    isSource ? null : loadTargetRows(ctx, companyId, source),
    // A substitution's target is looked up by id: listed rows are primed (no call), others
    // (another thickness…) share one batched `*_by_ids` call per kind.
    Promise.all(
      substitutions.map(async (sub): Promise<ResolvedSubstitution> => {
        const key = { companyId, id: sub.targetId };
        const kind = kinds.get(sub.sourceId.toLowerCase());
        const loader =
          kind === 'MATERIAL'
            ? ctx.loaders.materials
            : kind === 'EDGE_BANDING'
              ? ctx.loaders.edgeBandings
              : kind === 'ACCESSORY'
                ? ctx.loaders.accessories
                : ctx.loaders.feeTypes;
        return { index: sub.index, sourceId: sub.sourceId, target: await loader.load(key) };
      }),
    ),
  ]);
  const mapped = mapInput(input, source, rows, resolved);
  if (mapped.invalidSubstitutions.length > 0) {
    throw new InvalidSubstitutions(mapped.invalidSubstitutions);
  }
  const substitutionsUsed = mapped.matches.filter((m) => m.how === 'SUBSTITUTED');
  const empty =
    mapped.input.panels.length === 0 &&
    (mapped.input.accessories ?? []).length === 0 &&
    (mapped.input.fees ?? []).length === 0;
  let pricing: QuotePricingModel | null = null;
  if (!empty) {
    const [catalog, discountPercent] = await Promise.all([
      loadPreviewCatalog(ctx, companyId, mapped.input),
      discount,
    ]);
    // The mapping only picks active rows it was given, so this holds; checked anyway, as a
    // preview would, in case a row changed between the listing and the by-id read.
    checkCatalogIds(mapped.input, catalog);
    pricing = pricedWithCache(ctx, companyId, mapped.input, catalog, discountPercent);
  }
  return {
    companyId,
    status: mapped.missing.length > 0 ? 'INCOMPLETE' : 'PRICED',
    unavailable: null,
    pricing,
    matches: mapped.matches,
    missing: mapped.missing,
    substitutionsUsed,
  };
}

/**
 * `compareQuote`: checks the request, reads the source company's rows the input uses (refusing
 * ids that are not the source company's), then prices at every company in parallel, each under
 * its own deadline, so one slow company delays the answer by at most `compareTimeoutMs`.
 */
export async function compareQuote(
  ctx: CatalogContext,
  args: QueryCompareQuoteArgs,
): Promise<{ sourceCompanyId: string; companies: CompanyComparisonModel[] }> {
  const { input } = args;
  if (!isUuid(args.sourceCompanyId)) throw badId(args.sourceCompanyId, 'sourceCompanyId');
  const sourceCompanyId = args.sourceCompanyId.toLowerCase();
  if (args.companyIds.length === 0 || args.companyIds.length > MAX_COMPARE_COMPANIES) {
    const error = new BadUserInputError(
      `Compare at 1 to ${MAX_COMPARE_COMPANIES} companies, got ${args.companyIds.length}.`,
      'companyIds',
    );
    error.extensions.limit = MAX_COMPARE_COMPANIES;
    throw error;
  }
  const companyIds = args.companyIds.map((id, i) => {
    if (!isUuid(id)) throw badId(id, `companyIds[${i}]`);
    return id.toLowerCase();
  });
  companyIds.forEach((id, i) => {
    if (companyIds.indexOf(id) !== i) {
      throw new BadUserInputError('A company is listed twice.', `companyIds[${i}]`);
    }
  });
  const substitutions = (args.substitutions ?? []).map((sub, index) => {
    const at = `substitutions[${index}]`;
    if (!isUuid(sub.companyId)) throw badId(sub.companyId, `${at}.companyId`);
    if (!isUuid(sub.sourceId)) throw badId(sub.sourceId, `${at}.sourceId`);
    if (!isUuid(sub.targetId)) throw badId(sub.targetId, `${at}.targetId`);
    const companyId = sub.companyId.toLowerCase();
    if (!companyIds.includes(companyId)) {
      throw new BadUserInputError('Not one of `companyIds`.', `${at}.companyId`);
    }
    return { index, companyId, sourceId: sub.sourceId.toLowerCase(), targetId: sub.targetId };
  });
  substitutions.forEach((sub, i) => {
    if (
      substitutions.findIndex(
        (s) => s.companyId === sub.companyId && s.sourceId === sub.sourceId,
      ) !== i
    ) {
      throw new BadUserInputError(
        'This source id is substituted twice at this company.',
        `substitutions[${i}].sourceId`,
      );
    }
  });
  // Cheap checks first: a refused request costs no company call.
  checkPreviewInput(input);
  await fromCompany(ctx.links.get(sourceCompanyId));
  const source = await fromCompany(loadPreviewCatalog(ctx, sourceCompanyId, input));
  // Every id must be the source company's: another company's id is simply not found there.
  checkCatalogIds(input, source);
  const kinds = sourceKinds(source);
  substitutions.forEach((sub) => {
    if (!kinds.has(sub.sourceId)) {
      throw new BadUserInputError(
        'The input uses no material, edge banding, accessory or fee with this id.',
        `substitutions[${sub.index}].sourceId`,
      );
    }
  });

  const timeoutMs = ctx.compareTimeoutMs ?? DEFAULT_COMPARE_TIMEOUT_MS;
  const invalid: InvalidSubstitution[] = [];
  const companies = await Promise.all(
    companyIds.map(async (companyId) => {
      try {
        return await withDeadline(
          compareAt(
            ctx,
            companyId,
            sourceCompanyId,
            input,
            source,
            substitutions.filter((s) => s.companyId === companyId),
          ),
          timeoutMs,
          companyId,
        );
      } catch (error) {
        if (error instanceof InvalidSubstitutions) {
          invalid.push(...error.invalid);
          return null;
        }
        return unavailable(companyId, error);
      }
    }),
  );
  if (invalid.length > 0) {
    // The first refused substitution in request order (the companies answer in any order).
    const [first] = invalid.sort((a, b) => a.index - b.index);
    throw substitutionError(first!);
  }
  return {
    sourceCompanyId,
    companies: companies.filter((c): c is CompanyComparisonModel => c !== null),
  };
}
