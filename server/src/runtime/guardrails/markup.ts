/**
 * Hostile HTML in text that will be shown to a customer. Replies are plain text (the widget
 * renders them as text), so markup in one is either a model echoing a customer's payload or an
 * injection that worked; either way it must not reach a page that might render HTML.
 */

// Elements that run code or load another document.
const HOSTILE_ELEMENT =
  /<\s*(?:script|iframe|frame|frameset|object|embed|applet|base|meta|link|svg|math)\b[^<>]{0,400}>?/i;
// Any tag with an event-handler attribute: `<img src=x onerror=alert(1)>`, `<svg/onload=...>`.
// (Bounded, so text full of unclosed "<a " cannot make the scan quadratic.)
const EVENT_HANDLER = /<\s*[a-z][^<>]{0,400}?[\s/"']on[a-z]+\s*=[^<>]{0,400}>?/i;
// A script URL where a link or source would take it (href=, src=, a markdown link); the bare
// word "JavaScript:" in prose ("enable JavaScript: ...") is not one.
const SCRIPT_URL =
  /(?:=\s*["']?|\]\(\s*|["'<]\s*)(?:javascript\s*:|vbscript\s*:|data\s*:\s*text\/html)[^\s)"'>]*/i;

export interface MarkupFinding {
  kind: 'HOSTILE_ELEMENT' | 'EVENT_HANDLER' | 'SCRIPT_URL';
  excerpt: string;
}

/** The hostile markup in `text`, at most one finding per kind. */
export function findHostileMarkup(text: string): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  for (const [kind, pattern] of [
    ['HOSTILE_ELEMENT', HOSTILE_ELEMENT],
    ['EVENT_HANDLER', EVENT_HANDLER],
    ['SCRIPT_URL', SCRIPT_URL],
  ] as const) {
    const match = pattern.exec(text);
    if (match) findings.push({ kind, excerpt: match[0].slice(0, 80) });
  }
  return findings;
}

/**
 * `text` with its HTML removed, for showing as plain text anywhere: script and style elements
 * with their content, comments, every tag; a `<` left in front of a letter (an unclosed tag such
 * as `<img src=x onerror=alert(1)`) becomes `‹`, so no HTML parser can read a tag from the
 * result. Other text ("2 < 3", "<3") is unchanged.
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<\s*\/?\s*[a-z][^<>]*>/gi, '')
    .replace(/<(?=\s*[a-z/!?])/gi, '‹');
}
