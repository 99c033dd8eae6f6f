import { CONTENT_WIDTH, COLORS, FONT, PAGE, ensureSpace, type Pdf } from './pdf-page.js';

/** A series in cents, one value per label (null: no value at that label). */
export interface ChartSeries {
  name: string;
  kind: 'bar' | 'line';
  color: string;
  values: Array<number | null>;
  /** Bars below zero in this colour (a loss). */
  negativeColor?: string;
  /** An interval drawn as a shaded band behind the line (a forecast's prediction interval). */
  band?: Array<{ lowCents: number; highCents: number } | null>;
  bandColor?: string;
  /** A dashed line (a forecast rather than history). */
  dashed?: boolean;
}

export interface ChartSpec {
  title: string;
  /** Says what is drawn and from where (the figures' sources). */
  caption: string;
  labels: string[];
  series: ChartSeries[];
  height?: number;
}

const AXIS_WIDTH = 52;

/**
 * A vector chart (bars, lines, shaded bands) over shared labels, with a zero line, four or five
 * gridlines at round dollar values and a legend. Values are cents; the axis is written in
 * dollars, compactly ($12k), which only the axis labels round.
 */
export function drawChart(doc: Pdf, spec: ChartSpec): void {
  const height = spec.height ?? 170;
  ensureSpace(doc, height + 60);
  doc.font(FONT.bold).fontSize(10).fillColor(COLORS.heading);
  const titleY = doc.y;
  doc.text(spec.title, PAGE.margin, titleY, { width: CONTENT_WIDTH, lineBreak: false });
  drawLegend(doc, spec.series, titleY + 1.5);
  const top = titleY + 24;
  const left = PAGE.margin + AXIS_WIDTH;
  const width = CONTENT_WIDTH - AXIS_WIDTH;
  const scale = yScale(spec.series, top, height);

  drawGrid(doc, scale, left, width);
  const slot = width / Math.max(1, spec.labels.length);
  drawBands(doc, spec.series, scale, left, slot);
  drawBars(doc, spec.series, scale, left, slot);
  drawLines(doc, spec.series, scale, left, slot);
  drawXLabels(doc, spec.labels, left, slot, top + height + 3);

  doc.font(FONT.italic).fontSize(7.5).fillColor(COLORS.muted);
  doc.text(spec.caption, PAGE.margin, top + height + 16, { width: CONTENT_WIDTH });
  doc.x = PAGE.margin;
  doc.y += 12;
}

interface YScale {
  min: number;
  max: number;
  step: number;
  y(cents: number): number;
}

function yScale(series: ChartSeries[], top: number, height: number): YScale {
  const values = series.flatMap((s) => [
    ...s.values.filter((v): v is number => v !== null),
    ...(s.band ?? []).flatMap((b) => (b ? [b.lowCents, b.highCents] : [])),
  ]);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = niceStep((high - low) / 4 || 100_00);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step || step;
  return { min, max, step, y: (cents) => top + ((max - cents) / (max - min)) * height };
}

/** 1, 2, 2.5 or 5 times a power of ten: gridlines at round amounts. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const unit = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10;
  return unit * power;
}

function drawGrid(doc: Pdf, scale: YScale, left: number, width: number): void {
  doc.font(FONT.regular).fontSize(7).fillColor(COLORS.muted);
  for (let value = scale.min; value <= scale.max + 1e-9; value += scale.step) {
    const y = scale.y(value);
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(value === 0 ? 0.9 : 0.3)
      .strokeColor(value === 0 ? COLORS.ink : COLORS.rule)
      .stroke();
    doc.text(compactDollars(value), PAGE.margin, y - 3.5, {
      width: AXIS_WIDTH - 6,
      align: 'right',
      lineBreak: false,
    });
  }
}

function drawBars(doc: Pdf, series: ChartSeries[], scale: YScale, left: number, slot: number) {
  const bars = series.filter((s) => s.kind === 'bar');
  if (!bars.length) return;
  const barWidth = (slot * 0.72) / bars.length;
  bars.forEach((s, k) => {
    s.values.forEach((value, i) => {
      if (value === null) return;
      const x = left + i * slot + slot * 0.14 + k * barWidth;
      const [y0, y1] = [scale.y(Math.max(0, value)), scale.y(Math.min(0, value))];
      const color = value < 0 && s.negativeColor ? s.negativeColor : s.color;
      doc.rect(x, y0, barWidth - 0.8, Math.max(0.5, y1 - y0)).fill(color);
    });
  });
}

function drawBands(doc: Pdf, series: ChartSeries[], scale: YScale, left: number, slot: number) {
  for (const s of series) {
    const points = (s.band ?? [])
      .map((b, i) => (b ? { x: left + (i + 0.5) * slot, b } : null))
      .filter((p) => p !== null);
    if (points.length < 2) continue;
    const [first, ...rest] = points;
    if (!first) continue;
    doc.moveTo(first.x, scale.y(first.b.highCents));
    for (const p of rest) doc.lineTo(p.x, scale.y(p.b.highCents));
    for (const p of [...points].reverse()) doc.lineTo(p.x, scale.y(p.b.lowCents));
    doc.closePath().fill(s.bandColor ?? COLORS.band);
  }
}

function drawLines(doc: Pdf, series: ChartSeries[], scale: YScale, left: number, slot: number) {
  for (const s of series.filter((line) => line.kind === 'line')) {
    const points = s.values
      .map((v, i) => (v === null ? null : { x: left + (i + 0.5) * slot, y: scale.y(v) }))
      .filter((p) => p !== null);
    const [first, ...rest] = points;
    if (!first) continue;
    doc.moveTo(first.x, first.y);
    for (const p of rest) doc.lineTo(p.x, p.y);
    doc.lineWidth(1.6).strokeColor(s.color);
    if (s.dashed) doc.dash(4, { space: 2.5 });
    doc.stroke();
    doc.undash();
    for (const p of points) doc.circle(p.x, p.y, 1.8).fill(s.color);
  }
}

function drawXLabels(doc: Pdf, labels: string[], left: number, slot: number, y: number) {
  doc.font(FONT.regular).fontSize(6.5).fillColor(COLORS.muted);
  // Every label when they fit, else every other one.
  const every = slot < 22 ? 2 : 1;
  labels.forEach((label, i) => {
    if (i % every !== 0) return;
    doc.text(label, left + i * slot - 6, y, {
      width: slot + 12,
      align: 'center',
      lineBreak: false,
    });
  });
}

function drawLegend(doc: Pdf, series: ChartSeries[], y: number): void {
  doc.font(FONT.regular).fontSize(7.5);
  let x = PAGE.margin + CONTENT_WIDTH;
  for (const s of [...series].reverse()) {
    const label = s.band ? `${s.name} (shaded: interval)` : s.name;
    x -= doc.widthOfString(label) + 16;
    doc.rect(x, y + 1, 8, 6).fill(s.color);
    doc.fillColor(COLORS.ink).text(label, x + 11, y, { lineBreak: false });
  }
}

/** Axis labels: $0, $500, $12k, $1.5M (display only; the tables hold the exact cents). */
export function compactDollars(cents: number): string {
  const dollars = cents / 100;
  const abs = Math.abs(dollars);
  const sign = dollars < 0 ? '-' : '';
  if (abs >= 1_000_000) return `${sign}$${trim(abs / 1_000_000)}M`;
  if (abs >= 1_000) return `${sign}$${trim(abs / 1_000)}k`;
  return `${sign}$${trim(abs)}`;
}

function trim(value: number): string {
  return String(Math.round(value * 10) / 10);
}
