import { type BrandName, CATALOG_PROFILES, type CatalogProfile } from './companies.ts';
import { createRandom, stableUuid } from './ids.ts';

/** A row as inserted: column name → value (numerics as exact decimal strings). */
export type Row = Record<string, string | number | boolean | null>;

/** The tables a demo catalog fills, in insertion order (parents first). */
export const CATALOG_TABLES = [
  'vat',
  'currencies',
  'units',
  'brands',
  'material_groups',
  'partners',
  'payment_methods',
  'material_group_settings',
  'materials',
  'material_settings',
  'edge_materials',
  'linear_materials',
  'accessories',
  'cutting_fees',
  'feetypes',
] as const;

export type CatalogTable = (typeof CATALOG_TABLES)[number];
export type DemoCatalog = Record<CatalogTable, Row[]>;

const DELETED_AT = '2025-06-30T10:00:00+00:00';

// ---------------------------------------------------------------------------------------------
// Master lists. Each company stocks a deterministic subset at its own prices.
// ---------------------------------------------------------------------------------------------

type Kind = 'uni' | 'wood' | 'stone' | 'textile';

interface Decor {
  brand: BrandName;
  /** Decor code and surface texture, e.g. "H1145 ST10". */
  code: string;
  name: string;
  kind: Kind;
  thicknesses: number[];
  /** Also sold as a 2070 × 2800 board (grain across), 18 mm. */
  cross?: boolean;
  /** Always stocked by every company that carries the brand (the demo's well-known decors). */
  core?: boolean;
}

const d = (
  brand: BrandName,
  code: string,
  name: string,
  kind: Kind,
  thicknesses: number[],
  extra: { cross?: boolean; core?: boolean } = {},
): Decor => ({ brand, code, name, kind, thicknesses, ...extra });

