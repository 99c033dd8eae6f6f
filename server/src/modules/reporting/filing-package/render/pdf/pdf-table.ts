import { COLORS, FONT, PAGE, ensureSpace, fitted, type Pdf } from './pdf-page.js';

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
  /** Text in this column wraps (the row grows); otherwise it is shortened with "...". */
  wrap?: boolean;
}

export interface TableRow {
  cells: string[];
  /** A section heading spanning the row (only the first cell is written). */
  heading?: boolean;
  bold?: boolean;
  italic?: boolean;
  /** Indent of the first cell, in points. */
  indent?: number;
  /** A rule above the amount cells (subtotals), or two below as well (the final total). */
  rule?: 'total' | 'grand-total';
  /** Draws the row in the alert colour (a ratio outside its benchmark). */
  alert?: boolean;
}

const SIZE = 8.5;
const PAD = 3;
const LINE = 12;

/**
 * A table that flows across pages, its header repeated on each. Amount columns are
 * right-aligned; totals get a rule above their amounts, the final total a double rule below.
 */
export function drawTable(
  doc: Pdf,
  columns: TableColumn[],
  rows: TableRow[],
  options: { size?: number } = {},
): void {
  const size = options.size ?? SIZE;
  // Never a header alone at the foot of a page: it starts where a few rows fit under it.
  ensureSpace(doc, 30 + LINE * Math.min(3, rows.length));
  drawHeader(doc, columns, size);
  rows.forEach((row, index) => {
    const height = rowHeight(doc, columns, row, size);
    if (ensureSpace(doc, height + 2)) drawHeader(doc, columns, size);
    const top = doc.y;
    if (!row.heading && !row.rule && index % 2 === 1) {
      doc.rect(PAGE.margin, top, tableWidth(columns), height).fill(COLORS.faint);
    }
    drawCells(doc, columns, row, top, size);
    if (row.rule) drawRules(doc, columns, row.rule, top, height);
    doc.y = top + height;
  });
  doc.x = PAGE.margin;
  doc.y += 8;
}

function drawHeader(doc: Pdf, columns: TableColumn[], size: number): void {
  doc
    .font(FONT.bold)
    .fontSize(size - 0.5)
    .fillColor(COLORS.heading);
  const height = Math.max(
    ...columns.map((c) => doc.heightOfString(c.header, { width: c.width - 2 * PAD })),
  );
  const top = doc.y;
  let x = PAGE.margin;
  for (const column of columns) {
    doc.text(column.header, x + PAD, top + 2, {
      width: column.width - 2 * PAD,
      align: column.align ?? 'left',
    });
    x += column.width;
  }
  const bottom = top + height + 5;
  doc
    .moveTo(PAGE.margin, bottom)
    .lineTo(PAGE.margin + tableWidth(columns), bottom)
    .lineWidth(0.8)
    .strokeColor(COLORS.heading)
    .stroke();
  doc.y = bottom + 2;
}

function rowHeight(doc: Pdf, columns: TableColumn[], row: TableRow, size: number): number {
  if (row.heading) return LINE + 2;
  setFont(doc, row, size);
  let height = LINE;
  columns.forEach((column, i) => {
    const text = row.cells[i] ?? '';
    if (column.wrap && text) {
      height = Math.max(height, doc.heightOfString(text, { width: column.width - 2 * PAD }) + 4);
    }
  });
  return height;
}

function drawCells(
  doc: Pdf,
  columns: TableColumn[],
  row: TableRow,
  top: number,
  size: number,
): void {
  if (row.heading) {
    doc.font(FONT.bold).fontSize(size).fillColor(COLORS.ink);
    doc.text(row.cells[0] ?? '', PAGE.margin + PAD, top + 4, {
      width: tableWidth(columns) - 2 * PAD,
      lineBreak: false,
    });
    return;
  }
  let x = PAGE.margin;
  columns.forEach((column, i) => {
    setFont(doc, row, size);
    const indent = i === 0 ? (row.indent ?? 0) : 0;
    const width = column.width - 2 * PAD - indent;
    const raw = row.cells[i] ?? '';
    const text = column.wrap ? raw : fitted(doc, raw, width);
    doc.text(text, x + PAD + indent, top + 2, {
      width,
      align: column.align ?? 'left',
      lineBreak: column.wrap ?? false,
    });
    x += column.width;
  });
}

function drawRules(
  doc: Pdf,
  columns: TableColumn[],
  rule: 'total' | 'grand-total',
  top: number,
  height: number,
): void {
  // Rules under the amount columns only (every right-aligned column), as on printed statements.
  let x = PAGE.margin;
  doc.lineWidth(0.6).strokeColor(COLORS.ink);
  for (const column of columns) {
    if (column.align === 'right') {
      const [from, to] = [x + PAD, x + column.width - PAD];
      doc.moveTo(from, top).lineTo(to, top).stroke();
      if (rule === 'grand-total') {
        const y = top + height - 1;
        doc.moveTo(from, y).lineTo(to, y).stroke();
        doc
          .moveTo(from, y + 2)
          .lineTo(to, y + 2)
          .stroke();
      }
    }
    x += column.width;
  }
}

function setFont(doc: Pdf, row: TableRow, size: number): void {
  doc
    .font(row.bold ? FONT.bold : row.italic ? FONT.italic : FONT.regular)
    .fontSize(size)
    .fillColor(row.alert ? COLORS.alert : COLORS.ink);
}

function tableWidth(columns: TableColumn[]): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}
