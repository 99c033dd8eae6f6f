// <zac-stacked-bars>: one bar per label, each split into its series (runs per day, stacked by
// agent), drawn as SVG rectangles and HTML labels, so nothing is clipped at any width and the
// theme's colours apply as CSS. The same numbers are a table for screen readers.
import { LitElement, css, html, nothing, svg } from 'lit';
import { formatNumber } from '../format.js';
import { LanguageController, t } from '../i18n/index.js';
import { base } from '../styles.js';

export interface BarSeries {
  label: string;
  values: number[];
}

/** Evenly spaced axis ticks from 0 to a round top at or above `max` (1, 2 or 5 times 10^n). */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  if ((ticks.at(-1) ?? 0) < max) ticks.push(Number((ticks.length * step).toPrecision(12)));
  return ticks;
}

/** At most `room` labels along the axis: every k-th, the rest blank. */
export function thinLabels(labels: string[], room: number): string[] {
  const every = Math.max(1, Math.ceil(labels.length / Math.max(1, room)));
  return labels.map((label, i) => (i % every === 0 ? label : ''));
}

const BAR_WIDTH = 10;
const HEIGHT = 100;

export class ZacStackedBars extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      figure {
        margin: 0;
      }
      figcaption {
        font-weight: 600;
        margin-bottom: 0.5rem;
      }
      .plot {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        grid-template-rows: 12rem auto;
        gap: 0.25rem 0.5rem;
      }
      .y {
        display: flex;
        flex-direction: column-reverse;
        justify-content: space-between;
        align-items: flex-end;
        font-size: 0.75rem;
        color: var(--zac-admin-muted);
        line-height: 1;
      }
      .y span {
        transform: translateY(50%);
      }
      .y span:last-child {
        transform: translateY(0);
      }
      .y span:first-child {
        transform: translateY(0);
      }
      svg {
        width: 100%;
        height: 100%;
        display: block;
        overflow: visible;
      }
      .grid {
        stroke: var(--zac-admin-chart-grid, #e5e7eb);
        stroke-width: 1;
        vector-effect: non-scaling-stroke;
      }
      .x {
        grid-column: 2;
        display: flex;
        font-size: 0.75rem;
        color: var(--zac-admin-muted);
      }
      .x span {
        flex: 1 1 0;
        min-width: 0;
        text-align: center;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0.6rem 0 0;
        padding: 0;
        list-style: none;
        font-size: 0.85rem;
      }
      .swatch {
        display: inline-block;
        width: 0.75rem;
        height: 0.75rem;
        border-radius: 2px;
        margin-right: 0.35rem;
        vertical-align: middle;
      }
      .s0 {
        fill: var(--zac-admin-chart-1, #1d4ed8);
        background: var(--zac-admin-chart-1, #1d4ed8);
      }
      .s1 {
        fill: var(--zac-admin-chart-2, #047857);
        background: var(--zac-admin-chart-2, #047857);
      }
      .s2 {
        fill: var(--zac-admin-chart-3, #b45309);
        background: var(--zac-admin-chart-3, #b45309);
      }
      .s3 {
        fill: var(--zac-admin-chart-4, #7c3aed);
        background: var(--zac-admin-chart-4, #7c3aed);
      }
      .s4 {
        fill: var(--zac-admin-chart-5, #be123c);
        background: var(--zac-admin-chart-5, #be123c);
      }
      .s5 {
        fill: var(--zac-admin-chart-6, #0e7490);
        background: var(--zac-admin-chart-6, #0e7490);
      }
    `,
  ];
  static override properties = {
    caption: { type: String },
    labelsHeading: { type: String, attribute: 'labels-heading' },
    labels: { attribute: false },
    series: { attribute: false },
    format: { attribute: false },
    maxLabels: { type: Number },
  };

  declare caption: string;
  /** What the labels are ("Day", "Agent"): the heading of their column in the data table ("Label" when not given). */
  declare labelsHeading: string;
  declare labels: string[];
  declare series: BarSeries[];
  declare format: (value: number) => string;
  /** How many x-axis labels fit (the rest are left blank). */
  declare maxLabels: number;

  constructor() {
    super();
    new LanguageController(this);
    this.caption = '';
    this.labelsHeading = '';
    this.labels = [];
    this.series = [];
    this.format = (v) => formatNumber(v);
    this.maxLabels = 10;
  }

  override render() {
    const totals = this.labels.map((_, i) =>
      this.series.reduce((n, s) => n + (s.values[i] ?? 0), 0),
    );
    const ticks = niceTicks(Math.max(0, ...totals));
    const top = ticks.at(-1) ?? 1;
    const width = Math.max(1, this.labels.length) * BAR_WIDTH;
    const scale = (v: number) => (v / top) * HEIGHT;
    const bars = this.labels.map((label, i) => {
      let y = HEIGHT;
      return this.series.map((s, k) => {
        const value = s.values[i] ?? 0;
        if (value <= 0) return nothing;
        const h = scale(value);
        y -= h;
        return svg`<rect class=${`s${k % 6}`} x=${i * BAR_WIDTH + BAR_WIDTH * 0.15} y=${y}
          width=${BAR_WIDTH * 0.7} height=${h}><title>${label}, ${s.label}: ${this.format(value)}</title></rect>`;
      });
    });
    return html`<figure>
      <figcaption>${this.caption}</figcaption>
      <div class="plot" aria-hidden="true">
        <div class="y">${ticks.map((tick) => html`<span>${this.format(tick)}</span>`)}</div>
        <svg viewBox="0 0 ${width} ${HEIGHT}" preserveAspectRatio="none">
          ${ticks.map((tick) => svg`<line class="grid" x1="0" x2=${width} y1=${HEIGHT - scale(tick)} y2=${HEIGHT - scale(tick)}></line>`)}
          ${bars}
        </svg>
        <div class="x">
          ${thinLabels(this.labels, this.maxLabels).map((l) => html`<span>${l}</span>`)}
        </div>
      </div>
      ${
        this.series.length > 1
          ? html`<ul class="legend" aria-hidden="true">
              ${this.series.map(
                (s, k) => html`<li><span class=${`swatch s${k % 6}`}></span>${s.label}</li>`,
              )}
            </ul>`
          : nothing
      }
      <table class="visually-hidden">
        <caption>
          ${this.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.labelsHeading || t('dashboard.chartLabel')}</th>
            ${this.series.map((s) => html`<th scope="col">${s.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.labels.map(
            (label, i) =>
              html`<tr>
                <th scope="row">${label}</th>
                ${this.series.map((s) => html`<td>${this.format(s.values[i] ?? 0)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </figure>`;
  }
}