const DECORS: Decor[] = [
  d('Egger', 'W1000 ST9', 'Prémium fehér', 'uni', [8, 10, 16, 18, 22, 25, 38], { core: true }),
  d('Egger', 'W1100 ST9', 'Alpesi fehér', 'uni', [16, 18, 25]),
  d('Egger', 'W908 ST2', 'Alapfehér', 'uni', [16, 18]),
  d('Egger', 'W980 ST2', 'Platinafehér', 'uni', [8, 10, 18, 25]),
  d('Egger', 'U999 ST2', 'Fekete', 'uni', [10, 16, 18, 25, 38], { core: true }),
  d('Egger', 'U702 ST9', 'Kasmírszürke', 'uni', [16, 18, 25]),
  d('Egger', 'U732 ST9', 'Porszürke', 'uni', [18, 25]),
  d('Egger', 'U763 ST9', 'Gyöngyszürke', 'uni', [18, 25]),
  d('Egger', 'U960 ST9', 'Onyxszürke', 'uni', [18, 25]),
  d('Egger', 'U961 ST2', 'Grafitszürke', 'uni', [16, 18]),
  d('Egger', 'U104 ST9', 'Alabástromfehér', 'uni', [16, 18]),
  d('Egger', 'U222 ST9', 'Krémfehér', 'uni', [18, 25]),
  d('Egger', 'U540 ST9', 'Farmerkék', 'uni', [16, 18]),
  d('Egger', 'U636 ST9', 'Fjordzöld', 'uni', [16, 18]),
  d('Egger', 'H1145 ST10', 'Bardolino tölgy natúr', 'wood', [10, 16, 18, 22, 25, 38], {
    cross: true,
    core: true,
  }),
  d('Egger', 'H1146 ST10', 'Bardolino tölgy szürke', 'wood', [16, 18, 25]),
  d('Egger', 'H3303 ST10', 'Hamilton tölgy natúr', 'wood', [16, 18, 25, 38], {
    cross: true,
    core: true,
  }),
  d('Egger', 'H1180 ST37', 'Halifax tölgy natúr', 'wood', [18, 25], { cross: true }),
  d('Egger', 'H1181 ST37', 'Halifax tölgy dohány', 'wood', [16, 18, 25]),
  d('Egger', 'H3309 ST28', 'Gladstone tölgy homok', 'wood', [16, 18, 25]),
  d('Egger', 'H3325 ST28', 'Gladstone tölgy dohány', 'wood', [16, 18, 25]),
  d('Egger', 'H1344 ST32', 'Sherman tölgy konyakbarna', 'wood', [16, 18, 25]),
  d('Egger', 'H1334 ST9', 'Sorano tölgy világos', 'wood', [16, 18, 25]),
  d('Egger', 'H3730 ST10', 'Hickory natúr', 'wood', [18, 25], { cross: true }),
  d('Egger', 'H3170 ST12', 'Kendal tölgy natúr', 'wood', [16, 18, 25]),
  d('Egger', 'H1277 ST9', 'Lakeland akác világos', 'wood', [16, 18, 25]),
  d('Egger', 'H1733 ST9', 'Mainau nyír', 'wood', [16, 18, 25]),
  d('Egger', 'H3734 ST9', 'Dijon dió natúr', 'wood', [16, 18, 25]),
  d('Egger', 'H3157 ST12', 'Vicenza tölgy', 'wood', [16, 18, 25]),
  d('Egger', 'F274 ST9', 'Világos beton', 'stone', [18, 38]),
  d('Egger', 'F186 ST9', 'Chicago világosszürke beton', 'stone', [18, 25]),
  d('Egger', 'F187 ST9', 'Chicago sötétszürke beton', 'stone', [18, 25]),
  d('Egger', 'F416 ST10', 'Bézs textil', 'textile', [18, 25]),
  d('Egger', 'F433 ST10', 'Antracit linen', 'textile', [18, 25]),
  d('Kronospan', '0101 PE', 'Fehér', 'uni', [8, 10, 16, 18, 22, 25, 28, 38], { core: true }),
  d('Kronospan', '0190 PE', 'Fekete', 'uni', [18, 25]),
  d('Kronospan', '0112 PE', 'Szürke', 'uni', [18, 25]),
  d('Kronospan', '0162 PE', 'Antracit', 'uni', [18, 25]),
  d('Kronospan', '0171 PE', 'Gyöngyszürke', 'uni', [16, 18]),
  d('Kronospan', '0514 PE', 'Bézs', 'uni', [16, 18]),
  d('Kronospan', 'K001 PW', 'Sonoma tölgy', 'wood', [16, 18, 25, 38], { cross: true, core: true }),
  d('Kronospan', 'K002 FP', 'Világos hickory', 'wood', [16, 18, 25]),
  d('Kronospan', 'K003 FP', 'Sötét hickory', 'wood', [16, 18, 25]),
  d('Kronospan', 'K009 PW', 'Világos Kraft tölgy', 'wood', [16, 18, 25]),
  d('Kronospan', 'K010 SN', 'Szürke Kraft tölgy', 'wood', [16, 18, 25]),
  d('Kronospan', 'K016 PW', 'Pasztellszürke fenyő', 'wood', [16, 18, 25]),
  d('Kronospan', 'K019 PW', 'Bézs Hudson tölgy', 'wood', [16, 18, 25]),
  d('Kronospan', 'K086 PW', 'Canyon Monument tölgy', 'wood', [18], { cross: true }),
  d('Kronospan', '0381 BS', 'Bavaria bükk', 'wood', [16, 18, 25]),
  d('Kronospan', '8431 SN', 'Calvados cseresznye', 'wood', [16, 18, 25]),
  d('Kronospan', 'K205 RS', 'Antracit beton', 'stone', [18, 38]),
  d('Kronospan', 'K097 PW', 'Fehér Chromix', 'stone', [18, 25]),
  d('Swiss Krono', 'D1296 PE', 'Fehér', 'uni', [16, 18, 25]),
  d('Swiss Krono', 'D2949 SN', 'Lávaszürke', 'uni', [16, 18]),
  d('Swiss Krono', 'D4280 SU', 'Lancelot tölgy', 'wood', [18, 25], { cross: true }),
  d('Swiss Krono', 'D4425 PR', 'Cortina tölgy', 'wood', [16, 18, 25]),
  d('Swiss Krono', 'D3203 PR', 'Sherwood tölgy', 'wood', [16, 18, 25]),
  d('Swiss Krono', 'D3025 SN', 'Sonoma tölgy natúr', 'wood', [16, 18, 25]),
  d('Swiss Krono', 'D8348 SU', 'Carrara márvány', 'stone', [18, 25]),
  d('Falco', 'FL101 MT', 'Fehér', 'uni', [16, 18, 25]),
  d('Falco', 'FL102 MT', 'Szürke', 'uni', [16, 18]),
  d('Falco', 'FL205 MT', 'Natúr bükk', 'wood', [16, 18, 25]),
  d('Falco', 'FL310 MT', 'Juhar', 'wood', [16, 18, 25]),
  d('Falco', 'FL412 MT', 'Wenge', 'wood', [16, 18, 25]),
  d('Falco', 'FL518 MT', 'Cseresznye', 'wood', [16, 18, 25]),
  d('Falco', 'FL620 MT', 'Sötét Sonoma tölgy', 'wood', [18, 25], { cross: true }),
  d('Pfleiderer', 'U12000 VV', 'Fehér', 'uni', [16, 18, 25]),
  d('Pfleiderer', 'U12290 VV', 'Antracit', 'uni', [18, 25]),
  d('Pfleiderer', 'U17021 VV', 'Kőszürke', 'uni', [16, 18]),
  d('Pfleiderer', 'R20237 ST', 'Lindberg tölgy', 'wood', [18, 25, 38], { cross: true }),
  d('Pfleiderer', 'R20039 ST', 'Bardini dió', 'wood', [16, 18, 25]),
  d('Pfleiderer', 'R27095 ST', 'Ontario tölgy', 'wood', [16, 18, 25]),
  d('Pfleiderer', 'F76033 SD', 'Szürke beton', 'stone', [18, 38]),
  d('Kaindl', '34143 SU', 'Ferrara tölgy', 'wood', [18, 25], { cross: true }),
  d('Kaindl', '37656 HL', 'Valley hickory', 'wood', [16, 18, 25]),
  d('Kaindl', '33281 SU', 'Kőris natúr', 'wood', [16, 18, 25]),
  d('Kaindl', 'K4263 PE', 'Fehér', 'uni', [16, 18, 25]),
  d('Kaindl', 'K4390 PE', 'Antracit', 'uni', [16, 18]),
];

