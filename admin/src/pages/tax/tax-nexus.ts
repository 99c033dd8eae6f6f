// <zac-tax-nexus>: the Nexus tab. Every state and DC in the hub's order (measured states by their
// share of the threshold, highest first, then the others: the hub ranks by the exact share, which
// the two-decimal percent shown here could not), each with a bar of that share, the status, the
// registration, the window that decides and, folded, why: the reason with its figures, the rule
// id and its source. The bar is a <meter> (no inline style: the console's CSP, style-src 'self',
// refuses style attributes), hidden from screen readers, which read the percent beside it.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsolePage, loadState } from '../../page.js';
import { amountCell } from '../reports/report-format.js';
import { TAX_NEXUS_EXPOSURE, type NexusExposure, type NexusState } from '../tax.operations.js';
import { taxStyles } from './tax.styles.js';
import { citationLink, toggled, whyButton, whyRow } from './tax-why.js';

const STATUS_LABEL: Record<string, string> = {
  MET: 'MET',
  APPROACHING: 'APPROACHING',
  BELOW: 'BELOW',
  NO_SALES_TAX: 'no sales tax',
  NO_RULE_ON_DATE: 'no rule on the date',
  UNSOURCED: 'no source',
};

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
                  <span class="pct" data-percent>${w.percent}</span>
                </div>`
              : html`<span class="muted">not measured</span>`
          }
        </td>
        <td>
          <span class="badge" data-status=${s.status}>${STATUS_LABEL[s.status] ?? s.status}</span>
        </td>
        <td data-registration=${s.registered ? 'yes' : 'no'}>
          ${
            s.registered
              ? html`<span class="badge" data-status="REGISTERED">registered</span>${
                    s.registeredOn
                      ? html`<br /><span class="muted">since ${s.registeredOn}</span>`
                      : nothing
                  }`
              : 'no'
          }
        </td>
        <td class="num" data-sales>${w ? amountCell(w.salesCents) : '—'}</td>
        <td class="num" data-transactions>${w ? w.transactions.toLocaleString('en-US') : '—'}</td>
        <td class="window">
          ${w ? html`${w.label} <span class="muted">(${w.from} to ${w.to})</span>` : '—'}
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
                    Rule <code data-rule-id>${s.rule.id}</code>, in force from
                    ${s.rule.effectiveFrom}${s.rule.effectiveTo ? ` to ${s.rule.effectiveTo}` : ''}:
                    ${s.rule.summary}.
                  </p>
                  <p>Source: ${citationLink(s.rule.citation)}</p>`
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
          Economic nexus on ${e.asOf}, by share of each state's threshold
        </caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Share of threshold</th>
            <th scope="col">Status</th>
            <th scope="col">Registered</th>
            <th scope="col" class="num">Sales counted</th>
            <th scope="col" class="num">Transactions</th>
            <th scope="col">Window measured</th>
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
      'No state to show.',
    );
    return html`<form class="toolbar" @submit=${this.onSubmit}>
        <div class="field">
          <label for="nexus-as-of">As of</label>
          <input
            id="nexus-as-of"
            type="date"
            .value=${this._asOf}
            aria-describedby="nexus-as-of-hint"
            @change=${(ev: Event) => (this._asOf = (ev.target as HTMLInputElement).value)}
          />
          <span class="hint" id="nexus-as-of-hint">Empty: today on the shop's calendar.</span>
        </div>
        <button type="submit" ?disabled=${this._loading}>Show</button>
        <label class="check"
          ><input
            type="checkbox"
            data-only-active
            .checked=${this._onlyActive}
            @change=${(ev: Event) => (this._onlyActive = (ev.target as HTMLInputElement).checked)}
          />Only states the shop sells into or is registered in</label
        >
      </form>
      ${state}
      ${
        e
          ? html`<ul class="actions" aria-label="What to do">
                <li data-register-now>
                  Register now:
                  ${e.registerNow.length ? html`<strong>${this.stateNames(e.registerNow)}</strong>` : 'none'}
                </li>
                <li data-watch>
                  Watch (80% of a threshold or more):
                  ${e.watch.length ? this.stateNames(e.watch) : 'none'}
                </li>
              </ul>
              ${this.table(e)}
              <p class="muted">
                Rule set ${e.ruleSetVersion}; dates on the shop's calendar (${e.timeZone}). A bar is
                the share of the threshold in the window that decides (the larger test's share when
                either test is enough, the smaller when both are needed).
              </p>`
          : nothing
      }`;
  }
}
