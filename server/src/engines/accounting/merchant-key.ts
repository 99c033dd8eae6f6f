/**
 * The merchant behind a bank description: `SQ *BLUE BOTTLE 4432` -> `BLUE BOTTLE`. What is
 * stripped is what changes from one transaction of a merchant to the next (bank wrappers with
 * their dates, payment-processor prefixes, store, reference and card numbers, phone numbers,
 * web addresses, the city and state tail, company suffixes), so a merchant rule keyed on it
 * matches all of that merchant's transactions in the same statement layout.
 */

/** Bank wrappers in front of the merchant, with the date or card digits some of them carry. */
const LEADING_WRAPPERS: readonly RegExp[] = [
  /^PURCHASE AUTHORI[ZS]ED ON \d{1,2}\/\d{1,2}\s+/,
  /^RECURRING PAYMENT AUTHORI[ZS]ED ON \d{1,2}\/\d{1,2}\s+/,
  /^CHECKCARD \d{4}\s+/,
  /^POS (DEBIT|PURCHASE|WITHDRAWAL)( \d{4})?\s+/,
  /^(DEBIT|CREDIT|CHECK) CARD PURCHASE( -)?\s+/,
  /^DEBIT PURCHASE( -)?\s+/,
  /^(VISA|MC) DDA PUR(CHASE)?\s+/,
  /^ACH (DEBIT|WITHDRAWAL|PMT|PAYMENT)\s+/,
  /^ELECTRONIC (WITHDRAWAL|PAYMENT|DEBIT)\s+/,
  /^ONLINE (PMT|PAYMENT|TRANSFER)( TO)?\s+/,
  /^ZELLE (PAYMENT )?TO\s+/,
  /^POS\s+/,
  /^\d{2}\/\d{2}\s+/,
];

/** Payment processors and platforms that put their own name in front of the merchant's. */
const PROCESSOR_PREFIX =
  /^(SQ|SQU|TST|SP|PAYPAL|PP|PMUSA|BILL\.COM|APPFOLIO|VENMO|ODP|DD|GGL|WPY|EB|IN|PY|ZTL)\s?\*\s*/;

/** Where a statement's own tail begins (Bank of America's DES:/ID:/INDN:, Wells Fargo's card). */
const TAIL_MARKERS: readonly RegExp[] = [
  /\s(DES|INDN|ID|CO ID|PPD ID|WEB ID):.*$/,
  /\sPPD ID.*$/,
  /\s(CONF|REF|REF #|CONFIRMATION)\s.*$/,
  /\sS\d{9,}(\s.*)?$/,
  /\s(CARD|XXXX|X{2,}\d{4}).*$/,
];

/** Well-known abbreviations a card network uses for big merchants. */
const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^AMZN( MKTP| MKTPL| MARKETPLACE)?( US)?\b/, 'AMAZON'],
  [/^AMAZON( MKTP| MKTPL| MARKETPLACE| SERVICES| COM)( US)?\b/, 'AMAZON'],
  [/^SBUX\b/, 'STARBUCKS'],
  [/^FACEBK\b/, 'FACEBOOK'],
  [/^ATT\b/, 'AT&T'],
  [/^SOUTHWES\b/, 'SOUTHWEST'],
  [/^WM SUPERCENTER\b/, 'WALMART'],
];

const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH ' +
    'NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY ON BC QC AUS'
  ).split(' '),
);

/**
 * Cities that show up after the merchant name: the demo shop's area and the towns big
 * processors bill from. A city tail is only dropped after a state code or at the very end.
 */
const CITIES: readonly string[] = [
  'AUSTIN',
  'ROUND ROCK',
  'CEDAR PARK',
  'PFLUGERVILLE',
  'GEORGETOWN',
  'SAN MARCOS',
  'SAN ANTONIO',
  'DALLAS',
  'FORT WORTH',
  'HOUSTON',
  'EL PASO',
  'NEW YORK',
  'BROOKLYN',
  'LOS ANGELES',
  'SAN FRANCISCO',
  'SAN JOSE',
  'MOUNTAIN VIEW',
  'MENLO PARK',
  'PALO ALTO',
  'GLENDALE',
  'CITY OF INDUS',
  'CITY OF INDUSTRY',
  'SEATTLE',
  'PORTLAND',
  'DENVER',
  'LOUISVILLE',
  'CHICAGO',
  'ATLANTA',
  'MEMPHIS',
  'NASHVILLE',
  'KANSAS CITY',
  'DURHAM',
  'RICHMOND',
  'HILLIARD',
  'BOSTON',
  'MIAMI',
  'PHOENIX',
  'OTTAWA',
  'SYDNEY',
  'PLEASANT PRAIR',
  'PLEASANT PRAIRIE',
];
const CITY_WORDS = CITIES.map((c) => c.split(' '));