interface Special {
  key: string;
  brand: BrandName | null;
  group: GroupKey | null;
  name: string;
  /** Decor code the edge banding list uses, when the board has a decor. */
  decor: string | null;
  length: number;
  width: number;
  thickness: number;
  /** Purchase price per m² before the company's factor. */
  base: number;
}

type GroupKey = 'lfp' | 'mdf' | 'hdf' | 'gloss';

const GROUPS: Record<GroupKey, { name: string; description: string }> = {
  lfp: { name: 'Laminált forgácslap', description: 'Melaminnal laminált forgácslap (LFP)' },
  mdf: { name: 'MDF', description: 'Közepes sűrűségű farostlemez, nyers és laminált' },
  hdf: { name: 'HDF', description: 'Nagy sűrűségű farostlemez, hátfalnak és fióknak' },
  gloss: { name: 'Bútorlap fényes', description: 'Magasfényű (HG) front bútorlap' },
};

const SPECIALS: Special[] = [
  ...[8, 10, 12, 16, 18, 19, 22, 25, 30, 38].map(
    (t): Special => ({
      key: `mdf-raw-${t}`,
      brand: 'Kronospan',
      group: 'mdf',
      name: `Nyers MDF ${t} mm`,
      decor: null,
      length: 2800,
      width: 2070,
      thickness: t,
      base: Math.round((2400 * thicknessFactor(t)) / 10) * 10,
    }),
  ),
  ...[16, 18, 19, 22].map(
    (t): Special => ({
      key: `mdf-w1000-${t}`,
      brand: 'Egger',
      group: 'mdf',
      name: `MDF W1000 ST9 Prémium fehér ${t} mm`,
      decor: 'W1000',
      length: 2800,
      width: 2070,
      thickness: t,
      base: Math.round((3900 * thicknessFactor(t)) / 10) * 10,
    }),
  ),
  {
    key: 'mdf-u999-18',
    brand: 'Egger',
    group: 'mdf',
    name: 'MDF U999 ST2 Fekete 18 mm',
    decor: 'U999',
    length: 2800,
    width: 2070,
    thickness: 18,
    base: 4100,
  },
  {
    key: 'hdf-raw-8',
    brand: 'Kronospan',
    group: 'hdf',
    name: 'HDF nyers 8 mm',
    decor: null,
    length: 2440,
    width: 1220,
    thickness: 8,
    base: 1500,
  },
  {
    key: 'hdf-white-8',
    brand: 'Kronospan',
    group: 'hdf',
    name: 'HDF fehér lakkozott 8 mm',
    decor: '0101',
    length: 2800,
    width: 2070,
    thickness: 8,
    base: 1900,
  },
  ...(
    [
      ['Egger', 'W1000 PG', 'Prémium fehér', 10400],
      ['Egger', 'W1100 PG', 'Alpesi fehér', 10400],
      ['Egger', 'U999 PG', 'Fekete', 10900],
      ['Egger', 'U702 PG', 'Kasmírszürke', 10900],
      ['Egger', 'U732 PG', 'Porszürke', 10900],
      ['Kronospan', '0101 HG', 'Fehér', 9400],
      ['Kronospan', '0190 HG', 'Fekete', 9600],
      ['Pfleiderer', 'U12000 HG', 'Fehér', 9900],
    ] as const
  ).map(
    ([brand, code, name, base]): Special => ({
      key: `gloss-${code}`,
      brand,
      group: 'gloss',
      name: `${code} ${name} magasfényű 18 mm`,
      decor: code.split(' ')[0]!,
      length: 2800,
      width: 2070,
      thickness: 18,
      base,
    }),
  ),
  {
    key: 'raw-chipboard-18',
    brand: null,
    group: null,
    name: 'Nyers forgácslap 18 mm',
    decor: null,
    length: 2800,
    width: 2070,
    thickness: 18,
    base: 1900,
  },
];

const BRAND_PRICE: Record<BrandName, number> = {
  Egger: 1.08,
  Kronospan: 0.95,
  'Swiss Krono': 1.0,
  Falco: 0.9,
  Pfleiderer: 1.05,
  Kaindl: 0.98,
};

const KIND_PRICE: Record<Kind, number> = { uni: 2900, wood: 3600, stone: 4100, textile: 4300 };

const BOARD_SIZE: Record<BrandName, [number, number]> = {
  Egger: [2800, 2070],
  Kronospan: [2800, 2070],
  'Swiss Krono': [2800, 2070],
  Falco: [2750, 1830],
  Pfleiderer: [2800, 2070],
  Kaindl: [2800, 2070],
};

function thicknessFactor(t: number): number {
  const factors: Record<number, number> = {
    8: 0.62,
    10: 0.7,
    12: 0.78,
    16: 0.92,
    18: 1,
    19: 1.05,
    22: 1.25,
    25: 1.4,
    28: 1.6,
    30: 1.7,
    38: 2.1,
  };
  return factors[t] ?? t / 18;
}

