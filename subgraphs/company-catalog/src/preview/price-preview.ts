import { BadUserInputError, PortalError } from '@portal/errors';
import {
  type AccessoryLine,
  type Amounts,
  type CutSegment,
  describePanel,
  type FeeLine,
  type PricedLine,
  type QuotePricing as PricedQuote,
  PricingInputError,
  type PricingMethod,
  priceQuote,
  type QuoteMaterial,
  type QuotePanel,
  type ServiceKind,
} from '@portal/pricing';
import { Decimal } from 'decimal.js';
import type { QuoteAmounts, QuoteInput, ResolversTypes } from '../__generated__/resolvers-types.ts';
import { ofCompany } from '../mappers.ts';
import type { BoardDiagramValue } from '../resolvers/BoardDiagram.ts';
import { EDGE_SIDES, type PreviewCatalog } from './preview-catalog.ts';

type QuotePricingModel = ResolversTypes['QuotePricing'];

/** What the pricing library got, with the way back from its paths to the API's input paths. */
interface PricingRequest {
  materials: QuoteMaterial[];
  /** materials[m].panels[j] is input.panels[rows[m][j]]. */
  rows: number[][];
  /** First input row and side using each edge banding, for errors about its catalog row. */
  edgeUse: Map<string, string>;
}

function buildRequest(input: QuoteInput, catalog: PreviewCatalog): PricingRequest {
  const byMaterial = new Map<string, { entry: QuoteMaterial; rows: number[] }>();
  const edgeUse = new Map<string, string>();
  input.panels.forEach((p, i) => {
    const material = catalog.materials.get(p.materialId.toLowerCase())!;
    let group = byMaterial.get(material.id);
    if (!group) {
      group = { entry: { material, panels: [] }, rows: [] };
      byMaterial.set(material.id, group);
    }
    const panel: QuotePanel = {
      // The row number is the id: placements and errors lead back to the customer's row.
      id: String(i),
      label: p.label ?? null,
      widthMm: p.widthMm,
      heightMm: p.heightMm,
      quantity: p.quantity,
      hingeHoles: p.hingeHoles ?? 0,
      hingeHoleSide:
        p.hingeHoleSide === 'LONG' ? 'long' : p.hingeHoleSide === 'SHORT' ? 'short' : null,
      doubling: p.doubling ?? false,
      angleCut: p.angleCut ?? false,
    };
    for (const side of EDGE_SIDES) {
      const id = p[side];
      if (!id) continue;
      const edge = catalog.edgeBandings.get(id.toLowerCase())!;
      panel[side] = edge.id;
      if (!edgeUse.has(edge.id)) edgeUse.set(edge.id, `input.panels[${i}].${side}`);
    }
    group.entry.panels.push(panel);
    group.rows.push(i);
  });
  const groups = [...byMaterial.values()];
  return { materials: groups.map((g) => g.entry), rows: groups.map((g) => g.rows), edgeUse };
}

/** The library's error at the API's input path, naming the customer's row. */
function toInputError(
  error: PricingInputError,
  request: PricingRequest,
  edgeIds: string[],
): PortalError {
  const panel = /^materials\[(\d+)\]\.panels\[(\d+)\](.*)$/.exec(error.field);
  if (panel) {
    const row = request.rows[Number(panel[1])]?.[Number(panel[2])] ?? 0;
    let message = error.message;
    if (error.panel) {
      message = message.replace(
        describePanel(error.panel),
        describePanel({ ...error.panel, row: row + 1 }),
      );
    }
    return new BadUserInputError(message, `input.panels[${row}]${panel[3]}`);
  }
  const material = /^materials\[(\d+)\]/.exec(error.field);
  if (material) {
    // The company's own data for this material is unusable (e.g. trims larger than the board).
    const row = request.rows[Number(material[1])]?.[0] ?? 0;
    return new BadUserInputError(
      `This material cannot be priced: ${error.message}`,
      `input.panels[${row}].materialId`,
    );
  }
  const edge = /^edgeBandings\[(\d+)\]/.exec(error.field);
  if (edge) {
    const field = request.edgeUse.get(edgeIds[Number(edge[1])] ?? '') ?? 'input.panels';
    return new BadUserInputError(`This edge banding cannot be priced: ${error.message}`, field);
  }
  const line = /^(accessories|fees)\[(\d+)\](.*)$/.exec(error.field);
  if (line) {
    const [, list, index, rest] = line;
    const idField = list === 'fees' ? 'feeTypeId' : 'accessoryId';
    const field = rest === '.quantity' ? rest : `.${idField}`;
    return new BadUserInputError(error.message, `input.${list}[${index}]${field}`);
  }
  if (error.field.startsWith('services')) {
    return new PortalError(
      'COMPANY_UNAVAILABLE',
      `The company's service prices are unusable: ${error.message}`,
      {
        reason: 'invalid-catalog',
      },
    );
  }
  return new BadUserInputError(error.message, 'input');
}

