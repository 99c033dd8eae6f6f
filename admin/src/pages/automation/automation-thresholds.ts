// <zac-automation-thresholds>: the Thresholds tab. Each trigger's condition in words, the scenario
// a crossing starts, its switch, and its recent crossings (what crossed, in words, when it crossed
// and came back, the run it started; what was already over the line when the trigger was armed
// is said so, without a run). Writers add, edit (./threshold-form.ts) and delete triggers.
import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../../format.js';
import { t } from '../../i18n/index.js';
import { loadState } from '../../page.js';
import { href } from '../../router.js';
import {
  AUTOMATION_THRESHOLDS,
  DELETE_THRESHOLD_TRIGGER,
  SAVE_THRESHOLD_TRIGGER,
  type ThresholdCrossingView,
  type ThresholdTriggerView,
} from '../automation.operations.js';
import { AutomationTab } from './automation-tab.js';
import { conditionWords } from './threshold-form.js';

export class ZacAutomationThresholds extends AutomationTab {
  static override properties = {
    ...AutomationTab.properties,
    _triggers: { state: true },
    _editing: { state: true },
    _saved: { state: true },
  };

  declare _triggers: ThresholdTriggerView[];
  declare _editing: ThresholdTriggerView | 'new' | null;
  declare _saved: string;

  constructor() {
    super();
    this._triggers = [];
    this._editing = null;
    this._saved = '';
  }

  protected async loadList(): Promise<void> {
    const { thresholdTriggers } = await this.client.request(AUTOMATION_THRESHOLDS);
    this._triggers = thresholdTriggers;
  }

  private onSaved(saved: ThresholdTriggerView): void {
    const known = this._triggers.some((t) => t.id === saved.id);
    this._triggers = known
      ? this._triggers.map((t) => (t.id === saved.id ? saved : t))
      : [...this._triggers, saved];
    this._saved = t('automation.thresholds.saved', { description: saved.description });
    this._editing = null;
  }

  private async setEnabled(t: ThresholdTriggerView, enabled: boolean): Promise<void> {
    await this.act(t.id, async () => {
      const { saveThresholdTrigger } = await this.client.request(SAVE_THRESHOLD_TRIGGER, {
        input: {
          id: t.id,
          condition: t.condition,
          params: t.params,
          scenarioKey: t.scenarioKey,
          enabled,
        },
      });
      this._triggers = this._triggers.map((x) => (x.id === t.id ? saveThresholdTrigger : x));
    });
    this.requestUpdate();
  }

  private async deleteItem(t: ThresholdTriggerView): Promise<void> {
    await this.act(t.id, async () => {
      await this.client.request(DELETE_THRESHOLD_TRIGGER, { id: t.id });
      this._triggers = this._triggers.filter((x) => x.id !== t.id);
      if (this._editing !== 'new' && this._editing?.id === t.id) this._editing = null;
    });
  }

  private run(c: ThresholdCrossingView): TemplateResult {
    if (c.runId) {
      return html`<a href=${href(`/runs/${encodeURIComponent(c.runId)}`)}
        >${t('automation.runLink', { id: c.runId.slice(0, 8) })}</a
      >`;
    }
    if (c.baseline) {
      return html`<span class="meta" data-baseline>${t('automation.thresholds.baseline')}</span>`;
    }
    return c.runError
      ? html`<span class="meta">${t('automation.thresholds.noRun', { error: c.runError })}</span>`
      : html`<span class="meta">${t('automation.thresholds.starting')}</span>`;
  }

