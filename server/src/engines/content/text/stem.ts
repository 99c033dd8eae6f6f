/**
 * The S-stemmer (Harman, "How effective is suffixing?", JASIS 42(1), 1991): it folds English
 * plurals and nothing else, so "candles" matches "candle" and "teas" matches "tea", while a stem
 * stays a real word a person can read in a list of shared terms (Porter's "stonewar" would not).
 * Exactly one rule applies, the first that matches:
 *   -ies (not -eies, -aies) -> -y;  -es (not -aes, -ees, -oes) -> -e;  -s (not -us, -ss) -> drop.
 * Possessive -'s and a trailing apostrophe go first. Words of three letters or fewer are kept
 * ("gas", "yes"). Input is a folded word (lowercase).
 */
export function stem(word: string): string {
  const bare = word.replace(/'s$/, '').replace(/'$/, '');
  if (bare.length <= 3) return bare;
  if (bare.endsWith('ies') && !bare.endsWith('eies') && !bare.endsWith('aies')) {
    return `${bare.slice(0, -3)}y`;
  }
  if (bare.endsWith('es') && !/[aeo]es$/.test(bare)) return bare.slice(0, -1);
  if (bare.endsWith('s') && !bare.endsWith('us') && !bare.endsWith('ss')) return bare.slice(0, -1);
  return bare;
}
