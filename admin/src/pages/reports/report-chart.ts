// <zac-report-chart>: a monthly chart drawn in SVG: bars, lines and interval bands over the same
// months, a money axis on the left and optionally a percent axis on the right. It draws at the
// width it is given (measured), so labels keep their size on a phone and are thinned, never
// clipped. One role="img" with a summary for screen readers, a <title> per month for pointer
// users, and every figure in a visually hidden table.
import { LitElement, css, html, nothing, svg, type TemplateResult } from 'lit';
import { base } from '../../styles.js';
import { niceStep } from '../../components/finance-cash-chart.js';
import { LanguageController, t } from '../../i18n/index.js';
import { monthLabel, shortMonthLabel } from './report-format.js';

export type Tone = 'revenue' | 'expenses' | 'cash' | 'margin' | 'history';

interface LayerBase {
  key: string;
  label: string;
  tone: Tone;
}
/** One bar a month (money, left axis). */
export interface BarLayer extends LayerBase {
  kind: 'bars';
  values: readonly (number | null)[];
}
/** A line through the months that have a value; `axis: 'right'` reads it on the percent axis. */
export interface LineLayer extends LayerBase {
  kind: 'line';
  values: readonly (number | null)[];
  dash?: 'dashed' | 'dotted';
  axis?: 'left' | 'right';
}
/** A shaded interval (money, left axis) over the months that have both ends. */
export interface BandLayer extends LayerBase {
  kind: 'band';
  lower: readonly (number | null)[];
  upper: readonly (number | null)[];
  /** 1 (lighter, e.g. 95%) or 2 (darker, e.g. 80%). */
  strength: 1 | 2;
}
export type ChartLayer = BarLayer | LineLayer | BandLayer;

export interface AxisFormat {
  /** Tick labels ("$12K", "45%"). */
  tick(value: number): string;
  /** Exact figures in titles and the table ("$12,345.67", "45.2%"). */
  exact(value: number): string;
}

const HEIGHT = 260;
/** Room above the plot for the divider's label. */
const TOP = 22;
const BOTTOM = 28;
/** Roughly the width of one 12 px digit/letter of the axis font, for label room. */
const CHAR_PX = 7;

/** Round ticks covering [lo, hi] and 0, about `count` of them: the first <= lo, the last >= hi. */
export function ticksFor(lo: number, hi: number, count = 4): number[] {
  const low = Math.min(0, lo);
  const high = Math.max(0, hi);
  const step = niceStep((high - low || 1) / count);
  const ticks = [Math.floor(low / step) * step];
  while ((ticks[ticks.length - 1] as number) < high || ticks.length < 2) {
    ticks.push((ticks[ticks.length - 1] as number) + step);
  }
  return ticks;
}

/** Every `n`-th month is labelled so labels of `labelPx` fit `stepPx` apart; the last one always. */
export function labelEvery(stepPx: number, labelPx: number): number {
  return Math.max(1, Math.ceil((labelPx + 8) / Math.max(stepPx, 1)));
}

function values(layer: ChartLayer): (number | null)[] {
  return layer.kind === 'band' ? [...layer.lower, ...layer.upper] : [...layer.values];
}

