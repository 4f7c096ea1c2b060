/** A demo company as the portal registers it. */
export interface DemoCompany {
  /** URL-safe identifier, unique; also names the embedded database folder. */
  readonly slug: string;
  readonly name: string;
  /** A deactivated company stays registered but is hidden from customers. */
  readonly active: boolean;
  readonly city: string;
  readonly postalCode: string;
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  readonly website: string;
  readonly taxNumber: string;
  /** One sentence for the company list (Hungarian). */
  readonly description: string;
}

export const DEMO_COMPANIES: readonly DemoCompany[] = [
  {
    slug: 'turinova',
    name: 'Turinova Lapszabászat Kft.',
    active: true,
    city: 'Budapest',
    postalCode: '1097',
    address: 'Könyves Kálmán körút 12.',
    phone: '+36 1 555 0101',
    email: 'ajanlat@turinova.example',
    website: 'https://turinova.example',
    taxNumber: '25123456-2-43',
    description:
      'Lapszabászat, élzárás és pánthelyfúrás Budapesten, Egger, Kronospan és Swiss Krono lapokból.',
  },
  {
    slug: 'kecskemeti-butorlap',
    name: 'Kecskeméti Bútorlap Kft.',
    active: true,
    city: 'Kecskemét',
    postalCode: '6000',
    address: 'Kiskőrösi út 44.',
    phone: '+36 76 555 202',
    email: 'rendeles@kecskemetibutorlap.example',
    website: 'https://kecskemetibutorlap.example',
    taxNumber: '14234567-2-03',
    description: 'Bútorlap-kereskedés és szabászat Kecskeméten, Falco és Kronospan lapokkal.',
  },
  {
    slug: 'debreceni-lapszabasz',
    name: 'Debreceni Lapszabász Zrt.',
    active: true,
    city: 'Debrecen',
    postalCode: '4031',
    address: 'Kishegyesi út 71.',
    phone: '+36 52 555 303',
    email: 'info@debrecenilapszabasz.example',
    website: 'https://debrecenilapszabasz.example',
    taxNumber: '26345678-2-09',
    description:
      'Ipari lapszabászat Debrecenben: Pfleiderer, Kaindl és Egger lapok, munkalapok, vasalatok.',
  },
  {
    slug: 'szegedi-panel',
    name: 'Szegedi Panel Bt.',
    active: false,
    city: 'Szeged',
    postalCode: '6724',
    address: 'Kossuth Lajos sugárút 98.',
    phone: '+36 62 555 404',
    email: 'iroda@szegedipanel.example',
    website: 'https://szegedipanel.example',
    taxNumber: '21456789-1-06',
    description: 'Kisműhely Szegeden; a portálon jelenleg nem fogad ajánlatkérést.',
  },
];

export type BrandName = 'Egger' | 'Kronospan' | 'Swiss Krono' | 'Falco' | 'Pfleiderer' | 'Kaindl';

/** What makes one demo catalog differ from another. */
export interface CatalogProfile {
  /** Share of each board brand's materials the company stocks (0 = the brand is absent). */
  readonly brandShare: Readonly<Record<BrandName, number>>;
  /** Multiplies every purchase price (base_price). */
  readonly priceFactor: number;
  /** Lowest sale multiplier, e.g. 1.25; each row adds up to 0.15. */
  readonly multiplierBase: number;
  /** Share of the accessories and worktops of the master lists the company sells. */
  readonly accessoryShare: number;
  readonly linearShare: number;
  /** Edge banding overhang ("ráhagyás") in mm. */
  readonly overhangMm: number;
  readonly cuttingFees: {
    readonly perMeter: string;
    readonly perHole: string;
    readonly perSqmDoubling: string;
    readonly perPanelAngle: string;
  };
  /** Fee types: name and net price (negative = discount). */
  readonly fees: ReadonlyArray<readonly [name: string, netPrice: string]>;
  /** Settings rows for whole material groups. */
  readonly groupSettings: 'standard' | 'extended';
}

