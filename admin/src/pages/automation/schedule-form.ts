// <zac-schedule-form>: adds a schedule or edits one. The cron field previews itself as the owner
// types (in words and the next five fire times in the chosen zone, ~300 ms after typing, stale
// answers dropped; the hub's INVALID_CRON message shown under the field); the input is checked as
// JSON before anything is sent. Emits zac-saved with the saved schedule, or zac-cancel.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { ConsoleClient } from '../../api/client.js';
import { ConsoleError } from '../../api/client.js';
import { errorMessage } from '../../format.js';
import { LanguageController, t } from '../../i18n/index.js';
import { base } from '../../styles.js';
import {
  SAVE_SCHEDULE,
  SCHEDULE_PREVIEW,
  type AutomationScenario,
  type MissedTickPolicy,
  type SchedulePreview,
  type ScheduleView,
} from '../automation.operations.js';
import { parseJsonObject, prettyJson, timeZones, zonedDateTime } from './automation-format.js';
import { scenarioOptions } from './automation-tab.js';
import { automationStyles } from './automation.styles.js';

export const PREVIEW_DEBOUNCE_MS = 300;

const POLICY_KEYS = {
  RUN_ONCE: { label: 'automation.policy.runOnce', sentence: 'automation.policy.runOnceSentence' },
  SKIP: { label: 'automation.policy.skip', sentence: 'automation.policy.skipSentence' },
} as const satisfies Record<MissedTickPolicy, { label: string; sentence: string }>;

/** A missed-tick policy's name ("Run once, late"), in the current language. */
export function policyLabel(policy: MissedTickPolicy): string {
  return t(POLICY_KEYS[policy].label);
}

/** What a missed-tick policy does, in one sentence of the current language. */
export function policySentence(policy: MissedTickPolicy): string {
  return t(POLICY_KEYS[policy].sentence);
}

type Field = 'scenario' | 'cron' | 'input' | '';

export class ZacScheduleForm extends LitElement {
  static override styles = [base, automationStyles];
  static override properties = {
    client: { attribute: false },
    scenarios: { attribute: false },
    schedule: { attribute: false },
    scheduledKeys: { attribute: false },
    shopZone: {},
    _scenarioKey: { state: true },
    _cron: { state: true },
    _zone: { state: true },
    _policy: { state: true },
    _enabled: { state: true },
    _input: { state: true },
    _preview: { state: true },
    _previewError: { state: true },
    _error: { state: true },
    _saving: { state: true },
  };