export class ZacReportChart extends LitElement {
  static override styles = [
    base,
    css`
      figure {
        margin: 0;
        position: relative;
      }
      figcaption {
        font-weight: 700;
        margin-bottom: 0.4rem;
      }
      svg {
        display: block;
        width: 100%;
        height: auto;
        overflow: visible;
      }
      .grid {
        stroke: var(--zac-admin-border);
        stroke-width: 1;
      }
      .zero {
        stroke: var(--zac-admin-muted);
        stroke-width: 1;
      }
      .axis {
        fill: var(--zac-admin-muted);
        font-size: 12px;
      }
      .divider {
        stroke: var(--zac-admin-muted);
        stroke-dasharray: 4 3;
      }
      .hit {
        fill: transparent;
      }
      .hit:hover {
        fill: var(--zac-admin-fg);
        fill-opacity: 0.05;
      }
      /* Tones: colour and, for lines, a dash pattern, so series differ without colour too. */
      .revenue {
        --tone: var(--zac-admin-chart-1);
      }
      .expenses {
        --tone: var(--zac-admin-danger);
      }
      .cash {
        --tone: var(--zac-admin-ok);
      }
      .margin {
        --tone: var(--zac-admin-chart-3);
      }
      .history {
        --tone: var(--zac-admin-chart-axis);
      }
      rect.bar {
        fill: var(--tone);
        fill-opacity: 0.85;
      }
      path.line {
        fill: none;
        stroke: var(--tone);
        stroke-width: 2.5;
        stroke-linejoin: round;
      }
      path.dashed {
        stroke-dasharray: 7 4;
        stroke-width: 2;
      }
      path.dotted {
        stroke-dasharray: 2 3;
        stroke-width: 2;
      }
      circle.dot {
        fill: var(--zac-admin-bg);
        stroke: var(--tone);
        stroke-width: 2;
      }
      path.band {
        fill: var(--tone);
        stroke: none;
      }
      path.band.s1 {
        fill-opacity: 0.12;
      }
      path.band.s2 {
        fill-opacity: 0.24;
      }
      ul.legend {
        list-style: none;
        padding: 0;
        margin: 0.4rem 0 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1rem;
        font-size: 0.85rem;
      }
      ul.legend svg {
        display: inline-block;
        width: 22px;
        height: 12px;
        vertical-align: middle;
        margin-right: 0.3rem;
      }
    `,
  ];
  static override properties = {
    caption: {},
    summary: {},
    months: { attribute: false },
    layers: { attribute: false },
    money: { attribute: false },
    percent: { attribute: false },
    dividerAt: { attribute: 'divider-at' },
    dividerLabel: { attribute: 'divider-label' },
    _width: { state: true },
  };

  declare caption: string;
  /** The chart in one or two sentences: its accessible name. */
  declare summary: string;
  /** YYYY-MM, oldest first; every layer has one value per month. */
  declare months: readonly string[];
  declare layers: readonly ChartLayer[];
  declare money: AxisFormat;
  /** The right axis, when a line uses it. */
  declare percent: AxisFormat | null;
  /** A month where something starts (the forecast): a dashed line before it. */
  declare dividerAt: string;
  declare dividerLabel: string;
  declare _width: number;
  private observer: ResizeObserver | undefined;

