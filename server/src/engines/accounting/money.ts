/**
 * Money as integer cents, read and written as text without ever passing through a float: "19.99"
 * times 100 is 1998.9999999999998 in binary floating point, so amounts are parsed digit by digit
 * and formatted by integer division. Every ledger figure the agents quote goes through here.
 */

/** Text that is not an exact amount of cents ("12.345", "abc", ""). */
export class MoneyFormatError extends Error {
  constructor(
    message: string,
    /** The text as given. */
    readonly text: string,
  ) {
    super(message);
    this.name = 'MoneyFormatError';
  }
}

/**
 * Whole units with optional thousands separators (either none, or every group of three), then at
 * most two decimals. A bare ".5" is accepted (some bank exports write cents that way); "12." is too.
 */
const AMOUNT = /^(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{0,2}))?|\.(\d{1,2}))$/;

/**
 * Parses an amount of money to integer cents, exactly: "19.99" -> 1999, "1,234.5" -> 123450,
 * "$5" -> 500, "(12.00)" -> -1200 (accountants' negative), "-0.01" -> -1, "-$12.00" and "$-12.00"
 * -> -1200. Throws MoneyFormatError for anything else, including a third decimal ("12.345"): a
 * fraction of a cent is refused rather than rounded, because rounding silently would make a
 * statement disagree with the bank by a cent.
 */
export function parseMoneyToCents(text: string): number {
  function fail(why: string): never {
    throw new MoneyFormatError(`"${text}" is not an amount of money: ${why}`, text);
  }
  let rest = text.trim();
  if (rest === '') fail('it is empty');
  let negative = false;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  // At most one sign and one dollar sign, in either order: "-$5", "$-5", "+$5".
  let signed = negative;
  let dollar = false;
  for (;;) {
    if (!dollar && rest.startsWith('$')) dollar = true;
    else if (!signed && (rest.startsWith('-') || rest.startsWith('+'))) {
      signed = true;
      negative = rest.startsWith('-');
    } else break;
    rest = rest.slice(1).trimStart();
  }
  const match = AMOUNT.exec(rest);
  if (!match) {
    if (/^[\d,]*\.\d{3,}$/.test(rest)) fail('it has more than two decimals (a fraction of a cent)');
    fail('expected digits with at most two decimals, like 1,234.56');
  }
  const units = (match[1] ?? '0').replaceAll(',', '');
  const decimals = (match[2] ?? match[3] ?? '').padEnd(2, '0');
  const cents = BigInt(units) * 100n + BigInt(decimals);
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) fail('it is too large to count in cents exactly');
  const value = Number(cents);
  return negative && value !== 0 ? -value : value;
}

/**
 * "1,234.56" or "-12.00": the amount without a currency sign, for messages that compare figures
 * ("debits 10,000.00 and credits 9,999.99 differ by 0.01"). Takes a bigint too, for sums that may
 * exceed a safe integer.
 */
export function formatDecimal(cents: number | bigint): string {
  const value = typeof cents === 'bigint' ? cents : toBigIntCents(cents);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const units = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units}.${fraction}`;
}

/** "$1,234.56", "-$12.00", "$0.00". Throws RangeError for a non-integer (never rounds money). */
export function formatCents(cents: number): string {
  const text = formatDecimal(cents);
  return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`;
}

function toBigIntCents(cents: number): bigint {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`${cents} is not a whole number of cents`);
  }
  return BigInt(cents);
}
