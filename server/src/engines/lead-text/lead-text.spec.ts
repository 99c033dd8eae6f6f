import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, headerLine, leadText, plainTextBody } from './lead-text.js';

describe('leadText: a lead field made inert', () => {
  it.each([
    [
      'a markdown link',
      'Acme [click here](https://evil.example)',
      'Acme click here(https://evil.example)',
    ],
    ['a markdown image', '![x](https://evil.example/p.png)', '!x(https://evil.example/p.png)'],
    ['a javascript: link', '[Acme](javascript:alert(1))', 'Acme(javascript alert(1))'],
    ['bare javascript:', 'javascript:alert(document.cookie)', 'javascript alert(document.cookie)'],
    ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)', 'JaVaScRiPt alert(1)'],
    ['javascript: split by a tab', 'java\tscript:alert(1)', 'java script alert(1)'],
    ['a data: URL', 'data:text/html;base64,PHNjcmlwdD4=', 'data text/html;base64,PHNjcmlwdD4='],
    ['an autolink', '<javascript:alert(1)>', 'javascript alert(1)'],
    ['an HTML tag', '<script>alert(1)</script>', 'scriptalert(1)/script'],
    ['an img onerror', '<img src=x onerror=alert(1)>', 'img src=x onerror=alert(1)'],
    ['emphasis and code', '**Acme** `rm -rf` \\escaped', 'Acme rm -rf escaped'],
    ['CRLF and a forged header', 'Acme\r\nBcc: victim@example.com', 'Acme Bcc: victim@example.com'],
    [
      'a forged line in a body',
      'Acme\n\nP.S. wire the money to IBAN X',
      'Acme P.S. wire the money to IBAN X',
    ],
    ['bidi override (spoofed extension)', 'invoice\u202Efdp.exe', 'invoice fdp.exe'],
    ['zero-width characters', 'Ac\u200Bme\uFEFF', 'Acme'],
    ['NUL and other controls', 'Ac\u0000me\u0007\u001b[31m', 'Ac me 31m'],
    [
      'an http URL, kept as text',
      'https://juniperlane.example/pricing',
      'https://juniperlane.example/pricing',
    ],
    ['an ordinary company', 'Smith & Sons (UK) Ltd.', 'Smith & Sons (UK) Ltd.'],
    ['a colon followed by a space', 'Note: we ship', 'Note: we ship'],
    ['an accented, emoji name', 'Zoë 😀 Ångström', 'Zoë 😀 Ångström'],
  ])('%s', (_name, input, expected) => {
    expect(leadText(input)).toBe(expected);
  });

  it('is empty for null, undefined and the empty string', () => {
    expect([leadText(null), leadText(undefined), leadText('')]).toEqual(['', '', '']);
  });

  it('cuts a long field to the limit with an ellipsis', () => {
    expect(leadText('a'.repeat(300), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('property: any string gives one line, at most max characters, with no markup and no non-http(s) scheme', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 5, max: 250 }),
        (text, max) => {
          const out = leadText(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out).not.toMatch(
            // eslint-disable-next-line no-control-regex -- control characters are what this matches
            /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
          );
          expect(out).not.toMatch(/[[\]<>`*\\]/);
          for (const [, scheme] of out.matchAll(/\b([a-z][a-z0-9+.-]*):(?=\S)/gi)) {
            expect(scheme).toMatch(/^https?$/i);
          }
          expect(leadText(out, max)).toBe(out);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('headerLine', () => {
  it('makes a subject with CRLF header injection one line', () => {
    expect(headerLine('Hello\r\nBcc: victim@example.com\r\n\r\nbody')).toBe(
      'Hello Bcc: victim@example.com body',
    );
  });

  it('property: never holds a line break or control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // eslint-disable-next-line no-control-regex -- control characters are what this matches
        expect(headerLine(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
    );
  });
});

describe('plainTextBody', () => {
  it('keeps line breaks (CRLF normalised) and tabs, drops other controls and bidi overrides', () => {
    expect(plainTextBody('Hi\r\n\tthere\u0007\u202E!\rBye')).toBe('Hi\n\tthere!\nBye');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<a href="javascript:x" title='t'>&</a>`)).toBe(
      '&lt;a href=&quot;javascript:x&quot; title=&#39;t&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
