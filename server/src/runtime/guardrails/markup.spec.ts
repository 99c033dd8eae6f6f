import { describe, expect, it } from 'vitest';
import { findHostileMarkup, stripMarkup } from './markup.js';

describe('findHostileMarkup', () => {
  it.each([
    ['a script element', 'Hi <script>alert(1)</script>', 'HOSTILE_ELEMENT'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', 'HOSTILE_ELEMENT'],
    ['an svg with onload', '<svg/onload=alert(1)>', 'EVENT_HANDLER'],
    ['an img with onerror', '<img src=x onerror=alert(1)>', 'EVENT_HANDLER'],
    ['a quoted event handler', '<a href="#" onclick="steal()">here</a>', 'EVENT_HANDLER'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'SCRIPT_URL'],
    ['a markdown javascript: link', 'See [your order](javascript:alert(1))', 'SCRIPT_URL'],
    ['a data: HTML URL', '<a href="data:text/html,<b>x</b>">x</a>', 'SCRIPT_URL'],
  ])('finds %s', (_name, text, kind) => {
    expect(findHostileMarkup(text).map((f) => f.kind)).toContain(kind);
  });

  it.each([
    'Your order ships on Monday.',
    'Enable JavaScript: it is needed for checkout.',
    'Prices < $20 and > $10 are on sale. <3',
    'Use <b>bold</b> if you like.',
    'Turn it on = off again, the usual trick.',
  ])('finds nothing hostile in %j', (text) => {
    expect(findHostileMarkup(text)).toEqual([]);
  });
});

describe('stripMarkup', () => {
  it('removes tags and script content, keeping the text', () => {
    expect(stripMarkup('Hello <b>there</b><script>alert(1)</script>!')).toBe('Hello there!');
  });

  it('removes the hostile image of the e2e test', () => {
    expect(stripMarkup('Look: <img src=x onerror=alert(1)> done')).toBe('Look:  done');
  });

  it('defuses an unclosed tag so no parser can read one from the result', () => {
    const stripped = stripMarkup('Look: <img src=x onerror=alert(1)');
    expect(stripped).not.toMatch(/<\s*[a-z]/i);
    expect(stripped).toBe('Look: ‹img src=x onerror=alert(1)');
  });

  it('removes comments, including an unterminated one', () => {
    expect(stripMarkup('a<!-- hidden -->b<!-- rest')).toBe('ab');
  });

  it('leaves comparisons and hearts alone', () => {
    expect(stripMarkup('2 < 3 and 5 > 4 <3')).toBe('2 < 3 and 5 > 4 <3');
  });

  it('leaves nothing findHostileMarkup would flag, except script URLs in plain text', () => {
    for (const text of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg/onload=alert(1)>',
      '<iframe src=//evil>',
      '<<script>script>alert(1)<</script>/script>',
    ]) {
      expect(findHostileMarkup(stripMarkup(text))).toEqual([]);
    }
  });
});
