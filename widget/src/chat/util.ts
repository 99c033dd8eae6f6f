// Small helpers shared by the elements.

/** Dispatches a bubbling, composed CustomEvent: it crosses shadow roots and reaches `window`. */
export function emit(target: EventTarget, type: string, detail: object): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** A random id; crypto.randomUUID is missing on plain-http pages, getRandomValues is not. */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** The visitor's IANA time zone (meeting slots are offered and labelled in it). */
export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
