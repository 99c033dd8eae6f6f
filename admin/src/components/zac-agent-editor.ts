// <zac-agent-editor>: one agent's settings. Validates as you type (the hub's rules), saves with
// updateAgent, and shows the hub's INVALID_INPUT next to the field it names. Read-only for
// viewers; a save that reaches the hub anyway shows its refusal (FORBIDDEN).
import { LitElement, css, html, nothing } from 'lit';
import { ConsoleError, type ConsoleClient } from '../api/client.js';
import { UPDATE_AGENT, type Agent, type AgentOptions } from '../api/operations.js';
import { errorMessage } from '../format.js';
import { LanguageController, currentCurrency, t } from '../i18n/index.js';
import { base } from '../styles.js';
import {
  draftOf,
  inputOf,
  MAX_STEPS,
  validateDraft,
  type AgentDraft,
  type DraftErrors,
  type DraftField,
} from './agent-draft.js';

export class ZacAgentEditor extends LitElement {
  static override styles = [
    base,
    css`
      fieldset {
        border: 1px solid var(--zac-admin-border);
        border-radius: 8px;
        padding: 0.75rem 1rem;
        margin: 0 0 1rem;
        min-width: 0;
      }
      fieldset.plain {
        border: none;
        padding: 0;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3rem;
      }
      .badge.unavailable {
        background: var(--zac-admin-warn-bg);
        color: var(--zac-admin-warn-fg);
        font-weight: 600;
      }
      .tools {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0.3rem 1rem;
      }
      .check {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        font-weight: 400;
      }
      textarea {
        min-height: 10rem;
      }
      .actions {
        display: flex;
        gap: 0.75rem;
        align-items: center;
      }
      .saved {
        color: var(--zac-admin-ok);
      }
    `,
  ];
  static override properties = {
    client: { attribute: false },
    agent: { attribute: false },
    options: { attribute: false },
    readonly: { type: Boolean },
    _draft: { state: true },
    _errors: { state: true },
    _touched: { state: true },
    _serverError: { state: true },
    _saving: { state: true },
    _saved: { state: true },
  };

  declare client: ConsoleClient;
  declare agent: Agent | null;
  declare options: AgentOptions;
  declare readonly: boolean;
  declare _draft: AgentDraft | null;
  declare _errors: DraftErrors;
  declare _touched: boolean;
  declare _serverError: string;
  declare _saving: boolean;
  declare _saved: boolean;

  constructor() {
    super();
    this.agent = null;
    this.options = { models: [], tools: [] };
    this.readonly = false;
    this._draft = null;
    this._errors = {};
    this._touched = false;
    this._serverError = '';
    this._saving = false;
    this._saved = false;
    new LanguageController(this);
  }

  /** Set while the errors shown are the hub's (its words), not this console's checks. */
  private errorsFromHub = false;

