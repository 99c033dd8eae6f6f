// A JSON object (a run's input or output, an audit event's data) as a person reads it: each key
// in words with its value, nested objects indented, long lists summarized; the raw JSON stays
// one click away behind a disclosure for whoever needs the exact text.
import { html, nothing, type TemplateResult } from 'lit';

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
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.join(', ');
    if (depth >= 2) return `${value.length} items`;
    return html`<ol>
      ${value.slice(0, MAX_ITEMS).map((v) => html`<li>${valueOf(v, depth + 1)}</li>`)}
      ${value.length > MAX_ITEMS ? html`<li>… ${value.length - MAX_ITEMS} more</li>` : nothing}
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

/** The object as a key/value list, with its raw JSON behind a "Raw JSON" disclosure. */
export function keyValues(label: string, object: Record<string, unknown> | null | undefined) {
  if (!object || Object.keys(object).length === 0) {
    return html`<p class="muted" data-key-values=${label}>${label}: nothing.</p>`;
  }
  return html`<div data-key-values=${label}>
    <h3>${label}</h3>
    ${entries(object, 0)}
    <details>
      <summary>Raw JSON</summary>
      <pre tabindex="0" aria-label="${label} as JSON">${JSON.stringify(object, null, 2)}</pre>
    </details>
  </div>`;
}
