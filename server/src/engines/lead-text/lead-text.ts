/**
 * Lead fields (name, company, source page, what the lead said) are typed by whoever filled the
 * storefront's form: untrusted text. Templates put them into emails, subjects and chat lines only
 * through `leadText`, which makes them inert wherever that text ends up:
 *
 * - plain text: no control characters (a CR/LF in a subject is header injection; in a body it
 *   forges lines), no bidi overrides or zero-width characters (they disguise what a reader sees);
 * - markdown, if anyone renders it: no `[`, `]`, `<`, `>`, `` ` ``, `*` or `\`, so no link, image,
 *   autolink, HTML tag, code span or emphasis can be formed;
 * - links: a URL scheme other than http(s) loses its colon (`javascript:alert(1)` becomes
 *   `javascript alert(1)`), so no client makes it a link; an http(s) URL stays as text, which is
 *   all a plain-text email can carry (the hub sends no HTML part; an HTML view must escape with
 *   `escapeHtml` and never wrap lead text in a link).
 *
 * Deterministic and total: any string gives a single line of at most `max` characters.
 */

// C0 and C1 controls (CR, LF and TAB included: a field is one line), DEL, the line and paragraph
// separators, bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// Characters that render as nothing: zero-width space, bidi marks, word joiner and invisible
// operators, BOM, soft hyphen. (Zero-width joiners stay: emoji sequences and some scripts need them.)
const INVISIBLE = /[\u00ad\u200b\u200e\u200f\u2060-\u2064\ufeff]/g;
const MARKUP = /[[\]<>`*\\]/g;
// `scheme:` directly followed by something (`javascript:alert(1)`); `Note: hi` is left alone.
const SCHEME = /\b([a-z][a-z0-9+.-]*):(?=\S)/gi;

export function leadText(value: string | null | undefined, max = 200): string {
  if (!value) return '';
  const text = value
    .replace(INVISIBLE, '')
    .replace(CONTROLS, ' ')
    .replace(MARKUP, '')
    .replace(SCHEME, (match, scheme: string) => (/^https?$/i.test(scheme) ? match : `${scheme} `))
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A subject or other header value: one line, no control characters (whatever wrote it, a
 * template or a model), at most `max` characters. Markup is left alone: a subject is not
 * rendered.
 */
export function headerLine(value: string, max = 200): string {
  const line = value.replace(INVISIBLE, '').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A plain-text email body: line breaks kept (normalised to `\n`), tabs kept, every other control
 * character and bidi override removed.
 */
export function plainTextBody(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what this matches
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      '',
    );
}

/** Text for an HTML context (element content or a quoted attribute). */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