  /** Set while `agent` is replaced by this editor's own save (keeps the "Saved" note). */
  private savedHere = false;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // After a language switch the console's own messages are said again in the new language.
    if (this._draft && !this.errorsFromHub && Object.keys(this._errors).length > 0) {
      this._errors = validateDraft(this._draft, this.options);
    }
    if (changed.has('agent') && this.savedHere) {
      this.savedHere = false;
      if (this.agent) this._draft = draftOf(this.agent);
    } else if (changed.has('agent') && this.agent) {
      this._draft = draftOf(this.agent);
      this._errors = {};
      this._touched = false;
      this._serverError = '';
      this._saved = false;
    }
  }

  private set<K extends keyof AgentDraft>(key: K, value: AgentDraft[K]): void {
    if (!this._draft) return;
    this._draft = { ...this._draft, [key]: value };
    this._errors = validateDraft(this._draft, this.options);
    this.errorsFromHub = false;
    this._touched = true;
    this._saved = false;
    this._serverError = '';
  }

  private toggleTool(tool: string, on: boolean): void {
    if (!this._draft) return;
    const tools = this._draft.tools.filter((t) => t !== tool);
    this.set('tools', on ? [...tools, tool] : tools);
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this._draft || !this.agent) return;
    this._errors = validateDraft(this._draft, this.options);
    this.errorsFromHub = false;
    const first = Object.keys(this._errors)[0];
    if (first) {
      this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    this._saving = true;
    this._serverError = '';
    try {
      const { updateAgent } = await this.client.request(UPDATE_AGENT, {
        key: this.agent.key,
        input: inputOf(this._draft),
      });
      this.savedHere = true;
      this.agent = updateAgent;
      this._saved = true;
      this.dispatchEvent(
        new CustomEvent('zac-agent-saved', { detail: updateAgent, bubbles: true, composed: true }),
      );
    } catch (error) {
      if (error instanceof ConsoleError && error.code === 'INVALID_INPUT' && error.field) {
        this._errors = { [error.field as DraftField]: error.message };
        this.errorsFromHub = true;
        this.renderRoot.querySelector<HTMLElement>(`[data-field="${error.field}"]`)?.focus();
      } else {
        this._serverError = errorMessage(error);
      }
    } finally {
      this._saving = false;
    }
  }

  private error(field: DraftField) {
    const message = this._errors[field];
    return html`<span class="field-error" id="err-${field}" data-error-for=${field}
      >${message ?? ''}</span
    >`;
  }

  private invalid(field: DraftField): 'true' | 'false' {
    return this._errors[field] ? 'true' : 'false';
  }

  override render() {
    const d = this._draft;
    if (!d || !this.agent) return html`<p class="state">${t('agents.pick')}</p>`;
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    const checked = (e: Event) => (e.target as HTMLInputElement).checked;
    return html`<form
      @submit=${this.save}
      novalidate
      aria-label=${t('agents.edit', { name: this.agent.name })}
    >
      ${this.readonly ? html`<p class="notice" data-readonly>${t('agents.readonly')}</p>` : nothing}
      <fieldset class="plain" ?disabled=${this.readonly} data-editor-fields>
        <div class="field">
          <label class="check"
            ><input
              type="checkbox"
              data-field="enabled"
              .checked=${d.enabled}
              @change=${(e: Event) => this.set('enabled', checked(e))}
            />${t('agents.enable')}</label
          >
        </div>
        <div class="row">
          <div class="field">
            <label for="model">${t('agents.model')}</label>
            <select
              id="model"
              data-field="model"
              aria-invalid=${this.invalid('model')}
              aria-describedby="err-model"
              @change=${(e: Event) => this.set('model', value(e))}
            >
              ${[...new Set([d.model, ...this.options.models])].map(
                (m) => html`<option value=${m} ?selected=${m === d.model}>${m}</option>`,
              )}
            </select>
            ${this.error('model')}
          </div>
          <div class="field">
            <label for="temperature"
              >${t('agents.temperature')}
              <span class="hint">${t('agents.temperatureHint')}</span></label
            >
            <input
              id="temperature"
              data-field="temperature"
              inputmode="decimal"
              .value=${d.temperature}
              aria-invalid=${this.invalid('temperature')}
              aria-describedby="err-temperature"
              @input=${(e: Event) => this.set('temperature', value(e))}
            />
            ${this.error('temperature')}
          </div>
          <div class="field">
            <label for="maxSteps"
              >${t('agents.maxSteps')}
              <span class="hint">${t('agents.maxStepsHint', { max: MAX_STEPS })}</span></label
            >
            <input
              id="maxSteps"
              data-field="maxSteps"
              inputmode="numeric"
              .value=${d.maxSteps}
              aria-invalid=${this.invalid('maxSteps')}
              aria-describedby="err-maxSteps"
              @input=${(e: Event) => this.set('maxSteps', value(e))}
            />
            ${this.error('maxSteps')}
          </div>
        </div>
        <div class="field">
          <label for="systemPrompt">${t('agents.systemPrompt')}</label>
          <textarea
            id="systemPrompt"
            data-field="systemPrompt"
            .value=${d.systemPrompt}
            aria-invalid=${this.invalid('systemPrompt')}
            aria-describedby="err-systemPrompt"
            @input=${(e: Event) => this.set('systemPrompt', value(e))}
          ></textarea>
          ${this.error('systemPrompt')}
        </div>
        <fieldset>
          <legend>${t('agents.tools')}</legend>
          <div class="tools" data-field="tools" tabindex="-1" aria-describedby="err-tools">
            ${[...new Set([...this.options.tools, ...d.tools])].map(
              (tool) =>
                html`<label class="check"
                  ><input
                    type="checkbox"
                    name="tools"
                    value=${tool}
                    .checked=${d.tools.includes(tool)}
                    @change=${(e: Event) => this.toggleTool(tool, checked(e))}
                  />${tool}${
                    // A tool the hub has not built (Agent.unavailableTools): runs calling it fail.
                    this.options.tools.includes(tool)
                      ? nothing
                      : html` <span class="badge unavailable" data-unavailable-tool=${tool}
                          >${t('agents.notAvailable')}</span
                        >`
                  }</label
                >`,
            )}
          </div>
          ${this.error('tools')}
        </fieldset>
        <fieldset>
          <legend>${t('agents.reviewPolicy')}</legend>
          <div class="row">
            <div class="field">
              <label for="refundLimit"
                >${t('agents.refundLimit')}
                <span class="hint"
                  >${t('agents.refundLimitHint', { currency: currentCurrency() })}</span
                ></label
              >
              <input
                id="refundLimit"
                data-field="reviewPolicy.refundLimitCents"
                inputmode="decimal"
                .value=${d.refundLimit}
                aria-invalid=${this.invalid('reviewPolicy.refundLimitCents')}
                aria-describedby="err-reviewPolicy.refundLimitCents"
                @input=${(e: Event) => this.set('refundLimit', value(e))}
              />
              ${this.error('reviewPolicy.refundLimitCents')}
            </div>
            <div class="field">
              <label for="minConfidence"
                >${t('agents.minConfidence')}
                <span class="hint">${t('agents.minConfidenceHint')}</span></label
              >
              <input
                id="minConfidence"
                data-field="reviewPolicy.minConfidence"
                inputmode="decimal"
                .value=${d.minConfidence}
                aria-invalid=${this.invalid('reviewPolicy.minConfidence')}
                aria-describedby="err-reviewPolicy.minConfidence"
                @input=${(e: Event) => this.set('minConfidence', value(e))}
              />
              ${this.error('reviewPolicy.minConfidence')}
            </div>
            <div class="field">
              <label for="ttl"
                >${t('agents.approvalTtl')}
                <span class="hint">${t('agents.approvalTtlHint')}</span></label
              >
              <input
                id="ttl"
                data-field="reviewPolicy.approvalTtlMinutes"
                inputmode="numeric"
                .value=${d.approvalTtlMinutes}
                aria-invalid=${this.invalid('reviewPolicy.approvalTtlMinutes')}
                aria-describedby="err-reviewPolicy.approvalTtlMinutes"
                @input=${(e: Event) => this.set('approvalTtlMinutes', value(e))}
              />
              ${this.error('reviewPolicy.approvalTtlMinutes')}
            </div>
          </div>
          <label class="check"
            ><input
              type="checkbox"
              data-field="reviewPolicy.legalTopics"
              .checked=${d.legalTopics}
              @change=${(e: Event) => this.set('legalTopics', checked(e))}
            />${t('agents.legalTopics')}</label
          >
          <label class="check"
            ><input
              type="checkbox"
              data-field="reviewPolicy.outboundTrusted"
              .checked=${d.outboundTrusted}
              @change=${(e: Event) => this.set('outboundTrusted', checked(e))}
            />${t('agents.outboundTrusted')}</label
          >
        </fieldset>
        <div class="actions">
          <button type="submit" data-action="save" ?disabled=${this._saving}>
            ${this._saving ? t('agents.saving') : t('agents.save')}
          </button>
          <span role="status"
            >${
              this._saved
                ? html`<span class="saved" data-saved>${t('agents.saved')}</span>`
                : nothing
            }</span
          >
        </div>
      </fieldset>
      ${
        this._serverError
          ? html`<p class="error" role="alert" data-server-error>${this._serverError}</p>`
          : nothing
      }
    </form>`;
  }
}
