import { css, html, nothing } from 'lit';
import type { Operation } from '../api/client.js';
import { type HandoffState } from '../api/operations.js';
import {
  CONVERSATION,
  CONVERSATION_EVENTS,
  CONVERSATIONS,
  HAND_BACK,
  RESOLVE,
  SEND_HUMAN_MESSAGE,
  TAKE_OVER,
  type Conversation,
} from './conversations.operations.js';
import { csvDownload } from '../components/csv-download.js';
import { errorMessage, formatTime, statusLabel } from '../format.js';
import { t, type MessageKey } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { href } from '../router.js';

// The open conversation follows `conversationEvents` (each new message or handoff move re-reads
// it); the inbox list is polled every 5 s while this page is shown.
const INBOX_POLL_MS = 5_000;

const TABS: readonly { label: MessageKey; states: HandoffState[] | null }[] = [
  { label: 'conversations.tab.waiting', states: ['HUMAN_REQUESTED'] },
  { label: 'conversations.tab.withPerson', states: ['HUMAN'] },
  { label: 'conversations.tab.bot', states: ['BOT'] },
  { label: 'conversations.tab.resolved', states: ['RESOLVED'] },
  { label: 'conversations.tab.all', states: null },
];

/** Who the conversation is with: the customer's email, the visitor's name, or anonymous. */
const who = (c: Conversation) => c.customerEmail ?? c.visitorName ?? t('conversations.anonymous');

const ROLE_LABEL: Record<Conversation['messages'][number]['role'], MessageKey> = {
  CUSTOMER: 'conversations.role.CUSTOMER',
  AGENT: 'conversations.role.AGENT',
  HUMAN: 'conversations.role.HUMAN',
};

/** An error as the hub said it, or this console's own message in the current language. */
const said = (error: string | { key: MessageKey }) =>
  typeof error === 'string' ? error : t(error.key);

