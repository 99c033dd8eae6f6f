// <zac-tax-nexus>: the Nexus tab. Every state and DC in the hub's order (measured states by their
// share of the threshold, highest first, then the others: the hub ranks by the exact share, which
// the two-decimal percent shown here could not), each with a bar of that share, the status, the
// registration, the window that decides and, folded, why: the reason with its figures, the rule
// id and its source. The bar is a <meter> (no inline style: the console's CSP, style-src 'self',
// refuses style attributes), hidden from screen readers, which read the percent beside it.
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../format.js';
import { t, translated } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { amountCell } from '../reports/report-format.js';
import { TAX_NEXUS_EXPOSURE, type NexusExposure, type NexusState } from '../tax.operations.js';
import { fill, localDecimal } from './tax-format.js';
import { taxStyles } from './tax.styles.js';
import { citationLink, toggled, whyButton, whyRow } from './tax-why.js';

/** A nexus status in the current language (`tax.nexus.status.<STATUS>`); an unknown one as sent. */
function statusLabel(status: string): string {
  return translated(`tax.nexus.status.${status}`, status);
}

/** The share a bar draws, from the hub's "129.00%": capped at 100 (the text says the rest). */
export function barWidth(percent: string): number {
  const value = Number.parseFloat(percent);
  if (!Number.isFinite(value) || value < 0) return 0;
  return Math.min(value, 100);
}

