import { css, html, nothing } from 'lit';
import { formatTime } from '../format.js';
import { pager } from '../components/pager.js';
import { t } from '../i18n/index.js';
import { stackingTable } from '../styles.js';
import { ConsolePage, loadState } from '../page.js';
import { OUTBOX, type CaughtEmail, type MailDelivery } from './outbox.operations.js';

const PAGE_SIZE = 50;

/** What the page says about how this hub sends email, above the list. */
function deliveryNotice(delivery: MailDelivery) {
  switch (delivery) {
    case 'CATCHER':
      return html`<p class="notice" data-delivery="CATCHER">${t('outbox.catcher')}</p>`;
    case 'SMTP':
      return html`<p class="notice" data-delivery="SMTP">${t('outbox.smtp')}</p>`;
    case 'NONE':
      return html`<p class="notice" data-delivery="NONE">${t('outbox.none')}</p>`;
    default:
      return delivery satisfies never;
  }
}

/**
 * The Outbox: email the development mail catcher kept, newest first; one opens as its recipient
 * would read it. Bodies are untrusted text: the plain text is shown as text (Lit escapes it), and
 * an HTML body only inside a sandboxed frame with no scripts, forms or same-origin access.
 */
export class ZacOutboxPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    stackingTable,
    css`
      .mail {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      pre.body {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-family: inherit;
        margin: 0;
      }
      dl.headers {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 0.15rem 0.8rem;
        margin: 0;
        overflow-wrap: anywhere;
      }
      dl.headers dt {
        font-weight: 600;
      }
      iframe.html {
        width: 100%;
        min-height: 20rem;
        border: 1px solid var(--zac-admin-border, #d1d5db);
        background: #fff;
      }
      button.link {
        background: none;
        border: none;
        padding: 0;
        color: var(--zac-admin-primary);
        text-decoration: underline;
        cursor: pointer;
        text-align: left;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _total: { state: true },
    _offset: { state: true },
    _delivery: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _open: { state: true },
  };

  declare _items: CaughtEmail[];
  declare _total: number;
  declare _offset: number;
  declare _delivery: MailDelivery | null;
  declare _loading: boolean;
  declare _error: unknown;
  /** The email open for reading. */
  declare _open: CaughtEmail | null;

  constructor() {
    super();
    this._items = [];
    this._total = 0;
    this._offset = 0;
    this._delivery = null;
    this._loading = true;
    this._error = null;
    this._open = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this._loading = true;
    try {
      const { caughtEmails } = await this.client.request(OUTBOX, {
        first: PAGE_SIZE,
        offset: this._offset,
      });
      this._items = caughtEmails.items;
      this._total = caughtEmails.totalItems;
      this._delivery = caughtEmails.delivery;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private pager() {
    return pager({
      label: t('outbox.pages'),
      offset: this._offset,
      shown: this._items.length,
      total: this._total,
      pageSize: PAGE_SIZE,
      go: (offset) => {
        this._offset = offset;
        this._open = null;
        void this.load();
      },
    });
  }

  private reader(mail: CaughtEmail) {
    const headers = Object.entries(mail.headers as Record<string, unknown>);
    return html`<article class="card mail" data-open-mail=${mail.id} aria-labelledby="mail-subject">
      <h2 id="mail-subject">${mail.subject}</h2>
      <dl class="headers" data-headers>
        ${headers.map(
          ([name, value]) =>
            html`<dt>${name}</dt>
              <dd>${String(value)}</dd>`,
        )}
      </dl>
      <pre class="body" data-body>${mail.textBody}</pre>
      ${
        mail.htmlBody
          ? html`<iframe
              class="html"
              title=${t('outbox.htmlTitle')}
              sandbox=""
              referrerpolicy="no-referrer"
              .srcdoc=${mail.htmlBody}
            ></iframe>`
          : nothing
      }
      <div>
        <button type="button" class="secondary" @click=${() => (this._open = null)}>
          ${t('outbox.back')}
        </button>
      </div>
    </article>`;
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._items.length === 0 },
      t('outbox.empty'),
    );
    return html`<h1>${t('page.outbox')}</h1>
      ${this._delivery ? deliveryNotice(this._delivery) : nothing}
      ${
        this._open
          ? this.reader(this._open)
          : state !== nothing
            ? state
            : html` <div class="table-wrap">
                  <table class="stack">
                    <thead>
                      <tr>
                        <th scope="col">${t('outbox.sent')}</th>
                        <th scope="col">${t('outbox.to')}</th>
                        <th scope="col">${t('outbox.subject')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${this._items.map(
                        (m) =>
                          html`<tr data-mail=${m.id}>
                            <td class="when">${formatTime(m.sentAt)}</td>
                            <td data-label=${t('outbox.to')} data-to>${m.toAddress}</td>
                            <td data-label=${t('outbox.subject')}>
                              <button
                                type="button"
                                class="link"
                                data-action="open"
                                @click=${() => (this._open = m)}
                              >
                                ${m.subject}
                              </button>
                              ${
                                m.confidential
                                  ? html`<span class="badge" title=${t('outbox.confidentialTitle')}
                                      >${t('outbox.ownersOnly')}</span
                                    >`
                                  : nothing
                              }
                            </td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                ${this.pager()}`
      }`;
  }
}
