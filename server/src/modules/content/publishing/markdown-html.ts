import { Marked, type Tokens } from 'marked';

/**
 * A blog post's markdown as the HTML WordPress stores (GitHub-flavoured: tables, strikethrough,
 * autolinks). The text was written by a model or a person and approved, but it still never
 * carries markup of its own into the shop's site: raw HTML in the markdown is shown as text, and
 * a link or image whose URL is not http(s), mailto or relative keeps its text and loses the URL
 * (a `javascript:` link would run in every reader's browser).
 */
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    link(token: Tokens.Link) {
      if (safeUrl(token.href)) return false;
      return this.parser.parseInline(token.tokens);
    },
    image(token: Tokens.Image) {
      if (safeUrl(token.href)) return false;
      return escapeHtml(token.text);
    },
  },
});

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false }).trim();
}

/** http(s), mailto, a path or a fragment: what a blog post may point at. */
function safeUrl(href: string): boolean {
  const url = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
