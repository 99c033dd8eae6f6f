// A small markdown subset rendered to Lit templates. Agent text is untrusted: it only ever
// reaches the DOM through Lit text interpolation (never innerHTML / unsafeHTML), so any HTML in
// it shows up as literal text. Links are created only for http(s): and mailto: URLs.
import { html, nothing, type TemplateResult } from 'lit';

type Inline = string | TemplateResult;

// One alternative per inline construct, earliest match wins:
// `code` | [text](url) | **bold** | *italic* | _italic_
const INLINE =
  /`([^`\n]+)`|\[([^[\]\n]+)\]\(([^()\s]+)\)|\*\*(?=\S)(.+?)\*\*|\*(?=[^*\s])([^*\n]*[^*\s])\*|(?<![\p{L}\p{N}_])_(?=[^_\s])([^_\n]*[^_\s])_(?![\p{L}\p{N}_])/gu;

const SAFE_URL = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** True for the only link targets we render as links. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

function inline(text: string, depth = 0): Inline[] {
  if (depth > 4) return [text];
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    last = at + m[0].length;
    const [whole, code, linkText, url, bold, star, under] = m;
    if (code !== undefined) out.push(html`<code>${code}</code>`);
    else if (linkText !== undefined && url !== undefined) {
      out.push(
        isSafeUrl(url)
          ? html`<a href=${url} target="_blank" rel="noopener noreferrer nofollow"
              >${inline(linkText, depth + 1)}</a
            >`
          : whole,
      );
    } else if (bold !== undefined) out.push(html`<strong>${inline(bold, depth + 1)}</strong>`);
    else out.push(html`<em>${inline(star ?? under ?? '', depth + 1)}</em>`);
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Lines joined with <br>. */
function lines(ls: string[]): Inline[] {
  return ls.flatMap((l, i) => (i ? [html`<br />`, ...inline(l)] : inline(l)));
}

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Renders markdown-subset text: paragraphs, line breaks, lists, bold, italic, code, links. */
export function renderMarkdown(source: string): TemplateResult | typeof nothing {
  const blocks: TemplateResult[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (para.length) blocks.push(html`<p>${lines(para)}</p>`);
    para = [];
    if (list) {
      const items = list.items.map((i) => html`<li>${inline(i)}</li>`);
      blocks.push(
        list.ordered
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`,
      );
    }
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = !!numbered;
      if (para.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1] ?? '');
    } else if (!line.trim()) {
      flush();
    } else if (list && /^\s+\S/.test(line)) {
      // Indented continuation of the previous list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      para.push(line);
    }
  }
  flush();
  return blocks.length ? html`${blocks}` : nothing;
}
