// <zac-scenario-form>: a scenario's input as a form built from its JSON Schema (fields, types,
// choices, required marks, defaults and the sample input prefilled, messages in words next to
// each field), with a JSON editor for the same input a click away. Submitting a valid input
// fires `zac-scenario-submit` with `{ input }`; starting the run is the page's job.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { LanguageController, currentLanguage, t } from '../i18n/index.js';
import { base } from '../styles.js';
import {
  draftOf,
  inputOf,
  parseInput,
  shapeFor,
  shapesOf,
  validate,
  type Draft,
  type DraftValue,
  type FieldErrors,
  type FormField,
  type FormShape,
  type JsonSchema,
} from './scenario-schema.js';

/** What the form needs of a scenario. */
export interface FormScenario {
  key: string;
  title: string;
  sampleInput: Record<string, unknown>;
  inputSchema?: JsonSchema | Record<string, unknown> | null;
}

export type ScenarioSubmitEvent = CustomEvent<{ input: Record<string, unknown> }>;

const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

export class ZacScenarioForm extends LitElement {
  static override styles = [
    base,
    css`
      fieldset {
        border: 1px solid var(--zac-admin-border);
        border-radius: 6px;
        margin: 0 0 0.85rem;
        padding: 0.6rem 0.8rem 0;
      }
      legend {
        font-weight: 600;
        padding: 0 0.25rem;
      }
      .required {
        color: var(--zac-admin-danger);
      }
      .mode {
        display: flex;
        gap: 0.5rem;
        justify-content: space-between;
        align-items: center;
        margin-bottom: 0.75rem;
      }
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
      }
      .check {
        display: inline-flex;
        gap: 0.35rem;
        align-items: center;
        font-weight: 400;
      }
      textarea.code {
        min-height: 12rem;
      }
      textarea.list {
        min-height: 5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      button.link {
        background: none;
        border: none;
        padding: 0.25rem 0;
        color: var(--zac-admin-primary);
        text-decoration: underline;
        cursor: pointer;
      }
    `,
  ];
  static override properties = {
    scenario: { attribute: false },
    disabled: { type: Boolean },
    busy: { type: Boolean },
    _shape: { state: true },
    _draft: { state: true },
    _errors: { state: true },
    _json: { state: true },
    _jsonText: { state: true },
    _jsonError: { state: true },
  };

  declare scenario: FormScenario | null;
  declare disabled: boolean;
  declare busy: boolean;
  declare _shape: number;
  declare _draft: Draft;
  declare _errors: FieldErrors;
  /** True while the input is edited as JSON. */
  declare _json: boolean;
  declare _jsonText: string;
  declare _jsonError: string;
  private shapes: FormShape[] | null = null;
  /** Set once a submit was tried: from then on, every edit re-checks the whole form. */
  private tried = false;
  /** The language the messages were written in. */
  private language = currentLanguage();

