// <zac-run-timeline>: a run's steps in seq order, each expandable to its data (JSON), tokens,
// cost and duration. Steps arrive from outside (`steps`), live or from run(id).
import { LitElement, css, html, nothing } from 'lit';
import type { RunStep } from '../api/operations.js';
import { formatDuration, formatNumber, formatUsd } from '../format.js';
import { LanguageController, t, translated } from '../i18n/index.js';
import { base } from '../styles.js';

/** A step's duration, tokens, cost and whether it is still being written, joined by " · ". */
function meta(step: RunStep): string {
  const tokens = step.inputTokens + step.outputTokens;
  return [
    formatDuration(step.durationMs),
    tokens > 0 ? t('runs.stepTokens', { count: tokens }) : '',
    step.costUsd > 0 ? formatUsd(step.costUsd) : '',
    step.streaming ? t('runs.writing') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export class ZacRunTimeline extends LitElement {
  static override styles = [
    base,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        border-left: 2px solid var(--zac-admin-border);
      }
      li {
        position: relative;
        padding: 0 0 0.6rem 1rem;
      }
      li::before {
        content: '';
        position: absolute;
        left: -7px;
        top: 0.55rem;
        width: 12px;
        height: 12px;
        border-radius: 50%;
        background: var(--zac-admin-primary);
      }
      li[data-kind='FAILED']::before,
      li[data-kind='CANCELLED']::before {
        background: var(--zac-admin-danger);
      }
      li[data-kind='COMPLETED']::before {
        background: var(--zac-admin-ok);
      }
      li[data-kind='APPROVAL']::before {
        background: var(--zac-admin-highlight);
      }
      button.toggle {
        background: none;
        border: 1px solid transparent;
        color: inherit;
        text-align: left;
        padding: 0.2rem 0.3rem;
        width: 100%;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: baseline;
      }
      button.toggle:hover {
        background: var(--zac-admin-subtle);
      }
      .kind {
        font-size: 0.75rem;
        font-weight: 700;
        letter-spacing: 0.03em;
        color: var(--zac-admin-muted);
        min-width: 7.5rem;
      }
      .title {
        font-weight: 600;
      }
      .meta {
        margin-left: auto;
        color: var(--zac-admin-muted);
        font-size: 0.85rem;
      }
      .detail {
        margin: 0.2rem 0 0 0.3rem;
        white-space: pre-wrap;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.15rem 0.8rem;
        margin: 0.4rem 0;
        font-size: 0.9rem;
      }
      dt {
        color: var(--zac-admin-muted);
      }
      dd {
        margin: 0;
      }
    `,
  ];
  static override properties = {
    steps: { attribute: false },
    _open: { state: true },
  };

  declare steps: RunStep[];
  declare _open: Set<number>;

  constructor() {
    super();
    new LanguageController(this);
    this.steps = [];
    this._open = new Set();
  }

  private toggle(seq: number): void {
    const open = new Set(this._open);
    if (open.has(seq)) open.delete(seq);
    else open.add(seq);
    this._open = open;
  }

  override render() {
    if (this.steps.length === 0) {
      return html`<p class="state" role="status">${t('runs.waitingFirstStep')}</p>`;
    }
    return html`<ol aria-label=${t('runs.stepsLabel')} aria-live="polite" aria-relevant="additions">
      ${this.steps.map((step) => {
        const open = this._open.has(step.seq);
        const id = `step-${step.seq}`;
        return html`<li data-seq=${step.seq} data-kind=${step.kind}>
          <button
            type="button"
            class="toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${id}
            @click=${() => this.toggle(step.seq)}
          >
            <span class="kind"
              >${step.seq}. ${translated(`runs.kind.${step.kind}`, step.kind)}</span
            >
            <span class="title">${step.title}</span>
            <span class="meta">${meta(step)}</span>
          </button>
          ${step.detail ? html`<p class="detail">${step.detail}</p>` : nothing}
          <div id=${id} ?hidden=${!open} data-step-details>
            ${
              open
                ? html`<dl>
                      <dt>${t('runs.duration')}</dt>
                      <dd>${formatDuration(step.durationMs)}</dd>
                      <dt>${t('runs.inputTokens')}</dt>
                      <dd>${formatNumber(step.inputTokens)}</dd>
                      <dt>${t('runs.outputTokens')}</dt>
                      <dd>${formatNumber(step.outputTokens)}</dd>
                      <dt>${t('runs.cost')}</dt>
                      <dd>${formatUsd(step.costUsd)}</dd>
                    </dl>
                    <pre aria-label=${t('runs.stepData', { seq: step.seq })} tabindex="0">
${JSON.stringify(step.data, null, 2)}</pre>`
                : nothing
            }
          </div>
        </li>`;
      })}
    </ol>`;
  }
}
