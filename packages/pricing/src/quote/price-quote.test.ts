import { describe, expect, it } from 'vitest';
import { displayGross } from './display-gross.ts';
import { priceQuote } from './price-quote.ts';
import type {
  AccessoryLine,
  BoardMaterial,
  EdgeBanding,
  FeeLine,
  QuoteInput,
  QuotePanel,
  Services,
} from './quote-types.ts';

// Worked examples, computed by hand (the arithmetic is in the comments), for every rule of
// DOMAIN.md "Pricing". Conventions under test: every line is rounded to the cent once, half-up
// (net first, VAT from the rounded net); totals are sums of rounded lines.
//
// The board: 2800 × 2070 mm = 5.796 m², kerf 3, trims 0 top/bottom and 10 left/right, so the
// usable board is 2780 × 2070. 6540.00 per m², VAT 27 %, waste multiplier 1.2, usage limit
// 0.65. Most examples use 2780 mm long strips: each needs exactly one cut across the usable
// board (2.78 m), whatever the optimizer's choices, so cut lengths are known by hand.

const oak: BoardMaterial = {
  id: 'mat-oak',
  name: 'H1145 ST10 Bardolino tölgy',
  lengthMm: 2800,
  widthMm: 2070,
  grainDirection: false,
  onStock: true,
  pricePerSqm: '6540.00',
  vatRate: '27',
  settings: {
    kerfMm: 3,
    trimTopMm: 0,
    trimRightMm: 10,
    trimBottomMm: 0,
    trimLeftMm: 10,
    rotatable: true,
    wasteMultiplier: '1.2',
    usageLimit: '0.65',
  },
};

const services: Services = {
  cuttingFeePerM: '300.00',
  hingeHoleFeePerHole: '50.00',
  doublingFeePerSqm: '200.00',
  angleCutFeePerPanel: '100.00',
  vatRate: '27',
};

const abs2: EdgeBanding = { id: 'abs-2', pricePerM: '320', overhangMm: 30, vatRate: '27' };
const abs04: EdgeBanding = { id: 'abs-04', pricePerM: '150', overhangMm: 20, vatRate: '18' };

function panel(
  id: string,
  widthMm: number,
  heightMm: number,
  quantity: number,
  extra: Partial<QuotePanel> = {},
): QuotePanel {
  return { id, label: id, widthMm, heightMm, quantity, ...extra };
}

function quote(
  panels: QuotePanel[],
  extra: Partial<QuoteInput> = {},
  material: BoardMaterial = oak,
): QuoteInput {
  return { materials: [{ material, panels }], edgeBandings: [abs2, abs04], services, ...extra };
}

const strip = (quantity = 1, extra: Partial<QuotePanel> = {}) =>
  panel('strip', 2780, 500, quantity, extra);

function accessory(
  id: string,
  unitPriceNet: string,
  quantity: number,
  vatRate = '27',
): AccessoryLine {
  return { id, accessoryId: `acc-${id}`, name: id, unitPriceNet, quantity, vatRate };
}

function fee(id: string, unitPriceNet: string, quantity: number, vatRate = '27'): FeeLine {
  return { id, feeTypeId: `fee-${id}`, name: id, unitPriceNet, quantity, vatRate };
}

