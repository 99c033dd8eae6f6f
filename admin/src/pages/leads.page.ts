import { html, nothing } from 'lit';
import { LEADS, type Lead } from './leads.operations.js';
import { csvDownload } from '../components/csv-download.js';
import { formatTime } from '../format.js';
import { t } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';

export class ZacLeadsPage extends ConsolePage {
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
      'No leads yet.',
    );
    return html`<h1>${t('page.leads')}</h1>
      <div class="row">${csvDownload('leads')}</div>
      ${
        state !== nothing
          ? state
          : html`<div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Lead</th>
                    <th scope="col">Score</th>
                    <th scope="col">Tier</th>
                    <th scope="col">Stage</th>
                    <th scope="col">What moved the score</th>
                    <th scope="col">Captured</th>
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
                        <td>${l.score ?? '—'}</td>
                        <td><span class="badge">${l.tier ?? 'unscored'}</span></td>
                        <td>${l.stage.toLowerCase()}</td>
                        <td>
                          ${
                            l.scoreFactors.length === 0
                              ? html`<span class="muted">Not scored yet</span>`
                              : html`<ul>
                                  ${l.scoreFactors
                                    .slice(0, 4)
                                    .map(
                                      (f) =>
                                        html`<li>
                                          ${f.label}${f.value === null ? '' : ` (${f.value})`}:
                                          ${f.contribution >= 0 ? '+' : '−'}${Math.abs(f.contribution).toFixed(2)}
                                        </li>`,
                                    )}
                                </ul>`
                          }
                        </td>
                        <td>${formatTime(l.createdAt)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`;
  }
}
