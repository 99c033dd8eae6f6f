import { merchantKey } from '../../../../engines/accounting/merchant-key.js';

/** Upper bounds (whole dollars, exclusive) of the amount-magnitude buckets. */
const AMOUNT_BUCKETS_DOLLARS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] as const;

/** The bucket of |amount|: 0 for under $5 ... 11 for $10,000 and more. */
export function amountBucket(amountCents: number): number {
  const dollars = Math.abs(amountCents) / 100;
  const at = AMOUNT_BUCKETS_DOLLARS.findIndex((bound) => dollars < bound);
  return at === -1 ? AMOUNT_BUCKETS_DOLLARS.length : at;
}

/** `1Z999AA1` -> `9A9A9`: the form of a number or reference, not its value. */
function shape(token: string): string {
  return token.replace(/[A-Z]+/g, 'A').replace(/\d+/g, '9');
}

/**
 * What the classifier sees of a bank transaction, as named binary features:
 * - `w:` each word (upper case, punctuation split off; `ADS4829375` also gives `w:ADS`),
 * - `n:` the shape of each number or reference (`n:9` a store number, `n:9A9A9` a tracking code),
 * - `b:` each pair of neighbouring words,
 * - `m:` the merchant key and `m1:` its first word,
 * - `amt:` the magnitude bucket, `sign:` in or out, `round:` whole dollars / hundreds.
 * Sorted and without duplicates, so the same transaction always gives the same list.
 */
export function transactionFeatures(description: string, amountCents: number): string[] {
  const features = new Set<string>();
  const words: string[] = [];
  const text = description.toUpperCase().replace(/'/g, '');
  for (const token of text.split(/[^A-Z0-9&]+/)) {
    if (token.length === 0) continue;
    if (!/\d/.test(token)) {
      words.push(token);
      features.add(`w:${token}`);
      continue;
    }
    features.add(`n:${shape(token)}`);
    const lettersThenNumber = /^([A-Z&]{2,4})\d{3,}$/.exec(token);
    if (lettersThenNumber) {
      words.push(lettersThenNumber[1] as string);
      features.add(`w:${lettersThenNumber[1]}`);
    }
  }
  for (let i = 1; i < words.length; i += 1) features.add(`b:${words[i - 1]}_${words[i]}`);

  const key = merchantKey(description);
  if (key) {
    features.add(`m:${key}`);
    features.add(`m1:${key.split(' ')[0]}`);
  }

  features.add(`amt:${amountBucket(amountCents)}`);
  features.add(amountCents < 0 ? 'sign:out' : amountCents > 0 ? 'sign:in' : 'sign:zero');
  const cents = Math.abs(amountCents);
  if (cents > 0 && cents % 100 === 0) features.add('round:dollars');
  if (cents > 0 && cents % 10_000 === 0) features.add('round:hundreds');
  return [...features].sort();
}
