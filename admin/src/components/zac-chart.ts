// <zac-chart>: a uPlot chart (canvas) with a visible legend and the same numbers as a table for
// screen readers. `kind` 'line' plots series over `labels`; 'bars' draws one bar per label.
import { LitElement, css, html } from 'lit';
import uPlot from 'uplot';
import { base } from '../styles.js';
import { uplotStyles } from './uplot.styles.js';

export interface ChartSeries {
  label: string;
  values: number[];
}

export const CHART_COLORS = ['#1d4ed8', '#047857', '#b45309', '#7c3aed', '#be123c', '#0e7490'];

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
        background: #1d4ed8;
      }
      .swatch[data-color='1'] {
        background: #047857;
      }
      .swatch[data-color='2'] {
        background: #b45309;
      }
      .swatch[data-color='3'] {
        background: #7c3aed;
      }
      .swatch[data-color='4'] {
        background: #be123c;
      }
      .swatch[data-color='5'] {
        background: #0e7490;
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
          stroke: '#374151',
        },
        { values: (_u, splits) => splits.map((v) => this.format(v)), stroke: '#374151', size: 60 },
      ],
      series: [
        {},
        ...this.series.map((s, i) => ({
          label: s.label,
          stroke: CHART_COLORS[i % CHART_COLORS.length],
          fill: bars ? CHART_COLORS[i % CHART_COLORS.length] : undefined,
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
