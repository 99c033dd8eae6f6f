import { css, html, nothing } from 'lit';
import { FINISHED_STATUSES, RUN, type RunDetail, type RunSummary } from '../api/operations.js';
import { keyValues } from '../components/key-values.js';
import { meetingInvites } from '../components/meeting-invites.js';
import { StepLog, watchRunSteps, type RunWatch } from '../components/step-log.js';
import {
  errorCodeInWords,
  formatCents,
  formatDuration,
  formatTime,
  formatUsd,
  statusLabel,
} from '../format.js';
import { t } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';
import { href } from '../router.js';

/** Where the console manages what started a run automatically (Automation's tabs). */
const AUTOMATION_TABS: Record<string, string> = {
  SCHEDULE: '/automation/schedules',
  WEBHOOK: '/automation/inbound',
  THRESHOLD: '/automation/thresholds',
};

/** Who or what started the run, by name, linked to the Automation tab that manages it. */
function startedBy(run: RunDetail) {
  const tab = AUTOMATION_TABS[run.trigger];
  const words = run.startedBy || run.triggerSummary;
  return tab ? html`<a href=${href(tab)}>${words}</a>` : words;
}

/** The console projection of one run: steps with their data, tokens, cost, relatives, approvals. */
export class ZacRunPage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      dl {
        display: grid;
        /* minmax(0, …): a long unbroken value (a message id, a timestamp) wraps in its card
           instead of widening the column past it. */
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 0.2rem 1rem;
      }
      dt {
        color: var(--zac-admin-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: break-word;
      }
      /* Nested values stack, label above value: side by side, three levels of labels left a
         value a few characters wide in the run page's narrower column. */
      dd dl {
        display: block;
      }
      dd dl > dt {
        margin-top: 0.3rem;
        font-size: 0.85em;
      }
      dd dl > dd {
        padding-left: 0.6rem;
        border-left: 2px solid var(--zac-admin-border);
      }
      .grid {
        display: grid;
        grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr);
        gap: 1rem;
        align-items: start;
      }
      @media (max-width: 1000px) {
        .grid {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    runId: { type: String },
    _run: { state: true },
    _steps: { state: true },
    _error: { state: true },
    _missing: { state: true },
  };

  declare runId: string;
  declare _run: RunDetail | null;
  declare _steps: StepLog['steps'];
  declare _error: unknown;
  /** The hub has no run of this id (said in the current language when shown). */
  declare _missing: boolean;
  private readonly log = new StepLog();
  private watch: RunWatch | undefined;

  constructor() {
    super();
    this.runId = '';
    this._run = null;
    this._steps = [];
    this._error = null;
    this._missing = false;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('runId') && this.runId) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch?.stop();
  }

  private async load(): Promise<void> {
    this.watch?.stop();
    this.log.clear();
    this._missing = false;
    try {
      const { run } = await this.client.request(RUN, { id: this.runId });
      if (!run) {
        this._missing = true;
        return;
      }
      this._run = run;
      for (const step of run.steps) this.log.add(step);
      this._steps = this.log.steps;
      if (!FINISHED_STATUSES.includes(run.status)) {
        // Follow the rest live, then read the finished run (output, approvals, totals) once.
        this.watch = watchRunSteps(this.client, run.id, this.log, {
          changed: () => (this._steps = this.log.steps),
          done: () => void this.refresh(),
        });
      }
    } catch (error) {
      this._error = error;
    }
  }

  private async refresh(): Promise<void> {
    const { run } = await this.client.request(RUN, { id: this.runId });
    if (run) this._run = run;
  }

  private link(run: RunSummary) {
    return html`<a href=${href(`/runs/${run.id}`)}>${run.agent.name} · ${run.id.slice(0, 8)}</a>
      <span class="badge" data-status=${run.status}>${statusLabel(run.status)}</span>`;
  }

  override render() {
    const r = this._run;
    if (!r) {
      return html`<h1>${t('page.run')}</h1>
        ${loadState(
          {
            loading: !this._error && !this._missing,
            error: this._missing ? new Error(t('runs.notFound')) : this._error,
            empty: false,
          },
          '',
        )}`;
    }
    const documents = this._steps.filter((s) => s.kind === 'CONTEXT');
    return html`<h1>
        ${t('runs.heading', { agent: r.agent.name, scenario: r.scenario?.title ?? t('runs.untitled') })}
      </h1>
      <p class="muted">${t('runs.subtitle', { id: r.id, time: formatTime(r.createdAt) })}</p>
      <div class="grid">
        <section class="card" aria-labelledby="steps-title">
          <h2 id="steps-title">${t('runs.steps')}</h2>
          <zac-run-timeline .steps=${this._steps}></zac-run-timeline>
        </section>
        <div>
          <section class="card" aria-labelledby="summary-title">
            <h2 id="summary-title">${t('runs.summary')}</h2>
            <dl>
              <dt>${t('common.status')}</dt>
              <dd>
                <span class="badge" data-status=${r.status} data-run-status
                  >${statusLabel(r.status)}</span
                >
              </dd>
              <dt>${t('runs.scenario')}</dt>
              <dd>${r.scenario?.title ?? '—'}</dd>
              <dt>${t('runs.startedBy')}</dt>
              <dd data-trigger=${r.trigger} data-started-by>${startedBy(r)}</dd>
              <dt>${t('runs.provider')}</dt>
              <dd>${r.provider ?? '—'}</dd>
              <dt>${t('runs.created')}</dt>
              <dd>${formatTime(r.createdAt)}</dd>
              <dt>${t('runs.duration')}</dt>
              <dd data-duration>
                ${
                  r.startedAt && r.finishedAt
                    ? formatDuration(Date.parse(r.finishedAt) - Date.parse(r.startedAt))
                    : '—'
                }
              </dd>
              <dt>${t('runs.tokens')}</dt>
              <dd>${t('runs.tokensInOut', { input: r.inputTokens, output: r.outputTokens })}</dd>
              <dt>${t('runs.cost')}</dt>
              <dd>${formatUsd(r.costUsd)}</dd>
              ${
                r.error
                  ? html`<dt>${t('runs.error')}</dt>
                      <dd data-error-code=${r.errorCode ?? ''}>
                        ${r.errorCode ? errorCodeInWords(r.errorCode) : r.error}
                        ${
                          r.errorCode
                            ? html`<details>
                                <summary>${t('runs.errorDetails')}</summary>
                                <p><code>${r.errorCode}</code>: ${r.error}</p>
                              </details>`
                            : nothing
                        }
                      </dd>`
                  : nothing
              }
              <dt>${t('runs.parentRun')}</dt>
              <dd>${r.parentRun ? this.link(r.parentRun) : '—'}</dd>
            </dl>
            ${
              r.childRuns.length > 0
                ? html`<h3>${t('runs.childRuns')}</h3>
                    <ul>
                      ${r.childRuns.map((c) => html`<li>${this.link(c)}</li>`)}
                    </ul>`
                : nothing
            }
          </section>
          ${
            r.approvals.length > 0
              ? html`<section class="card" aria-labelledby="approvals-title">
                  <h2 id="approvals-title">${t('runs.approvals')}</h2>
                  <ul>
                    ${r.approvals.map(
                      (a) =>
                        html`<li>
                          ${statusLabel(a.status)}: ${a.reason}
                          ${
                            a.amountCents === null
                              ? nothing
                              : t('runs.approvalAmount', { amount: formatCents(a.amountCents) })
                          }
                          ${
                            a.email
                              ? t('runs.approvalEmail', {
                                  to: a.email.to,
                                  subject: a.email.subject,
                                })
                              : nothing
                          }
                          ${a.decidedBy ? t('runs.approvalDecidedBy', { name: a.decidedBy }) : nothing}
                          ${a.decisionNote ? html`: “${a.decisionNote}”` : nothing}
                        </li>`,
                    )}
                  </ul>
                  ${r.pendingApproval ? html`<a href=${href('/review')}>${t('runs.decideInReview')}</a>` : nothing}
                </section>`
              : nothing
          }
          ${
            documents.length > 0
              ? html`<section class="card" aria-labelledby="docs-title">
                  <h2 id="docs-title">${t('runs.retrievedContext')}</h2>
                  ${documents.map((s) => keyValues(s.title, s.data))}
                </section>`
              : nothing
          }
          ${meetingInvites(this._steps)}
          <section class="card" aria-labelledby="io-title">
            <h2 id="io-title">${t('runs.inputAndOutput')}</h2>
            ${keyValues(t('runs.input'), r.input, 'Input')}
            ${keyValues(t('runs.output'), r.output, 'Output')}
          </section>
        </div>
      </div>`;
  }
}
