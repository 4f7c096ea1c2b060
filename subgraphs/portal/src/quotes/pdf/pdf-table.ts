/** A column of a PDF table: its share of the width and how its cells align. */
export interface PdfColumn {
  header: string;
  /** Relative width; the columns share the page's text width by these. */
  width: number;
  align?: 'left' | 'right';
}

const PADDING = 3;

/**
 * Draws a table at the current position with wrapped cells, starting a new page (and repeating
 * the header) when a row would not fit. pdfkit has no tables of its own.
 */
export function drawTable(doc: PDFKit.PDFDocument, columns: PdfColumn[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const rowHeight = (cells: string[]) =>
    Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * PADDING })),
    ) +
    2 * PADDING;

  const drawRow = (cells: string[], header: boolean) => {
    doc.font(header ? 'bold' : 'regular').fontSize(8);
    const height = rowHeight(cells);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!header)
        drawRow(
          columns.map((c) => c.header),
          true,
        );
      doc.font(header ? 'bold' : 'regular').fontSize(8);
    }
    const y = doc.y;
    if (header) doc.rect(left, y, width, height).fill('#eeeeee').fillColor('#000000');
    cells.forEach((cell, i) => {
      doc.text(cell, xs[i]! + PADDING, y + PADDING, {
        width: widths[i]! - 2 * PADDING,
        align: columns[i]!.align ?? 'left',
      });
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .lineWidth(0.5)
      .strokeColor('#bbbbbb')
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };

  drawRow(
    columns.map((c) => c.header),
    true,
  );
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.5);
}