describe('board material', () => {
  it('on stock, below the usage limit: placed area × waste multiplier', () => {
    const [m] = priceQuote(quote([strip()])).materials;
    // placed 2.78 × 0.5 = 1.39 m²; usage 1.39 / 5.796 = 0.2398… < 0.65 → panel_area
    // charged 1.39 × 1.2 = 1.668 m²; net 1.668 × 6540 = 10908.72
    // VAT 10908.72 × 27 % = 2945.3544 → 2945.35; gross 13854.07
    expect(m!.boardsUsed).toBe(1);
    expect(m!.boardAreaM2).toBe('5.796');
    expect(m!.boards).toEqual([
      {
        index: 0,
        usage: '0.2398',
        placedAreaM2: '1.39',
        chargedM2: '1.668',
        pricingMethod: 'panel_area',
      },
    ]);
    expect(m!.pricingMethod).toBe('panel_area');
    expect(m!.chargedM2).toBe('1.668');
    expect(m!.materialLine).toEqual({
      net: '10908.72',
      vat: '2945.35',
      gross: '13854.07',
      vatRate: '27',
    });
  });

  it('on stock, exactly at the usage limit: the whole board', () => {
    // 2093 × 1800 = 3 767 400 mm² = 0.65 × 5 796 000 mm² exactly: not below the limit → full_board
    // net 5.796 × 6540 = 37905.84; VAT × 27 % = 10234.5768 → 10234.58; gross 48140.42
    const [m] = priceQuote(quote([panel('big', 2093, 1800, 1)])).materials;
    expect(m!.boards[0]).toMatchObject({
      usage: '0.6500',
      placedAreaM2: '3.7674',
      chargedM2: '5.796',
      pricingMethod: 'full_board',
    });
    expect(m!.materialLine).toEqual({
      net: '37905.84',
      vat: '10234.58',
      gross: '48140.42',
      vatRate: '27',
    });
  });

  it('on stock, one millimetre below the limit: back to panel area', () => {
    // 2093 × 1799 = 3 765 307 mm² = 3.765307 m²; usage 0.64964… < 0.65 → panel_area
    // charged 3.765307 × 1.2 = 4.5183684 m²; net 4.5183684 × 6540 = 29550.129336 → 29550.13
    // VAT 29550.13 × 27 % = 7978.5351 → 7978.54; gross 37528.67
    const [m] = priceQuote(quote([panel('big', 2093, 1799, 1)])).materials;
    expect(m!.boards[0]).toMatchObject({
      usage: '0.6496',
      chargedM2: '4.5183684',
      pricingMethod: 'panel_area',
    });
    expect(m!.materialLine).toEqual({
      net: '29550.13',
      vat: '7978.54',
      gross: '37528.67',
      vatRate: '27',
    });
  });

  it('on stock, each board alone: a full board and a light one', () => {
    // Board 1: a 2780 × 2070 panel, usage 5.7546 / 5.796 = 0.9929 → full_board, 5.796 m²
    // Board 2: one strip, 1.39 m² → panel_area, 1.668 m²
    // charged 5.796 + 1.668 = 7.464 m²; net 7.464 × 6540 = 48814.56
    // VAT 48814.56 × 27 % = 13179.9312 → 13179.93; gross 61994.49
    const [m] = priceQuote(quote([panel('full', 2780, 2070, 1), strip()])).materials;
    expect(m!.boards.map((b) => [b.pricingMethod, b.chargedM2])).toEqual([
      ['full_board', '5.796'],
      ['panel_area', '1.668'],
    ]);
    expect(m!.pricingMethod).toBe('mixed');
    expect(m!.chargedM2).toBe('7.464');
    expect(m!.materialLine).toEqual({
      net: '48814.56',
      vat: '13179.93',
      gross: '61994.49',
      vatRate: '27',
    });
  });

  it('not on stock: whole boards, however little is used', () => {
    const notOnStock = { ...oak, onStock: false };
    // One strip on one board: 1 × 5.796 m²; net 37905.84; VAT 10234.58; gross 48140.42
    const [one] = priceQuote(quote([strip()], {}, notOnStock)).materials;
    expect(one!.boards[0]).toMatchObject({ chargedM2: '5.796', pricingMethod: 'full_board' });
    expect(one!.materialLine).toEqual({
      net: '37905.84',
      vat: '10234.58',
      gross: '48140.42',
      vatRate: '27',
    });
    // Two boards: 2 × 5.796 = 11.592 m²; net 11.592 × 6540 = 75811.68
    // VAT 75811.68 × 27 % = 20469.1536 → 20469.15; gross 96280.83
    const [two] = priceQuote(
      quote([panel('full', 2780, 2070, 1), strip()], {}, notOnStock),
    ).materials;
    expect(two!.boardsUsed).toBe(2);
    expect(two!.chargedM2).toBe('11.592');
    expect(two!.materialLine).toEqual({
      net: '75811.68',
      vat: '20469.15',
      gross: '96280.83',
      vatRate: '27',
    });
  });
});

