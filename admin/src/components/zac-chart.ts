// <zac-chart>: a uPlot chart (canvas) with a visible legend and the same numbers as a table for
// screen readers. `kind` 'line' plots series over `labels`; 'bars' draws one bar per label.
import { LitElement, css, html } from 'lit';
import uPlot from 'uplot';
import { base } from '../styles.js';
import { THEME_CHANGE_EVENT, themeColor } from '../theme/theme.js';
import { uplotStyles } from './uplot.styles.js';

export interface ChartSeries {
  label: string;
  values: number[];
}

/** The series colours: theme tokens (app.css), read when drawing since a canvas cannot use var(). */
export const CHART_COLORS = [1, 2, 3, 4, 5, 6].map((n) => `--zac-admin-chart-${n}`);

export class ZacChart extends LitElement {
  static override styles = [
    base,
    uplotStyles,
    css`
      figure {
        margin: 0;
      }
      figcaption {
        font-weight: 700;
        margin-bottom: 0.4rem;
      }
      .plot {
        width: 100%;
        min-height: 220px;
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
      .swatch {
        display: inline-block;
        width: 0.8rem;
        height: 0.8rem;
        border-radius: 2px;
        margin-right: 0.3rem;
        vertical-align: middle;
      }
      .swatch[data-color='0'] {
        background: var(--zac-admin-chart-1);
      }
      .swatch[data-color='1'] {
        background: var(--zac-admin-chart-2);
      }
      .swatch[data-color='2'] {
        background: var(--zac-admin-chart-3);
      }
      .swatch[data-color='3'] {
        background: var(--zac-admin-chart-4);
      }
      .swatch[data-color='4'] {
        background: var(--zac-admin-chart-5);
      }
      .swatch[data-color='5'] {
        background: var(--zac-admin-chart-6);
      }
    `,
  ];
  static override properties = {
    caption: { type: String },
    kind: { type: String },
    labels: { attribute: false },
    series: { attribute: false },
    format: { attribute: false },
  };

  declare caption: string;
  declare kind: 'line' | 'bars';
  declare labels: string[];
  declare series: ChartSeries[];
  declare format: (value: number) => string;
  private plot: uPlot | undefined;
  private observer: ResizeObserver | undefined;

  constructor() {
    super();
    this.caption = '';
    this.kind = 'line';
    this.labels = [];
    this.series = [];
    this.format = (v) => String(v);
  }

  /** A theme switch redraws the canvas with the new theme's colours. */
  private readonly onThemeChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(THEME_CHANGE_EVENT, this.onThemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(THEME_CHANGE_EVENT, this.onThemeChange);
    this.observer?.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  override updated(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!host) return;
    this.plot?.destroy();
    const width = Math.max(240, host.clientWidth);
    const xs = this.labels.map((_, i) => i);
    const labels = this.labels;
    const bars = this.kind === 'bars';
    const axis = themeColor('--zac-admin-chart-axis', this);
    const grid = { stroke: themeColor('--zac-admin-chart-grid', this) };
    const color = (i: number) => themeColor(CHART_COLORS[i % CHART_COLORS.length] ?? '', this);
    const opts: uPlot.Options = {
      width,
      height: 220,
      legend: { show: false },
      cursor: { show: !bars },
      scales: { x: { time: false, range: [-0.5, Math.max(0.5, xs.length - 0.5)] } },
      axes: [
        {
          values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? (labels[v] ?? '') : '')),
          splits: () => xs,
          stroke: axis,
          grid,
        },
        { values: (_u, splits) => splits.map((v) => this.format(v)), stroke: axis, grid, size: 60 },
      ],
      series: [
        {},
        ...this.series.map((s, i) => ({
          label: s.label,
          stroke: color(i),
          fill: bars ? color(i) : undefined,
          width: 2,
          ...(bars
            ? { paths: uPlot.paths.bars?.({ size: [0.6, 80] }), points: { show: false } }
            : {}),
        })),
      ],
    };
    this.plot = new uPlot(opts, [xs, ...this.series.map((s) => s.values)], host);
    if (!this.observer) {
      this.observer = new ResizeObserver(() => {
        const w = Math.max(240, host.clientWidth);
        if (this.plot && Math.abs(this.plot.width - w) > 4)
          this.plot.setSize({ width: w, height: 220 });
      });
      this.observer.observe(host);
    }
  }

  override render() {
    return html`<figure>
      <figcaption id="cap">${this.caption}</figcaption>
      <div class="plot" role="img" aria-labelledby="cap" aria-describedby="data"></div>
      <ul class="legend" aria-hidden="true">
        ${this.series.map(
          (s, i) =>
            html`<li>
              <span class="swatch" data-color=${i % CHART_COLORS.length}></span>${s.label}
            </li>`,
        )}
      </ul>
      <table class="visually-hidden" id="data">
        <caption>
          ${this.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
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
