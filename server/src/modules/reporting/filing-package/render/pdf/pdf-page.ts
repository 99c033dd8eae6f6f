import type PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

/** US Letter with 0.75 in margins; the footer sits in the bottom margin. */
export const PAGE = { width: 612, height: 792, margin: 54 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLORS = {
  ink: '#1d1d1f',
  muted: '#5f6368',
  heading: '#1f3a5f',
  rule: '#9aa5b1',
  faint: '#e8edf3',
  revenue: '#4a7ab7',
  income: '#5b9e4d',
  loss: '#c0504d',
  cash: '#1f3a5f',
  band: '#c9d9ee',
  alert: '#b3261e',
} as const;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };

/** The lowest y content may reach on a page (above the footer). */
export function bottomLimit(): number {
  return PAGE.height - PAGE.margin;
}

/** Starts a new page unless `height` more points fit on this one. Returns true if it did. */
export function ensureSpace(doc: Pdf, height: number): boolean {
  if (doc.y + height <= bottomLimit()) return false;
  doc.addPage();
  return true;
}

/** A section title; `register` records the page for the contents. */
export function sectionHeading(doc: Pdf, title: string): void {
  ensureSpace(doc, 60);
  doc.font(FONT.bold).fontSize(15).fillColor(COLORS.heading);
  doc.text(title, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  const y = doc.y + 2;
  doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.margin + CONTENT_WIDTH, y)
    .lineWidth(1)
    .strokeColor(COLORS.heading)
    .stroke();
  doc.y = y + 10;
}

export function subHeading(doc: Pdf, title: string): void {
  ensureSpace(doc, 40);
  doc.font(FONT.bold).fontSize(11).fillColor(COLORS.heading);
  doc.text(title, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.y += 4;
}

/** Body text, wrapped to the content width, moving to a new page as needed. */
export function paragraph(
  doc: Pdf,
  text: string,
  options: { size?: number; color?: string; font?: string; gap?: number } = {},
): void {
  doc
    .font(options.font ?? FONT.regular)
    .fontSize(options.size ?? 9.5)
    .fillColor(options.color ?? COLORS.ink);
  const height = doc.heightOfString(text, { width: CONTENT_WIDTH });
  ensureSpace(doc, Math.min(height, 120));
  doc.text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH, lineGap: 1.5 });
  doc.y += options.gap ?? 6;
}

/** Shortens `text` with "..." until it fits `width` at the current font. */
export function fitted(doc: Pdf, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}...`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}...`;
}

/**
 * Writes one line of text at (x, y) without letting pdfkit start a page: the footer is written
 * inside the bottom margin, which pdfkit would otherwise take as running off the page.
 */
export function textInMargin(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  options: { width: number; align: 'left' | 'right' | 'center' },
): void {
  const margins = doc.page.margins;
  const bottom = margins.bottom;
  margins.bottom = 0;
  doc.text(text, x, y, { ...options, lineBreak: false });
  margins.bottom = bottom;
}

/**
 * Every page's footer, drawn once the pages are laid out (the count is known): a rule, then what
 * the document is on the left, the day it was prepared in the middle and "Page n of m" right.
 */
export function pageFooters(doc: Pdf, left: string, preparedOn: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = PAGE.height - PAGE.margin + 20;
    doc
      .moveTo(PAGE.margin, y - 6)
      .lineTo(PAGE.margin + CONTENT_WIDTH, y - 6)
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLORS.muted);
    const third = CONTENT_WIDTH / 3;
    textInMargin(doc, left, PAGE.margin, y, { width: third, align: 'left' });
    textInMargin(doc, `prepared ${preparedOn}`, PAGE.margin + third, y, {
      width: third,
      align: 'center',
    });
    textInMargin(doc, `Page ${i + 1} of ${range.count}`, PAGE.margin + 2 * third, y, {
      width: third,
      align: 'right',
    });
  }
}