describe('edge banding', () => {
  it('sums side lengths × qty plus one overhang per banded side, per edge banding, at its own VAT', () => {
    const [m] = priceQuote(
      quote([
        panel('door', 1000, 500, 2, {
          edgeBandingA: 'abs-2',
          edgeBandingB: 'abs-04',
          edgeBandingC: 'abs-2',
        }),
      ]),
    ).materials;
    // abs-2 on A and C (along the 1000 mm width): 1000 × 2 + 1000 × 2 = 4000 mm, 4 sides
    //   + 4 × 30 mm overhang = 4120 mm = 4.12 m; net 4.12 × 320 = 1318.40
    //   VAT 27 %: 355.968 → 355.97; gross 1674.37
    // abs-04 on B (along the 500 mm height): 500 × 2 = 1000 mm + 2 × 20 mm = 1.04 m
    //   net 1.04 × 150 = 156.00; VAT 18 %: 28.08; gross 184.08
    expect(m!.edgeBandingLines).toEqual([
      {
        edgeBandingId: 'abs-2',
        sidesLengthM: '4',
        sides: 4,
        overhangMm: 30,
        lengthM: '4.12',
        pricePerM: '320',
        net: '1318.40',
        vat: '355.97',
        gross: '1674.37',
        vatRate: '27',
      },
      {
        edgeBandingId: 'abs-04',
        sidesLengthM: '1',
        sides: 2,
        overhangMm: 20,
        lengthM: '1.04',
        pricePerM: '150',
        net: '156.00',
        vat: '28.08',
        gross: '184.08',
        vatRate: '18',
      },
    ]);
    // 1318.40 + 156.00 = 1474.40; 355.97 + 28.08 = 384.05; 1674.37 + 184.08 = 1858.45
    expect(m!.edgeBandingTotal).toEqual({ net: '1474.40', vat: '384.05', gross: '1858.45' });
  });

  it('follows the panel, not its placement: A runs along widthMm even when the optimizer turns it', () => {
    // 500 × 2500 fits only turned; A is still the 500 mm side: 500 + 30 = 530 mm = 0.53 m
    // net 0.53 × 320 = 169.60; VAT 45.792 → 45.79; gross 215.39
    const [m] = priceQuote(
      quote([panel('tall', 500, 2500, 1, { edgeBandingA: 'abs-2' })]),
    ).materials;
    expect(m!.layout.boards[0]!.placements[0]!.rotated).toBe(true);
    expect(m!.edgeBandingLines[0]).toMatchObject({
      lengthM: '0.53',
      net: '169.60',
      vat: '45.79',
      gross: '215.39',
    });
  });

  it('bands a doubled panel once: it is one finished panel', () => {
    // 1000 mm + 30 mm overhang = 1.03 m (not 2.06 m for the two glued pieces)
    // net 1.03 × 320 = 329.60; VAT 88.992 → 88.99; gross 418.59
    const [m] = priceQuote(
      quote([panel('top', 1000, 500, 1, { edgeBandingA: 'abs-2', doubling: true })]),
    ).materials;
    expect(m!.layout.pieceCount).toBe(2);
    expect(m!.edgeBandingLines[0]).toMatchObject({
      sides: 1,
      lengthM: '1.03',
      net: '329.60',
      vat: '88.99',
      gross: '418.59',
    });
  });
});

describe('cutting', () => {
  it('charges the measured guillotine cut length', () => {
    // Three strips, one cut each across the usable board: 3 × 2780 mm = 8.34 m
    // net 8.34 × 300 = 2502.00; VAT 675.54; gross 3177.54
    const [m] = priceQuote(quote([strip(3)])).materials;
    expect(m!.layout.cutLengthMm).toBe(8340);
    expect(m!.cutLengthM).toBe('8.34');
    expect(m!.cuttingLine).toEqual({
      lengthM: '8.34',
      feePerM: '300',
      net: '2502.00',
      vat: '675.54',
      gross: '3177.54',
      vatRate: '27',
    });
  });

  it('counts a doubled panel twice for cutting and material, once for the doubling fee', () => {
    const [m] = priceQuote(quote([strip(1, { doubling: true })])).materials;
    // cutting: two strips, 2 × 2.78 = 5.56 m; net 5.56 × 300 = 1668.00; VAT 450.36
    expect(m!.cuttingLine).toMatchObject({
      lengthM: '5.56',
      net: '1668.00',
      vat: '450.36',
      gross: '2118.36',
    });
    // material: 2 × 1.39 = 2.78 m² placed, usage 0.4796 → panel_area 2.78 × 1.2 = 3.336 m²
    //   net 3.336 × 6540 = 21817.44; VAT 5890.7088 → 5890.71; gross 27708.15
    expect(m!.chargedM2).toBe('3.336');
    expect(m!.materialLine).toMatchObject({ net: '21817.44', vat: '5890.71', gross: '27708.15' });
    // doubling: the finished panel, 1.39 m² × 1 × 200 = 278.00; VAT 75.06; gross 353.06
    expect(m!.serviceLines).toEqual([
      {
        service: 'doubling',
        quantity: '1.39',
        unit: 'm2',
        unitPrice: '200',
        net: '278.00',
        vat: '75.06',
        gross: '353.06',
        vatRate: '27',
      },
    ]);
  });
});