/** Edge sizes: type, width, thickness, list price per metre, share of decors it exists for. */
const EDGE_SIZES = [
  ['ABS', 22, '0.40', 110, 0.75],
  ['ABS', 22, '1.00', 190, 0.6],
  ['ABS', 22, '2.00', 320, 0.95],
  ['ABS', 42, '2.00', 540, 0.45],
  ['PVC', 43, '1.00', 360, 0.3],
  ['PVC', 22, '0.40', 95, 0.25],
] as const;

const EDGE_FAVOURITES: Record<string, number> = {
  'W1000|ABS|22|2.00': 1,
  'W1000|ABS|22|0.40': 2,
  'H1145|ABS|22|2.00': 3,
  'U999|ABS|22|2.00': 4,
  '0101|ABS|22|2.00': 5,
};

const LINEAR: Array<{
  key: string;
  brand: BrandName;
  name: string;
  type: string;
  width: number;
  length: number;
  thickness: number;
  base: number;
}> = [
  ['Egger', 'F244 ST76 Candela antracit munkalap', 'munkalap', 600, 4100, 38, 8900],
  ['Egger', 'F244 ST76 Candela antracit szigetmunkalap', 'munkalap', 920, 4100, 38, 13600],
  ['Egger', 'H1145 ST10 Bardolino tölgy munkalap', 'munkalap', 600, 4100, 38, 8200],
  ['Egger', 'H3303 ST10 Hamilton tölgy munkalap', 'munkalap', 600, 4100, 38, 8200],
  ['Egger', 'F274 ST9 Világos beton munkalap', 'munkalap', 600, 4100, 38, 8600],
  ['Egger', 'F812 ST9 Levanto fehér márvány munkalap', 'munkalap', 600, 4100, 38, 9400],
  ['Egger', 'H3730 ST10 Hickory munkalap', 'munkalap', 600, 3050, 38, 7900],
  ['Egger', 'F244 ST76 Candela antracit falipanel', 'falipanel', 640, 4100, 10, 5200],
  ['Egger', 'F274 ST9 Világos beton falipanel', 'falipanel', 640, 4100, 10, 5100],
  ['Egger', 'H1145 ST10 Bardolino tölgy falipanel', 'falipanel', 640, 4100, 10, 4900],
  ['Kronospan', 'K001 PW Sonoma tölgy munkalap', 'munkalap', 600, 4100, 38, 7200],
  ['Kronospan', '0101 PE Fehér munkalap', 'munkalap', 600, 4100, 28, 5600],
  ['Kronospan', 'K205 RS Antracit beton munkalap', 'munkalap', 600, 4100, 38, 7600],
  ['Kronospan', 'K001 PW Sonoma tölgy falipanel', 'falipanel', 640, 4100, 10, 4400],
  ['Swiss Krono', 'D4280 SU Lancelot tölgy munkalap', 'munkalap', 635, 4100, 38, 7800],
  ['Swiss Krono', 'D8348 SU Carrara márvány munkalap', 'munkalap', 635, 4100, 38, 8300],
].map(([brand, name, type, width, length, thickness, base]) => ({
  key: String(name),
  brand: brand as BrandName,
  name: `${name} ${length}×${width}×${thickness}`,
  type: String(type),
  width: Number(width),
  length: Number(length),
  thickness: Number(thickness),
  base: Number(base),
}));

type UnitKey = 'db' | 'pár' | 'csomag';

