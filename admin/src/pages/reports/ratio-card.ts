// <zac-ratio-card>: one financial ratio: its value, the industry's range drawn as a band with the
// value marked, the alert in words, and on expand the formula with the figures it was computed
// from (their statement lines, accounts and dates). The band is SVG with percentage positions:
// no inline style, so the console's CSP (style-src 'self') holds.
import { LitElement, css, html, nothing, svg, type TemplateResult } from 'lit';
import { LanguageController, formatLocale, t } from '../../i18n/index.js';
import { base } from '../../styles.js';
import type { ReportRatio } from '../reports.operations.js';
import { accounting, percentText } from './report-format.js';

type Term = ReportRatio['numerator'];

/** A ratio's value as the hub rounded it: "71.4%", "7.81×", "38.5 days". */
export function ratioValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  const fixed = (digits: number) =>
    value.toLocaleString(formatLocale(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  switch (unit) {
    case 'PERCENT':
      return percentText(value, 1);
    case 'TIMES':
      return `${fixed(2)}×`;
    case 'DAYS':
      return t('reports.ratio.days', { days: fixed(1) });
    default:
      return value.toLocaleString(formatLocale());
  }
}

/** Where the value sits against the range, in words. */
export function rangePosition(value: number, low: number, high: number): string {
  if (value < low) return t('reports.ratio.below');
  if (value > high) return t('reports.ratio.above');
  return t('reports.ratio.within');
}

/**
 * Positions on the band's scale in percent of its width: the range and the value with a margin
 * either side, so a value far outside still shows the range as a band, not a line.
 */
export function bandScale(
  value: number | null,
  low: number,
  high: number,
): { low: number; high: number; value: number | null } {
  const lo = Math.min(low, value ?? low);
  const hi = Math.max(high, value ?? high);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.12;
  const at = (v: number) => ((v - (lo - pad)) / (hi - lo + 2 * pad)) * 100;
  return { low: at(low), high: at(high), value: value === null ? null : at(value) };
}

export class ZacRatioCard extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      article {
        height: 100%;
        display: flex;
        flex-direction: column;
        gap: 0.35rem;
      }
      h2 {
        margin: 0;
        font-size: 0.95rem;
        color: var(--zac-admin-muted);
        font-weight: 600;
      }
      .value {
        font-size: 1.6rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        margin: 0;
        line-height: 1.2;
      }
      .why {
        color: var(--zac-admin-muted);
        font-size: 0.85rem;
        margin: 0;
      }
      svg.range {
        display: block;
        width: 100%;
        height: 26px;
        overflow: visible;
      }
      .track {
        fill: var(--zac-admin-subtle);
        stroke: var(--zac-admin-border);
      }
      .band {
        fill: var(--zac-admin-ok-bg);
        stroke: var(--zac-admin-ok);
      }
      .marker {
        stroke: var(--zac-admin-fg);
        stroke-width: 3;
        stroke-linecap: round;
      }
      .marker-head {
        fill: var(--zac-admin-fg);
      }
      .range-text {
        margin: 0;
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
      }
      .position {
        font-weight: 600;
      }
      .alert {
        margin: 0.2rem 0 0;
        padding: 0.45rem 0.6rem;
        border-radius: 6px;
        font-size: 0.85rem;
        background: var(--zac-admin-info-surface);
        border: 1px solid var(--zac-admin-info-border);
        color: var(--zac-admin-info-fg);
      }
      .alert[data-severity='WARNING'] {
        background: var(--zac-admin-warn-surface);
        border-color: var(--zac-admin-warn-border);
        color: var(--zac-admin-warn-fg);
      }
      details {
        margin-top: auto;
        padding-top: 0.3rem;
        font-size: 0.85rem;
      }
      summary {
        cursor: pointer;
        color: var(--zac-admin-primary);
      }
      dl {
        margin: 0.4rem 0 0;
      }
      dt {
        font-weight: 600;
        margin-top: 0.35rem;
      }
      dd {
        margin: 0;
      }
      ul.sources {
        margin: 0.15rem 0 0;
        padding-left: 1rem;
        color: var(--zac-admin-muted);
      }
    `,
  ];
  static override properties = {
    ratio: { attribute: false },
  };

  declare ratio: ReportRatio | null;

  constructor() {
    super();
    this.ratio = null;
    new LanguageController(this);
  }

  private band(r: ReportRatio): TemplateResult | typeof nothing {
    const b = r.benchmark;
    if (!b) return nothing;
    const at = bandScale(r.value ?? null, b.low, b.high);
    const range = t('reports.range', {
      low: ratioValue(b.low, r.unit),
      high: ratioValue(b.high, r.unit),
    });
    const label =
      r.value === null || r.value === undefined
        ? t('reports.ratio.noValue', { range })
        : t('reports.ratio.valueAt', {
            value: ratioValue(r.value, r.unit),
            position: rangePosition(r.value, b.low, b.high),
            range,
          });
    return html`<svg class="range" role="img" aria-label=${label} data-range>
        <rect class="track" x="0" y="9" width="100%" height="8" rx="4"></rect>
        <rect
          class="band"
          x="${at.low}%"
          y="6"
          width="${Math.max(0.8, at.high - at.low)}%"
          height="14"
          rx="3"
        ></rect>
        ${
          at.value === null
            ? nothing
            : svg`<line class="marker" x1="${at.value}%" x2="${at.value}%" y1="2" y2="24"></line>`
        }
      </svg>
      <p class="range-text" data-range-text>
        ${t('reports.ratio.industryRange', { range })}${
          r.value === null || r.value === undefined
            ? ''
            : html` · <span class="position">${rangePosition(r.value, b.low, b.high)}</span>`
        }
      </p>`;
  }

  private term(label: string, term: Term): TemplateResult {
    return html`<dt>
        ${t(term.isAverage ? 'reports.ratio.termAverage' : 'reports.ratio.term', {
          role: label,
          label: term.label,
        })}
      </dt>
      <dd>
        ${accounting(term.cents)}
        <ul class="sources">
          ${term.sources.map((s) => {
            // The dates stay as the hub gives them (YYYY-MM-DD): the figures' exact bounds.
            const when =
              s.statement === 'BALANCE_SHEET'
                ? t('reports.ratio.at', { date: s.to })
                : t('reports.range', { low: s.from ?? '', high: s.to });
            const figures = { label: s.label, amount: accounting(s.cents), when };
            return html`<li>
              ${
                s.accounts.length
                  ? t('reports.ratio.sourceAccounts', {
                      ...figures,
                      accounts: s.accounts.join(', '),
                    })
                  : t('reports.ratio.source', figures)
              }
            </li>`;
          })}
        </ul>
      </dd>`;
  }

  override render() {
    const r = this.ratio;
    if (!r) return nothing;
    return html`<article class="card" data-ratio=${r.key}>
      <h2>${r.label}</h2>
      <p class="value" data-value>${ratioValue(r.value, r.unit)}</p>
      ${r.nullReason ? html`<p class="why">${r.nullReason}</p>` : nothing} ${this.band(r)}
      ${
        !r.benchmark && r.benchmarkMissingReason
          ? html`<p class="why" data-no-benchmark>${r.benchmarkMissingReason}</p>`
          : nothing
      }
      ${
        r.alert
          ? html`<p class="alert" data-severity=${r.alert.severity} role="note">${r.alert.text}</p>`
          : nothing
      }
      <details>
        <summary>${t('reports.ratio.formula')}</summary>
        <p>${r.formula}</p>
        <dl>
          ${this.term(t('reports.ratio.numerator'), r.numerator)}
          ${this.term(t('reports.ratio.denominator'), r.denominator)}
        </dl>
      </details>
    </article>`;
  }
}