export class ZacConversationsPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-bottom: 1rem;
      }
      .tabs button[aria-pressed='false'] {
        background: var(--zac-admin-bg);
        color: var(--zac-admin-primary);
      }
      .grid {
        display: grid;
        grid-template-columns: 320px minmax(0, 1fr);
        gap: 1rem;
        align-items: start;
      }
      @media (max-width: 900px) {
        .grid {
          grid-template-columns: 1fr;
        }
      }
      ul.list {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ul.list a {
        display: block;
        padding: 0.5rem;
        border-bottom: 1px solid var(--zac-admin-border);
        color: inherit;
        text-decoration: none;
      }
      ul.list a[aria-current='page'] {
        background: var(--zac-admin-info-bg);
      }
      .last {
        color: var(--zac-admin-muted);
        font-size: 0.9rem;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      ol.messages {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        max-height: 28rem;
        overflow-y: auto;
      }
      ol.messages li {
        padding: 0.5rem 0.7rem;
        border-radius: 8px;
        background: var(--zac-admin-subtle);
        max-width: 85%;
      }
      ol.messages li[data-role='CUSTOMER'] {
        align-self: flex-start;
      }
      ol.messages li[data-role='AGENT'],
      ol.messages li[data-role='HUMAN'] {
        align-self: flex-end;
        background: var(--zac-admin-info-bg);
      }
      ol.messages li[data-role='HUMAN'] {
        background: var(--zac-admin-ok-bg);
      }
      .who {
        font-size: 0.8rem;
        font-weight: 700;
        color: var(--zac-admin-muted);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0.5rem 0 1rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    conversationId: { type: String },
    _tab: { state: true },
    _items: { state: true },
    _total: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _open: { state: true },
    _openError: { state: true },
    _actionError: { state: true },
    _reply: { state: true },
    _busy: { state: true },
  };

  declare conversationId: string;
  declare _tab: number;
  declare _items: Conversation[];
  declare _total: number;
  declare _loading: boolean;
  declare _error: unknown;
  declare _open: Conversation | null;
  /** The hub's words as it said them, or the key of this console's own message. */
  declare _openError: string | { key: MessageKey };
  declare _actionError: string | { key: MessageKey };
  declare _reply: string;
  declare _busy: boolean;
  private inboxTimer: ReturnType<typeof setInterval> | undefined;
  private openEvents: { unsubscribe(): void } | undefined;

  constructor() {
    super();
    this.conversationId = '';
    this._tab = 0;
    this._items = [];
    this._total = 0;
    this._loading = true;
    this._error = null;
    this._open = null;
    this._openError = '';
    this._actionError = '';
    this._reply = '';
    this._busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadInbox();
    this.inboxTimer = setInterval(() => void this.loadInbox(), INBOX_POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.inboxTimer);
    this.openEvents?.unsubscribe();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('conversationId')) {
      this.openEvents?.unsubscribe();
      this.openEvents = undefined;
      this._open = null;
      this._openError = '';
      this._actionError = '';
      if (this.conversationId) {
        void this.loadOpen();
        this.openEvents = this.client.subscribe(
          CONVERSATION_EVENTS,
          { id: this.conversationId },
          {
            next: () => void this.loadOpen(),
            error: (error) => (this._openError = errorMessage(error)),
          },
        );
      }
    }
  }

  private async loadInbox(): Promise<void> {
    try {
      const { conversations } = await this.client.request(CONVERSATIONS, {
        handoffStates: TABS[this._tab]?.states ?? null,
        first: 50,
        offset: 0,
      });
      this._items = conversations.items;
      this._total = conversations.totalItems;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private async loadOpen(): Promise<void> {
    const id = this.conversationId;
    try {
      const { conversation } = await this.client.request(CONVERSATION, { id });
      if (id !== this.conversationId) return;
      if (!conversation) this._openError = { key: 'conversations.notFound' };
      this._open = conversation;
    } catch (error) {
      this._openError = errorMessage(error);
    }
  }

  private pickTab(index: number): void {
    this._tab = index;
    this._loading = true;
    void this.loadInbox();
  }

  private async act<TResult>(
    operation: Operation<TResult, { id: string }>,
    updatedOf: (data: TResult) => Conversation,
  ): Promise<void> {
    if (!this._open) return;
    this._busy = true;
    this._actionError = '';
    try {
      const data = await this.client.request(operation, { id: this._open.id });
      this._open = updatedOf(data);
      void this.loadInbox();
    } catch (error) {
      this._actionError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this._open) return;
    const text = this._reply.trim();
    if (!text) {
      this._actionError = { key: 'conversations.writeFirst' };
      return;
    }
    this._busy = true;
    this._actionError = '';
    try {
      await this.client.request(SEND_HUMAN_MESSAGE, { conversationId: this._open.id, text });
      this._reply = '';
      await this.loadOpen();
    } catch (error) {
      this._actionError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private detail() {
    if (!this.conversationId) {
      return html`<p class="state">${t('conversations.openOne')}</p>`;
    }
    if (this._openError) {
      return html`<p class="error" role="alert">${said(this._openError)}</p>`;
    }
    const c = this._open;
    if (!c) return html`<p class="state" role="status">${t('state.loading')}</p>`;
    const state = c.handoffState;
    const disabled = this._busy || !this.canWrite;
    return html`<h2 id="conv-title">${who(c)}</h2>
      <p>
        ${t('conversations.whoAnswers')}
        <span class="badge" data-handoff-state=${state}>${statusLabel(state)}</span>
      </p>
      <ol class="messages" aria-label=${t('conversations.messages')} aria-live="polite">
        ${c.messages.length === 0 ? html`<li class="muted">${t('conversations.noMessagesYet')}</li>` : nothing}
        ${c.messages.map(
          (m) =>
            html`<li data-role=${m.role}>
              <div class="who">
                ${t('conversations.messageBy', {
                  role: t(ROLE_LABEL[m.role]),
                  time: formatTime(m.createdAt),
                })}
              </div>
              <div>${m.text}</div>
            </li>`,
        )}
      </ol>
      <div class="actions">
        ${
          state === 'BOT' || state === 'HUMAN_REQUESTED'
            ? html`<button
                type="button"
                data-action="take-over"
                ?disabled=${disabled}
                @click=${() => this.act(TAKE_OVER, (d) => d.takeOverConversation)}
              >
                ${t('conversations.takeOver')}
              </button>`
            : nothing
        }
        ${
          state === 'HUMAN' || state === 'HUMAN_REQUESTED'
            ? html`<button
                type="button"
                class="secondary"
                data-action="hand-back"
                ?disabled=${disabled}
                @click=${() => this.act(HAND_BACK, (d) => d.handBackToBot)}
              >
                ${t('conversations.handBack')}
              </button>`
            : nothing
        }
        ${
          state === 'HUMAN'
            ? html`<button
                type="button"
                class="secondary"
                data-action="resolve"
                ?disabled=${disabled}
                @click=${() => this.act(RESOLVE, (d) => d.resolveConversation)}
              >
                ${t('conversations.resolve')}
              </button>`
            : nothing
        }
      </div>
      ${
        this._actionError
          ? html`<p class="error" role="alert">${said(this._actionError)}</p>`
          : nothing
      }
      ${
        state === 'HUMAN'
          ? html`<form @submit=${this.send} novalidate aria-label=${t('conversations.reply')}>
              <div class="field">
                <label for="reply">${t('conversations.yourReply')}</label>
                <textarea
                  id="reply"
                  .value=${this._reply}
                  @input=${(e: Event) => (this._reply = (e.target as HTMLTextAreaElement).value)}
                ></textarea>
              </div>
              <button type="submit" data-action="send" ?disabled=${disabled}>
                ${t('conversations.send')}
              </button>
            </form>`
          : html`<p class="muted">${t('conversations.takeOverToReply')}</p>`
      }`;
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._items.length === 0 },
      t('conversations.none'),
    );
    return html`<h1>${t('page.conversations')}</h1>
      <div class="tabs" role="group" aria-label=${t('conversations.filter')}>
        ${TABS.map(
          (tab, i) =>
            html`<button
              type="button"
              aria-pressed=${i === this._tab ? 'true' : 'false'}
              @click=${() => this.pickTab(i)}
            >
              ${t(tab.label)}
            </button>`,
        )}
        ${csvDownload('conversations', { state: TABS[this._tab]?.states ?? null })}
      </div>
      <div class="grid">
        <section class="card" aria-label=${t('conversations.inbox')}>
          ${
            state !== nothing
              ? state
              : html`<p class="muted">${t('conversations.count', { count: this._total })}</p>
                  <ul class="list">
                    ${this._items.map(
                      (c) =>
                        html`<li>
                          <a
                            href=${href(`/conversations/${c.id}`)}
                            aria-current=${c.id === this.conversationId ? 'page' : nothing}
                            data-conversation=${c.id}
                          >
                            <strong>${who(c)}</strong>
                            <span class="badge">${statusLabel(c.handoffState)}</span>
                            <div class="last">
                              ${c.lastMessage?.text ?? t('conversations.noMessages')}
                            </div>
                          </a>
                        </li>`,
                    )}
                  </ul>`
          }
        </section>
        <section class="card" aria-label=${t('conversations.conversation')}>
          ${this.detail()}
        </section>
      </div>`;
  }
}
