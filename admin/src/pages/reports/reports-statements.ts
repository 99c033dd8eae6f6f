// <zac-reports-statements>: the Statements tab: a period picker (month, quarter or year, the last
// complete month by default), the comparisons wanted, and the income statement, balance sheet and
// cash flow statement of that period from one request. The period is kept in the address
// (?period=2026-10) so a statement can be linked and reloaded.
import { css, html, nothing } from 'lit';
import { t, type MessageKey } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { href } from '../../router.js';
import { REPORT_STATEMENTS, type FinancialStatement } from '../reports.operations.js';
import {
  convertPeriod,
  formatPeriod,
  lastCompleteMonth,
  localToday,
  parsePeriod,
  shiftPeriod,
  type PeriodKind,
} from './period.js';

const KINDS: readonly { kind: PeriodKind; label: MessageKey }[] = [
  { kind: 'month', label: 'reports.kind.month' },
  { kind: 'quarter', label: 'reports.kind.quarter' },
  { kind: 'year', label: 'reports.kind.year' },
];

/** Only the Reports area's own address carries its period. */
function onReportsAddress(): boolean {
  return location.pathname.startsWith(href('/reports'));
}

/** The period the address names, if it is a valid key. */
function periodFromAddress(): string | null {
  if (!onReportsAddress()) return null;
  const value = new URLSearchParams(location.search).get('period');
  const period = value ? parsePeriod(value) : null;
  return period ? formatPeriod(period) : null;
}

/** The period last shown, so coming back from another tab shows it again. */
let lastShown: string | null = null;