export class ZacTaxNexus extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    taxStyles,
    css`
      .share {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-width: 11rem;
      }
      meter {
        flex: 1;
        min-width: 5rem;
        height: 0.75rem;
        background: var(--zac-admin-subtle);
        border-radius: 999px;
      }
      meter::-webkit-meter-bar {
        background: var(--zac-admin-subtle);
        border: none;
        border-radius: 999px;
        height: 0.75rem;
      }
      meter::-webkit-meter-optimum-value {
        background: var(--zac-admin-primary);
        border-radius: 999px;
      }
      meter::-moz-meter-bar {
        background: var(--zac-admin-primary);
      }
      meter[data-status='MET']::-webkit-meter-optimum-value {
        background: var(--zac-admin-danger);
        border-radius: 999px;
      }
      meter[data-status='MET']::-moz-meter-bar {
        background: var(--zac-admin-danger);
      }
      meter[data-status='APPROACHING']::-webkit-meter-optimum-value {
        background: var(--zac-admin-highlight);
        border-radius: 999px;
      }
      meter[data-status='APPROACHING']::-moz-meter-bar {
        background: var(--zac-admin-highlight);
      }
      meter[data-registered]::-webkit-meter-optimum-value {
        background: var(--zac-admin-ok);
        border-radius: 999px;
      }
      meter[data-registered]::-moz-meter-bar {
        background: var(--zac-admin-ok);
      }
      .share .pct {
        font-variant-numeric: tabular-nums;
        min-width: 4.2rem;
        text-align: right;
      }
      td.window {
        min-width: 12rem;
      }
      ul.actions {
        margin: 0 0 1rem;
        padding-left: 1.2rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _asOf: { state: true },
    _onlyActive: { state: true },
    _open: { state: true },
    _exposure: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  /** YYYY-MM-DD, or '' for today on the shop's calendar (the hub's default). */
  declare _asOf: string;
  declare _onlyActive: boolean;
  /** The states whose why is unfolded. */
  declare _open: ReadonlySet<string>;
  declare _exposure: NexusExposure | null;
  declare _loading: boolean;
  declare _error: unknown;

  constructor() {
    super();
    this._asOf = '';
    this._onlyActive = false;
    this._open = new Set();
    this._exposure = null;
    this._loading = true;
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this._loading = true;
    try {
      const { nexusExposure } = await this.client.request(TAX_NEXUS_EXPOSURE, {
        asOf: this._asOf || null,
      });
      this._exposure = nexusExposure;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.load();
  }

  private stateNames(codes: readonly string[]): string {
    const names = new Map(this._exposure?.states.map((s) => [s.state, s.stateName]));
    return codes.map((code) => names.get(code) ?? code).join(', ');
  }

  /** A state's row, and below it (spanning the table, folded) why: the reason, rule and source. */
  private row(s: NexusState): TemplateResult {
    const w = s.decidingWindow;
    const open = this._open.has(s.state);
    return html`<tr data-state=${s.state} data-status=${s.status}>
        <th scope="row">
          ${s.stateName} <span class="muted">${s.state}</span><br />
          ${whyButton(s.state, s.stateName, open, () => (this._open = toggled(this._open, s.state)))}
        </th>
        <td>
          ${
            w
              ? html`<div class="share">
                  <meter
                    aria-hidden="true"
                    min="0"
                    max="100"
                    .value=${barWidth(w.percent)}
                    data-status=${s.status}
                    ?data-registered=${s.registered}
                  ></meter>
                  <span class="pct" data-percent>${localDecimal(w.percent)}</span>
                </div>`
              : html`<span class="muted">${t('tax.nexus.notMeasured')}</span>`
          }
        </td>
        <td>
          <span class="badge" data-status=${s.status}>${statusLabel(s.status)}</span>
        </td>
        <td data-registration=${s.registered ? 'yes' : 'no'}>
          ${
            s.registered
              ? html`<span class="badge" data-status="REGISTERED"
                    >${t('tax.nexus.registeredBadge')}</span
                  >${
                    s.registeredOn
                      ? html`<br /><span class="muted"
                            >${t('tax.nexus.since', { date: s.registeredOn })}</span
                          >`
                      : nothing
                  }`
              : t('tax.nexus.notRegistered')
          }
        </td>
        <td class="num" data-sales>${w ? amountCell(w.salesCents) : '—'}</td>
        <td class="num" data-transactions>${w ? formatNumber(w.transactions) : '—'}</td>
        <td class="window">
          ${
            w
              ? html`${w.label}
                  <span class="muted">(${t('tax.dateRange', { from: w.from, to: w.to })})</span>`
              : '—'
          }
        </td>
      </tr>
      ${whyRow(
        s.state,
        7,
        open,
        html` <p><strong>${s.action}</strong></p>
          <p>${s.reason}</p>
          ${
            s.rule
              ? html`<p>
                    ${fill(
                      s.rule.effectiveTo
                        ? t('tax.nexus.ruleInForceUntil', {
                            from: s.rule.effectiveFrom,
                            to: s.rule.effectiveTo,
                            summary: s.rule.summary,
                          })
                        : t('tax.nexus.ruleInForce', {
                            from: s.rule.effectiveFrom,
                            summary: s.rule.summary,
                          }),
                      { rule: html`<code data-rule-id>${s.rule.id}</code>` },
                    )}
                  </p>
                  <p>${fill(t('tax.source'), { source: citationLink(s.rule.citation) })}</p>`
              : nothing
          }`,
      )}`;
  }

  private table(e: NexusExposure): TemplateResult {
    const active = new Set(e.statesSoldInto);
    const states = this._onlyActive
      ? e.states.filter((s) => active.has(s.state) || s.registered)
      : e.states;
    return html`<div class="table-wrap">
      <table data-nexus>
        <caption>
          ${t('tax.nexus.caption', { date: e.asOf })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('tax.state')}</th>
            <th scope="col">${t('tax.nexus.share')}</th>
            <th scope="col">${t('tax.status')}</th>
            <th scope="col">${t('tax.nexus.registered')}</th>
            <th scope="col" class="num">${t('tax.nexus.salesCounted')}</th>
            <th scope="col" class="num">${t('tax.nexus.transactions')}</th>
            <th scope="col">${t('tax.nexus.window')}</th>
          </tr>
        </thead>
        <tbody>
          ${states.map((s) => this.row(s))}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const e = this._exposure;
    const state = loadState(
      { loading: this._loading && !e, error: this._error, empty: !!e && e.states.length === 0 },
      t('tax.nexus.empty'),
    );
    return html`<form class="toolbar" @submit=${this.onSubmit}>
        <div class="field">
          <label for="nexus-as-of">${t('tax.nexus.asOf')}</label>
          <input
            id="nexus-as-of"
            type="date"
            .value=${this._asOf}
            aria-describedby="nexus-as-of-hint"
            @change=${(ev: Event) => (this._asOf = (ev.target as HTMLInputElement).value)}
          />
          <span class="hint" id="nexus-as-of-hint">${t('tax.nexus.asOfHint')}</span>
        </div>
        <button type="submit" ?disabled=${this._loading}>${t('tax.show')}</button>
        <label class="check"
          ><input
            type="checkbox"
            data-only-active
            .checked=${this._onlyActive}
            @change=${(ev: Event) => (this._onlyActive = (ev.target as HTMLInputElement).checked)}
          />${t('tax.nexus.onlyActive')}</label
        >
      </form>
      ${state}
      ${
        e
          ? html`<ul class="actions" aria-label=${t('tax.nexus.whatToDo')}>
                <li data-register-now>
                  ${fill(t('tax.nexus.registerNow'), {
                    states: e.registerNow.length
                      ? html`<strong>${this.stateNames(e.registerNow)}</strong>`
                      : t('tax.nexus.none'),
                  })}
                </li>
                <li data-watch>
                  ${t('tax.nexus.watch', {
                    states: e.watch.length ? this.stateNames(e.watch) : t('tax.nexus.none'),
                  })}
                </li>
              </ul>
              ${this.table(e)}
              <p class="muted">
                ${t('tax.nexus.footer', { version: e.ruleSetVersion, timeZone: e.timeZone })}
              </p>`
          : nothing
      }`;
  }
}
