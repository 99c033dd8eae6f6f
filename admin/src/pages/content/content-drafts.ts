// <zac-content-drafts>: the Drafts tab's list. The blog posts not published yet, most recently
// changed first, each with its state, the publication it waits for, its focus keyword and day;
// a title opens the post in the editor (/admin/content/drafts/<id>).
import { css, html, nothing } from 'lit';
import { t } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { href } from '../../router.js';
import { CONTENT_DRAFTS, type DraftListItem } from '../content.operations.js';
import { shortDateTime, shortDay, stateLabel } from './content-format.js';
import { contentStyles } from './content.styles.js';

export class ZacContentDrafts extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    contentStyles,
    css`
      td.title {
        min-width: 16rem;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      td.when {
        white-space: nowrap;
      }
      .badge[data-waits] {
        background: var(--zac-admin-warn-bg);
        color: var(--zac-admin-warn-fg);
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _loading: { state: true },
    _error: { state: true },
  };

  declare _items: DraftListItem[];
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
    void this.load();
  }

  async load(): Promise<void> {
    try {
      const { contentItems } = await this.client.request(CONTENT_DRAFTS, {
        states: ['IDEA', 'DRAFTING', 'IN_REVIEW', 'APPROVED', 'SCHEDULED'],
      });
      this._items = contentItems.items;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._items.length === 0 },
      t('content.drafts.empty'),
    );
    if (state !== nothing) return state;
    const waiting = this._items.filter((i) => i.pendingApproval).length;
    return html`${
        waiting
          ? html`<p class="notice" data-waiting>
              ${t('content.drafts.waiting', { count: waiting })}
            </p>`
          : nothing
      }
      <div
        class="table-wrap"
        role="region"
        aria-label=${t('content.drafts.tableLabel')}
        tabindex="0"
      >
        <table class="stack" data-drafts>
          <thead>
            <tr>
              <th scope="col">${t('content.field.title')}</th>
              <th scope="col">${t('content.field.state')}</th>
              <th scope="col">${t('content.field.focusKeyword')}</th>
              <th scope="col">${t('content.field.plannedFor')}</th>
              <th scope="col">${t('content.drafts.lastChanged')}</th>
            </tr>
          </thead>
          <tbody>
            ${this._items.map(
              (i) =>
                html`<tr data-item=${i.id}>
                  <td class="title">
                    <a href=${href(`/content/drafts/${encodeURIComponent(i.id)}`)}>${i.title}</a>
                  </td>
                  <td>
                    <span class="badge" data-state=${i.state}>${stateLabel(i.state)}</span>
                    ${
                      i.pendingApproval
                        ? html`<span class="badge" data-waits
                            >${t('content.drafts.waitsForApproval')}</span
                          >`
                        : nothing
                    }
                  </td>
                  <td data-label=${t('content.field.focusKeyword')}>${i.focusKeyword ?? '—'}</td>
                  <td class="when" data-label=${t('content.field.plannedFor')}>
                    ${i.plannedFor ? shortDay(i.plannedFor) : '—'}
                  </td>
                  <td class="when" data-label=${t('content.drafts.lastChanged')}>
                    ${shortDateTime(i.updatedAt)}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