export class ZacReportsStatements extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      form.picker {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: flex-end;
        margin-bottom: 1rem;
      }
      form.picker .field {
        margin-bottom: 0;
      }
      .stepper {
        display: flex;
        gap: 0.25rem;
      }
      .stepper input {
        width: 8.5rem;
      }
      .stepper button {
        padding: 0.4rem 0.6rem;
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.9rem;
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: 0.25rem;
      }
      fieldset label,
      label.inline {
        font-weight: 400;
        display: inline-flex;
        gap: 0.35rem;
        align-items: center;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
        margin: 0 0 0.75rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _period: { state: true },
    _draft: { state: true },
    _comparePrior: { state: true },
    _compareLastYear: { state: true },
    _showAccounts: { state: true },
    _statements: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _inputError: { state: true },
  };

  /** The period shown (a valid key). */
  declare _period: string;
  /** What the key field holds while typed. */
  declare _draft: string;
  declare _comparePrior: boolean;
  declare _compareLastYear: boolean;
  declare _showAccounts: boolean;
  declare _statements: FinancialStatement[];
  declare _loading: boolean;
  declare _error: unknown;
  /** Why the typed period was refused, worded at each render. */
  declare _inputError: (() => string) | null;
  /** Answers to an earlier period arriving late are dropped. */
  private requestSeq = 0;

  constructor() {
    super();
    this._period = periodFromAddress() ?? lastShown ?? lastCompleteMonth(localToday());
    this._draft = this._period;
    this._comparePrior = true;
    this._compareLastYear = true;
    this._showAccounts = false;
    this._statements = [];
    this._loading = true;
    this._error = null;
    this._inputError = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.keepInAddress(this._period);
    void this.load();
  }

  async load(): Promise<void> {
    const seq = ++this.requestSeq;
    this._loading = true;
    try {
      const data = await this.client.request(REPORT_STATEMENTS, {
        period: this._period,
        comparePrior: this._comparePrior,
        compareLastYear: this._compareLastYear,
      });
      if (seq !== this.requestSeq) return;
      this._statements = [data.incomeStatement, data.balanceSheet, data.cashFlowStatement];
      this._error = null;
    } catch (error) {
      if (seq !== this.requestSeq) return;
      this._error = error;
    } finally {
      if (seq === this.requestSeq) this._loading = false;
    }
  }

  /** Shows `key` (already valid), keeps it in the address, and loads its statements. */
  private show(key: string): void {
    this._period = key;
    this._draft = key;
    this._inputError = null;
    this.keepInAddress(key);
    void this.load();
  }

  private keepInAddress(key: string): void {
    lastShown = key;
    if (onReportsAddress()) {
      const url = new URL(location.href);
      url.searchParams.set('period', key);
      history.replaceState(history.state, '', url.pathname + url.search);
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const period = parsePeriod(this._draft);
    if (!period) {
      this._inputError = () => t('reports.statements.invalidPeriod');
      return;
    }
    this.show(formatPeriod(period));
  }

  private step(steps: number): void {
    const period = parsePeriod(this._period);
    if (period) this.show(formatPeriod(shiftPeriod(period, steps)));
  }

  private changeKind(kind: PeriodKind): void {
    const period = parsePeriod(this._period);
    if (period && period.kind !== kind) this.show(formatPeriod(convertPeriod(period, kind)));
  }

  private compare(which: 'prior' | 'lastYear', on: boolean): void {
    if (which === 'prior') this._comparePrior = on;
    else this._compareLastYear = on;
    void this.load();
  }

  private picker() {
    const kind = parsePeriod(this._period)?.kind ?? 'month';
    return html`<form class="picker" @submit=${this.submit} novalidate>
      <div class="field">
        <label for="period-kind">${t('reports.statements.showBy')}</label>
        <select
          id="period-kind"
          .value=${kind}
          @change=${(e: Event) =>
            this.changeKind((e.target as HTMLSelectElement).value as PeriodKind)}
        >
          ${KINDS.map(
            (k) =>
              html`<option value=${k.kind} ?selected=${k.kind === kind}>${t(k.label)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="period-key"
          >${t('reports.period')}
          <span class="hint">${t('reports.statements.periodHint')}</span></label
        >
        <div class="stepper">
          <button
            type="button"
            class="secondary"
            aria-label=${t('reports.statements.previous')}
            title=${t('reports.statements.previous')}
            @click=${() => this.step(-1)}
          >
            ‹
          </button>
          <input
            id="period-key"
            name="period"
            autocomplete="off"
            spellcheck="false"
            .value=${this._draft}
            aria-invalid=${this._inputError ? 'true' : 'false'}
            aria-describedby="period-error"
            @input=${(e: Event) => (this._draft = (e.target as HTMLInputElement).value)}
          />
          <button
            type="button"
            class="secondary"
            aria-label=${t('reports.statements.next')}
            title=${t('reports.statements.next')}
            @click=${() => this.step(1)}
          >
            ›
          </button>
        </div>
        <span class="field-error" id="period-error" role="alert">${this._inputError?.()}</span>
      </div>
      <fieldset>
        <legend>${t('reports.statements.compareWith')}</legend>
        <label
          ><input
            type="checkbox"
            name="comparePrior"
            .checked=${this._comparePrior}
            @change=${(e: Event) => this.compare('prior', (e.target as HTMLInputElement).checked)}
          />${t('reports.statements.prior')}</label
        >
        <label
          ><input
            type="checkbox"
            name="compareLastYear"
            .checked=${this._compareLastYear}
            @change=${(e: Event) =>
              this.compare('lastYear', (e.target as HTMLInputElement).checked)}
          />${t('reports.statements.lastYear')}</label
        >
      </fieldset>
      <button type="submit">${t('reports.show')}</button>
    </form>`;
  }

  override render() {
    const state = loadState(
      {
        loading: this._loading && this._statements.length === 0,
        error: this._error,
        empty: false,
      },
      '',
    );
    return html`${this.picker()}
      <div class="toolbar">
        <label class="inline"
          ><input
            type="checkbox"
            .checked=${this._showAccounts}
            @change=${(e: Event) => (this._showAccounts = (e.target as HTMLInputElement).checked)}
          />${t('reports.statements.showAccounts')}</label
        >
        <span class="muted" role="status" aria-live="polite"
          >${this._loading && this._statements.length > 0 ? t('reports.statements.updating') : ''}</span
        >
      </div>
      ${state}
      ${
        this._error
          ? nothing
          : this._statements.map(
              (s) =>
                html`<zac-statement-table
                  .statement=${s}
                  ?show-accounts=${this._showAccounts}
                ></zac-statement-table>`,
            )
      }`;
  }
}