const METHOD = {
  panel_area: 'PANEL_AREA',
  full_board: 'FULL_BOARD',
  mixed: 'MIXED',
} as const satisfies Record<PricingMethod | 'mixed', string>;

const SERVICE = {
  hinge_holes: 'HINGE_HOLES',
  doubling: 'DOUBLING',
  angle_cut: 'ANGLE_CUT',
} as const satisfies Record<ServiceKind, string>;

function sum(lines: readonly Amounts[]): Amounts {
  let net = new Decimal(0);
  let vat = new Decimal(0);
  let gross = new Decimal(0);
  for (const line of lines) {
    net = net.plus(line.net);
    vat = vat.plus(line.vat);
    gross = gross.plus(line.gross);
  }
  return { net: net.toFixed(2), vat: vat.toFixed(2), gross: gross.toFixed(2) };
}

/** `BoardLayout.diagram`: the placements and cuts as one compact value. */
function diagramOf(
  placements: ReadonlyArray<{
    x: number;
    y: number;
    widthMm: number;
    heightMm: number;
    rotated: boolean;
    row: number;
    label: string | null;
  }>,
  cuts: ReadonlyArray<CutSegment>,
): BoardDiagramValue {
  const labels: Record<string, string> = {};
  for (const p of placements) if (p.label) labels[p.row] = p.label;
  return {
    placements: placements.map((p) => [p.x, p.y, p.widthMm, p.heightMm, p.rotated ? 1 : 0, p.row]),
    cuts: cuts.map((c) => [c.x1, c.y1, c.x2, c.y2]),
    labels,
  };
}

export interface PreviewOptions {
  /**
   * The customer's discount at this company, percent (default "0"). The portal owns it, per
   * customer and company; the resolver asks it (`customer-discount.ts`), the input never has it.
   */
  discountPercent?: string;
  /** The clock, for `pricedAt`. */
  now?: () => Date;
}