describe('services', () => {
  it('prices hinge holes, doubling and angle cut at the cutting-fee row rate', () => {
    const [m] = priceQuote(
      quote([
        panel('door', 716, 396, 3, { hingeHoles: 4, hingeHoleSide: 'long' }),
        panel('top', 1000, 500, 2, { doubling: true }),
        panel('corner', 600, 300, 5, { angleCut: true }),
      ]),
    ).materials;
    // hinge holes 4 × 3 = 12 × 50 = 600.00; VAT 162.00
    // doubling 1.0 × 0.5 m² × 2 = 1 m² × 200 = 200.00; VAT 54.00
    // angle cut 5 × 100 = 500.00; VAT 135.00
    expect(m!.serviceLines).toEqual([
      {
        service: 'hinge_holes',
        quantity: '12',
        unit: 'hole',
        unitPrice: '50',
        net: '600.00',
        vat: '162.00',
        gross: '762.00',
        vatRate: '27',
      },
      {
        service: 'doubling',
        quantity: '1',
        unit: 'm2',
        unitPrice: '200',
        net: '200.00',
        vat: '54.00',
        gross: '254.00',
        vatRate: '27',
      },
      {
        service: 'angle_cut',
        quantity: '5',
        unit: 'panel',
        unitPrice: '100',
        net: '500.00',
        vat: '135.00',
        gross: '635.00',
        vatRate: '27',
      },
    ]);
    expect(m!.servicesTotal).toEqual({ net: '1300.00', vat: '351.00', gross: '1651.00' });
  });

  it("uses the services' VAT rate, not the material's", () => {
    const [m] = priceQuote(
      quote([strip(1, { hingeHoles: 2 })], { services: { ...services, vatRate: '5' } }),
    ).materials;
    // 2 holes × 50 = 100.00, VAT 5 % = 5.00; cutting 2.78 × 300 = 834.00, VAT 5 % = 41.70
    expect(m!.serviceLines[0]).toMatchObject({ net: '100.00', vat: '5.00', vatRate: '5' });
    expect(m!.cuttingLine).toMatchObject({ net: '834.00', vat: '41.70', vatRate: '5' });
    expect(m!.materialLine.vatRate).toBe('27');
  });

  it('has no service lines when no panel asks for a service', () => {
    expect(priceQuote(quote([strip()])).materials[0]!.serviceLines).toEqual([]);
  });
});

describe('accessories and fees', () => {
  it('prices accessories as unit net × quantity, each at its own VAT rate', () => {
    const priced = priceQuote(
      quote([], {
        accessories: [accessory('hinge', '1656', 4), accessory('handle', '999.99', 3, '5')],
      }),
    );
    // 1656 × 4 = 6624.00; VAT 27 % = 1788.48; gross 8412.48
    // 999.99 × 3 = 2999.97; VAT 5 % = 149.9985 → 150.00; gross 3149.97
    expect(priced.accessories).toEqual([
      {
        id: 'hinge',
        accessoryId: 'acc-hinge',
        name: 'hinge',
        quantity: 4,
        unitPriceNet: '1656',
        net: '6624.00',
        vat: '1788.48',
        gross: '8412.48',
        vatRate: '27',
      },
      {
        id: 'handle',
        accessoryId: 'acc-handle',
        name: 'handle',
        quantity: 3,
        unitPriceNet: '999.99',
        net: '2999.97',
        vat: '150.00',
        gross: '3149.97',
        vatRate: '5',
      },
    ]);
    expect(priced.totals.accessories).toEqual({
      net: '9623.97',
      vat: '1938.48',
      gross: '11562.45',
    });
  });

  it('prices fees as unit price × quantity, negative ones included', () => {
    const priced = priceQuote(
      quote([], { fees: [fee('delivery', '8000.00', 2), fee('loyalty', '-2000.00', 1)] }),
    );
    // 8000 × 2 = 16000.00; VAT 4320.00; gross 20320.00
    // -2000 × 1 = -2000.00; VAT -540.00; gross -2540.00
    expect(priced.fees.map((f) => [f.net, f.vat, f.gross])).toEqual([
      ['16000.00', '4320.00', '20320.00'],
      ['-2000.00', '-540.00', '-2540.00'],
    ]);
    expect(priced.totals.fees).toEqual({ net: '14000.00', vat: '3780.00', gross: '17780.00' });
  });
});