  constructor() {
    super();
    this.caption = '';
    this.summary = '';
    this.months = [];
    this.layers = [];
    this.money = { tick: String, exact: String };
    this.percent = null;
    this.dividerAt = '';
    this.dividerLabel = '';
    this._width = 640;
    new LanguageController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Redrawn on the next frame, not inside the observer: the new drawing changes the height,
    // which would otherwise notify the observer again in the same frame (a loop error).
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && Math.abs(width - this._width) > 1) {
        requestAnimationFrame(() => (this._width = width));
      }
    });
    this.observer.observe(this);
  }

  override willUpdate(): void {
    // The first drawing at the width the element already has, when it has one.
    if (!this.hasUpdated && this.clientWidth > 0) this._width = this.clientWidth;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private plot(): TemplateResult {
    const months = this.months;
    const n = Math.max(1, months.length);
    const left = this.layers.filter((l) => !(l.kind === 'line' && l.axis === 'right'));
    const right = this.layers.filter((l) => l.kind === 'line' && l.axis === 'right');
    const leftValues = left.flatMap(values).filter((v): v is number => v !== null);
    const rightValues = right.flatMap(values).filter((v): v is number => v !== null);
    const leftTicks = ticksFor(Math.min(0, ...leftValues), Math.max(0, ...leftValues));
    const rightTicks = right.length
      ? ticksFor(Math.min(0, ...rightValues), Math.max(0, ...rightValues))
      : [];
    const tickWidth = (ticks: number[], f: AxisFormat | null) =>
      f ? Math.max(...ticks.map((t) => f.tick(t).length)) * CHAR_PX + 10 : 0;
    const marginLeft = Math.max(28, tickWidth(leftTicks, this.money));
    const marginRight = Math.max(22, tickWidth(rightTicks, this.percent));
    const width = Math.max(280, this._width);
    const plotWidth = width - marginLeft - marginRight;
    const plotHeight = HEIGHT - TOP - BOTTOM;
    const step = plotWidth / n;
    const x = (i: number) => marginLeft + step * (i + 0.5);
    const scale = (ticks: number[]) => {
      const lo = ticks[0] ?? 0;
      const hi = ticks[ticks.length - 1] ?? 1;
      return (v: number) => TOP + ((hi - v) / (hi - lo || 1)) * plotHeight;
    };
    const yLeft = scale(leftTicks);
    const yRight = scale(rightTicks);
    const every = labelEvery(step, 6 * CHAR_PX);
    const last = months.length - 1;
    const labelled = (i: number) => (last - i) % every === 0;

    const bars = left.filter((l): l is BarLayer => l.kind === 'bars');
    const barWidth = Math.max(2, Math.min(28, (step * 0.7) / Math.max(1, bars.length)));
    const barsSvg = bars.map((layer, b) =>
      layer.values.map((v, i) => {
        if (v === null) return nothing;
        const x0 = x(i) - (barWidth * bars.length) / 2 + b * barWidth;
        const top = yLeft(Math.max(0, v));
        return svg`<rect class="bar ${layer.tone}" x=${x0} y=${top} width=${barWidth} height=${Math.abs(yLeft(v) - yLeft(0))}></rect>`;
      }),
    );
    const path = (points: [number, number][]) =>
      points
        .map(([px, py], k) => `${k === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`)
        .join('');
    const bandsSvg = this.layers
      .filter((l): l is BandLayer => l.kind === 'band')
      .map((layer) => {
        const idx = months
          .map((_, i) => i)
          .filter((i) => layer.lower[i] != null && layer.upper[i] != null);
        if (idx.length === 0) return nothing;
        const top = idx.map((i): [number, number] => [x(i), yLeft(layer.upper[i] as number)]);
        const bottom = idx
          .map((i): [number, number] => [x(i), yLeft(layer.lower[i] as number)])
          .reverse();
        return svg`<path class="band s${layer.strength} ${layer.tone}" d=${`${path([...top, ...bottom])}Z`}></path>`;
      });
    const linesSvg = this.layers
      .filter((l): l is LineLayer => l.kind === 'line')
      .map((layer) => {
        const y = layer.axis === 'right' ? yRight : yLeft;
        const points = layer.values
          .map((v, i): [number, number] | null => (v === null ? null : [x(i), y(v)]))
          .filter((p): p is [number, number] => p !== null);
        // Dots mark the months on solid lines only; dashed scenario lines stay uncluttered.
        const dots =
          points.length === 1 || (step >= 18 && !layer.dash)
            ? points.map(
                ([px, py]) =>
                  svg`<circle class="dot ${layer.tone}" cx=${px} cy=${py} r="2.5"></circle>`,
              )
            : nothing;
        return svg`<path class="line ${layer.tone} ${layer.dash ?? ''}" d=${path(points)}></path>${dots}`;
      });
    const dividerIndex = this.dividerAt ? months.indexOf(this.dividerAt) : -1;
    const dividerX = dividerIndex > 0 ? marginLeft + step * dividerIndex : null;
    return html`<svg
      viewBox="0 0 ${width} ${HEIGHT}"
      width=${width}
      height=${HEIGHT}
      role="img"
      aria-label=${this.summary}
      data-months=${months.length}
    >
      ${leftTicks.map(
        (t) =>
          svg`<line class=${t === 0 ? 'zero' : 'grid'} x1=${marginLeft} x2=${width - marginRight} y1=${yLeft(t)} y2=${yLeft(t)}></line>
            <text class="axis" x=${marginLeft - 6} y=${yLeft(t) + 4} text-anchor="end">${this.money.tick(t)}</text>`,
      )}
      ${
        this.percent
          ? rightTicks.map(
              (t) =>
                svg`<text class="axis" x=${width - marginRight + 6} y=${yRight(t) + 4} text-anchor="start">${this.percent?.tick(t)}</text>`,
            )
          : nothing
      }
      ${bandsSvg} ${barsSvg} ${linesSvg}
      ${
        dividerX === null
          ? nothing
          : svg`<line class="divider" x1=${dividerX} x2=${dividerX} y1=${TOP} y2=${HEIGHT - BOTTOM}></line>
          <text class="axis" x=${dividerX + 4} y=${TOP + 10}>${this.dividerLabel}</text>`
      }
      ${months.map(
        (m, i) => svg`<g>
          <title>${this.monthTitle(i)}</title>
          <rect class="hit" x=${x(i) - step / 2} y=${TOP} width=${step} height=${plotHeight}></rect>
          ${labelled(i) ? svg`<text class="axis" x=${x(i)} y=${HEIGHT - 8} text-anchor="middle">${shortMonthLabel(m)}</text>` : nothing}
        </g>`,
      )}
    </svg>`;
  }

  private format(layer: ChartLayer): AxisFormat {
    return layer.kind === 'line' && layer.axis === 'right' && this.percent
      ? this.percent
      : this.money;
  }

  /** A layer's figure for month `i` in words ("$1,234.56", "$1,000.00 to $2,000.00"). */
  private figure(layer: ChartLayer, i: number): string | null {
    const f = this.format(layer);
    if (layer.kind === 'band') {
      const lo = layer.lower[i];
      const hi = layer.upper[i];
      return lo == null || hi == null
        ? null
        : t('reports.range', { low: f.exact(lo), high: f.exact(hi) });
    }
    const v = layer.values[i];
    return v == null ? null : f.exact(v);
  }

  private monthTitle(i: number): string {
    const lines = this.layers
      .map((layer) => {
        const figure = this.figure(layer, i);
        return figure === null ? null : t('reports.chart.figure', { label: layer.label, figure });
      })
      .filter(Boolean);
    return [monthLabel(this.months[i] ?? ''), ...lines].join('\n');
  }

  private swatch(layer: ChartLayer): TemplateResult {
    const shape =
      layer.kind === 'bars'
        ? svg`<rect class="bar ${layer.tone}" x="5" y="1" width="12" height="10"></rect>`
        : layer.kind === 'band'
          ? svg`<path class="band s${layer.strength} ${layer.tone}" d="M0,1H22V11H0Z"></path>`
          : svg`<path class="line ${layer.tone} ${layer.dash ?? ''}" d="M0,6H22"></path>`;
    return html`<svg viewBox="0 0 22 12" aria-hidden="true">${shape}</svg>`;
  }

  override render() {
    return html`<figure>
      ${this.caption ? html`<figcaption>${this.caption}</figcaption>` : nothing} ${this.plot()}
      <ul class="legend" aria-hidden="true">
        ${this.layers.map((layer) => html`<li>${this.swatch(layer)}${layer.label}</li>`)}
        ${
          this.percent
            ? html`<li class="muted">
                ${t('reports.chart.rightAxis', {
                  label:
                    this.layers.find((l) => l.kind === 'line' && l.axis === 'right')?.label ?? '',
                })}
              </li>`
            : nothing
        }
      </ul>
      <div class="visually-hidden">
        <table data-chart-table>
          <caption>
            ${this.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('reports.month')}</th>
              ${this.layers.map((layer) => html`<th scope="col">${layer.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.months.map(
              (m, i) =>
                html`<tr>
                  <th scope="row">${monthLabel(m)}</th>
                  ${this.layers.map((layer) => html`<td>${this.figure(layer, i) ?? '—'}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </figure>`;
  }
}
