// A JSON object (a run's input or output, an audit event's data) as a person reads it: each key
// in words with its value, nested objects indented, long lists summarized; the raw JSON stays
// one click away behind a disclosure for whoever needs the exact text.
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../i18n/index.js';

const MAX_ITEMS = 20;

/** `leadEmail` -> "Lead email", `due_on` -> "Due on". */
export function keyWords(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueOf(value: unknown, depth: number): TemplateResult | string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('runs.valueYes') : t('runs.valueNo');
  // Numbers stay as written: they are often ids or order numbers, not amounts.
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('runs.valueNone');
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.join(', ');
    if (depth >= 2) return t('runs.valueItems', { count: value.length });
    return html`<ol>
      ${value.slice(0, MAX_ITEMS).map((v) => html`<li>${valueOf(v, depth + 1)}</li>`)}
      ${value.length > MAX_ITEMS ? html`<li>${t('runs.valueMore', { count: value.length - MAX_ITEMS })}</li>` : nothing}
    </ol>`;
  }
  if (depth >= 2) return JSON.stringify(value);
  return entries(value as Record<string, unknown>, depth + 1);
}

function entries(object: Record<string, unknown>, depth: number): TemplateResult {
  return html`<dl class="key-values">
    ${Object.entries(object).map(
      ([key, value]) =>
        html`<dt>${keyWords(key)}</dt>
          <dd>${valueOf(value, depth)}</dd>`,
    )}
  </dl>`;
}

/**
 * The object as a key/value list, with its raw JSON behind a "Raw JSON" disclosure. `label` is
 * shown; `id` (data-key-values, the label unless given) names the list the same in every language.
 */
export function keyValues(
  label: string,
  object: Record<string, unknown> | null | undefined,
  id: string = label,
) {
  if (!object || Object.keys(object).length === 0) {
    return html`<p class="muted" data-key-values=${id}>${t('runs.valuesNothing', { label })}</p>`;
  }
  return html`<div data-key-values=${id}>
    <h3>${label}</h3>
    ${entries(object, 0)}
    <details>
      <summary>${t('runs.rawJson')}</summary>
      <pre tabindex="0" aria-label=${t('runs.asJson', { label })}>
${JSON.stringify(object, null, 2)}</pre>
    </details>
  </div>`;
}