  constructor() {
    super();
    new LanguageController(this);
    this.scenario = null;
    this.disabled = false;
    this.busy = false;
    this._shape = 0;
    this._draft = {};
    this._errors = {};
    this._json = false;
    this._jsonText = '';
    this._jsonError = '';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('scenario')) this.reset();
    else if (this.language !== currentLanguage()) this.relabel();
    this.language = currentLanguage();
  }

  /** After a language change: the shapes' labels and the messages shown, in the new language. */
  private relabel(): void {
    this.shapes = shapesOf(this.scenario?.inputSchema as JsonSchema | null | undefined);
    if (Object.keys(this._errors).length > 0) {
      const errors = this.check().errors;
      this._errors = this.tried
        ? errors
        : Object.fromEntries(
            Object.keys(this._errors).flatMap((p) => (errors[p] ? [[p, errors[p]]] : [])),
          );
    }
    if (this._jsonError) {
      const parsed = parseInput(this._jsonText);
      this._jsonError = 'error' in parsed ? parsed.error : '';
    }
  }

  private reset(): void {
    const scenario = this.scenario;
    this.shapes = shapesOf(scenario?.inputSchema as JsonSchema | null | undefined);
    const sample = scenario?.sampleInput ?? {};
    this._shape = this.shapes ? shapeFor(this.shapes, sample) : 0;
    this._draft = this.shapes ? draftOf(this.fields, sample) : {};
    this._errors = {};
    this.tried = false;
    // No schema the form can show: the input is JSON.
    this._json = this.shapes === null;
    this._jsonText = JSON.stringify(sample, null, 2);
    this._jsonError = '';
  }

  private get fields(): FormField[] {
    return this.shapes?.[this._shape]?.fields ?? [];
  }

  private set(path: string, value: DraftValue): void {
    this._draft = { ...this._draft, [path]: value };
    if (this.tried) this._errors = this.check().errors;
    else if (this._errors[path]) {
      // A corrected field's message goes as soon as it is right.
      const { [path]: _gone, ...rest } = this._errors;
      const own = this.check().errors[path];
      this._errors = own ? { ...rest, [path]: own } : rest;
    }
  }

  /** The typed input and everything wrong with it. */
  private check(): { value: Record<string, unknown>; errors: FieldErrors } {
    const { value, errors } = inputOf(this.fields, this._draft);
    const problems = validate(this.fields, value, this.scenario?.sampleInput ?? {});
    return { value, errors: { ...problems, ...errors } };
  }

  private toggleJson(): void {
    if (this._json) {
      // Back to the form: it takes what the JSON says, if the JSON is an object.
      const parsed = parseInput(this._jsonText);
      if ('error' in parsed) {
        this._jsonError = parsed.error;
        return;
      }
      if (this.shapes) {
        this._shape = shapeFor(this.shapes, parsed.value);
        this._draft = draftOf(this.fields, parsed.value);
        this._errors = this.tried ? this.check().errors : {};
        this._json = false;
      }
      return;
    }
    this._jsonText = JSON.stringify(this.check().value, null, 2);
    this._jsonError = '';
    this._json = true;
  }

  private onJson(text: string): void {
    this._jsonText = text;
    const parsed = parseInput(text);
    this._jsonError = 'error' in parsed ? parsed.error : '';
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    this.tried = true;
    let input: Record<string, unknown>;
    if (this._json) {
      const parsed = parseInput(this._jsonText);
      if ('error' in parsed) {
        this._jsonError = parsed.error;
        this.focusField('#input');
        return;
      }
      // Raw JSON is the escape hatch: the hub validates it and answers in words.
      input = parsed.value;
    } else {
      const { value, errors } = this.check();
      this._errors = errors;
      const first = this.fields.flatMap(leaves).find((f) => errors[f.path]);
      if (first) {
        this.focusField(`#${fieldId(first.path)}`);
        return;
      }
      input = value;
    }
    this.dispatchEvent(
      new CustomEvent('zac-scenario-submit', {
        detail: { input },
        bubbles: true,
        composed: true,
      }) satisfies ScenarioSubmitEvent,
    );
  }

  private focusField(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  private control(field: FormField): TemplateResult {
    const id = fieldId(field.path);
    const error = this._errors[field.path] ?? '';
    const described = `${id}-error`;
    const value = this._draft[field.path];
    const text = typeof value === 'string' ? value : '';
    const common = {
      invalid: error ? 'true' : 'false',
    };
    const label = html`${field.label}${
      field.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing
    }`;
    const message = html`<span class="field-error" id=${described} data-error-for=${field.path}
      >${error}</span
    >`;
    const onText = (e: Event) =>
      this.set(field.path, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    switch (field.kind) {
      case 'object':
        return html`<fieldset data-field=${field.path}>
          <legend>${label}</legend>
          ${field.children.map((child) => this.control(child))}
        </fieldset>`;
      case 'boolean':
        return html`<div class="field">
          <label class="check"
            ><input
              id=${id}
              type="checkbox"
              data-field=${field.path}
              .checked=${value === true}
              aria-describedby=${described}
              @change=${(e: Event) => this.set(field.path, (e.target as HTMLInputElement).checked)}
            />${label}</label
          >
          ${message}
        </div>`;
      case 'choice':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <select
            id=${id}
            data-field=${field.path}
            ?required=${field.required}
            aria-invalid=${common.invalid}
            aria-describedby=${described}
            @change=${onText}
          >
            ${field.required && text !== '' ? nothing : html`<option value="">—</option>`}
            ${field.options.map(
              (option) =>
                html`<option value=${option} ?selected=${option === text}>${option}</option>`,
            )}
          </select>
          ${message}
        </div>`;
      case 'choice-list': {
        const picked = Array.isArray(value) ? value : [];
        return html`<fieldset data-field=${field.path} aria-describedby=${described}>
          <legend>${label}</legend>
          <div class="checks">
            ${field.options.map(
              (option, i) =>
                html`<label class="check"
                  ><input
                    id=${i === 0 ? id : `${id}-${i}`}
                    type="checkbox"
                    value=${option}
                    .checked=${picked.includes(option)}
                    @change=${(e: Event) =>
                      this.set(
                        field.path,
                        (e.target as HTMLInputElement).checked
                          ? field.options.filter((o) => o === option || picked.includes(o))
                          : picked.filter((o) => o !== option),
                      )}
                  />${option}</label
                >`,
            )}
          </div>
          ${message}
        </fieldset>`;
      }
      case 'text-list':
      case 'json':
        return html`<div class="field">
          <label for=${id}
            >${label}
            <span class="hint"
              >${field.kind === 'json' ? t('scenarios.jsonHint') : t('scenarios.onePerLine')}</span
            ></label
          >
          <textarea
            id=${id}
            class=${field.kind === 'json' ? 'code' : 'list'}
            data-field=${field.path}
            .value=${text}
            aria-invalid=${common.invalid}
            aria-describedby=${described}
            @input=${onText}
          ></textarea>
          ${message}
        </div>`;
      default: {
        const s = field.schema;
        const type =
          field.kind === 'integer' || field.kind === 'number'
            ? 'number'
            : field.kind === 'email'
              ? 'email'
              : field.kind === 'date'
                ? 'date'
                : 'text';
        const long = field.kind === 'text' && (s.maxLength ?? 0) > 300;
        return html`<div class="field">
          <label for=${id}>${label}</label>
          ${
            long
              ? html`<textarea
                  id=${id}
                  class="list"
                  data-field=${field.path}
                  .value=${text}
                  aria-invalid=${common.invalid}
                  aria-describedby=${described}
                  @input=${onText}
                ></textarea>`
              : html`<input
                  id=${id}
                  type=${type}
                  data-field=${field.path}
                  .value=${text}
                  step=${field.kind === 'integer' ? '1' : field.kind === 'number' ? 'any' : nothing}
                  min=${type === 'number' && s.minimum !== undefined ? s.minimum : nothing}
                  max=${type === 'number' && s.maximum !== undefined ? s.maximum : nothing}
                  aria-invalid=${common.invalid}
                  aria-describedby=${described}
                  @input=${onText}
                />`
          }
          ${message}
        </div>`;
      }
    }
  }

  override render() {
    if (!this.scenario) return nothing;
    const shapes = this.shapes;
    return html`<form
      @submit=${this.submit}
      novalidate
      aria-label=${t('scenarios.inputOf', { title: this.scenario.title })}
    >
      <div class="mode">
        <span class="hint muted">${this._json ? t('scenarios.editingJson') : requiredHint()}</span>
        ${
          shapes
            ? html`<button
                type="button"
                class="link"
                data-action="json"
                aria-pressed=${this._json ? 'true' : 'false'}
                @click=${this.toggleJson}
              >
                ${this._json ? t('scenarios.backToForm') : t('scenarios.editAsJson')}
              </button>`
            : nothing
        }
      </div>
      ${
        this._json
          ? html`<div class="field">
              <label for="input"
                >${t('scenarios.input')}
                <span class="hint">${t('scenarios.jsonObjectHint')}</span></label
              >
              <textarea
                id="input"
                class="code"
                spellcheck="false"
                .value=${this._jsonText}
                aria-invalid=${this._jsonError ? 'true' : 'false'}
                aria-describedby="input-error"
                @input=${(e: Event) => this.onJson((e.target as HTMLTextAreaElement).value)}
              ></textarea>
              <span class="field-error" id="input-error" data-error-for="input"
                >${this._jsonError}</span
              >
            </div>`
          : html`${
              shapes && shapes.length > 1
                ? html`<div class="field">
                    <label for="shape">${t('scenarios.shapePicker')}</label>
                    <select
                      id="shape"
                      @change=${(e: Event) => {
                        this._shape = Number((e.target as HTMLSelectElement).value);
                        this._draft = draftOf(this.fields, this.scenario?.sampleInput ?? {});
                        this._errors = {};
                      }}
                    >
                      ${shapes.map(
                        (shape, i) =>
                          html`<option value=${i} ?selected=${i === this._shape}>
                            ${shape.label}
                          </option>`,
                      )}
                    </select>
                  </div>`
                : nothing
            }
            ${this.fields.map((field) => this.control(field))}`
      }
      <div class="actions">
        <button type="submit" data-action="start" ?disabled=${this.disabled || this.busy}>
          ${this.busy ? t('scenarios.starting') : t('scenarios.start')}
        </button>
        <slot name="actions"></slot>
      </div>
    </form>`;
  }
}

/** "Fields marked * are required.", the asterisk red where the language puts it. */
function requiredHint() {
  const [before = '', after = ''] = t('scenarios.requiredHint', { mark: '\u0000' }).split('\u0000');
  return html`${before}<span class="required">*</span>${after}`;
}

function leaves(field: FormField): FormField[] {
  return field.kind === 'object' ? field.children.flatMap(leaves) : [field];
}
