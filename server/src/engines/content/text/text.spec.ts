import { describe, expect, it } from 'vitest';
import {
  contentTerms,
  firstH1,
  markdownHeadings,
  markdownImages,
  sentences,
  stem,
  stripMarkdown,
  wordCount,
  words,
} from './index.js';

describe('words', () => {
  it('keeps contractions, hyphenated words and numbers whole', () => {
    expect(words("Don't skip the well-made 1,200 mugs at 3.5 oz.")).toEqual([
      "Don't",
      'skip',
      'the',
      'well-made',
      '1,200',
      'mugs',
      'at',
      '3.5',
      'oz',
    ]);
    expect(wordCount('  — ')).toBe(0);
  });
});

describe('sentences', () => {
  it('ends a sentence at . ! ? and at a line break, not after an abbreviation or initial', () => {
    expect(
      sentences('Dr. Lee glazes mugs, e.g. the blue ones. Why? J. Smith fires them!\nA heading'),
    ).toEqual([
      'Dr. Lee glazes mugs, e.g. the blue ones.',
      'Why?',
      'J. Smith fires them!',
      'A heading',
    ]);
  });

  it('keeps decimals and closing quotes inside the sentence and drops wordless pieces', () => {
    expect(sentences('It holds 3.5 oz. "Really." ... ')).toEqual(['It holds 3.5 oz.', '"Really."']);
  });
});

describe('stem (S-stemmer)', () => {
  it.each([
    ['candles', 'candle'],
    ['teas', 'tea'],
    ['berries', 'berry'],
    ['glazes', 'glaze'],
    ['shoes', 'shoe'],
    ['glass', 'glass'],
    ['status', 'status'],
    ["maker's", 'maker'],
    ['gas', 'gas'],
    ['kiln', 'kiln'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('contentTerms', () => {
  it('drops stop words and single letters and stems the rest', () => {
    expect(contentTerms('How to care for your stoneware mugs, a guide')).toEqual([
      'care',
      'stoneware',
      'mug',
      'guide',
    ]);
  });
});

const DOC = [
  '> Outline drafted offline.',
  '',
  '# Caring for *stoneware*',
  '',
  'Intro with a [link](https://example.com) and `code`',
  'on two lines.',
  '',
  '![A stoneware mug](image-placeholder)',
  '',
  '## Washing',
  '',
  '- Hand wash **gently**',
  '- Dry it',
  '---',
  '```',
  '# not a heading',
  '![not an image](x)',
  '```',
  'Storage',
  '=======',
  '',
  '| Item | Care |',
  '| --- | --- |',
  '| Mug | Wash |',
  '',
  '### Drying ###',
].join('\n');

describe('markdown', () => {
  it('lists headings (ATX and setext) outside code, with inline marks removed', () => {
    expect(markdownHeadings(DOC)).toEqual([
      { level: 1, text: 'Caring for stoneware' },
      { level: 2, text: 'Washing' },
      { level: 1, text: 'Storage' },
      { level: 3, text: 'Drying' },
    ]);
    expect(firstH1(DOC)).toBe('Caring for stoneware');
    expect(firstH1('## Only an H2')).toBeNull();
  });

  it('strips markdown to one block per line, without code, images or breaks', () => {
    expect(stripMarkdown(DOC).split('\n')).toEqual([
      'Outline drafted offline.',
      'Caring for stoneware',
      'Intro with a link and code on two lines.',
      'Washing',
      'Hand wash gently',
      'Dry it',
      'Storage',
      'Item; Care',
      'Mug; Wash',
      'Drying',
    ]);
  });

  it('lists images outside code with alt text and source', () => {
    expect(markdownImages(DOC)).toEqual([{ alt: 'A stoneware mug', src: 'image-placeholder' }]);
  });
});