describe('customer discount', () => {
  // The cut list of every example below: one strip.
  //   material 10908.72 + 2945.35 = 13854.07; cutting 834.00 + 225.18 = 1059.18
  //   materials gross 13854.07 + 1059.18 = 14913.25
  it('discounts the cut list and positive accessories, not a negative fee total', () => {
    const priced = priceQuote(
      quote([strip()], {
        accessories: [accessory('hinge', '1656', 4)],
        fees: [fee('loyalty', '-2000.00', 1)],
        discountPercent: '10',
      }),
    );
    expect(priced.totals.materials).toEqual({ net: '11742.72', vat: '3170.53', gross: '14913.25' });
    // quote: net 11742.72 + 6624.00 − 2000.00 = 16366.72; VAT 3170.53 + 1788.48 − 540.00 = 4419.01
    expect(priced.totals.quote).toEqual({ net: '16366.72', vat: '4419.01', gross: '20785.73' });
    // discountable 14913.25 + max(0, −2540.00) + max(0, 8412.48) = 23325.73
    // × (1 − 10/100) = 20993.157 → 20993.16; taken off 23325.73 − 20993.16 = 2332.57
    // final 20993.16 + min(0, −2540.00) + min(0, 8412.48) = 18453.16
    expect(priced.discount).toEqual({
      percent: '10',
      discountableGross: '23325.73',
      amount: '2332.57',
    });
    expect(priced.finalTotal).toBe('18453.16');
  });

  it('does not discount a negative accessory total', () => {
    const priced = priceQuote(
      quote([strip()], {
        accessories: [accessory('returned hinge', '-1000', 1)],
        fees: [fee('delivery', '8000.00', 1)],
        discountPercent: '10',
      }),
    );
    // accessories −1000.00 − 270.00 = −1270.00; fees 8000.00 + 2160.00 = 10160.00
    // discountable 14913.25 + 10160.00 + max(0, −1270.00) = 25073.25; × 0.9 = 22565.925 → 22565.93
    // final 22565.93 − 1270.00 = 21295.93
    expect(priced.discount).toEqual({
      percent: '10',
      discountableGross: '25073.25',
      amount: '2507.32',
    });
    expect(priced.finalTotal).toBe('21295.93');
  });

  it('applies the rule to the fee total: a negative line inside a positive total is discounted with it', () => {
    const priced = priceQuote(
      quote([strip()], {
        fees: [fee('delivery', '8000.00', 1), fee('loyalty', '-2000.00', 1)],
        discountPercent: '10',
      }),
    );
    // fees gross 10160.00 − 2540.00 = 7620.00 > 0: discountable 14913.25 + 7620.00 = 22533.25
    // × 0.9 = 20279.925 → 20279.93
    expect(priced.finalTotal).toBe('20279.93');
  });

  it('keeps the total without a discount, and only the negative lines at 100 %', () => {
    const lines = {
      accessories: [accessory('hinge', '1656', 4)],
      fees: [fee('loyalty', '-2000.00', 1)],
    };
    const none = priceQuote(quote([strip()], lines));
    expect(none.discount).toEqual({ percent: '0', discountableGross: '23325.73', amount: '0.00' });
    expect(none.finalTotal).toBe(none.totals.quote.gross);
    // 23325.73 × 0 = 0; final 0 − 2540.00
    expect(priceQuote(quote([strip()], { ...lines, discountPercent: '100' })).finalTotal).toBe(
      '-2540.00',
    );
    // A fractional percent: 23325.73 × 0.875 = 20410.01375 → 20410.01; − 2540.00 = 17870.01
    expect(priceQuote(quote([strip()], { ...lines, discountPercent: '12.5' })).finalTotal).toBe(
      '17870.01',
    );
  });
});