/** Words that name a company form or a statement's wording, not the merchant. */
const NOISE = new Set([
  'INC',
  'LLC',
  'CO',
  'CORP',
  'CORPORATION',
  'LTD',
  'COM',
  'THE',
  'PENDING',
  'PMT',
  'WEB',
  'ONLINE',
  'BILLPAY',
  'PAYMENT',
  'PURCHASE',
  'DEBIT',
  'POS',
  'ACH',
]);

/** At most this many words (not counting OF, BY, AND, &): a name, not a sentence. */
const MAX_WORDS = 3;
const FUNCTION_WORDS = new Set(['OF', 'BY', 'AND', '&', 'FOR']);

function stripRepeatedly(text: string, patterns: readonly RegExp[]): string {
  let current = text;
  for (;;) {
    const before = current;
    for (const pattern of patterns) current = current.replace(pattern, '');
    current = current.trim();
    if (current === before) return current;
  }
}

/** A word without digits, or the short word of `ADS4829375`; null for a number or a reference. */
function cleanWord(word: string): string | null {
  const w = word.replace(/'/g, '');
  // Five or more letters without a vowel: a reference code (PPBKQ), not a name.
  if (/^[B-DF-HJ-NP-TV-XZ]{5,}$/.test(w)) return null;
  if (!/\d/.test(w)) return w.length > 0 ? w : null;
  const lettersThenNumber = /^([A-Z&]{2,4})\d{3,}$/.exec(w);
  return lettersThenNumber ? (lettersThenNumber[1] as string) : null;
}

function endsWithWords(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  return tail.every((t, i) => words[words.length - tail.length + i] === t);
}

/** Drops a trailing state (or country) code and the city before it. */
function dropLocation(words: string[]): string[] {
  let out = words;
  let changed = true;
  while (changed && out.length > 1) {
    changed = false;
    if (US_STATES.has(out[out.length - 1] as string)) {
      out = out.slice(0, -1);
      changed = true;
    }
    for (const city of CITY_WORDS) {
      if (out.length > city.length && endsWithWords(out, city)) {
        out = out.slice(0, -city.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

export function merchantKey(description: string): string {
  let text = description.toUpperCase().replace(/\s+/g, ' ').trim();
  text = stripRepeatedly(text, LEADING_WRAPPERS);
  text = text.replace(PROCESSOR_PREFIX, '');
  text = stripRepeatedly(text, TAIL_MARKERS);

  const words: string[] = [];
  text.split(' ').forEach((raw, index) => {
    let token = raw;
    if (token.includes('@')) return; // cc@google.com
    if (/^[A-Z0-9-]+\.[A-Z.]+\//.test(token) || /\.[A-Z]+\./.test(token)) {
      // A web address: the merchant's own when it leads (SHOPIFY.COM/CHARGE), else the
      // processor's help page (HELP.UBER.COM, AMZN.COM/BILL).
      if (index > 0) return;
      token = token.slice(0, token.indexOf('.'));
    }
    token = token.replace(/\.(COM|NET|ORG|IO|CO)\b/g, ''); // ETSY.COM -> ETSY
    for (const part of token.split(/[^A-Z0-9&']+/)) {
      const word = cleanWord(part);
      if (word && word !== words[words.length - 1]) words.push(word);
    }
  });

  let kept = dropLocation(words.filter((w) => !NOISE.has(w)));
  let key = kept.join(' ');
  for (const [pattern, alias] of ALIASES) {
    if (pattern.test(key)) {
      key = key.replace(pattern, alias).trim();
      break;
    }
  }
  kept = key.split(' ').filter((w) => w.length > 0);
  // A lone processor name (`SQ *4432`) or nothing left at all: fall back to the first word.
  if (kept.length === 0) return description.toUpperCase().trim().split(/\s+/)[0] ?? '';
  const out: string[] = [];
  let counted = 0;
  for (const word of kept) {
    if (counted === MAX_WORDS) break;
    out.push(word);
    if (!FUNCTION_WORDS.has(word)) counted += 1;
  }
  while (out.length > 1 && FUNCTION_WORDS.has(out[out.length - 1] as string)) out.pop();
  return out.join(' ');
}
