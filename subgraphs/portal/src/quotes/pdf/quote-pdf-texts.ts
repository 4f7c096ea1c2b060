import type { QuoteStatusValue } from '../../data/quote-rows.ts';

export type PdfLanguage = 'hu' | 'en';

/** The caller's `?lang=`; Hungarian unless English is asked for. */
export function pdfLanguage(value: string | null | undefined): PdfLanguage {
  return value === 'en' ? 'en' : 'hu';
}

/** Every word the quote PDF prints, per language (statuses as DOMAIN.md "Statuses" names them). */
export interface PdfTexts {
  title: string;
  number: string;
  date: string;
  status: string;
  statuses: Record<QuoteStatusValue, string>;
  supplier: string;
  customer: string;
  taxNumber: string;
  phone: string;
  registrationNumber: string;
  comment: string;
  panels: string;
  material: string;
  label: string;
  size: string;
  quantity: string;
  edges: string;
  extras: string;
  hingeHoles: (n: number) => string;
  doubling: string;
  angleCut: string;
  breakdown: string;
  boards: string;
  chargedM2: string;
  materialNet: string;
  edgeBandingNet: string;
  cuttingNet: string;
  servicesNet: string;
  gross: string;
  breakdownUnavailable: string;
  accessories: string;
  fees: string;
  unitNet: string;
  totals: string;
  net: string;
  vat: string;
  grossTotal: string;
  discount: (percent: string) => string;
  toPay: string;
  unpriced: string;
  pricedAt: (when: string) => string;
  page: (n: number, of: number) => string;
  footer: string;
  pieces: string;
}

const hu: PdfTexts = {
  title: 'Árajánlat',
  number: 'Ajánlatszám',
  date: 'Dátum',
  status: 'Állapot',
  statuses: {
    draft: 'Piszkozat',
    submitting: 'Beküldés alatt',
    submitted: 'Beküldve',
    ordered: 'Megrendelve',
    in_production: 'Gyártásban',
    ready: 'Gyártás kész',
    finished: 'Átadva',
    cancelled: 'Törölve',
  },
  supplier: 'Lapszabászat',
  customer: 'Megrendelő',
  taxNumber: 'Adószám',
  phone: 'Telefon',
  registrationNumber: 'Cégjegyzékszám',
  comment: 'Megjegyzés',
  panels: 'Szabási lista',
  material: 'Anyag',
  label: 'Megnevezés',
  size: 'Méret (mm)',
  quantity: 'Db',
  edges: 'Élzárás',
  extras: 'Egyéb',
  hingeHoles: (n) => `${n} pánthely`,
  doubling: 'duplázás',
  angleCut: 'szögvágás',
  breakdown: 'Anyagonkénti bontás',
  boards: 'Tábla',
  chargedM2: 'Elszámolt m²',
  materialNet: 'Lapanyag nettó',
  edgeBandingNet: 'Élzárás nettó',
  cuttingNet: 'Szabás nettó',
  servicesNet: 'Egyéb szolg. nettó',
  gross: 'Bruttó',
  breakdownUnavailable:
    'Az anyagonkénti bontás most nem állítható elő (a lapszabászat katalógusa nem érhető el); a végösszegek az árazáskor rögzített értékek.',
  accessories: 'Kiegészítők',
  fees: 'Díjak',
  unitNet: 'Egységár nettó',
  totals: 'Összesítés',
  net: 'Nettó',
  vat: 'ÁFA',
  grossTotal: 'Bruttó összesen',
  discount: (p) => `Kedvezmény (${p}%)`,
  toPay: 'Fizetendő',
  unpriced: 'Az ajánlat még nincs beárazva.',
  pricedAt: (when) => `Az árak ${when} időpontbeli állapotúak.`,
  page: (n, of) => `${n}. oldal / ${of}`,
  footer: 'Az árajánlat tájékoztató jellegű, nem minősül számlának.',
  pieces: 'db',
};

const en: PdfTexts = {
  title: 'Quote',
  number: 'Quote number',
  date: 'Date',
  status: 'Status',
  statuses: {
    draft: 'Draft',
    submitting: 'Being submitted',
    submitted: 'Submitted',
    ordered: 'Ordered',
    in_production: 'In production',
    ready: 'Ready for pickup',
    finished: 'Handed over',
    cancelled: 'Cancelled',
  },
  supplier: 'Panel-cutting shop',
  customer: 'Customer',
  taxNumber: 'Tax number',
  phone: 'Phone',
  registrationNumber: 'Company registration number',
  comment: 'Comment',
  panels: 'Cut list',
  material: 'Material',
  label: 'Label',
  size: 'Size (mm)',
  quantity: 'Qty',
  edges: 'Edges',
  extras: 'Extras',
  hingeHoles: (n) => `${n} hinge hole${n === 1 ? '' : 's'}`,
  doubling: 'doubling',
  angleCut: 'angle cut',
  breakdown: 'Breakdown by material',
  boards: 'Boards',
  chargedM2: 'Charged m²',
  materialNet: 'Board net',
  edgeBandingNet: 'Edge banding net',
  cuttingNet: 'Cutting net',
  servicesNet: 'Services net',
  gross: 'Gross',
  breakdownUnavailable:
    "The breakdown by material cannot be produced now (the company's catalog is unavailable); the totals are those recorded when the quote was priced.",
  accessories: 'Accessories',
  fees: 'Fees',
  unitNet: 'Unit net',
  totals: 'Totals',
  net: 'Net',
  vat: 'VAT',
  grossTotal: 'Gross total',
  discount: (p) => `Discount (${p}%)`,
  toPay: 'To pay',
  unpriced: 'The quote has not been priced yet.',
  pricedAt: (when) => `Prices as of ${when}.`,
  page: (n, of) => `Page ${n} of ${of}`,
  footer: 'This quote is for information and is not an invoice.',
  pieces: 'pcs',
};

export const PDF_TEXTS: Record<PdfLanguage, PdfTexts> = { hu, en };
