// <zac-finance-reminders>: the overdue-invoice reminders the finance agent drafted, newest first.
// Read one (subject and body), send a drafted one. Without SMTP the hub refuses to send
// (MAIL_NOT_CONFIGURED): the message shows and the draft stays.
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  FINANCE_REMINDERS,
  SEND_INVOICE_REMINDER,
  type InvoiceReminderRow,
} from '../pages/finance.operations.js';
import { errorMessage, formatTime } from '../format.js';
import { t, translated } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { stageLabel } from './finance-format.js';
import { financeStyles } from './finance-ui.js';

/** The hub lists reminders newest first, `first` at a time; "Show more" asks for more. */
export const REMINDERS_PAGE_SIZE = 25;

export class ZacFinanceReminders extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    financeStyles,
    css`
      ul.reminders {
        list-style: none;
        padding: 0;
        margin: 0;
        display: flex;
        flex-direction: column;
        gap: 0.6rem;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.8rem;
        align-items: center;
      }
      .head strong {
        margin-right: auto;
      }
      details {
        margin-top: 0.4rem;
      }
      summary {
        cursor: pointer;
      }
      .badge[data-status='SENT'] {
        background: var(--zac-admin-ok-bg);
        color: var(--zac-admin-ok-fg);
      }
      .badge[data-status='FAILED'] {
        background: var(--zac-admin-danger-bg);
        color: var(--zac-admin-danger-fg);
      }
      .badge[data-status='DRAFTED'] {
        background: var(--zac-admin-warn-bg);
        color: var(--zac-admin-warn-fg);
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _limit: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _busy: { state: true },
    _itemError: { state: true },
    _itemNotice: { state: true },
  };

  declare _items: InvoiceReminderRow[];
  declare _limit: number;
  declare _loading: boolean;
  declare _error: unknown;
  declare _busy: string;
  declare _itemError: Record<string, string>;
  /** What sending did, per reminder, worded at each render. */
  declare _itemNotice: Record<string, (() => string) | null>;

  constructor() {
    super();
    this._items = [];
    this._limit = REMINDERS_PAGE_SIZE;
    this._loading = true;
    this._error = null;
    this._busy = '';
    this._itemError = {};
    this._itemNotice = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this._loading = true;
    try {
      const { invoiceReminders } = await this.client.request(FINANCE_REMINDERS, {
        first: this._limit,
      });
      this._items = invoiceReminders;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private more(): void {
    const focusIndex = this._items.length;
    this._limit += REMINDERS_PAGE_SIZE;
    void this.load().then(async () => {
      await this.updateComplete;
      // The first newly shown reminder takes the focus, so the keyboard reads on.
      const summaries = this.renderRoot.querySelectorAll<HTMLElement>('li[data-reminder] summary');
      summaries.item(focusIndex)?.focus();
    });
  }

  async send(reminder: InvoiceReminderRow): Promise<void> {
    if (this._busy) return;
    this._busy = reminder.id;
    this._itemError = { ...this._itemError, [reminder.id]: '' };
    this._itemNotice = { ...this._itemNotice, [reminder.id]: null };
    try {
      const { sendInvoiceReminder: sent } = await this.client.request(SEND_INVOICE_REMINDER, {
        id: reminder.id,
      });
      this._items = this._items.map((r) => (r.id === sent.id ? sent : r));
      this._itemNotice = {
        ...this._itemNotice,
        [reminder.id]: () =>
          t('finance.reminders.sentTo', { customer: sent.customer, time: formatTime(sent.sentAt) }),
      };
    } catch (error) {
      this._itemError = { ...this._itemError, [reminder.id]: errorMessage(error) };
    } finally {
      this._busy = '';
    }
  }

  private item(r: InvoiceReminderRow): TemplateResult {
    const error = this._itemError[r.id];
    const notice = this._itemNotice[r.id];
    return html`<li class="card" data-reminder=${r.id}>
      <div class="head">
        <strong>${r.invoiceNumber} · ${r.customer}</strong>
        <span>${stageLabel(r.stage)}</span>
        <span class="muted">${t('finance.reminders.daysOverdue', { count: r.daysOverdue })}</span>
        <span class="badge" data-status=${r.status}
          >${translated(`finance.reminders.status.${r.status}`, r.status.toLowerCase())}</span
        >
      </div>
      <details>
        <summary>${r.subject}</summary>
        <pre>${r.body}</pre>
        <p class="muted">
          ${
            r.sentAt
              ? t('finance.reminders.draftedSent', {
                  time: formatTime(r.createdAt),
                  sent: formatTime(r.sentAt),
                })
              : t('finance.reminders.drafted', { time: formatTime(r.createdAt) })
          }
        </p>
      </details>
      ${
        r.status === 'DRAFTED'
          ? html`<div class="actions">
              <button
                type="button"
                data-action="send"
                aria-label=${t('finance.reminders.sendLabel', {
                  stage: r.stage,
                  invoice: r.invoiceNumber,
                  customer: r.customer,
                })}
                ?disabled=${!this.canWrite || this._busy !== ''}
                @click=${() => this.send(r)}
              >
                ${this._busy === r.id ? t('finance.reminders.sending') : t('finance.reminders.send')}
              </button>
            </div>`
          : nothing
      }
      <div aria-live="polite">${notice ? html`<p class="notice">${notice()}</p>` : nothing}</div>
      ${error ? html`<p class="error" role="alert" data-send-error>${error}</p>` : nothing}
    </li>`;
  }

  override render() {
    const state = loadState(
      {
        loading: this._loading && this._items.length === 0,
        error: this._error,
        empty: this._items.length === 0,
      },
      t('finance.reminders.none'),
    );
    return html`<h2>${t('finance.tab.reminders')}</h2>
      <p class="muted">${t('finance.reminders.intro')}</p>
      ${
        state !== nothing
          ? state
          : html`<ul class="reminders">
                ${this._items.map((r) => this.item(r))}
              </ul>
              <div class="pager">
                <span class="range"
                  >${t('finance.reminders.shown', { count: this._items.length })}</span
                >
                ${
                  this._items.length >= this._limit
                    ? html`<button
                        type="button"
                        class="secondary"
                        data-action="more"
                        ?disabled=${this._loading}
                        @click=${this.more}
                      >
                        ${t('finance.reminders.more')}
                      </button>`
                    : nothing
                }
              </div>`
      }`;
  }
}
