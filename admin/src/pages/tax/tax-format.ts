// How the Tax area reads and prints what money and rates look like. Rates travel as exact
// decimal strings ("0.0625") and amounts typed by a person as dollars ("12.50"): both are
// converted with string arithmetic, never through a binary float.

/** "0.0625" -> "6.25%", "0.01" -> "1%", "0" -> "0%": the decimal point moved two places. */
export function ratePercent(rate: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!match) return rate;
  const whole = match[1] as string;
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const integer = `${whole}${fraction.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(2).replace(/0+$/, '');
  return `${integer}${rest ? `.${rest}` : ''}%`;
}

/** "12.5" or "$1,234.56" -> cents; null for anything that is not a non-negative dollar amount. */
export function parseDollars(text: string): number | null {
  const value = text.trim().replace(/^\$/, '').replaceAll(',', '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(value);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** A label for a closed set the hub spells SCREAMING_SNAKE: "DUE_SOON" -> "due soon". */
export function words(code: string): string {
  return code.replaceAll('_', ' ').toLowerCase();
}