const ACCESSORIES: Array<[name: string, sku: string, basePrice: number, unit: UnitKey]> = [
  ['Blum CLIP top 110° pánt, ráütődő', 'BLUM-71B3550', 1180, 'db'],
  ['Blum CLIP top BLUMOTION 110° pánt, ráütődő', 'BLUM-71B3590', 2350, 'db'],
  ['Blum CLIP top BLUMOTION 110° pánt, félig ráütődő', 'BLUM-71B3690', 2350, 'db'],
  ['Blum CLIP top BLUMOTION 110° pánt, befekvő', 'BLUM-71B3790', 2390, 'db'],
  ['Blum CLIP top 155° nyílásszögű pánt', 'BLUM-71T6550', 3650, 'db'],
  ['Blum CLIP top 95° vastagajtós pánt', 'BLUM-71B9550', 2980, 'db'],
  ['Blum CLIP egyenes szerelőtalp 0 mm', 'BLUM-173L6100', 390, 'db'],
  ['Blum CLIP kereszt szerelőtalp 3 mm', 'BLUM-173H7130', 520, 'db'],
  ['Blum TIP-ON nyomásra nyitó ajtóhoz, fehér', 'BLUM-956A1002', 1890, 'db'],
  ['Blum MOVENTO fiókcsúszó 500 mm, BLUMOTION', 'BLUM-760H5000S', 11900, 'pár'],
  ['Blum TANDEM fiókcsúszó 450 mm, BLUMOTION', 'BLUM-550H4500B', 8400, 'pár'],
  ['Blum TANDEMBOX antaro fiók M 500 mm, fehér', 'BLUM-378M5002SA', 16800, 'db'],
  ['Blum LEGRABOX pure fiók M 500 mm, antracit', 'BLUM-770M5002S', 26900, 'db'],
  ['Blum AVENTOS HK-S felnyíló vasalat', 'BLUM-20K2E00', 12400, 'db'],
  ['Blum AVENTOS HF emelő vasalat', 'BLUM-22F2500', 29500, 'db'],
  ['Hettich Sensys 8645i 110° pánt, ráütődő', 'HET-9071205', 1950, 'db'],
  ['Hettich Sensys 8645i 110° pánt, befekvő', 'HET-9071207', 1990, 'db'],
  ['Hettich Sensys szerelőtalp 0 mm', 'HET-9071638', 420, 'db'],
  ['Hettich Intermat 9943 pánt 110°', 'HET-9943T42', 890, 'db'],
  ['Hettich Quadro V6 fiókcsúszó 500 mm, Silent System', 'HET-9045106', 9800, 'pár'],
  ['Hettich Actro 5D fiókcsúszó 500 mm', 'HET-9239016', 14900, 'pár'],
  ['Hettich ArciTech fiók 500 mm, ezüst', 'HET-9149245', 18500, 'db'],
  ['Hettich InnoTech Atira fiók 470 mm, antracit', 'HET-9194722', 13200, 'db'],
  ['Hettich Push to open Silent ajtónyitó', 'HET-9227640', 2600, 'db'],
  ['GTV fogantyú UZ-819 128 mm, matt fekete', 'GTV-UZ-819-128-20M', 690, 'db'],
  ['GTV fogantyú UZ-819 160 mm, matt fekete', 'GTV-UZ-819-160-20M', 790, 'db'],
  ['GTV fogantyú UA-00339 96 mm, inox hatású', 'GTV-UA-00339-096-16', 540, 'db'],
  ['GTV fogantyú UA-00339 128 mm, inox hatású', 'GTV-UA-00339-128-16', 620, 'db'],
  ['GTV fogantyú UZ-ZERO 320 mm, arany', 'GTV-UZ-ZERO-320-27', 1890, 'db'],
  ['GTV gombfogantyú GZ-KAPSA, króm', 'GTV-GZ-KAPSA-02', 380, 'db'],
  ['GTV golyós fiókcsúszó 450 mm, teljes kihúzású', 'GTV-PK-H45-450', 1650, 'pár'],
  ['GTV golyós fiókcsúszó 500 mm, csillapított', 'GTV-PK-H45-500-SC', 3400, 'pár'],
  ['GTV görgős fiókcsúszó 400 mm, fehér', 'GTV-PK-R-400-01', 690, 'pár'],
  ['GTV állítható bútorláb 100 mm, műanyag', 'GTV-NM-100-PL', 160, 'db'],
  ['GTV bútorláb 100 mm, matt fekete fém', 'GTV-NM-100-20M', 1290, 'db'],
  ['GTV lábazati klipsz', 'GTV-KL-01', 45, 'db'],
  ['GTV polctartó 5 mm, nikkel', 'GTV-WP-5-NI', 12, 'db'],
  ['GTV akasztórúd ovális 1 m, króm', 'GTV-DR-OV-1000-02', 890, 'db'],
  ['GTV akasztórúd-tartó ovális, króm', 'GTV-DR-OV-UCH-02', 95, 'db'],
  ['Häfele Minifix 15 excenter, horganyzott', 'HAF-262.26.035', 65, 'db'],
  ['Häfele Minifix összekötő csavar 34 mm', 'HAF-262.27.670', 55, 'db'],
  ['Fa tipli 8×35 mm (100 db)', 'TIP-8X35-100', 690, 'csomag'],
  ['Konfirmat csavar 7×50 mm (100 db)', 'CSAV-KONF-7X50-100', 1590, 'csomag'],
  ['Spax forgácslapcsavar 4×16 mm (200 db)', 'SPAX-4X16-200', 2290, 'csomag'],
  ['Spax forgácslapcsavar 4×40 mm (200 db)', 'SPAX-4X40-200', 3190, 'csomag'],
  ['Hátfalrögzítő lemez, fehér (50 db)', 'HFR-FEH-50', 890, 'csomag'],
  ['Kesseböhmer hulladékgyűjtő 2×17 l, 60 cm-es szekrénybe', 'KES-HG-2X17-600', 18900, 'db'],
  ['Evőeszköztartó betét 500 mm, szürke', 'EVT-500-SZ', 3900, 'db'],
  ['Mosogató alatti alumínium tálca 800 mm', 'MAT-800-AL', 4900, 'db'],
  ['Lábazati profil 150 mm, alumínium hatású (4 m)', 'LAB-150-ALU-4M', 4200, 'db'],
  ['Munkalap-összekötő vasalat 150 mm', 'MLV-150', 590, 'db'],
  ['Munkalap véglezáró, alumínium 38 mm', 'MLZ-38-ALU', 790, 'db'],
  ['LED-szalag profil, alumínium (2 m)', 'LED-PROF-2M', 2400, 'db'],
  ['Konyhai tartórúd 1 m, matt fekete', 'KTR-1000-FK', 3200, 'db'],
  ['Ruhaszekrény-lift 830–1150 mm', 'RSZL-830', 14500, 'db'],
];