describe('rounding', () => {
  it('rounds each line: net half-up to the cent, VAT from the rounded net', () => {
    const priced = priceQuote(
      quote([], {
        accessories: [accessory('screw', '0.125', 1), accessory('screw 2', '0.125', 1)],
      }),
    );
    // net 0.125 → 0.13; VAT 0.13 × 27 % = 0.0351 → 0.04 (from the exact net it would be 0.03375 → 0.03)
    expect(priced.accessories[0]).toMatchObject({ net: '0.13', vat: '0.04', gross: '0.17' });
    // Totals add rounded lines: 0.13 + 0.13 = 0.26, not round(0.25)
    expect(priced.totals.accessories).toEqual({ net: '0.26', vat: '0.08', gross: '0.34' });
  });

  it('rounds half away from zero, for negative lines too', () => {
    const priced = priceQuote(quote([], { fees: [fee('up', '1.50', 1), fee('down', '-1.50', 1)] }));
    // 1.50 × 27 % = 0.405 → 0.41; −1.50 × 27 % = −0.405 → −0.41
    expect(priced.fees.map((f) => f.vat)).toEqual(['0.41', '-0.41']);
  });

  it('rounds the material line once, from the exact charged area', () => {
    const [m] = priceQuote(quote([strip()], {}, { ...oak, pricePerSqm: '6543.21' })).materials;
    // 1.668 m² × 6543.21 = 10914.07428 → 10914.07; VAT 2946.7989 → 2946.80; gross 13860.87
    expect(m!.materialLine).toMatchObject({ net: '10914.07', vat: '2946.80', gross: '13860.87' });
  });

  it('shows HUF gross as round(net) + round(VAT)', () => {
    // gross 10.50 + 2.84 = 13.34 would show as 13; round(10.50) + round(2.84) = 11 + 3 = 14
    expect(displayGross('10.50', '2.84')).toBe('14');
    expect(displayGross('-10.50', '-2.84')).toBe('-14');
    expect(displayGross('37905.84', '10234.58')).toBe('48141');
  });
});

describe('a whole quote', () => {
  it('adds up material, edge banding, cutting and services per material, then the quote', () => {
    const priced = priceQuote(
      quote([strip(1, { edgeBandingA: 'abs-2', hingeHoles: 2 })], {
        accessories: [accessory('hinge', '1656', 2)],
        fees: [fee('delivery', '8000.00', 1)],
        discountPercent: '5',
      }),
    );
    const [m] = priced.materials;
    // material 10908.72 / 2945.35 / 13854.07 (as above)
    // edge abs-2: 2780 + 30 = 2.81 m × 320 = 899.20; VAT 242.784 → 242.78; gross 1141.98
    // cutting 834.00 / 225.18 / 1059.18
    // hinge holes 2 × 50 = 100.00 / 27.00 / 127.00
    expect(m!.total).toEqual({
      net: '12741.92', // 10908.72 + 899.20 + 834.00 + 100.00
      vat: '3440.31', // 2945.35 + 242.78 + 225.18 + 27.00
      gross: '16182.23',
    });
    // accessories 1656 × 2 = 3312.00 / 894.24 / 4206.24; fees 8000.00 / 2160.00 / 10160.00
    // net 12741.92 + 3312.00 + 8000.00 = 24053.92; VAT 3440.31 + 894.24 + 2160.00 = 6494.55
    expect(priced.totals.quote).toEqual({ net: '24053.92', vat: '6494.55', gross: '30548.47' });
    // 30548.47 × 0.95 = 29021.0465 → 29021.05; taken off 30548.47 − 29021.05 = 1527.42
    expect(priced.finalTotal).toBe('29021.05');
    expect(priced.discount.amount).toBe('1527.42');
  });

  it('prices a quote without panels, and gives the same result for the same input', () => {
    const empty = priceQuote({ materials: [], edgeBandings: [], services });
    expect(empty.totals.quote).toEqual({ net: '0.00', vat: '0.00', gross: '0.00' });
    expect(empty.finalTotal).toBe('0.00');
    const input = quote([
      strip(2, { edgeBandingA: 'abs-2' }),
      panel('door', 716, 396, 7, { hingeHoles: 2 }),
    ]);
    expect(JSON.stringify(priceQuote(structuredClone(input)))).toBe(
      JSON.stringify(priceQuote(input)),
    );
  });
});
