import { html, nothing } from 'lit';
import { AUDIT_EVENTS, type AuditEvent } from './audit.operations.js';
import { formatTime } from '../format.js';
import { ConsolePage, loadState } from '../page.js';

const PAGE_SIZE = 50;

export class ZacAuditPage extends ConsolePage {
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _total: { state: true },
    _offset: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare _items: AuditEvent[];
  declare _total: number;
  declare _offset: number;
  declare _loading: boolean;
  declare _error: unknown;
  private search = '';

  constructor() {
    super();
    this._items = [];
    this._total = 0;
    this._offset = 0;
    this._loading = true;
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this._loading = true;
    try {
      const { auditEvents } = await this.client.request(AUDIT_EVENTS, {
        search: this.search || null,
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
    this.search = String(data.get('search') ?? '').trim();
    this._offset = 0;
    void this.load();
  }

  private page(delta: number): void {
    this._offset = Math.max(0, this._offset + delta * PAGE_SIZE);
    void this.load();
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._items.length === 0 },
      'No audit events match.',
    );
    return html`<h1>Audit log</h1>
      <form class="row" role="search" @submit=${this.submit}>
        <div class="field">
          <label for="search">Search actor, action, target or data</label>
          <input id="search" name="search" type="search" />
        </div>
        <div class="field"><button type="submit">Search</button></div>
      </form>
      ${
        state !== nothing
          ? state
          : html`<p class="muted">
                ${this._offset + 1}–${this._offset + this._items.length} of ${this._total}
              </p>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Actor</th>
                      <th scope="col">Action</th>
                      <th scope="col">Target</th>
                      <th scope="col">Data</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this._items.map(
                      (e) =>
                        html`<tr data-audit=${e.action}>
                          <td>${formatTime(e.createdAt)}</td>
                          <td>${e.actor}</td>
                          <td>${e.action}</td>
                          <td>${e.targetType ?? ''} ${e.targetId ?? ''}</td>
                          <td><code>${JSON.stringify(e.data).slice(0, 200)}</code></td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <div class="row">
                <button
                  type="button"
                  class="secondary"
                  ?disabled=${this._offset === 0}
                  @click=${() => this.page(-1)}
                >
                  Newer
                </button>
                <button
                  type="button"
                  class="secondary"
                  ?disabled=${this._offset + PAGE_SIZE >= this._total}
                  @click=${() => this.page(1)}
                >
                  Older
                </button>
              </div>`
      }`;
  }
}
