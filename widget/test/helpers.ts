// Test helpers that fail loudly (instead of non-null assertions) when something is missing.

export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

export const sr = (el: Element): ShadowRoot => must(el.shadowRoot, 'shadowRoot');

/** The first match in el's shadow root, or a thrown error. */
export function get<T extends Element = HTMLElement>(el: Element, selector: string): T {
  return must(sr(el).querySelector<T>(selector), selector);
}

/** Normalised text content. */
export const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
