import twitterText from 'twitter-text';

/**
 * URLs as X recognises them (twitter-text's extractor: with or without a scheme, e.g.
 * "juniperlanegoods.com/blog"), as UTF-16 index ranges of the text.
 */
export function urlRanges(text: string): Array<[number, number]> {
  return twitterText
    .extractUrlsWithIndices(text)
    .map((u) => [u.indices[0], u.indices[1]] as [number, number]);
}

/** The text with every URL removed and the spaces around it closed up. */
export function withoutUrls(text: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of urlRanges(text)) {
    out += text.slice(at, start);
    at = end;
  }
  out += text.slice(at);
  return out
    .replace(/[^\S\n]{2,}/gu, ' ')
    .replace(/[^\S\n]+([.,;:!?)])/gu, '$1')
    .replace(/\(\s*\)/g, '')
    .trim();
}
