// How the Tax area reads and prints what money and rates look like. Rates travel as exact
// decimal strings ("0.0625") and amounts typed by a person as dollars ("12.50"): both are
// converted with string arithmetic, never through a binary float. Words the hub spells as codes
// are shown in the console's language (../../i18n/en/tax.ts, `tax.code.<CODE>`).
import { formatLocale, translated } from '../../i18n/index.js';

/** The formatting locale's decimal separator ("." in en-US, "," in es-ES). */
function decimalSeparator(): string {
  return (
    new Intl.NumberFormat(formatLocale()).formatToParts(1.5).find((p) => p.type === 'decimal')
      ?.value ?? '.'
  );
}

/** "0.0625" -> "6.25%", "0.01" -> "1%", "0" -> "0%": the decimal point moved two places. */
export function ratePercent(rate: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!match) return rate;
  const whole = match[1] as string;
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const integer = `${whole}${fraction.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(2).replace(/0+$/, '');
  return `${integer}${rest ? `${decimalSeparator()}${rest}` : ''}%`;
}

/** A decimal the hub wrote ("129.00%") with the formatting locale's separator ("129,00%" in es-ES). */
export function localDecimal(text: string): string {
  return text.replace(/(\d)\.(\d)/, `$1${decimalSeparator()}$2`);
}

/** "12.5" or "$1,234.56" -> cents; null for anything that is not a non-negative dollar amount. */
export function parseDollars(text: string): number | null {
  const value = text.trim().replace(/^\$/, '').replaceAll(',', '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(value);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/**
 * A label for a closed set the hub spells SCREAMING_SNAKE: "DUE_SOON" -> "due soon" ("vence
 * pronto" in Spanish); a code the catalogue does not know reads as its words, lower case.
 */
export function words(code: string): string {
  return translated(`tax.code.${code}`, code.replaceAll('_', ' ').toLowerCase());
}

/**
 * A translated sentence whose `{name}` slots hold templates (a link, a <code>, an amount cell),
 * as parts Lit renders in the sentence's own word order: `fill(t('tax.source'), { source: link })`.
 * t() leaves a slot it was given no value for as `{name}`, so numbers and words go through t().
 */
export function fill(message: string, parts: Record<string, unknown>): unknown[] {
  return message
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece));
}
