import { LIMITS } from '../limits.ts';
import { panelRef } from '../optimizer/piece-set.ts';
import { describePanel, PricingInputError } from '../pricing-input-error.ts';
import { wholeNumber } from '../whole-number.ts';
import { decimalInput } from './decimal-input.ts';
import type { Decimal } from './money.ts';
import type {
  AccessoryLine,
  BoardMaterial,
  FeeLine,
  QuoteInput,
  QuotePanel,
} from './quote-types.ts';

export interface ParsedMaterial {
  material: BoardMaterial;
  panels: QuotePanel[];
  /** Path of this material in the input, e.g. `materials[1]`. */
  field: string;
  pricePerSqm: Decimal;
  vatRate: Decimal;
  wasteMultiplier: Decimal;
  usageLimit: Decimal;
}

export interface ParsedEdgeBanding {
  id: string;
  pricePerM: Decimal;
  overhangMm: number;
  vatRate: Decimal;
}

export interface ParsedServices {
  cuttingFeePerM: Decimal;
  hingeHoleFeePerHole: Decimal;
  doublingFeePerSqm: Decimal;
  angleCutFeePerPanel: Decimal;
  vatRate: Decimal;
}

export interface ParsedUnitLine<T> {
  line: T;
  unitPriceNet: Decimal;
  quantity: number;
  vatRate: Decimal;
}

export interface ParsedQuote {
  materials: ParsedMaterial[];
  edgeBandings: Map<string, ParsedEdgeBanding>;
  services: ParsedServices;
  accessories: ParsedUnitLine<AccessoryLine>[];
  fees: ParsedUnitLine<FeeLine>[];
  discountPercent: Decimal;
}

const SIDES = ['edgeBandingA', 'edgeBandingB', 'edgeBandingC', 'edgeBandingD'] as const;
const MONEY_MAX = '1000000000';

function nonEmptyString(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PricingInputError('INVALID_VALUE', `${what} must be a non-empty string.`, field);
  }
  return value;
}

function list<T>(value: T[] | undefined, field: string): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new PricingInputError('INVALID_VALUE', `${field} must be a list.`, field);
  }
  return value;
}

function vatRate(value: unknown, field: string): Decimal {
  return decimalInput(value, field, 'VAT rate (percent)', { min: '0', max: '100' });
}

function parseEdgeBandings(input: QuoteInput): Map<string, ParsedEdgeBanding> {
  const byId = new Map<string, ParsedEdgeBanding>();
  list(input.edgeBandings, 'edgeBandings').forEach((e, i) => {
    const at = `edgeBandings[${i}]`;
    const id = nonEmptyString(e.id, `${at}.id`, 'Edge banding id');
    if (byId.has(id)) {
      throw new PricingInputError(
        'INVALID_VALUE',
        `Edge banding ${id} is listed twice.`,
        `${at}.id`,
      );
    }
    byId.set(id, {
      id,
      pricePerM: decimalInput(e.pricePerM, `${at}.pricePerM`, 'Edge banding price per metre', {
        min: '0',
        max: MONEY_MAX,
      }),
      overhangMm: wholeNumber(
        e.overhangMm,
        0,
        1000,
        `${at}.overhangMm`,
        'Edge banding overhang (mm)',
      ),
      vatRate: vatRate(e.vatRate, `${at}.vatRate`),
    });
  });
  return byId;
}

function parseServices(input: QuoteInput): ParsedServices {
  const s = input.services;
  if (typeof s !== 'object' || s === null) {
    throw new PricingInputError('INVALID_VALUE', 'The service prices are missing.', 'services');
  }
  const fee = (key: keyof ParsedServices, what: string) =>
    decimalInput(s[key], `services.${key}`, what, { min: '0', max: MONEY_MAX });
  return {
    cuttingFeePerM: fee('cuttingFeePerM', 'Cutting fee per metre'),
    hingeHoleFeePerHole: fee('hingeHoleFeePerHole', 'Hinge hole fee'),
    doublingFeePerSqm: fee('doublingFeePerSqm', 'Doubling fee per m²'),
    angleCutFeePerPanel: fee('angleCutFeePerPanel', 'Angle cut fee'),
    vatRate: vatRate(s.vatRate, 'services.vatRate'),
  };
}

/** Checks what the optimizer does not: banding, drilling, flags; returns the piece count. */
function checkPanel(
  panel: QuotePanel,
  index: number,
  field: string,
  materialId: string,
  edgeBandings: ReadonlyMap<string, ParsedEdgeBanding>,
): number {
  const at = `${field}[${index}]`;
  if (typeof panel !== 'object' || panel === null) {
    throw new PricingInputError('INVALID_VALUE', `Row ${index + 1} is not a panel.`, at);
  }
  nonEmptyString(panel.id, `${at}.id`, `Panel id (row ${index + 1})`);
  const ref = panelRef(panel, index, materialId);
  const who = `Panel ${describePanel(ref)}`;
  const quantity = wholeNumber(
    panel.quantity,
    1,
    LIMITS.maxQuantity,
    `${at}.quantity`,
    `${who}: quantity`,
  );
  for (const side of SIDES) {
    const id = panel[side];
    if (id === undefined || id === null) continue;
    if (typeof id !== 'string' || !edgeBandings.has(id)) {
      throw new PricingInputError(
        'UNKNOWN_EDGE_BANDING',
        `${who}: side ${side.slice(-1)} references an unknown edge banding ${JSON.stringify(id)}.`,
        `${at}.${side}`,
        ref,
      );
    }
  }
  if (panel.hingeHoles !== undefined) {
    wholeNumber(
      panel.hingeHoles,
      0,
      LIMITS.maxHingeHolesPerPanel,
      `${at}.hingeHoles`,
      `${who}: hinge holes`,
    );
  }
  const side = panel.hingeHoleSide;
  if (side !== undefined && side !== null && side !== 'long' && side !== 'short') {
    throw new PricingInputError(
      'INVALID_VALUE',
      `${who}: hinge hole side must be "long" or "short".`,
      `${at}.hingeHoleSide`,
      ref,
    );
  }
  for (const flag of ['doubling', 'angleCut'] as const) {
    if (panel[flag] !== undefined && typeof panel[flag] !== 'boolean') {
      throw new PricingInputError(
        'INVALID_VALUE',
        `${who}: ${flag} must be true or false.`,
        `${at}.${flag}`,
        ref,
      );
    }
  }
  return quantity * (panel.doubling ? 2 : 1);
}

