import PDFDocument from 'pdfkit';
import type { BillingRow } from '../../data/customer-rows.ts';
import { PDF_FONTS } from './pdf-fonts.ts';
import { formatDate, formatDateTime, formatMoney, formatNumber } from './pdf-format.ts';
import { drawTable } from './pdf-table.ts';
import { nameOf, type QuoteDocument } from './quote-document.ts';
import { PDF_TEXTS, type PdfLanguage, type PdfTexts } from './quote-pdf-texts.ts';

export interface RenderOptions {
  lang: PdfLanguage;
  /** Uncompressed content streams, so tests can read the text. */
  compress?: boolean;
}

const SIDES = [
  ['A', 'edgeBandingA'],
  ['B', 'edgeBandingB'],
  ['C', 'edgeBandingC'],
  ['D', 'edgeBandingD'],
] as const;

/**
 * Renders a saved quote as a customer-facing A4 PDF. Pure apart from pdfkit: everything it
 * prints is in `doc` (fonts are embedded from disk, nothing is fetched), and the creation date
 * is the quote's own, so the same quote renders the same bytes.
 */
export function renderQuotePdf(document: QuoteDocument, options: RenderOptions): Promise<Buffer> {
  const { lang } = options;
  const t = PDF_TEXTS[lang];
  const { quote } = document;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 50, right: 50 },
    bufferPages: true,
    compress: options.compress ?? true,
    lang,
    info: {
      Title: `${t.title} ${quote.number}`,
      Author: quote.company.name,
      CreationDate: new Date(quote.updatedAt),
    },
  });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  header(doc, document, t, lang);
  panels(doc, document, t);
  breakdown(doc, document, t, lang);
  totals(doc, document, t, lang);
  pageNumbers(doc, t);
  doc.end();
  return done;
}

function header(doc: PDFKit.PDFDocument, d: QuoteDocument, t: PdfTexts, lang: PdfLanguage) {
  const { quote } = d;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('bold').fontSize(18).text(`${t.title} ${quote.number}`, left, doc.y);
  doc.moveDown(0.3);
  doc
    .font('regular')
    .fontSize(9)
    .text(
      `${t.number}: ${quote.number}    ${t.date}: ${formatDate(quote.updatedAt, lang)}    ${t.status}: ${t.statuses[quote.status]}`,
    );
  doc.moveDown(0.8);

  const top = doc.y;
  const half = width / 2 - 10;
  doc.font('bold').fontSize(10).text(t.supplier, left, top, { width: half });
  doc.font('regular').fontSize(9);
  for (const line of supplierLines(d, t)) doc.text(line, { width: half });
  const leftBottom = doc.y;

  doc
    .font('bold')
    .fontSize(10)
    .text(t.customer, left + width / 2, top, { width: half });
  doc.font('regular').fontSize(9);
  for (const line of customerLines(d, t)) doc.text(line, { width: half });
  doc.x = left;
  doc.y = Math.max(leftBottom, doc.y) + 10;
  if (quote.comment) {
    doc.font('bold').fontSize(9).text(`${t.comment}: `, { continued: true });
    doc.font('regular').text(quote.comment);
    doc.moveDown(0.5);
  }
}

/** The company's name and the contact details its admins gave (migration 0009). */
function supplierLines(d: QuoteDocument, t: PdfTexts): string[] {
  const { name, contact } = d.quote.company;
  return [
    contact?.legalName ?? name,
    ...(contact?.legalName && contact.legalName !== name ? [name] : []),
    contact?.address ?? '',
    contact?.taxNumber ? `${t.taxNumber}: ${contact.taxNumber}` : '',
    contact?.phone ? `${t.phone}: ${contact.phone}` : '',
    contact?.email ?? '',
    contact?.website ?? '',
  ].filter((line) => line.length > 0);
}

function customerLines(d: QuoteDocument, t: PdfTexts): string[] {
  const b: BillingRow = d.customer.billing;
  const street = [b.street, b.houseNumber].filter(Boolean).join(' ');
  const city = [b.postalCode, b.city].filter(Boolean).join(' ');
  return [
    b.name ?? d.customer.name,
    ...(b.name && b.name !== d.customer.name ? [d.customer.name] : []),
    [city, street].filter(Boolean).join(', '),
    b.country,
    b.taxNumber ? `${t.taxNumber}: ${b.taxNumber}` : '',
    b.companyRegistrationNumber ? `${t.registrationNumber}: ${b.companyRegistrationNumber}` : '',
    d.customer.email,
  ].filter((line) => line.length > 0);
}

function section(doc: PDFKit.PDFDocument, title: string) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5).font('bold').fontSize(12).text(title);
  doc.moveDown(0.3);
}

