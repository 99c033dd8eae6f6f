// <zac-finance-cash-chart>: weekly money in and out as paired SVG bars with a marker at each
// week's net. One role="img" with a summary for screen readers, a <title> per week for pointer
// users, and the same numbers as a visually hidden table.
import { LitElement, css, html, svg, type TemplateResult } from 'lit';
import { LanguageController, t } from '../i18n/index.js';
import { base } from '../styles.js';
import { day, money, moneyChange, moneyCompact, shortDay } from './finance-format.js';

export interface CashWeek {
  start: string;
  end: string;
  totalInCents: number;
  totalOutCents: number;
  netCents: number;
}

const HEIGHT = 240;
const MARGIN = { top: 12, right: 12, bottom: 30, left: 64 };
const GROUP = 44;
const BAR = 14;
const GAP = 3;

/** A round step (1, 2 or 5 times a power of ten) close to `raw`. */
export function niceStep(raw: number): number {
  if (raw <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The value axis: from the lowest net (or 0) to the highest bar, in round steps. */
export function axisTicks(weeks: readonly CashWeek[]): number[] {
  const values = weeks.flatMap((w) => [w.totalInCents, Math.abs(w.totalOutCents), w.netCents, 0]);
  const hi = Math.max(...values);
  const lo = Math.min(...values);
  const step = niceStep((hi - lo || 100) / 4);
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v < hi + step; v += step) {
    ticks.push(v);
    if (v >= hi) break;
  }
  if (ticks.length < 2) ticks.push((ticks[0] ?? 0) + step);
  return ticks;
}

/** What the chart shows, in one sentence (its accessible name). */
export function chartSummary(weeks: readonly CashWeek[]): string {
  if (weeks.length === 0) return t('finance.chart.summaryEmpty');
  const first = weeks[0] as CashWeek;
  const last = weeks[weeks.length - 1] as CashWeek;
  const totalIn = weeks.reduce((n, w) => n + w.totalInCents, 0);
  const totalOut = weeks.reduce((n, w) => n + Math.abs(w.totalOutCents), 0);
  const totalNet = weeks.reduce((n, w) => n + w.netCents, 0);
  const best = weeks.reduce((a, b) => (b.netCents > a.netCents ? b : a));
  const worst = weeks.reduce((a, b) => (b.netCents < a.netCents ? b : a));
  return t('finance.chart.summary', {
    count: weeks.length,
    from: day(first.start),
    to: day(last.end),
    in: money(totalIn),
    out: money(totalOut),
    net: moneyChange(totalNet),
    bestEnd: day(best.end),
    bestNet: moneyChange(best.netCents),
    worstEnd: day(worst.end),
    worstNet: moneyChange(worst.netCents),
  });
}

export class ZacFinanceCashChart extends LitElement {
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
      .scroll {
        overflow-x: auto;
      }
      svg {
        display: block;
        width: 100%;
        min-width: 30rem;
        height: auto;
      }
      .grid {
        stroke: var(--zac-admin-chart-grid);
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
      .scroll:focus-visible {
        outline: 3px solid var(--zac-admin-focus);
      }
      rect.in,
      .swatch.in {
        fill: var(--zac-admin-ok);
        background: var(--zac-admin-ok);
      }
      rect.out,
      .swatch.out {
        fill: var(--zac-admin-danger);
        background: var(--zac-admin-danger);
      }
      line.net {
        stroke: var(--zac-admin-fg);
        stroke-width: 3;
        stroke-linecap: round;
      }
      circle.net {
        fill: var(--zac-admin-bg);
        stroke: var(--zac-admin-fg);
        stroke-width: 2;
      }
      g.week:hover rect {
        opacity: 0.8;
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
      .swatch.net {
        height: 3px;
        background: var(--zac-admin-fg);
      }
    `,
  ];
  static override properties = {
    weeks: { attribute: false },
    caption: {},
  };

  declare weeks: CashWeek[];
  declare caption: string;

  constructor() {
    super();
    this.weeks = [];
    /** Empty: the default caption, in the current language. */
    this.caption = '';
    new LanguageController(this);
  }

  private plot(): TemplateResult {
    const weeks = this.weeks;
    const width = MARGIN.left + Math.max(1, weeks.length) * GROUP + MARGIN.right;
    const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    const ticks = axisTicks(weeks);
    const lo = ticks[0] ?? 0;
    const hi = ticks[ticks.length - 1] ?? 1;
    const y = (v: number) => MARGIN.top + ((hi - v) / (hi - lo || 1)) * plotHeight;
    const labelEvery = Math.ceil(weeks.length / 8);
    const bars = weeks.map((w, i) => {
      const x = MARGIN.left + i * GROUP + (GROUP - (2 * BAR + GAP)) / 2;
      const out = Math.abs(w.totalOutCents);
      const yIn = y(Math.max(0, w.totalInCents));
      const yOut = y(out);
      const yNet = y(w.netCents);
      const center = x + BAR + GAP / 2;
      return svg`<g class="week" data-week=${w.end}>
        <title>${t('finance.chart.weekTitle', { end: day(w.end), in: money(w.totalInCents), out: money(out), net: moneyChange(w.netCents) })}</title>
        <rect class="in" x=${x} y=${yIn} width=${BAR} height=${Math.max(0, y(0) - yIn)}></rect>
        <rect class="out" x=${x + BAR + GAP} y=${yOut} width=${BAR} height=${Math.max(0, y(0) - yOut)}></rect>
        <line class="net" x1=${x - 3} x2=${x + 2 * BAR + GAP + 3} y1=${yNet} y2=${yNet}></line>
        <circle class="net" cx=${center} cy=${yNet} r="3"></circle>
        ${
          i % labelEvery === 0
            ? svg`<text class="axis" x=${center} y=${HEIGHT - 10} text-anchor="middle">${shortDay(w.end)}</text>`
            : ''
        }
      </g>`;
    });
    return html`<svg
      viewBox="0 0 ${width} ${HEIGHT}"
      role="img"
      aria-label=${chartSummary(weeks)}
      data-weeks=${weeks.length}
    >
      ${ticks.map(
        (t) =>
          svg`<line class=${t === 0 ? 'zero' : 'grid'} x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${y(t)} y2=${y(t)}></line>
            <text class="axis" x=${MARGIN.left - 6} y=${y(t) + 4} text-anchor="end">${moneyCompact(t)}</text>`,
      )}
      ${bars}
    </svg>`;
  }

  override render() {
    const caption = this.caption || t('finance.chart.caption');
    return html`<figure>
      <figcaption>${caption}</figcaption>
      <div class="scroll" tabindex="0" role="group" aria-label=${t('finance.chart.area')}>
        ${this.plot()}
      </div>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch in"></span>${t('finance.moneyIn')}</li>
        <li><span class="swatch out"></span>${t('finance.moneyOut')}</li>
        <li><span class="swatch net"></span>${t('finance.net')}</li>
      </ul>
      <div class="visually-hidden">
        <table data-chart-table>
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('finance.weekEnding')}</th>
              <th scope="col">${t('finance.moneyIn')}</th>
              <th scope="col">${t('finance.moneyOut')}</th>
              <th scope="col">${t('finance.net')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.weeks.map(
              (w) =>
                html`<tr>
                  <th scope="row">${day(w.end)}</th>
                  <td>${money(w.totalInCents)}</td>
                  <td>${money(Math.abs(w.totalOutCents))}</td>
                  <td>${moneyChange(w.netCents)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </figure>`;
  }
}
