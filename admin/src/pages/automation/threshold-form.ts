// <zac-threshold-form>: adds a threshold trigger or edits one. The condition picks its own fields
// (days of grace; a percent of a state's nexus threshold; a cash floor in dollars, made into exact
// cents from the typed text; a count of negative messages within minutes), checked here before the
// hub checks them again. Emits zac-saved with the saved trigger, or zac-cancel.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ConsoleClient } from '../../api/client.js';
import { errorMessage } from '../../format.js';
import { LanguageController, t, type MessageKey } from '../../i18n/index.js';
import { base } from '../../styles.js';
import {
  SAVE_THRESHOLD_TRIGGER,
  type AutomationScenario,
  type ThresholdCondition,
  type ThresholdTriggerView,
} from '../automation.operations.js';
import { centsToDollars, dollarsToCents } from './automation-format.js';
import { scenarioOptions } from './automation-tab.js';
import { automationStyles } from './automation.styles.js';

/** The conditions, in the order the form offers them. */
export const CONDITIONS: readonly ThresholdCondition[] = [
  'INVOICE_OVERDUE',
  'NEXUS_EXPOSURE',
  'CASH_BELOW_FLOOR',
  'NEGATIVE_SENTIMENT_SPIKE',
];

/** What a condition watches, in words of the current language. */
export function conditionWords(condition: ThresholdCondition): string {
  return t(`automation.condition.${condition}`);
}

/** The scenario that usually deals with each condition (a new trigger's first pick). */
const USUAL_SCENARIO: Record<ThresholdCondition, string> = {
  INVOICE_OVERDUE: 'late-invoice-detection',
  NEXUS_EXPOSURE: 'compliance-monitoring',
  CASH_BELOW_FLOOR: 'cash-flow-report',
  NEGATIVE_SENTIMENT_SPIKE: 'ticket-escalation',
};

/** The fields as typed (text), by parameter name. */
type ParamText = Record<string, string>;

const DEFAULTS: Record<ThresholdCondition, ParamText> = {
  INVOICE_OVERDUE: { graceDays: '0' },
  NEXUS_EXPOSURE: { percent: '80' },
  CASH_BELOW_FLOOR: { floor: '5000.00' },
  NEGATIVE_SENTIMENT_SPIKE: { count: '3', windowMinutes: '60' },
};

function paramText(condition: ThresholdCondition, params: Record<string, unknown>): ParamText {
  const text: ParamText = { ...DEFAULTS[condition] };
  for (const [key, value] of Object.entries(params)) {
    if (key === 'floorCents' && typeof value === 'number') text.floor = centsToDollars(value);
    else if (typeof value === 'number') text[key] = String(value);
  }
  return text;
}

/** The params the hub takes, or the field at fault and why. */
export function thresholdParams(
  condition: ThresholdCondition,
  text: ParamText,
): { ok: true; params: Record<string, number> } | { ok: false; field: string; message: string } {
  const whole = (field: string, min: number, max: number, words: MessageKey) => {
    const raw = (text[field] ?? '').trim();
    const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
    return n >= min && n <= max
      ? n
      : { field, message: t('automation.thresholdForm.wholeNumber', { what: t(words), min, max }) };
  };
  const fields: [string, number | { field: string; message: string }][] = [];
  switch (condition) {
    case 'INVOICE_OVERDUE':
      fields.push(['graceDays', whole('graceDays', 0, 365, 'automation.thresholdForm.graceDays')]);
      break;
    case 'NEXUS_EXPOSURE': {
      const raw = (text.percent ?? '').trim();
      const n = /^\d{1,3}(\.\d{1,2})?$/.test(raw) ? Number(raw) : NaN;
      fields.push([
        'percent',
        n >= 1 && n <= 100
          ? n
          : { field: 'percent', message: t('automation.thresholdForm.percentError') },
      ]);
      break;
    }
    case 'CASH_BELOW_FLOOR': {
      const cents = dollarsToCents(text.floor ?? '');
      fields.push([
        'floorCents',
        cents ?? { field: 'floor', message: t('automation.thresholdForm.floorError') },
      ]);
      break;
    }
    case 'NEGATIVE_SENTIMENT_SPIKE':
      fields.push(['count', whole('count', 2, 1000, 'automation.thresholdForm.count')]);
      fields.push([
        'windowMinutes',
        whole('windowMinutes', 1, 10080, 'automation.thresholdForm.windowMinutes'),
      ]);
      break;
    default:
      return condition satisfies never;
  }
  const params: Record<string, number> = {};
  for (const [key, value] of fields) {
    if (typeof value !== 'number') return { ok: false, ...value };
    params[key] = value;
  }
  return { ok: true, params };
}

export class ZacThresholdForm extends LitElement {
  static override styles = [base, automationStyles];
  static override properties = {
    client: { attribute: false },
    scenarios: { attribute: false },
    trigger: { attribute: false },
    _condition: { state: true },
    _params: { state: true },
    _scenarioKey: { state: true },
    _enabled: { state: true },
    _error: { state: true },
    _saving: { state: true },
  };

  declare client: ConsoleClient;
  declare scenarios: AutomationScenario[];
  /** The trigger edited; null adds one. */
  declare trigger: ThresholdTriggerView | null;
  declare _condition: ThresholdCondition;
  declare _params: ParamText;
  declare _scenarioKey: string;
  declare _enabled: boolean;
  declare _error: { field: string; message: string } | null;
  declare _saving: boolean;