function panels(doc: PDFKit.PDFDocument, d: QuoteDocument, t: PdfTexts) {
  if (d.quote.panels.length === 0) return;
  section(doc, t.panels);
  drawTable(
    doc,
    [
      { header: '#', width: 5, align: 'right' },
      { header: t.material, width: 20 },
      { header: t.label, width: 14 },
      { header: t.size, width: 12, align: 'right' },
      { header: t.quantity, width: 5, align: 'right' },
      { header: t.edges, width: 26 },
      { header: t.extras, width: 14 },
    ],
    d.quote.panels.map((p, i) => [
      String(i + 1),
      nameOf(d.names, p.materialId),
      p.label ?? '',
      `${p.widthMm} × ${p.heightMm}`,
      String(p.quantity),
      SIDES.flatMap(([side, key]) => {
        const id = p[key];
        return id ? [`${side}: ${nameOf(d.names, id)}`] : [];
      }).join('\n'),
      [
        p.hingeHoles > 0 ? t.hingeHoles(p.hingeHoles) : '',
        p.doubling ? t.doubling : '',
        p.angleCut ? t.angleCut : '',
      ]
        .filter(Boolean)
        .join(', '),
    ]),
  );
}

function breakdown(doc: PDFKit.PDFDocument, d: QuoteDocument, t: PdfTexts, lang: PdfLanguage) {
  const priced = d.quote.priced;
  if (!priced) return;
  const money = (amount: string) => formatMoney(amount, priced.currency, lang);
  const b = d.breakdown;
  if (d.quote.panels.length > 0) {
    section(doc, t.breakdown);
    if (b) {
      drawTable(
        doc,
        [
          { header: t.material, width: 22 },
          { header: t.boards, width: 7, align: 'right' },
          { header: t.chargedM2, width: 12, align: 'right' },
          { header: t.materialNet, width: 13, align: 'right' },
          { header: t.edgeBandingNet, width: 13, align: 'right' },
          { header: t.cuttingNet, width: 11, align: 'right' },
          { header: t.servicesNet, width: 11, align: 'right' },
          { header: t.gross, width: 13, align: 'right' },
        ],
        b.materials.map((m) => [
          nameOf(d.names, m.materialId),
          String(m.boardsUsed),
          formatNumber(m.chargedM2, lang, 3),
          money(m.materialLine.net),
          money(m.edgeBandingTotal.net),
          money(m.cuttingLine.net),
          money(m.servicesTotal.net),
          money(m.total.gross),
        ]),
      );
    } else {
      doc.font('regular').fontSize(8).text(t.breakdownUnavailable);
    }
  }
  const unitLines = (
    title: string,
    lines: Array<{ id: string; quantity: number }>,
    priced: Array<{ unitPriceNet: string; gross: string }> | undefined,
  ) => {
    if (lines.length === 0) return;
    section(doc, title);
    drawTable(
      doc,
      [
        { header: t.label, width: 50 },
        { header: t.quantity, width: 10, align: 'right' },
        { header: t.unitNet, width: 20, align: 'right' },
        { header: t.gross, width: 20, align: 'right' },
      ],
      lines.map((line, i) => {
        const p = priced?.[i];
        return [
          nameOf(d.names, line.id),
          String(line.quantity),
          p ? money(p.unitPriceNet) : '',
          p ? money(p.gross) : '',
        ];
      }),
    );
  };
  unitLines(
    t.accessories,
    d.quote.accessories.map((a) => ({ id: a.accessoryId, quantity: a.quantity })),
    b?.accessories,
  );
  unitLines(
    t.fees,
    d.quote.fees.map((f) => ({ id: f.feeTypeId, quantity: f.quantity })),
    b?.fees,
  );
}

function totals(doc: PDFKit.PDFDocument, d: QuoteDocument, t: PdfTexts, lang: PdfLanguage) {
  section(doc, t.totals);
  const priced = d.quote.priced;
  if (!priced) {
    doc.font('regular').fontSize(10).text(t.unpriced);
    return;
  }
  const money = (amount: string) => formatMoney(amount, priced.currency, lang);
  const discount = (Number(priced.gross) - Number(priced.final)).toFixed(2);
  const rows: Array<[string, string, boolean]> = [
    [t.net, money(priced.net), false],
    [t.vat, money(priced.vat), false],
    [t.grossTotal, money(priced.gross), false],
    ...(Number(priced.discountPercent) > 0
      ? [
          [
            t.discount(formatNumber(priced.discountPercent, lang)),
            `− ${money(discount)}`,
            false,
          ] as [string, string, boolean],
        ]
      : []),
    [t.toPay, money(priced.final), true],
  ];
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  for (const [label, value, strong] of rows) {
    const y = doc.y;
    doc
      .font(strong ? 'bold' : 'regular')
      .fontSize(strong ? 12 : 10)
      .text(label, left + width / 2, y, { width: width / 4 });
    doc.text(value, left + (width * 3) / 4, y, { width: width / 4, align: 'right' });
    doc.moveDown(0.2);
  }
  doc.x = left;
  doc.moveDown(0.8);
  doc
    .font('regular')
    .fontSize(8)
    .text(t.pricedAt(formatDateTime(priced.at, lang)))
    .text(t.footer);
}

function pageNumbers(doc: PDFKit.PDFDocument, t: PdfTexts) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .text(t.page(i + 1, range.count), doc.page.margins.left, doc.page.height - 35, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.flushPages();
}
