// <zac-automation-schedules>: the Schedules tab. One row per schedule: the scenario and its agent,
// the cron in words and as written, its time zone and missed-tick policy, the next five fire
// times on the clock of its zone, the last run; writers switch it on and off, edit it (see
// ./schedule-form.ts), add one and delete one (asked twice).
import { html, nothing, type TemplateResult } from 'lit';
import { formatLocale, t } from '../../i18n/index.js';
import { loadState } from '../../page.js';
import { href } from '../../router.js';
import {
  AUTOMATION_SCHEDULES,
  DELETE_SCHEDULE,
  SAVE_SCHEDULE,
  type ScheduleView,
} from '../automation.operations.js';
import { zonedDateTime } from './automation-format.js';
import { AutomationTab } from './automation-tab.js';
import { policyLabel } from './schedule-form.js';

export class ZacAutomationSchedules extends AutomationTab {
  static override properties = {
    ...AutomationTab.properties,
    _schedules: { state: true },
    _editing: { state: true },
    _saved: { state: true },
  };

  declare _schedules: ScheduleView[];
  /** The schedule in the form: 'new', one being edited, or null (no form). */
  declare _editing: ScheduleView | 'new' | null;
  /** What the last save did, in words. */
  declare _saved: string;

  constructor() {
    super();
    this._schedules = [];
    this._editing = null;
    this._saved = '';
  }

  protected async loadList(): Promise<void> {
    const { schedules } = await this.client.request(AUTOMATION_SCHEDULES);
    this._schedules = schedules;
  }

  /** The shop's zone, as the schedules that follow it show it ('' when none does). */
  private get shopZone(): string {
    return this._schedules.find((s) => s.followsWorkspaceTimeZone)?.timeZone ?? '';
  }

  private onSaved(saved: ScheduleView): void {
    const known = this._schedules.some((s) => s.id === saved.id);
    this._schedules = known
      ? this._schedules.map((s) => (s.id === saved.id ? saved : s))
      : [...this._schedules, saved];
    this._saved = t('automation.schedules.saved', {
      scenario: saved.scenarioTitle,
      description: saved.description,
    });
    this._editing = null;
  }

