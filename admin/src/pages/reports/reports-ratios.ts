// <zac-reports-ratios>: the Ratios tab: every ratio at a date (today by default) as a card with
// its industry range, the alerts first in the hub's order, and the benchmark's source cited in
// full under the cards (publisher, table, years, where it was read, how the range is derived, how
// the shop's NAICS code was matched, and the caveats).
import { css, html, nothing, type TemplateResult } from 'lit';
import { t } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { day } from '../../components/finance-format.js';
import {
  REPORT_RATIOS,
  type RatioBenchmarkSource,
  type ReportRatios,
} from '../reports.operations.js';
import { localToday } from './period.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ZacReportsRatios extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: flex-end;
        margin-bottom: 0.75rem;
      }
      form .field {
        margin-bottom: 0;
      }
      .window {
        margin: 0 0 1rem;
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
        gap: 0.75rem;
        margin: 0 0 1.25rem;
        padding: 0;
        list-style: none;
      }
      .cards > li {
        display: flex;
      }
      .cards zac-ratio-card {
        flex: 1;
      }
      section.source {
        font-size: 0.9rem;
      }
      section.source h2 {
        font-size: 1rem;
        margin-top: 0;
      }
      section.source p {
        margin: 0.3rem 0;
      }
      section.source ul {
        margin: 0.3rem 0;
        padding-left: 1.2rem;
      }
      section.source a {
        word-break: break-all;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _asOf: { state: true },
    _report: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare _asOf: string;
  declare _report: ReportRatios | null;
  declare _loading: boolean;
  declare _error: unknown;
  private requestSeq = 0;

  constructor() {
    super();
    this._asOf = localToday();
    this._report = null;
    this._loading = true;
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    const seq = ++this.requestSeq;
    this._loading = true;
    try {
      const { financialRatios } = await this.client.request(REPORT_RATIOS, { asOf: this._asOf });
      if (seq !== this.requestSeq) return;
      this._report = financialRatios;
      this._error = null;
    } catch (error) {
      if (seq === this.requestSeq) this._error = error;
    } finally {
      if (seq === this.requestSeq) this._loading = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget as HTMLFormElement).get('asOf') ?? '');
    if (!DATE.test(value)) return;
    this._asOf = value;
    void this.load();
  }

  private source(b: RatioBenchmarkSource): TemplateResult {
    return html`<section class="card source" data-benchmark-source aria-labelledby="source-title">
      <h2 id="source-title">${t('reports.ratios.source')}</h2>
      <p><strong>${b.shortCitation}.</strong></p>
      <p>${b.publisher}. ${b.title}. ${b.table}.</p>
      <p>${t('reports.ratios.data', { period: b.dataPeriod, date: b.publicationDate })}</p>
      <p>
        ${t('reports.ratios.industry', {
          code: b.naicsCode,
          matched: b.matchedCode,
          label: b.industryLabel,
        })}
        ${b.note}
      </p>
      <p>${b.rangeMethod}</p>
      <p>${t('reports.ratios.readAt')}</p>
      <ul>
        ${b.urls.map((url) => html`<li><a href=${url} rel="noopener noreferrer">${url}</a></li>`)}
      </ul>
      ${
        b.caveats.length
          ? html`<p>${t('reports.ratios.caveats')}</p>
              <ul>
                ${b.caveats.map((c) => html`<li>${c}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const r = this._report;
    const state = loadState({ loading: this._loading && !r, error: this._error, empty: false }, '');
    return html`<form @submit=${this.submit}>
        <div class="field">
          <label for="as-of">${t('reports.asOf')}</label>
          <input id="as-of" name="asOf" type="date" required .value=${this._asOf} />
        </div>
        <button type="submit">${t('reports.show')}</button>
      </form>
      ${state}
      ${
        r && !this._error
          ? html`<p class="window muted" data-window>
                ${t('reports.ratios.window', {
                  from: day(r.window.from),
                  to: day(r.window.to),
                  days: r.window.days,
                  asOf: day(r.asOf),
                })}
                ${r.benchmark ? '' : t('reports.ratios.noBenchmark')}
              </p>
              <ul class="cards">
                ${r.ratios.map(
                  (ratio) => html`<li><zac-ratio-card .ratio=${ratio}></zac-ratio-card></li>`,
                )}
              </ul>
              ${r.benchmark ? this.source(r.benchmark) : nothing}`
          : nothing
      }`;
  }
}
