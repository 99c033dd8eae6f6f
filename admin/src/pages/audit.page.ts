import { css, html, nothing } from 'lit';
import { AUDIT_EVENTS, type AuditEvent } from './audit.operations.js';
import { actionWords, targetWords } from '../audit-words.js';
import { csvDownload } from '../components/csv-download.js';
import { keyValues } from '../components/key-values.js';
import { formatTime } from '../format.js';
import { pager } from '../components/pager.js';
import { t } from '../i18n/index.js';
import { stackingTable } from '../styles.js';
import { ConsolePage, loadState } from '../page.js';

const PAGE_SIZE = 50;

/** The filters the log is read with (and the CSV download takes). */
interface AuditFilters {
  search: string;
  action: string;
  /** yyyy-mm-dd, the browser's day; empty for no bound. */
  from: string;
  to: string;
}

/** The browser's local midnight starting `day` (yyyy-mm-dd), as an ISO instant; null when empty. */
function dayStart(day: string, plusDays = 0): string | null {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, (d ?? 1) + plusDays).toISOString();
}

export class ZacAuditPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    stackingTable,
    css`
      details > dl.key-values {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.15rem 0.8rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _total: { state: true },
    _offset: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _filters: { state: true },
  };

  declare _items: AuditEvent[];
  declare _total: number;
  declare _offset: number;
  declare _loading: boolean;
  declare _error: unknown;
  declare _filters: AuditFilters;

  constructor() {
    super();
    this._items = [];
    this._total = 0;
    this._offset = 0;
    this._loading = true;
    this._error = null;
    this._filters = { search: '', action: '', from: '', to: '' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this._loading = true;
    const f = this._filters;
    try {
      const { auditEvents } = await this.client.request(AUDIT_EVENTS, {
        search: f.search || null,
        actions: f.action ? [f.action] : null,
        from: dayStart(f.from),
        // The "to" day is included: events before the next day's midnight.
        to: dayStart(f.to, 1),
        first: PAGE_SIZE,
        offset: this._offset,
      });
      this._items = auditEvents.items;
      this._total = auditEvents.totalItems;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    this._filters = {
      search: field('search'),
      action: field('action'),
      from: field('from'),
      to: field('to'),
    };
    this._offset = 0;
    void this.load();
  }

  private pager() {
    return pager({
      label: t('audit.pages'),
      offset: this._offset,
      shown: this._items.length,
      total: this._total,
      pageSize: PAGE_SIZE,
      go: (offset) => {
        this._offset = offset;
        void this.load();
      },
    });
  }

  private csvParams() {
    const f = this._filters;
    return {
      search: f.search,
      action: f.action,
      from: dayStart(f.from),
      to: dayStart(f.to, 1),
    };
  }

  private row(e: AuditEvent) {
    const hasData = Object.keys(e.data).length > 0;
    return html`<tr data-audit=${e.action}>
      <td class="when">${formatTime(e.createdAt)}</td>
      <td data-label=${t('audit.who')} data-actor=${e.actor} title=${e.actor}>${e.actorName}</td>
      <td data-label=${t('audit.what')} data-action-words>${actionWords(e.action)}</td>
      <td data-label=${t('audit.on')} data-target=${e.targetType ?? ''} title=${e.targetId ?? ''}>
        ${e.targetName ?? targetWords(e.targetType, e.targetId)}
      </td>
      <td>
        ${
          hasData
            ? html`<details>
                <summary>${t('audit.details')}</summary>
                ${keyValues(t('audit.details'), e.data, 'Details')}
              </details>`
            : html`<span class="muted">—</span>`
        }
      </td>
    </tr>`;
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._items.length === 0 },
      t('audit.none'),
    );
    const f = this._filters;
    return html`<h1>${t('page.audit')}</h1>
      <form class="row" role="search" @submit=${this.submit}>
        <div class="field">
          <label for="search">${t('audit.search')}</label>
          <input id="search" name="search" type="search" .value=${f.search} />
        </div>
        <div class="field">
          <label for="action">${t('audit.action')}</label>
          <input
            id="action"
            name="action"
            placeholder=${t('audit.actionExample')}
            .value=${f.action}
          />
        </div>
        <div class="field">
          <label for="from">${t('audit.from')}</label>
          <input id="from" name="from" type="date" .value=${f.from} />
        </div>
        <div class="field">
          <label for="to">${t('audit.to')}</label>
          <input id="to" name="to" type="date" .value=${f.to} />
        </div>
        <div class="field"><button type="submit">${t('audit.searchButton')}</button></div>
        <div class="field">${csvDownload('audit', this.csvParams())}</div>
      </form>
      ${
        state !== nothing
          ? state
          : html` <div class="table-wrap">
                <table class="stack">
                  <thead>
                    <tr>
                      <th scope="col">${t('audit.when')}</th>
                      <th scope="col">${t('audit.who')}</th>
                      <th scope="col">${t('audit.what')}</th>
                      <th scope="col">${t('audit.on')}</th>
                      <th scope="col">${t('audit.details')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this._items.map((e) => this.row(e))}
                  </tbody>
                </table>
              </div>
              ${this.pager()}`
      }`;
  }
}