export const CATALOG_PROFILES: Readonly<Record<string, CatalogProfile>> = {
  turinova: {
    brandShare: {
      Egger: 0.9,
      Kronospan: 0.85,
      'Swiss Krono': 0.85,
      Falco: 0,
      Pfleiderer: 0.6,
      Kaindl: 0,
    },
    priceFactor: 1.0,
    multiplierBase: 1.3,
    accessoryShare: 0.95,
    linearShare: 0.9,
    overhangMm: 30,
    cuttingFees: {
      perMeter: '300.00',
      perHole: '50.00',
      perSqmDoubling: '200.00',
      perPanelAngle: '100.00',
    },
    fees: [
      ['Szállítás Budapesten belül', '8000.00'],
      ['Szállítás Pest megyébe', '15000.00'],
      ['Csomagolás fóliázással', '1500.00'],
      ['Expressz gyártás (24 órán belül)', '12000.00'],
      ['Hulladék visszaszállítás', '3000.00'],
      ['Törzsvásárlói kedvezmény', '-2000.00'],
    ],
    groupSettings: 'standard',
  },
  'kecskemeti-butorlap': {
    brandShare: {
      Egger: 0.75,
      Kronospan: 0.95,
      'Swiss Krono': 0.9,
      Falco: 1.0,
      Pfleiderer: 0,
      Kaindl: 0,
    },
    priceFactor: 0.94,
    multiplierBase: 1.35,
    accessoryShare: 0.85,
    linearShare: 0.75,
    overhangMm: 40,
    cuttingFees: {
      perMeter: '280.00',
      perHole: '45.00',
      perSqmDoubling: '180.00',
      perPanelAngle: '90.00',
    },
    fees: [
      ['Szállítás Kecskeméten belül', '5000.00'],
      ['Szállítás 30 km-en belül', '9000.00'],
      ['Csomagolás', '1000.00'],
      ['Raktározási díj (naponta)', '800.00'],
      ['Törzsvásárlói kedvezmény', '-2000.00'],
      ['Asztalos kedvezmény', '-5000.00'],
    ],
    groupSettings: 'extended',
  },
  'debreceni-lapszabasz': {
    brandShare: {
      Egger: 0.8,
      Kronospan: 0.6,
      'Swiss Krono': 0,
      Falco: 0,
      Pfleiderer: 1.0,
      Kaindl: 1.0,
    },
    priceFactor: 1.07,
    multiplierBase: 1.25,
    accessoryShare: 0.9,
    linearShare: 1.0,
    overhangMm: 25,
    cuttingFees: {
      perMeter: '320.00',
      perHole: '60.00',
      perSqmDoubling: '220.00',
      perPanelAngle: '120.00',
    },
    fees: [
      ['Szállítás Debrecenen belül', '6000.00'],
      ['Szállítás Hajdú-Bihar megyébe', '12000.00'],
      ['Csomagolás raklapra', '2500.00'],
      ['Expressz gyártás', '10000.00'],
      ['Tervezési díj rajz alapján', '5000.00'],
      ['Törzsvásárlói kedvezmény', '-3000.00'],
    ],
    groupSettings: 'standard',
  },
  'szegedi-panel': {
    brandShare: {
      Egger: 0.3,
      Kronospan: 0.5,
      'Swiss Krono': 0,
      Falco: 0,
      Pfleiderer: 0,
      Kaindl: 0,
    },
    priceFactor: 0.98,
    multiplierBase: 1.3,
    accessoryShare: 0.6,
    linearShare: 0.5,
    overhangMm: 30,
    cuttingFees: {
      perMeter: '290.00',
      perHole: '50.00',
      perSqmDoubling: '200.00',
      perPanelAngle: '100.00',
    },
    fees: [
      ['Szállítás Szegeden belül', '5000.00'],
      ['Csomagolás', '1000.00'],
      ['Törzsvásárlói kedvezmény', '-1500.00'],
    ],
    groupSettings: 'standard',
  },
};

/**
 * A demo company's contact details as the portal registry keeps them (`companies.legal_name`,
 * `address`, `tax_number`, `phone`, `email`, `website`; migration 0009), in that order.
 */
export function demoCompanyContact(company: DemoCompany): {
  legalName: string;
  address: string;
  taxNumber: string;
  phone: string;
  email: string;
  website: string;
} {
  return {
    legalName: company.name,
    address: `${company.postalCode} ${company.city}, ${company.address}`,
    taxNumber: company.taxNumber,
    phone: company.phone,
    email: company.email,
    website: company.website,
  };
}

/**
 * Gives a registered demo company its contact details unless it has some already (an admin's
 * edits, even clearing one field, are kept): for the embedded demo's start-up.
 */
export async function fillDemoCompanyContact(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  company: DemoCompany,
): Promise<void> {
  const c = demoCompanyContact(company);
  await db.query(
    `update companies
        set legal_name = $2, address = $3, tax_number = $4, phone = $5, email = $6, website = $7
      where slug = $1 and legal_name is null and address is null and tax_number is null
        and phone is null and email is null and website is null`,
    [company.slug, c.legalName, c.address, c.taxNumber, c.phone, c.email, c.website],
  );
}
