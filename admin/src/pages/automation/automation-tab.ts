// What every Automation tab does the same way: it loads its list and the scenarios a trigger may
// start, names a scenario by its title, runs a write with the refusal shown as text next to what
// was asked (never raw JSON), and asks again before deleting.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorMessage } from '../../format.js';
import { formatLocale, t } from '../../i18n/index.js';
import { ConsolePage } from '../../page.js';
import { AUTOMATION_SCENARIOS, type AutomationScenario } from '../automation.operations.js';
import { automationStyles } from './automation.styles.js';

/**
 * A destructive action asked twice: `key` names it in data-action ("delete"), `verb` is its
 * button's word ("Delete") and `question` the whole action on its item, asked before it is done
 * ("Delete the schedule of Monthly P&L"), each in the current language.
 */
export interface ConfirmAction {
  key: string;
  verb: string;
  question: string;
}

export abstract class AutomationTab extends ConsolePage {
  static override styles = [...ConsolePage.styles, automationStyles];
  static override properties = {
    ...ConsolePage.properties,
    _scenarios: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _busy: { state: true },
    _actionError: { state: true },
    _confirm: { state: true },
  };

  declare _scenarios: AutomationScenario[];
  declare _loading: boolean;
  declare _error: unknown;
  declare _busy: boolean;
  /** The last refused write: which item it was about ('' for the tab) and why, in words. */
  declare _actionError: { id: string; message: string } | null;
  /** The item whose deletion (or secret rotation) waits for a second click. */
  declare _confirm: string;

  constructor() {
    super();
    this._scenarios = [];
    this._loading = true;
    this._error = null;
    this._busy = false;
    this._actionError = null;
    this._confirm = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** The tab's own list (the scenarios load alongside). */
  protected abstract loadList(): Promise<void>;

  async load(): Promise<void> {
    try {
      const [{ scenarios }] = await Promise.all([
        this.client.request(AUTOMATION_SCENARIOS),
        this.loadList(),
      ]);
      this._scenarios = scenarios;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  /** "Cash-flow report (Finance & ops)", or the key of a scenario not listed. */
  scenarioTitle(key: string): string {
    const s = this._scenarios.find((x) => x.key === key);
    return s ? s.title : key;
  }

  agentName(scenarioKey: string): string {
    return this._scenarios.find((x) => x.key === scenarioKey)?.agent.name ?? '';
  }

  /** Runs a write; a refusal is kept as text for the item `id` it was about. */
  protected async act(id: string, write: () => Promise<void>): Promise<boolean> {
    this._busy = true;
    this._actionError = null;
    try {
      await write();
      return true;
    } catch (error) {
      this._actionError = { id, message: errorMessage(error) };
      return false;
    } finally {
      this._busy = false;
    }
  }

  /** The refusal of the last write about `id`, where that item is shown. */
  protected actionError(id: string): TemplateResult | typeof nothing {
    const e = this._actionError;
    if (!e || e.id !== id) return nothing;
    return html`<p class="error" role="alert" data-action-error>${e.message}</p>`;
  }

  /**
   * A destructive button that asks once more: the first click turns it into "Yes, <verb>" and
   * "Keep", the second does it.
   */
  protected confirmButton(
    id: string,
    action: ConfirmAction,
    run: () => void | Promise<void>,
  ): TemplateResult {
    const key = `${action.key}:${id}`;
    if (this._confirm !== key) {
      return html`<button
        type="button"
        class="secondary"
        data-action=${action.key}
        aria-label=${action.question}
        ?disabled=${this._busy}
        @click=${() => (this._confirm = key)}
      >
        ${action.verb}
      </button>`;
    }
    const question = t('automation.confirm.question', { question: action.question });
    return html`<span role="group" aria-label=${question} class="actions" data-confirm>
      <span>${question}</span>
      <button
        type="button"
        class="danger"
        data-action="confirm"
        ?disabled=${this._busy}
        @click=${async () => {
          this._confirm = '';
          await run();
        }}
      >
        ${t('automation.confirm.yes', { verb: action.verb.toLocaleLowerCase(formatLocale()) })}
      </button>
      <button type="button" class="secondary" @click=${() => (this._confirm = '')}>
        ${t('automation.confirm.keep')}
      </button>
    </span>`;
  }

  /** An item's on/off control for writers, its state in words for viewers. */
  protected enabledSwitch(
    enabled: boolean,
    what: string,
    change: (enabled: boolean) => void,
  ): TemplateResult {
    if (!this.canWrite) {
      return enabledBadge(enabled);
    }
    return html`<label class="switch">
      <input
        type="checkbox"
        data-action="toggle"
        .checked=${live(enabled)}
        ?disabled=${this._busy}
        @change=${(e: Event) => change((e.target as HTMLInputElement).checked)}
      />
      ${t('automation.enabledSwitch')}<span class="visually-hidden">: ${what}</span>
    </label>`;
  }
}

/** On or off, in words, as a badge. */
export function enabledBadge(enabled: boolean): TemplateResult {
  return html`<span class="badge" data-status=${enabled ? 'enabled' : 'disabled'}
    >${enabled ? t('automation.enabled') : t('automation.disabled')}</span
  >`;
}

/** The scenarios as <option>s grouped by agent (those in `exclude` left out, unless selected). */
export function scenarioOptions(
  scenarios: readonly AutomationScenario[],
  selected: string,
  exclude: readonly string[] = [],
): TemplateResult[] {
  const agents = [...new Map(scenarios.map((s) => [s.agent.key, s.agent.name]))];
  return agents.map(
    ([key, name]) =>
      html`<optgroup label=${name}>
        ${scenarios
          .filter((s) => s.agent.key === key && (s.key === selected || !exclude.includes(s.key)))
          .map(
            (s) => html`<option value=${s.key} ?selected=${s.key === selected}>${s.title}</option>`,
          )}
      </optgroup>`,
  );
}