function parseMaterials(
  input: QuoteInput,
  edgeBandings: ReadonlyMap<string, ParsedEdgeBanding>,
): ParsedMaterial[] {
  const seen = new Set<string>();
  let pieces = 0;
  return list(input.materials, 'materials').map((entry, i) => {
    const at = `materials[${i}]`;
    const material = entry?.material;
    if (typeof material !== 'object' || material === null) {
      throw new PricingInputError(
        'INVALID_VALUE',
        `Material ${i + 1} is missing.`,
        `${at}.material`,
      );
    }
    const id = nonEmptyString(material.id, `${at}.material.id`, 'Material id');
    if (seen.has(id)) {
      // Two lists of one material would be laid out apart: more boards than needed.
      throw new PricingInputError(
        'INVALID_VALUE',
        `Material ${id} is listed twice; merge its panels.`,
        `${at}.material.id`,
      );
    }
    seen.add(id);
    const settings = material.settings;
    if (typeof settings !== 'object' || settings === null) {
      throw new PricingInputError(
        'INVALID_VALUE',
        `Material ${id} has no settings.`,
        `${at}.material.settings`,
      );
    }
    const panelsField = `${at}.panels`;
    const panels = list(entry.panels, panelsField);
    panels.forEach((panel, p) => {
      pieces += checkPanel(panel, p, panelsField, id, edgeBandings);
      if (pieces > LIMITS.maxPiecesPerQuote) {
        throw new PricingInputError(
          'TOO_MANY_PANELS',
          `Too many pieces in one quote: at most ${LIMITS.maxPiecesPerQuote} (doubled panels count twice).`,
          `${panelsField}[${p}]`,
        );
      }
    });
    return {
      material,
      panels,
      field: at,
      pricePerSqm: decimalInput(
        material.pricePerSqm,
        `${at}.material.pricePerSqm`,
        'Price per m²',
        {
          min: '0',
          max: MONEY_MAX,
        },
      ),
      vatRate: vatRate(material.vatRate, `${at}.material.vatRate`),
      wasteMultiplier: decimalInput(
        settings.wasteMultiplier,
        `${at}.material.settings.wasteMultiplier`,
        'Waste multiplier',
        { min: '0', minExclusive: true, max: '10' },
      ),
      usageLimit: decimalInput(
        settings.usageLimit,
        `${at}.material.settings.usageLimit`,
        'Usage limit',
        {
          min: '0',
          max: '1',
        },
      ),
    };
  });
}

function parseUnitLines<T extends AccessoryLine | FeeLine>(
  lines: T[] | undefined,
  field: string,
  what: string,
): ParsedUnitLine<T>[] {
  return list(lines, field).map((line, i) => {
    const at = `${field}[${i}]`;
    const id = nonEmptyString(line?.id, `${at}.id`, `${what} line id`);
    return {
      line,
      unitPriceNet: decimalInput(
        line.unitPriceNet,
        `${at}.unitPriceNet`,
        `${what} ${id}: unit price`,
        {
          min: `-${MONEY_MAX}`,
          max: MONEY_MAX,
        },
      ),
      quantity: wholeNumber(
        line.quantity,
        1,
        LIMITS.maxQuantity,
        `${at}.quantity`,
        `${what} ${id}: quantity`,
      ),
      vatRate: vatRate(line.vatRate, `${at}.vatRate`),
    };
  });
}

/**
 * Validates the whole quote input up front (except panel sizes against the board, which the
 * optimizer checks) and parses every decimal once. Errors name the field and the panel row.
 */
export function parseQuote(input: QuoteInput): ParsedQuote {
  if (typeof input !== 'object' || input === null) {
    throw new PricingInputError('INVALID_VALUE', 'The quote is missing.', '');
  }
  const edgeBandings = parseEdgeBandings(input);
  return {
    edgeBandings,
    materials: parseMaterials(input, edgeBandings),
    services: parseServices(input),
    accessories: parseUnitLines(input.accessories, 'accessories', 'Accessory'),
    fees: parseUnitLines(input.fees, 'fees', 'Fee'),
    discountPercent:
      input.discountPercent === undefined
        ? decimalInput('0', 'discountPercent', 'Discount')
        : decimalInput(input.discountPercent, 'discountPercent', 'Discount (percent)', {
            min: '0',
            max: '100',
          }),
  };
}
