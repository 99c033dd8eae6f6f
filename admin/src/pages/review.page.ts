import { css, html, nothing } from 'lit';
import type { Subscription } from '../api/client.js';
import {
  APPROVALS,
  APPROVE_RUN,
  REJECT_RUN,
  RUN_UPDATED,
  type Approval,
  type RunSummary,
} from '../api/operations.js';
import { keyWords } from '../components/key-values.js';
import { errorMessage, formatCents, formatTime, statusLabel } from '../format.js';
import { t } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { href } from '../router.js';

type Decided = Approval & { run: RunSummary };
type Mode = 'view' | 'edit' | 'reject';

/** What the approval would do, in words: "Send an email to Priya Raman", "Run issue refund". */
function proposedAction(a: Approval): string {
  if (a.email) return t('review.sendEmail', { name: a.email.toName ?? a.email.to });
  if (a.actionKind === 'SEND_REPLY') return t('review.sendReply');
  if (a.actionKind === 'TOOL_CALL') return a.toolName ? keyWords(a.toolName) : t('review.runTool');
  if (a.actionKind === 'MODEL_CALL') return t('review.overBudget');
  return statusLabel(a.actionKind);
}

export class ZacReviewPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      /* An email reads as its recipient will see it, not as code. */
      pre.email {
        font-family: inherit;
        font-size: 0.95rem;
      }
      ul.items {
        list-style: none;
        padding: 0;
        margin: 0;
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2rem 1rem;
        margin: 0.5rem 0;
      }
      dt {
        color: var(--zac-admin-muted);
      }
      dd {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
      h2 {
        margin-top: 0;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _mode: { state: true },
    _text: { state: true },
    _itemError: { state: true },
    _busy: { state: true },
    _decided: { state: true },
  };

  declare _items: Decided[];
  declare _loading: boolean;
  declare _error: unknown;
  declare _mode: Record<string, Mode>;
  declare _text: Record<string, string>;
  /** Each item's message, written when shown (so it follows a language change). */
  declare _itemError: Record<string, () => string>;
  declare _busy: string;
  /** Runs decided here, kept in view with their live status until they finish. */
  declare _decided: Decided[];
  private live: Subscription | undefined;
  /** The latest status runUpdated reported per run: it may arrive before a mutation's answer. */
  private readonly liveStatus = new Map<string, RunSummary['status']>();

  constructor() {
    super();
    this._items = [];
    this._loading = true;
    this._error = null;
    this._mode = {};
    this._text = {};
    this._itemError = {};
    this._busy = '';
    this._decided = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.live = this.client.subscribe(
      RUN_UPDATED,
      {},
      {
        next: ({ runUpdated }) => this.onRunUpdated(runUpdated),
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.live?.unsubscribe();
  }

  private onRunUpdated(run: RunSummary): void {
    this.liveStatus.set(run.id, run.status);
    const update = (list: Decided[]) =>
      list.map((a) => (a.run.id === run.id ? { ...a, run: { ...a.run, ...run } } : a));
    this._decided = update(this._decided);
    this._items = update(this._items);
    if (run.status === 'WAITING_FOR_HUMAN' && !this._items.some((a) => a.run.id === run.id)) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      const { approvals } = await this.client.request(APPROVALS, { statuses: ['PENDING'] });
      this._items = approvals.items;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private setMode(id: string, mode: Mode, approval: Approval): void {
    this._mode = { ...this._mode, [id]: mode };
    this._itemError = { ...this._itemError, [id]: () => '' };
    this._text = {
      ...this._text,
      [id]: mode === 'edit' ? (approval.editedOutput ?? approval.proposedOutput) : '',
    };
  }

  private async decide(approval: Decided, decision: 'approve' | 'edit' | 'reject'): Promise<void> {
    const id = approval.id;
    const text = (this._text[id] ?? '').trim();
    if (decision === 'reject' && !text) {
      this._itemError = { ...this._itemError, [id]: () => t('review.reasonMissing') };
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#text-${id}`)?.focus();
      return;
    }
    if (decision === 'edit' && !text) {
      this._itemError = { ...this._itemError, [id]: () => t('review.editedEmpty') };
      return;
    }
    this._busy = id;
    try {
      const run =
        decision === 'reject'
          ? (
              await this.client.request(REJECT_RUN, {
                id: approval.run.id,
                reason: text,
              })
            ).rejectRun
          : (
              await this.client.request(APPROVE_RUN, {
                id: approval.run.id,
                ...(decision === 'edit' ? { editedOutput: text } : {}),
              })
            ).approveRun;
      this._items = this._items.filter((a) => a.id !== id);
      this._decided = [
        {
          ...approval,
          status: decision === 'reject' ? 'REJECTED' : 'APPROVED',
          run: { ...approval.run, ...run, status: this.liveStatus.get(run.id) ?? run.status },
        },
        ...this._decided.filter((a) => a.id !== id),
      ];
    } catch (error) {
      const message = errorMessage(error);
      this._itemError = { ...this._itemError, [id]: () => message };
    } finally {
      this._busy = '';
    }
  }

  private item(a: Decided) {
    const mode = this._mode[a.id] ?? 'view';
    const busy = this._busy === a.id;
    const disabled = busy || !this.canWrite;
    return html`<li class="card" data-approval=${a.id} data-run=${a.run.id}>
      <h2>${t('review.heading', { agent: a.run.agent.name, action: proposedAction(a) })}</h2>
      <dl>
        ${
          a.email
            ? html`<dt>${t('review.to')}</dt>
                <dd data-email-to>
                  ${a.email.toName ? `${a.email.toName} <${a.email.to}>` : a.email.to}
                </dd>
                <dt>${t('review.subject')}</dt>
                <dd data-email-subject>${a.email.subject}</dd>`
            : nothing
        }
        ${
          a.amountCents === null || a.amountCents === undefined
            ? nothing
            : html`<dt>${t('review.amount')}</dt>
                <dd data-amount>${formatCents(a.amountCents)}</dd>`
        }
        <dt>${t('review.scenario')}</dt>
        <dd>${a.run.scenario?.title ?? '—'}</dd>
        <dt>${t('review.reason')}</dt>
        <dd data-reason>${a.reason}</dd>
        <dt>${t('review.run')}</dt>
        <dd>
          <a href=${href(`/runs/${a.run.id}`)}>${t('review.runDetail')}</a>
          <span class="badge" data-status=${a.run.status}>${statusLabel(a.run.status)}</span>
        </dd>
        <dt>${t('review.expires')}</dt>
        <dd>${formatTime(a.expiresAt)}</dd>
      </dl>
      <pre
        class=${a.email ? 'email' : ''}
        aria-label=${a.email ? t('review.emailBody') : t('review.proposedOutput')}
        tabindex="0"
      >
${a.proposedOutput}</pre>
      ${
        mode !== 'view'
          ? html`<div class="field">
              <label for="text-${a.id}"
                >${mode === 'edit' ? t('review.editedText') : t('review.rejectReason')}</label
              >
              <textarea
                id="text-${a.id}"
                .value=${this._text[a.id] ?? ''}
                aria-describedby="item-error-${a.id}"
                @input=${(e: Event) =>
                  (this._text = { ...this._text, [a.id]: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </div>`
          : nothing
      }
      <p class="field-error" id="item-error-${a.id}" role="alert">
        ${this._itemError[a.id]?.() ?? ''}
      </p>
      <div class="actions">
        ${
          mode === 'view'
            ? html`<button
                  type="button"
                  data-action="approve"
                  ?disabled=${disabled}
                  @click=${() => this.decide(a, 'approve')}
                >
                  ${t('review.approve')}
                </button>
                ${
                  a.editable
                    ? html`<button
                        type="button"
                        class="secondary"
                        data-action="edit"
                        ?disabled=${disabled}
                        @click=${() => this.setMode(a.id, 'edit', a)}
                      >
                        ${t('review.editAndApprove')}
                      </button>`
                    : nothing
                }
                <button
                  type="button"
                  class="danger"
                  data-action="reject"
                  ?disabled=${disabled}
                  @click=${() => this.setMode(a.id, 'reject', a)}
                >
                  ${t('review.reject')}
                </button>`
            : html`<button
                  type="button"
                  class=${mode === 'reject' ? 'danger' : ''}
                  data-action=${mode === 'edit' ? 'confirm-edit' : 'confirm-reject'}
                  ?disabled=${disabled}
                  @click=${() => this.decide(a, mode === 'edit' ? 'edit' : 'reject')}
                >
                  ${mode === 'edit' ? t('review.approveEdited') : t('review.reject')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  ?disabled=${busy}
                  @click=${() => this.setMode(a.id, 'view', a)}
                >
                  ${t('common.cancel')}
                </button>`
        }
      </div>
    </li>`;
  }

  override render() {
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._items.length === 0 },
      t('review.empty'),
    );
    return html`<h1>${t('page.review')}</h1>
      ${this.canWrite ? nothing : html`<p class="notice">${t('review.viewers')}</p>`}
      ${
        state !== nothing
          ? state
          : html`<ul class="items">
              ${this._items.map((a) => this.item(a))}
            </ul>`
      }
      ${
        this._decided.length > 0
          ? html`<h2>${t('review.decidedHere')}</h2>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${t('review.agent')}</th>
                      <th scope="col">${t('review.decision')}</th>
                      <th scope="col">${t('review.runStatusLive')}</th>
                      <th scope="col">${t('review.run')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this._decided.map(
                      (a) =>
                        html`<tr data-decided=${a.run.id}>
                          <td>${a.run.agent.name}</td>
                          <td>${statusLabel(a.status)}</td>
                          <td>
                            <span class="badge" data-status=${a.run.status} data-run-status
                              >${statusLabel(a.run.status)}</span
                            >
                          </td>
                          <td><a href=${href(`/runs/${a.run.id}`)}>${t('review.runDetail')}</a></td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
          : nothing
      }`;
  }
}
