/**
 * Redacts payment card numbers and US social security numbers from text before it is stored.
 * A run's input, steps and output are read by the console, exported and sent to model providers;
 * none of them needs the number itself, and a stored card number puts the whole database in PCI
 * scope. Detection is deliberately narrow (Luhn-valid card numbers, SSNs in their written shape)
 * so that order numbers, phone numbers and amounts survive.
 */

export interface Redactions {
  card: number;
  ssn: number;
}

export interface RedactedText {
  text: string;
  redactions: Redactions;
}

export interface RedactedValue<T> {
  value: T;
  redactions: Redactions;
}

export const SSN_PLACEHOLDER = '[ssn redacted]';

/** `[card ••••1234]`: the last four digits are what a person needs to tell cards apart. */
export function cardPlaceholder(digits: string): string {
  return `[card ••••${digits.slice(-4)}]`;
}

// Digit groups joined by at most one space or dash each ("4111 1111 1111 1111",
// "4111-1111-1111-1111", "378282246310005"). Not preceded or followed by a letter, digit,
// underscore or dash, so a card is never carved out of a longer number or of an identifier: one
// random UUID in 370 holds a dash-joined run of digits that passes Luhn
// ("6c7eaac3-f7a4-4690-9692-182643b8cf37"), and redacting it broke the ids that tools pass on.
// Groups are re-split below to find the card inside a run such as "4111 1111 1111 1111 12 27"
// (card number followed by its expiry).
const DIGIT_RUN = /(?<![\w-])\d+(?:[ -]\d+)*(?![\w-])/g;
const CARD_MIN_DIGITS = 13;
const CARD_MAX_DIGITS = 19;

// AAA-GG-SSSS, with dashes or spaces, not carved out of a longer number ("1123-45-6789",
// "123-45-6789-2"). A digit after a space is allowed: "123-45-6789 4111 ..." is an SSN and then
// something else, and redacting too much costs less than storing an SSN.
const SSN = /(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?!\d|-\d)/g;

/** Redacts card numbers and SSNs in `text`; returns the new text and how many of each. */
export function redactText(text: string): RedactedText {
  const redactions: Redactions = { card: 0, ssn: 0 };
  // SSNs first: a 9-digit SSN next to other digits could otherwise be swallowed into a
  // 13+ digit run that happens to pass Luhn, and be labelled a card.
  let result = text.replace(SSN, (match, area: string, group: string, serial: string) => {
    if (!isValidSsn(area, group, serial)) return match;
    redactions.ssn++;
    return SSN_PLACEHOLDER;
  });
  result = result.replace(DIGIT_RUN, (run) => {
    const redacted = redactCardsInRun(run);
    redactions.card += redacted.count;
    return redacted.text;
  });
  return { text: result, redactions };
}

/**
 * Applies `redactText` to every string of a JSON value (object keys included), returning a new
 * value; numbers are left alone (a card number as a JSON number loses precision anyway, and
 * amounts and ids are numbers). The input is not modified.
 */
export function redactDeep<T>(value: T): RedactedValue<T> {
  const redactions: Redactions = { card: 0, ssn: 0 };
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const redacted = redactText(node);
      redactions.card += redacted.redactions.card;
      redactions.ssn += redacted.redactions.ssn;
      return redacted.text;
    }
    if (Array.isArray(node)) return node.map(visit);
    if (isPlainObject(node)) {
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) => [visit(key) as string, visit(child)]),
      );
    }
    return node;
  };
  return { value: visit(value) as T, redactions };
}

export function totalRedactions(redactions: Redactions): number {
  return redactions.card + redactions.ssn;
}

/** The Luhn (mod 10) check every payment card number satisfies. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** SSA rules: no area 000, 666 or 900-999; no group 00; no serial 0000. */
export function isValidSsn(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

/**
 * Within one run of digit groups, finds the longest stretch of whole groups that is a card
 * number (13-19 digits, Luhn-valid), replaces it, and carries on after it.
 */
function redactCardsInRun(run: string): { text: string; count: number } {
  const groups = [...run.matchAll(/\d+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    digits: m[0],
  }));
  let text = '';
  let cursor = 0;
  let count = 0;
  let i = 0;
  while (i < groups.length) {
    const card = longestCardFrom(groups, i);
    if (!card) {
      i++;
      continue;
    }
    const first = groups[i];
    const last = groups[card.lastGroup];
    if (!first || !last) break;
    text += run.slice(cursor, first.start) + cardPlaceholder(card.digits);
    cursor = last.end;
    count++;
    i = card.lastGroup + 1;
  }
  return { text: text + run.slice(cursor), count };
}

function longestCardFrom(
  groups: ReadonlyArray<{ digits: string }>,
  from: number,
): { digits: string; lastGroup: number } | null {
  let digits = '';
  let best: { digits: string; lastGroup: number } | null = null;
  for (let j = from; j < groups.length; j++) {
    digits += groups[j]?.digits ?? '';
    if (digits.length > CARD_MAX_DIGITS) break;
    if (digits.length >= CARD_MIN_DIGITS && passesLuhn(digits)) best = { digits, lastGroup: j };
  }
  return best;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