/** Prices the checked input with the loaded catalog; the result in the API's shape. */
export function pricePreview(
  companyId: string,
  input: QuoteInput,
  catalog: PreviewCatalog,
  options: PreviewOptions = {},
): QuotePricingModel {
  const request = buildRequest(input, catalog);
  const edgeBandings = [...request.edgeUse.keys()].map(
    (id) => catalog.edgeBandings.get(id.toLowerCase())!,
  );
  const accessories: AccessoryLine[] = (input.accessories ?? []).map((line, i) => {
    const row = catalog.accessories.get(line.accessoryId.toLowerCase())!;
    return {
      id: String(i),
      accessoryId: row.id,
      name: row.name,
      unitPriceNet: row.unitPriceNet,
      quantity: line.quantity,
      vatRate: row.vatRate,
    };
  });
  const fees: FeeLine[] = (input.fees ?? []).map((line, i) => {
    const row = catalog.feeTypes.get(line.feeTypeId.toLowerCase())!;
    return {
      id: String(i),
      feeTypeId: row.id,
      name: row.name,
      unitPriceNet: row.netPrice,
      quantity: line.quantity,
      vatRate: row.vatRate,
    };
  });
  let priced: PricedQuote;
  try {
    priced = priceQuote({
      materials: request.materials,
      edgeBandings,
      services: catalog.services,
      accessories,
      fees,
      discountPercent: options.discountPercent ?? '0',
    });
  } catch (error) {
    if (error instanceof PricingInputError) {
      throw toInputError(
        error,
        request,
        edgeBandings.map((e) => e.id),
      );
    }
    throw error;
  }

  const currency = catalog.services.currency;
  const money = (amount: string) => ({ amount: new Decimal(amount).toFixed(2), currency });
  const amounts = (a: Amounts | PricedLine): QuoteAmounts => ({
    net: money(a.net),
    vat: money(a.vat),
    gross: money(a.gross),
    vatRate: 'vatRate' in a ? a.vatRate : null,
  });

  const materials = priced.materials.map((m, mi) => {
    const material = ofCompany(companyId, catalog.materials.get(m.materialId.toLowerCase())!);
    return {
      material,
      boardLengthMm: m.boardLengthMm,
      boardWidthMm: m.boardWidthMm,
      boardAreaM2: m.boardAreaM2,
      pricePerSqm: money(m.pricePerSqm),
      usageLimit: m.usageLimit,
      wasteMultiplier: m.wasteMultiplier,
      boards: m.layout.boards.map((board, bi) => {
        const charged = m.boards[bi]!;
        const placements = board.placements.map((p) => ({
          x: p.x,
          y: p.y,
          widthMm: p.widthMm,
          heightMm: p.heightMm,
          rotated: p.rotated,
          row: (request.rows[mi]?.[p.panelIndex] ?? 0) + 1,
          label: p.label,
        }));
        return {
          material,
          index: board.index,
          lengthMm: board.lengthMm,
          widthMm: board.widthMm,
          usable: board.usable,
          placements,
          cuts: board.cuts,
          diagram: diagramOf(placements, board.cuts),
          offcuts: board.offcuts,
          usage: charged.usage,
          placedAreaM2: charged.placedAreaM2,
          chargedM2: charged.chargedM2,
          pricingMethod: METHOD[charged.pricingMethod],
          cutLengthM: new Decimal(board.cutLengthMm).div(1000).toString(),
        };
      }),
      boardsUsed: m.boardsUsed,
      boardsLowerBound: m.layout.lowerBound,
      pieceCount: m.layout.pieceCount,
      usage: m.usage,
      pricingMethod: m.pricingMethod ? METHOD[m.pricingMethod] : null,
      chargedM2: m.chargedM2,
      cutLengthM: m.cutLengthM,
      boardMaterial: amounts(m.materialLine),
      edgeBandings: m.edgeBandingLines.map((line) => ({
        edgeBanding: ofCompany(
          companyId,
          catalog.edgeBandings.get(line.edgeBandingId.toLowerCase())!,
        ),
        sides: line.sides,
        sidesLengthM: line.sidesLengthM,
        overhangMm: line.overhangMm,
        lengthM: line.lengthM,
        pricePerM: money(line.pricePerM),
        amounts: amounts(line),
      })),
      edgeBandingTotal: amounts(m.edgeBandingTotal),
      cutting: {
        lengthM: m.cuttingLine.lengthM,
        feePerM: money(m.cuttingLine.feePerM),
        amounts: amounts(m.cuttingLine),
      },
      services: m.serviceLines.map((line) => ({
        service: SERVICE[line.service],
        quantity: line.quantity,
        unit: line.unit,
        unitPrice: money(line.unitPrice),
        amounts: amounts(line),
      })),
      servicesTotal: amounts(m.servicesTotal),
      total: amounts(m.total),
    };
  });

  return {
    companyId,
    materials,
    boards: materials.flatMap((m) => m.boards),
    accessories: priced.accessories.map((line, i) => ({
      row: i + 1,
      accessory: ofCompany(
        companyId,
        catalog.accessories.get((line.accessoryId ?? '').toLowerCase())!,
      ),
      quantity: line.quantity,
      unitPrice: money(line.unitPriceNet),
      amounts: amounts(line),
    })),
    fees: priced.fees.map((line, i) => ({
      row: i + 1,
      fee: ofCompany(companyId, catalog.feeTypes.get((line.feeTypeId ?? '').toLowerCase())!),
      quantity: line.quantity,
      unitPrice: money(line.unitPriceNet),
      amounts: amounts(line),
    })),
    totals: {
      boardMaterial: amounts(sum(priced.materials.map((m) => m.materialLine))),
      edgeBanding: amounts(sum(priced.materials.map((m) => m.edgeBandingTotal))),
      cutting: amounts(sum(priced.materials.map((m) => m.cuttingLine))),
      services: amounts(sum(priced.materials.map((m) => m.servicesTotal))),
      materials: amounts(priced.totals.materials),
      accessories: amounts(priced.totals.accessories),
      fees: amounts(priced.totals.fees),
      quote: amounts(priced.totals.quote),
    },
    discount: {
      percent: priced.discount.percent,
      discountableGross: money(priced.discount.discountableGross),
      amount: money(priced.discount.amount),
    },
    finalTotal: money(priced.finalTotal),
    currency,
    catalogVersion: catalog.version,
    pricedAt: (options.now?.() ?? new Date()).toISOString(),
  };
}