  private open(editing: ScheduleView | 'new'): void {
    this._editing = editing;
    this._saved = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('zac-schedule-form')?.scrollIntoView?.(),
    );
  }

  private async setEnabled(s: ScheduleView, enabled: boolean): Promise<void> {
    await this.act(s.id, async () => {
      const { saveSchedule } = await this.client.request(SAVE_SCHEDULE, {
        input: {
          scenarioKey: s.scenarioKey,
          cron: s.cron,
          // A schedule on the shop's zone keeps following it.
          timeZone: s.followsWorkspaceTimeZone ? null : s.timeZone,
          enabled,
          missedTickPolicy: s.missedTickPolicy,
          input: s.input ?? null,
        },
      });
      this._schedules = this._schedules.map((x) => (x.id === s.id ? saveSchedule : x));
    });
    // A refused change leaves the switch as the hub has it.
    this.requestUpdate();
  }

  private async deleteItem(s: ScheduleView): Promise<void> {
    await this.act(s.id, async () => {
      await this.client.request(DELETE_SCHEDULE, { id: s.id });
      this._schedules = this._schedules.filter((x) => x.id !== s.id);
      if (this._editing !== 'new' && this._editing?.id === s.id) this._editing = null;
      this._saved = t('automation.schedules.deleted', { scenario: s.scenarioTitle });
    });
  }

  private fireTimes(s: ScheduleView): TemplateResult {
    if (!s.enabled)
      return html`<span class="meta">${t('automation.schedules.noneWhileDisabled')}</span>`;
    if (!s.nextFireTimes.length) {
      return html`<span class="meta">${t('automation.schedules.noFireTime')}</span>`;
    }
    return html`<ol class="times" data-fire-times>
      ${s.nextFireTimes.map((t) => html`<li>${zonedDateTime(t, s.timeZone)}</li>`)}
    </ol>`;
  }

  private lastRun(s: ScheduleView): TemplateResult {
    if (!s.lastRunId) {
      return html`<span class="meta"
        >${
          s.lastTickAt
            ? t('automation.schedules.noRunAt', { time: zonedDateTime(s.lastTickAt, s.timeZone) })
            : t('automation.schedules.notYet')
        }</span
      >`;
    }
    return html`<a href=${href(`/runs/${encodeURIComponent(s.lastRunId)}`)}
        >${t('automation.runLink', { id: s.lastRunId.slice(0, 8) })}</a
      >${s.lastTickAt ? html`<br /><span class="meta">${zonedDateTime(s.lastTickAt, s.timeZone)}</span>` : nothing}`;
  }

  private row(s: ScheduleView): TemplateResult {
    return html`<tr data-schedule=${s.scenarioKey}>
      <td>
        <strong>${s.scenarioTitle}</strong><br /><span class="meta"
          >${this.agentName(s.scenarioKey) || s.agentKey}</span
        >
      </td>
      <td data-label=${t('automation.schedules.when')}>
        <span data-description>${s.description}</span><br /><code data-cron>${s.cron}</code>
        <div class="meta">
          <span data-zone>${s.timeZone}</span> ·
          ${t('automation.schedules.missedTicksIs', {
            policy: policyLabel(s.missedTickPolicy).toLocaleLowerCase(formatLocale()),
          })}
        </div>
      </td>
      <td data-label=${t('automation.schedules.nextFireTimes')}>${this.fireTimes(s)}</td>
      <td data-label=${t('automation.schedules.lastRun')}>${this.lastRun(s)}</td>
      <td data-label=${t('automation.schedules.state')}>
        ${this.enabledSwitch(s.enabled, s.scenarioTitle, (on) => void this.setEnabled(s, on))}
      </td>
      ${
        this.canWrite
          ? html`<td>
              <div class="actions">
                <button
                  type="button"
                  class="secondary"
                  data-action="edit"
                  aria-label=${t('automation.schedules.editNamed', { scenario: s.scenarioTitle })}
                  ?disabled=${this._busy}
                  @click=${() => this.open(s)}
                >
                  ${t('automation.edit')}
                </button>
                ${this.confirmButton(
                  s.id,
                  {
                    key: 'delete',
                    verb: t('automation.delete'),
                    question: t('automation.schedules.deleteNamed', { scenario: s.scenarioTitle }),
                  },
                  () => this.deleteItem(s),
                )}
              </div>
              ${this.actionError(s.id)}
            </td>`
          : nothing
      }
    </tr>`;
  }

  private form(): TemplateResult | typeof nothing {
    const editing = this._editing;
    if (!editing) return nothing;
    return html`<zac-schedule-form
      .client=${this.client}
      .scenarios=${this._scenarios}
      .schedule=${editing === 'new' ? null : editing}
      .scheduledKeys=${this._schedules.map((s) => s.scenarioKey)}
      .shopZone=${this.shopZone}
      @zac-saved=${(e: CustomEvent<ScheduleView>) => this.onSaved(e.detail)}
      @zac-cancel=${() => (this._editing = null)}
    ></zac-schedule-form>`;
  }

  override render() {
    const state = loadState({ loading: this._loading, error: this._error, empty: false }, '');
    if (state !== nothing) return state;
    const addButton = this.canWrite
      ? html`<button
          type="button"
          data-action="add-schedule"
          ?disabled=${this._editing === 'new'}
          @click=${() => this.open('new')}
        >
          ${t('automation.schedules.add')}
        </button>`
      : nothing;
    const intro = html`<p class="muted">${t('automation.schedules.intro')}</p>`;
    return html`<div class="toolbar">${intro} ${addButton}</div>
      ${this._saved ? html`<p class="notice" role="status" data-saved>${this._saved}</p>` : nothing}
      ${this.form()}
      ${
        this._schedules.length === 0
          ? html`<p class="state" data-empty>
              ${t('automation.schedules.empty')}
              ${this.canWrite ? t('automation.schedules.emptyHint') : ''}
            </p>`
          : html`<div
              class="table-wrap"
              role="region"
              aria-label=${t('automation.tabSchedules')}
              tabindex="0"
            >
              <table class="stack" data-schedules>
                <thead>
                  <tr>
                    <th scope="col">${t('automation.scenario')}</th>
                    <th scope="col">${t('automation.schedules.when')}</th>
                    <th scope="col">${t('automation.schedules.nextFireTimes')}</th>
                    <th scope="col">${t('automation.schedules.lastRun')}</th>
                    <th scope="col">${t('automation.schedules.state')}</th>
                    ${
                      this.canWrite
                        ? html`<th scope="col">
                            <span class="visually-hidden">${t('common.actions')}</span>
                          </th>`
                        : nothing
                    }
                  </tr>
                </thead>
                <tbody>
                  ${this._schedules.map((s) => this.row(s))}
                </tbody>
              </table>
            </div>`
      }`;
  }
}