  private crossings(trigger: ThresholdTriggerView): TemplateResult {
    const list = trigger.crossings;
    if (!list.length) return html`<p class="meta">${t('automation.thresholds.noCrossing')}</p>`;
    const open = list.filter((c) => !c.clearedAt).length;
    return html`<details data-crossings>
      <summary>
        ${
          open
            ? t('automation.thresholds.recentWithOpen', { count: list.length, open })
            : t('automation.thresholds.recent', { count: list.length })
        }
      </summary>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">${t('automation.thresholds.subject')}</th>
              <th scope="col">${t('automation.thresholds.whatCrossed')}</th>
              <th scope="col">${t('automation.thresholds.crossed')}</th>
              <th scope="col">${t('automation.thresholds.cleared')}</th>
              <th scope="col">${t('automation.run')}</th>
            </tr>
          </thead>
          <tbody>
            ${list.map(
              (c) =>
                html`<tr data-crossing=${c.id}>
                  <td class="subject"><code>${c.subject}</code></td>
                  <td data-label=${t('automation.thresholds.whatCrossed')}>${c.detail}</td>
                  <td data-label=${t('automation.thresholds.crossed')} class="when">
                    ${formatTime(c.crossedAt)}
                  </td>
                  <td data-label=${t('automation.thresholds.cleared')} class="when">
                    ${
                      c.clearedAt
                        ? formatTime(c.clearedAt)
                        : html`<span class="badge" data-status="open"
                            >${t('automation.thresholds.stillOver')}</span
                          >`
                    }
                  </td>
                  <td data-label=${t('automation.run')}>${this.run(c)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private trigger(x: ThresholdTriggerView): TemplateResult {
    return html`<li class="card" data-threshold=${x.condition}>
      <header>
        <h2 data-description>${x.description}</h2>
        ${this.enabledSwitch(x.enabled, x.description, (on) => void this.setEnabled(x, on))}
      </header>
      <dl class="facts">
        <dt>${t('automation.thresholds.watches')}</dt>
        <dd>${conditionWords(x.condition)}</dd>
        <dt>${t('automation.starts')}</dt>
        <dd>
          ${this.scenarioTitle(x.scenarioKey)}
          <span class="meta">(${this.agentName(x.scenarioKey) || x.agentKey})</span>
        </dd>
      </dl>
      ${this.crossings(x)}
      ${
        this.canWrite
          ? html`<div class="actions">
              <button
                type="button"
                class="secondary"
                data-action="edit"
                aria-label=${t('automation.thresholds.editNamed', { description: x.description })}
                @click=${() => {
                  this._editing = x;
                  this._saved = '';
                }}
              >
                ${t('automation.edit')}
              </button>
              ${this.confirmButton(
                x.id,
                {
                  key: 'delete',
                  verb: t('automation.delete'),
                  question: t('automation.thresholds.deleteNamed', { description: x.description }),
                },
                () => this.deleteItem(x),
              )}
            </div>`
          : nothing
      }
      ${this.actionError(x.id)}
    </li>`;
  }

  override render() {
    const state = loadState({ loading: this._loading, error: this._error, empty: false }, '');
    if (state !== nothing) return state;
    const editing = this._editing;
    return html`<div class="toolbar">
        <p class="muted">${t('automation.thresholds.intro')}</p>
        ${
          this.canWrite
            ? html`<button
                type="button"
                data-action="add-threshold"
                ?disabled=${editing === 'new'}
                @click=${() => {
                  this._editing = 'new';
                  this._saved = '';
                }}
              >
                ${t('automation.thresholds.add')}
              </button>`
            : nothing
        }
      </div>
      ${this._saved ? html`<p class="notice" role="status" data-saved>${this._saved}</p>` : nothing}
      ${
        editing
          ? html`<zac-threshold-form
              .client=${this.client}
              .scenarios=${this._scenarios}
              .trigger=${editing === 'new' ? null : editing}
              @zac-saved=${(e: CustomEvent<ThresholdTriggerView>) => this.onSaved(e.detail)}
              @zac-cancel=${() => (this._editing = null)}
            ></zac-threshold-form>`
          : nothing
      }
      ${
        this._triggers.length
          ? html`<ul class="plain cards" data-thresholds>
              ${this._triggers.map((x) => this.trigger(x))}
            </ul>`
          : html`<p class="state" data-empty>${t('automation.thresholds.empty')}</p>`
      }`;
  }
}