  constructor() {
    super();
    this.scenarios = [];
    this.trigger = null;
    this._condition = 'CASH_BELOW_FLOOR';
    this._params = { ...DEFAULTS.CASH_BELOW_FLOOR };
    this._scenarioKey = USUAL_SCENARIO.CASH_BELOW_FLOOR;
    this._enabled = true;
    this._error = null;
    this._saving = false;
    new LanguageController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('trigger')) return;
    const t = this.trigger;
    this._condition = t?.condition ?? 'CASH_BELOW_FLOOR';
    this._params = t ? paramText(t.condition, t.params) : { ...DEFAULTS.CASH_BELOW_FLOOR };
    this._scenarioKey = t?.scenarioKey ?? USUAL_SCENARIO.CASH_BELOW_FLOOR;
    this._enabled = t?.enabled ?? true;
    this._error = null;
  }

  private pick(condition: ThresholdCondition): void {
    this._condition = condition;
    this._params = { ...DEFAULTS[condition] };
    if (!this.trigger) this._scenarioKey = USUAL_SCENARIO[condition];
    this._error = null;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = thresholdParams(this._condition, this._params);
    if (!checked.ok) {
      this._error = { field: checked.field, message: checked.message };
      return;
    }
    if (!this._scenarioKey) {
      this._error = { field: 'scenario', message: t('automation.thresholdForm.scenarioMissing') };
      return;
    }
    this._saving = true;
    this._error = null;
    try {
      const { saveThresholdTrigger } = await this.client.request(SAVE_THRESHOLD_TRIGGER, {
        input: {
          id: this.trigger?.id ?? null,
          condition: this._condition,
          params: checked.params,
          scenarioKey: this._scenarioKey,
          enabled: this._enabled,
        },
      });
      this.dispatchEvent(new CustomEvent('zac-saved', { detail: saveThresholdTrigger }));
    } catch (error) {
      this._error = { field: '', message: errorMessage(error) };
    } finally {
      this._saving = false;
    }
  }

  private param(field: string, label: string, hint: string, mode = 'numeric'): TemplateResult {
    const invalid = this._error?.field === field;
    return html`<div class="field">
      <label for=${`t-${field}`}>${label}</label>
      <input
        id=${`t-${field}`}
        inputmode=${mode}
        .value=${this._params[field] ?? ''}
        aria-describedby=${`t-${field}-hint`}
        aria-invalid=${invalid ? 'true' : 'false'}
        @input=${(e: Event) =>
          (this._params = { ...this._params, [field]: (e.target as HTMLInputElement).value })}
      />
      <span class="hint" id=${`t-${field}-hint`}>${hint}</span>
      ${invalid ? html`<span class="field-error" role="alert" data-error-for=${field}>${this._error?.message}</span>` : nothing}
    </div>`;
  }

  private params(): TemplateResult {
    switch (this._condition) {
      case 'INVOICE_OVERDUE':
        return this.param(
          'graceDays',
          t('automation.thresholdForm.graceDays'),
          t('automation.thresholdForm.graceDaysHint'),
        );
      case 'NEXUS_EXPOSURE':
        return this.param(
          'percent',
          t('automation.thresholdForm.percent'),
          t('automation.thresholdForm.percentHint'),
          'decimal',
        );
      case 'CASH_BELOW_FLOOR':
        return this.param(
          'floor',
          t('automation.thresholdForm.floor'),
          t('automation.thresholdForm.floorHint'),
          'decimal',
        );
      case 'NEGATIVE_SENTIMENT_SPIKE':
        return html`${this.param(
          'count',
          t('automation.thresholdForm.count'),
          t('automation.thresholdForm.countHint'),
        )}
        ${this.param(
          'windowMinutes',
          t('automation.thresholdForm.windowMinutes'),
          t('automation.thresholdForm.windowMinutesHint'),
        )}`;
      default:
        return this._condition satisfies never;
    }
  }

  override render() {
    const title = this.trigger
      ? t('automation.thresholdForm.edit')
      : t('automation.thresholds.add');
    return html`<form class="card" @submit=${this.save} novalidate aria-label=${title}>
      <h2>${title}</h2>
      <div class="form-grid">
        <div class="field">
          <label for="t-condition">${t('automation.thresholdForm.condition')}</label>
          <select
            id="t-condition"
            @change=${(e: Event) =>
              this.pick((e.target as HTMLSelectElement).value as ThresholdCondition)}
          >
            ${CONDITIONS.map(
              (c) =>
                html`<option value=${c} ?selected=${c === this._condition}>
                  ${conditionWords(c)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="t-scenario">${t('automation.thresholdForm.scenario')}</label>
          <select
            id="t-scenario"
            aria-invalid=${this._error?.field === 'scenario' ? 'true' : 'false'}
            @change=${(e: Event) => (this._scenarioKey = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this._scenarioKey}>
              ${t('automation.pickScenario')}
            </option>
            ${scenarioOptions(this.scenarios, this._scenarioKey)}
          </select>
        </div>
      </div>
      <div class="form-grid" data-params>${this.params()}</div>
      <label class="switch">
        <input
          type="checkbox"
          .checked=${this._enabled}
          @change=${(e: Event) => (this._enabled = (e.target as HTMLInputElement).checked)}
        />
        ${t('automation.enabledSwitch')}
      </label>
      ${
        this._error && (this._error.field === '' || this._error.field === 'scenario')
          ? html`<p class="error" role="alert" data-error-for="form">${this._error.message}</p>`
          : nothing
      }
      <div class="actions">
        <button type="submit" data-action="save-threshold" ?disabled=${this._saving}>
          ${this._saving ? t('automation.saving') : t('automation.thresholdForm.save')}
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
