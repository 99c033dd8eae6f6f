import { html, nothing } from 'lit';
import { LEADS, type Lead } from './leads.operations.js';
import { csvDownload } from '../components/csv-download.js';
import { formatNumber, formatTime } from '../format.js';
import { formatLocale, t, translated } from '../i18n/index.js';
import { stackingTable } from '../styles.js';
import { ConsolePage, loadState } from '../page.js';

/** How far a factor moved the score: "+0.42", "−1.05" (a true minus), in the locale's digits. */
function contribution(value: number): string {
  const digits = Math.abs(value).toLocaleString(formatLocale(), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${value >= 0 ? '+' : '−'}${digits}`;
}

function factorWords(f: Lead['scoreFactors'][number]): string {
  return f.value === null
    ? t('leads.factor', { label: f.label, contribution: contribution(f.contribution) })
    : t('leads.factorWithValue', {
        label: f.label,
        value: formatNumber(f.value),
        contribution: contribution(f.contribution),
      });
}

export class ZacLeadsPage extends ConsolePage {
  // On a phone each lead reads as a block of named lines.
  static override styles = [...ConsolePage.styles, stackingTable];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare _items: Lead[];
  declare _loading: boolean;
  declare _error: unknown;

  constructor() {
    super();
    this._items = [];
    this._loading = true;
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.client
      .request(LEADS)
      .then(({ leads }) => (this._items = leads))
      .catch((error: unknown) => (this._error = error))
      .finally(() => (this._loading = false));
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._items.length === 0 },
      t('leads.none'),
    );
    return html`<h1>${t('page.leads')}</h1>
      <div class="row">${csvDownload('leads')}</div>
      ${
        state !== nothing
          ? state
          : html`<div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th scope="col">${t('leads.lead')}</th>
                    <th scope="col">${t('leads.score')}</th>
                    <th scope="col">${t('leads.tier')}</th>
                    <th scope="col">${t('leads.stage')}</th>
                    <th scope="col">${t('leads.factors')}</th>
                    <th scope="col">${t('leads.captured')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${this._items.map(
                    (l) =>
                      html`<tr data-lead=${l.email}>
                        <td>
                          <strong>${l.name}</strong><br />${l.email}${
                            l.company
                              ? html`<br /><span class="muted">${l.company}</span>`
                              : nothing
                          }
                        </td>
                        <td data-label=${t('leads.score')}>${formatNumber(l.score)}</td>
                        <td data-label=${t('leads.tier')}>
                          <span class="badge"
                            >${
                              l.tier
                                ? translated(`leads.tier.${l.tier}`, l.tier)
                                : t('leads.unscored')
                            }</span
                          >
                        </td>
                        <td data-label=${t('leads.stage')}>
                          ${translated(`leads.stage.${l.stage}`, l.stage.toLowerCase())}
                        </td>
                        <td data-label=${t('leads.factors')}>
                          ${
                            l.scoreFactors.length === 0
                              ? html`<span class="muted">${t('leads.notScored')}</span>`
                              : html`<ul>
                                  ${l.scoreFactors
                                    .slice(0, 4)
                                    .map((f) => html`<li>${factorWords(f)}</li>`)}
                                </ul>`
                          }
                        </td>
                        <td class="when" data-label=${t('leads.captured')}>
                          ${formatTime(l.createdAt)}
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`;
  }
}
