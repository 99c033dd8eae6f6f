/**
 * Bank amounts to integer cents, digit by digit (never through a float: 19.99 * 100 is
 * 1998.9999999999998). Accepted: "1234.56", "-12.00", "+5", "$1,234.56", "-$5", "$-5", "(12.00)"
 * (accountants' negative), "12.00-" (trailing minus, some mainframe exports), ".5", "12.", and
 * thousands separators only in correct groups of three. Not accepted: decimal commas ("1.234,56"),
 * more than two decimals unless the extra ones are zeros ("12.500" is 1250, "12.345" is refused
 * rather than rounded), currency codes or symbols other than "$".
 */

const AMOUNT = /^(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))$/;

/** The amount in cents, or null when the text is not an amount. Empty text is not an amount. */
export function parseAmountCents(text: string): number | null {
  let rest = text.trim();
  let negative = false;
  let signs = 0;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    signs++;
    rest = rest.slice(1, -1).trim();
  }
  if (rest.endsWith('-')) {
    negative = !negative;
    signs++;
    rest = rest.slice(0, -1).trim();
  }
  let dollar = false;
  for (;;) {
    if (!dollar && rest.startsWith('$')) dollar = true;
    else if (rest.startsWith('-') || rest.startsWith('+')) {
      if (rest.startsWith('-')) negative = !negative;
      signs++;
    } else break;
    rest = rest.slice(1).trimStart();
  }
  if (signs > 1) return null;
  const match = AMOUNT.exec(rest);
  if (!match) return null;
  const units = (match[1] ?? '0').replaceAll(',', '');
  let decimals = match[2] ?? match[3] ?? '';
  if (decimals.length > 2) {
    if (!/^0*$/.test(decimals.slice(2))) return null;
    decimals = decimals.slice(0, 2);
  }
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}