  declare client: ConsoleClient;
  declare scenarios: AutomationScenario[];
  /** The schedule edited; null adds one. */
  declare schedule: ScheduleView | null;
  /** Scenarios that have a schedule already (one per scenario: not offered for a new one). */
  declare scheduledKeys: string[];
  /** The shop's zone as far as the console knows it (for the picker's first option). */
  declare shopZone: string;
  declare _scenarioKey: string;
  declare _cron: string;
  /** '' = the shop's time zone (sent as null: the hub uses the workspace's). */
  declare _zone: string;
  declare _policy: MissedTickPolicy;
  declare _enabled: boolean;
  declare _input: string;
  declare _preview: SchedulePreview | null;
  declare _previewError: string;
  declare _error: { field: Field; message: string } | null;
  declare _saving: boolean;
  private previewSeq = 0;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.scenarios = [];
    this.schedule = null;
    this.scheduledKeys = [];
    this.shopZone = '';
    this._scenarioKey = '';
    this._cron = '0 7 * * 1';
    this._zone = '';
    this._policy = 'RUN_ONCE';
    this._enabled = true;
    this._input = '';
    this._preview = null;
    this._previewError = '';
    this._error = null;
    this._saving = false;
    new LanguageController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('schedule')) {
      const s = this.schedule;
      this._scenarioKey = s?.scenarioKey ?? '';
      this._cron = s?.cron ?? '0 7 * * 1';
      this._zone = s && !s.followsWorkspaceTimeZone ? s.timeZone : '';
      this._policy = s?.missedTickPolicy ?? 'RUN_ONCE';
      this._enabled = s?.enabled ?? true;
      this._input = s?.input ? prettyJson(s.input) : '';
      this._error = null;
      this.schedulePreview(0);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  /** The zone fire times are shown in: the one picked, else the shop's, else the browser's. */
  private get displayZone(): string {
    return (
      this._zone ||
      this.shopZone ||
      this._preview?.timeZone ||
      Intl.DateTimeFormat().resolvedOptions().timeZone
    );
  }

  private schedulePreview(delay = PREVIEW_DEBOUNCE_MS): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.preview(), delay);
  }

  private async preview(): Promise<void> {
    const seq = ++this.previewSeq;
    const cron = this._cron.trim();
    if (!cron) {
      this._preview = null;
      this._previewError = t('automation.scheduleForm.cronMissing');
      return;
    }
    try {
      const { schedulePreview } = await this.client.request(SCHEDULE_PREVIEW, {
        cron,
        timeZone: this._zone || null,
      });
      if (seq !== this.previewSeq) return;
      this._preview = schedulePreview;
      this._previewError = '';
    } catch (error) {
      if (seq !== this.previewSeq) return;
      this._preview = null;
      this._previewError = errorMessage(error);
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this._scenarioKey) {
      this._error = { field: 'scenario', message: t('automation.scheduleForm.scenarioMissing') };
      return;
    }
    const input = parseJsonObject(this._input);
    if (!input.ok) {
      this._error = { field: 'input', message: input.message };
      return;
    }
    this._saving = true;
    this._error = null;
    try {
      const { saveSchedule } = await this.client.request(SAVE_SCHEDULE, {
        input: {
          scenarioKey: this._scenarioKey,
          cron: this._cron.trim(),
          timeZone: this._zone || null,
          enabled: this._enabled,
          missedTickPolicy: this._policy,
          input: input.value,
        },
      });
      this.dispatchEvent(new CustomEvent('zac-saved', { detail: saveSchedule }));
    } catch (error) {
      const code = error instanceof ConsoleError ? error.code : undefined;
      const field: Field =
        code === 'INVALID_CRON' ? 'cron' : code === 'INVALID_INPUT' ? 'input' : '';
      this._error = { field, message: errorMessage(error) };
    } finally {
      this._saving = false;
    }
  }

  private errorFor(field: Field) {
    return this._error?.field === field
      ? html`<span class="field-error" role="alert" data-error-for=${field || 'form'}
          >${this._error.message}</span
        >`
      : nothing;
  }

  private previewBox() {
    if (this._previewError) {
      return html`<p class="field-error" id="cron-preview" data-cron-error>
        ${this._previewError}
      </p>`;
    }
    const p = this._preview;
    if (!p) {
      return html`<p class="meta" id="cron-preview">${t('automation.scheduleForm.reading')}</p>`;
    }
    return html`<div class="preview" id="cron-preview" data-cron-preview>
      <p><strong data-cron-words>${p.description}</strong></p>
      <p class="meta">
        ${t('automation.scheduleForm.nextFireTimesIn', { zone: this.displayZone })}
      </p>
      <ol class="times">
        ${p.nextFireTimes.map((t) => html`<li>${zonedDateTime(t, this.displayZone)}</li>`)}
      </ol>
    </div>`;
  }

  override render() {
    const editing = this.schedule !== null;
    const sample = this.scenarios.find((s) => s.key === this._scenarioKey)?.sampleInput;
    const title = editing
      ? t('automation.schedules.editNamed', { scenario: this.schedule?.scenarioTitle ?? '' })
      : t('automation.schedules.add');
    return html`<form class="card" @submit=${this.save} novalidate aria-label=${title}>
      <h2>${title}</h2>
      <div class="form-grid">
        <div class="field">
          <label for="s-scenario">${t('automation.scenario')}</label>
          <select
            id="s-scenario"
            ?disabled=${editing}
            aria-invalid=${this._error?.field === 'scenario' ? 'true' : 'false'}
            @change=${(e: Event) => (this._scenarioKey = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this._scenarioKey}>
              ${t('automation.pickScenario')}
            </option>
            ${scenarioOptions(this.scenarios, this._scenarioKey, this.scheduledKeys)}
          </select>
          ${
            editing
              ? html`<span class="hint">${t('automation.scheduleForm.oneSchedule')}</span>`
              : nothing
          }
          ${this.errorFor('scenario')}
        </div>
        <div class="field">
          <label for="s-zone">${t('automation.scheduleForm.timeZone')}</label>
          <select
            id="s-zone"
            @change=${(e: Event) => {
              this._zone = (e.target as HTMLSelectElement).value;
              this.schedulePreview(0);
            }}
          >
            <option value="" ?selected=${!this._zone}>
              ${
                this.shopZone
                  ? t('automation.scheduleForm.shopZoneNamed', { zone: this.shopZone })
                  : t('automation.scheduleForm.shopZone')
              }
            </option>
            ${timeZones(this._zone).map(
              (z) => html`<option value=${z} ?selected=${z === this._zone}>${z}</option>`,
            )}
          </select>
        </div>
      </div>
      <div class="field">
        <label for="s-cron">${t('automation.scheduleForm.cron')}</label>
        <input
          id="s-cron"
          class="code"
          autocomplete="off"
          spellcheck="false"
          .value=${this._cron}
          aria-describedby="cron-hint cron-preview"
          aria-invalid=${this._previewError || this._error?.field === 'cron' ? 'true' : 'false'}
          @input=${(e: Event) => {
            this._cron = (e.target as HTMLInputElement).value;
            this.schedulePreview();
          }}
        />
        <span class="hint" id="cron-hint">${t('automation.scheduleForm.cronHint')}</span>
        ${this.errorFor('cron')}
      </div>
      <div aria-live="polite">${this.previewBox()}</div>
      <fieldset>
        <legend>${t('automation.scheduleForm.missedTicks')}</legend>
        ${(['RUN_ONCE', 'SKIP'] as const).map(
          (p) =>
            html`<div class="choice">
              <input
                type="radio"
                name="policy"
                id=${`policy-${p}`}
                value=${p}
                .checked=${this._policy === p}
                @change=${() => (this._policy = p)}
              />
              <label for=${`policy-${p}`}
                >${policyLabel(p)}<span class="hint">${policySentence(p)}</span></label
              >
            </div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="s-input"
          >${t('automation.scheduleForm.input')}
          <span class="hint">${t('automation.scheduleForm.optionalJson')}</span></label
        >
        <textarea
          id="s-input"
          class="code"
          spellcheck="false"
          placeholder=${sample ? prettyJson(sample) : '{ }'}
          .value=${this._input}
          aria-describedby="input-hint"
          aria-invalid=${this._error?.field === 'input' ? 'true' : 'false'}
          @input=${(e: Event) => (this._input = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span class="hint" id="input-hint">${t('automation.scheduleForm.inputHint')}</span>
        ${this.errorFor('input')}
      </div>
      <label class="switch">
        <input
          type="checkbox"
          .checked=${this._enabled}
          @change=${(e: Event) => (this._enabled = (e.target as HTMLInputElement).checked)}
        />
        ${t('automation.enabledSwitch')}
      </label>
      ${this.errorFor('')}
      <div class="actions">
        <button type="submit" data-action="save-schedule" ?disabled=${this._saving}>
          ${this._saving ? t('automation.saving') : t('automation.scheduleForm.save')}
        </button>
        <button
          type="button"
          class="secondary"
          @click=${() => this.dispatchEvent(new CustomEvent('zac-cancel'))}
        >
          ${t('common.cancel')}
        </button>
      </div>
    </form>`;
  }
}