// ---------------------------------------------------------------------------------------------
// Building one company's catalog
// ---------------------------------------------------------------------------------------------

/** Money/decimal with two places from an integer number of hundredths. */
function hundredths(n: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The full demo catalog of a company, deterministic: the same slug gives the same rows with
 * the same ids on every run. Throws for an unknown slug.
 */
export function demoCatalog(slug: string): DemoCatalog {
  const profile: CatalogProfile | undefined = CATALOG_PROFILES[slug];
  if (!profile) throw new Error(`Unknown demo company: ${slug}`);
  const id = (table: string, key: string) => stableUuid(slug, table, key);
  const rng = (purpose: string) => createRandom(`${slug}:${purpose}`);

  const vat27 = id('vat', '27');
  const huf = id('currencies', 'HUF');
  const unit = (key: string) => id('units', key);
  const brand = (name: string) => id('brands', name);
  const group = (key: GroupKey) => id('material_groups', key);
  const partner = (key: string) => id('partners', key);

  const catalog: DemoCatalog = {
    vat: [
      { id: vat27, name: 'ÁFA 27%', kulcs: '27' },
      { id: id('vat', '5'), name: 'ÁFA 5%', kulcs: '5' },
      { id: id('vat', '0'), name: 'Alanyi adómentes (AAM)', kulcs: '0' },
    ],
    currencies: [
      { id: huf, name: 'HUF', rate: '1' },
      { id: id('currencies', 'EUR'), name: 'EUR', rate: '395.50' },
    ],
    units: [
      ['m2', 'Négyzetméter', 'm²'],
      ['db', 'Darab', 'db'],
      ['fm', 'Folyóméter', 'fm'],
      ['m', 'Méter', 'm'],
      ['pár', 'Pár', 'pár'],
      ['csomag', 'Csomag', 'csomag'],
      ['tábla', 'Tábla', 'tábla'],
    ].map(([key, name, shortform]) => ({ id: unit(key!), name: name!, shortform: shortform! })),
    brands: [],
    material_groups: (Object.keys(GROUPS) as GroupKey[]).map((key) => ({
      id: group(key),
      name: GROUPS[key].name,
      description: GROUPS[key].description,
    })),
    partners: [
      ['boards', 'Bútorlap Nagyker Kft.', 'Budapest', '1239', 'Ócsai út 5.', 'Kiss Péter'],
      ['hardware', 'Vasalat Centrum Kft.', 'Győr', '9027', 'Puskás Tivadar utca 8.', 'Nagy Anna'],
      ['worktops', 'Munkalap Trade Kft.', 'Érd', '2030', 'Budai út 21.', 'Tóth Gábor'],
      ['edges', 'Élzáró Depo Kft.', 'Szeged', '6728', 'Budapesti út 14.', 'Szabó Márta'],
    ].map(([key, name, city, postalCode, address, contact]) => ({
      id: partner(key!),
      name: name!,
      country: 'Magyarország',
      postal_code: postalCode!,
      city: city!,
      address: address!,
      contact_person: contact!,
      status: 'active',
      vat_id: vat27,
      currency_id: huf,
      payment_terms: key === 'hardware' ? 15 : 30,
    })),
    payment_methods: [
      { id: id('payment_methods', 'cash'), name: 'Készpénz', active: true },
      { id: id('payment_methods', 'card'), name: 'Bankkártya', active: true },
      { id: id('payment_methods', 'transfer'), name: 'Átutalás', active: true },
      ...(slug === 'kecskemeti-butorlap'
        ? [{ id: id('payment_methods', 'cod'), name: 'Utánvét', active: false }]
        : []),
    ],
    material_group_settings: [],
    materials: [],
    material_settings: [],
    edge_materials: [],
    linear_materials: [],
    accessories: [],
    cutting_fees: [
      {
        id: id('cutting_fees', 'default'),
        fee_per_meter: profile.cuttingFees.perMeter,
        panthelyfuras_fee_per_hole: profile.cuttingFees.perHole,
        duplungolas_fee_per_sqm: profile.cuttingFees.perSqmDoubling,
        szogvagas_fee_per_panel: profile.cuttingFees.perPanelAngle,
        vat_id: vat27,
        currency_id: huf,
      },
    ],
    feetypes: profile.fees.map(([name, netPrice]) => ({
      id: id('feetypes', name),
      name,
      net_price: netPrice,
      vat_id: vat27,
      currency_id: huf,
    })),
  };

  // Group settings: gloss boards are trimmed all round and charged with more waste; MDF has a
  // group row whose left trim and usage limit are empty (they fall through to the defaults).
  catalog.material_group_settings.push(
    {
      id: id('material_group_settings', 'gloss'),
      group_id: group('gloss'),
      kerf_mm: 4,
      trim_top_mm: 15,
      trim_right_mm: 15,
      trim_bottom_mm: 15,
      trim_left_mm: 15,
      rotatable: true,
      waste_multi: 1.2,
      usage_limit: '0.75',
    },
    {
      id: id('material_group_settings', 'mdf'),
      group_id: group('mdf'),
      kerf_mm: 3,
      trim_top_mm: 0,
      trim_right_mm: 10,
      trim_bottom_mm: 0,
      trim_left_mm: null,
      rotatable: true,
      waste_multi: 1.1,
      usage_limit: null,
    },
  );
  if (profile.groupSettings === 'extended') {
    catalog.material_group_settings.push({
      id: id('material_group_settings', 'lfp'),
      group_id: group('lfp'),
      kerf_mm: 4,
      trim_top_mm: 5,
      trim_right_mm: 5,
      trim_bottom_mm: 5,
      trim_left_mm: 5,
      rotatable: true,
      waste_multi: 1.05,
      usage_limit: '0.70',
    });
  }

  // Materials.
  const usedBrands = new Set<string>();
  const decorsInStock = new Map<string, BrandName>();
  const pick = rng('materials');
  const price = rng('material-prices');
  const multiplier = (r: ReturnType<typeof createRandom>) =>
    Math.round(profile.multiplierBase * 100) + r.int(0, 15);
  const addMaterial = (
    key: string,
    m: {
      brand: BrandName | null;
      group: GroupKey | null;
      name: string;
      length: number;
      width: number;
      thickness: number;
      grain: boolean;
      onStock: boolean;
      base: number;
      nullTaxes?: boolean;
    },
  ) => {
    const basePrice = Math.max(
      10,
      Math.round((m.base * profile.priceFactor * (0.96 + price.next() * 0.08)) / 10) * 10,
    );
    const mult = multiplier(price);
    if (m.brand) usedBrands.add(m.brand);
    catalog.materials.push({
      id: id('materials', key),
      brand_id: m.brand ? brand(m.brand) : null,
      group_id: m.group ? group(m.group) : null,
      name: m.name,
      length_mm: m.length,
      width_mm: m.width,
      thickness_mm: m.thickness,
      grain_direction: m.grain,
      on_stock: m.onStock,
      active: true,
      base_price: basePrice,
      multiplier: hundredths(mult),
      price_per_sqm: hundredths(basePrice * mult),
      vat_id: m.nullTaxes ? null : vat27,
      currency_id: m.nullTaxes ? null : huf,
      units_id: unit('m2'),
      partners_id: partner('boards'),
      image_url: null,
    });
  };

  for (const decor of DECORS) {
    const share = profile.brandShare[decor.brand];
    if (share <= 0) continue;
    const [length, width] = BOARD_SIZE[decor.brand];
    const grain = decor.kind === 'wood' || decor.kind === 'textile';
    const base18 = KIND_PRICE[decor.kind] * BRAND_PRICE[decor.brand];
    for (const t of decor.thicknesses) {
      const core = decor.core === true && t === 18;
      if (!core && !pick.chance(share)) continue;
      decorsInStock.set(decor.code.split(' ')[0]!, decor.brand);
      addMaterial(`${decor.code}|${t}`, {
        brand: decor.brand,
        group: 'lfp',
        name: `${decor.code} ${decor.name} ${t} mm`,
        length,
        width,
        thickness: t,
        grain,
        onStock:
          t === 18 ? core || pick.chance(0.92) : pick.chance(t === 16 || t === 25 ? 0.6 : 0.35),
        base: base18 * thicknessFactor(t),
      });
    }
    if (decor.cross && (decor.core || pick.chance(share))) {
      addMaterial(`${decor.code}|18|cross`, {
        brand: decor.brand,
        group: 'lfp',
        name: `${decor.code} ${decor.name} 18 mm (${width}×${length})`,
        length: width,
        width: length,
        thickness: 18,
        grain: true,
        onStock: pick.chance(0.5),
        base: base18,
      });
    }
  }
  for (const s of SPECIALS) {
    const share = s.brand ? profile.brandShare[s.brand] : 1;
    if (share <= 0 || !pick.chance(Math.min(1, share + 0.1))) continue;
    if (s.decor) decorsInStock.set(s.decor, s.brand ?? 'Egger');
    addMaterial(s.key, {
      brand: s.brand,
      group: s.group,
      name: s.name,
      length: s.length,
      width: s.width,
      thickness: s.thickness,
      grain: false,
      onStock: s.thickness === 18 || s.thickness === 19 ? true : pick.chance(0.5),
      base: s.base,
      // Turinova allows materials without VAT or currency; the functions fall back to 27 / HUF.
      nullTaxes: s.key === 'raw-chipboard-18',
    });
  }

  // A few withdrawn materials (inactive), never the core decors.
  const coreIds = new Set(DECORS.filter((x) => x.core).map((x) => id('materials', `${x.code}|18`)));
  const withdrawable = catalog.materials.filter((m) => !coreIds.has(String(m.id)));
  const withdraw = rng('withdrawn');
  let inactive = 0;
  for (const m of withdrawable) {
    if (withdraw.chance(0.025)) {
      m.active = false;
      inactive++;
    }
  }
  for (let i = withdrawable.length - 1; inactive < 3 && i >= 0; i -= 7) {
    if (withdrawable[i]!.active) {
      withdrawable[i]!.active = false;
      inactive++;
    }
  }

  // Own settings for some laminated boards: a finer kerf, fixed trims, more waste.
  const settings = rng('material-settings');
  for (const m of catalog.materials) {
    if (m.group_id !== group('lfp')) continue;
    const forced = m.id === id('materials', 'H1145 ST10|18');
    if (!forced && !settings.chance(0.1)) continue;
    catalog.material_settings.push({
      id: id('material_settings', String(m.id)),
      material_id: String(m.id),
      kerf_mm: forced ? 4 : settings.pick([3, 4]),
      trim_top_mm: 10,
      trim_right_mm: forced ? 12 : 10,
      trim_bottom_mm: 10,
      trim_left_mm: forced ? 12 : 10,
      rotatable: !m.grain_direction,
      waste_multi: forced ? 1.15 : settings.pick([1.1, 1.15, 1.2, 1.25]),
      usage_limit: forced ? '0.70' : settings.pick(['0.60', '0.65', '0.70', '0.75']),
    });
  }

  // Soft-deleted rows (an older entry of a board still in the list), invisible to the portal.
  catalog.materials.push({
    ...catalog.materials.find((m) => m.id === id('materials', 'W1000 ST9|18'))!,
    id: id('materials', 'deleted|W1000 ST9|18'),
    base_price: 2500,
    multiplier: '1.30',
    price_per_sqm: '3250.00',
    deleted_at: DELETED_AT,
  });

  // Edge bandings for the decors the company stocks.
  const edges = rng('edges');
  const edgeBrand = (boardBrand: BrandName, type: string) => {
    if (type === 'ABS') return boardBrand;
    return boardBrand === 'Kronospan' || boardBrand === 'Falco' || boardBrand === 'Kaindl'
      ? 'Döllken'
      : 'Rehau';
  };
  for (const [decor, boardBrand] of [...decorsInStock].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const [type, width, thickness, listPrice, share] of EDGE_SIZES) {
      const key = `${decor}|${type}|${width}|${thickness}`;
      const favourite = EDGE_FAVOURITES[key] ?? null;
      if (favourite === null && !edges.chance(share)) continue;
      const b = edgeBrand(boardBrand, type);
      usedBrands.add(b);
      catalog.edge_materials.push({
        id: id('edge_materials', key),
        brand_id: brand(b),
        type,
        width,
        thickness,
        decor,
        price: String(Math.round(listPrice * profile.priceFactor * (0.92 + edges.next() * 0.16))),
        vat_id: vat27,
        active: favourite !== null || !edges.chance(0.02),
        ráhagyás: width > 40 ? profile.overhangMm + 10 : profile.overhangMm,
        favourite_priority: favourite,
      });
    }
  }
  const firstEdge = catalog.edge_materials[0]!;
  catalog.edge_materials.push({
    ...firstEdge,
    id: id('edge_materials', 'deleted|first'),
    price: '1',
    favourite_priority: null,
    deleted_at: DELETED_AT,
  });

  // Worktops and wall panels.
  const linear = rng('linear');
  for (const l of LINEAR) {
    if (!linear.chance(profile.linearShare)) continue;
    usedBrands.add(l.brand);
    const basePrice = Math.round((l.base * profile.priceFactor) / 10) * 10;
    const mult = Math.round(profile.multiplierBase * 100) + linear.int(0, 12);
    catalog.linear_materials.push({
      id: id('linear_materials', l.key),
      brand_id: brand(l.brand),
      name: l.name,
      width: String(l.width),
      length: String(l.length),
      thickness: String(l.thickness),
      type: l.type,
      base_price: basePrice,
      multiplier: hundredths(mult),
      price_per_m: hundredths(basePrice * mult),
      currency_id: huf,
      vat_id: vat27,
      on_stock: linear.chance(0.8),
      active: true,
      partners_id: partner('worktops'),
      units_id: unit('fm'),
    });
  }

  // Hardware.
  const hardware = rng('accessories');
  for (const [name, sku, listPrice, unitKey] of ACCESSORIES) {
    if (!hardware.chance(profile.accessoryShare)) continue;
    const basePrice = Math.max(
      1,
      Math.round(listPrice * profile.priceFactor * (0.95 + hardware.next() * 0.1)),
    );
    const mult = Math.round(profile.multiplierBase * 100) + hardware.int(0, 35);
    catalog.accessories.push({
      id: id('accessories', sku),
      name,
      sku,
      base_price: basePrice,
      multiplier: hundredths(mult),
      net_price: Math.round((basePrice * mult) / 100),
      vat_id: vat27,
      currency_id: huf,
      units_id: unit(unitKey),
      partners_id: partner('hardware'),
    });
  }
  catalog.accessories.push({
    id: id('accessories', 'deleted|BLUM-71B3550-OLD'),
    name: 'Blum CLIP top 107° pánt (kifutott)',
    sku: 'BLUM-71B3550',
    base_price: 990,
    multiplier: '1.38',
    net_price: 1366,
    vat_id: vat27,
    currency_id: huf,
    units_id: unit('db'),
    partners_id: partner('hardware'),
    deleted_at: DELETED_AT,
  });

  catalog.brands = [...usedBrands].sort().map((name) => ({ id: brand(name), name }));
  return catalog;
}
