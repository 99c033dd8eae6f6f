import { createHash } from 'node:crypto';
import { DetectError, parseFeed, type AnyFeed } from 'feedsmith';
import { htmlToPlainText, truncateText } from './plain-text.js';

/**
 * Feed documents (RSS 2.0 and 0.9x, Atom 1.0, RSS 1.0/RDF, JSON Feed 1.0/1.1) to one item shape.
 * feedsmith detects the format and maps each to its own structure; this module picks the fields
 * a headline list needs from each. A document that is not a feed, or is broken, is a typed
 * failure rather than a throw, so a batch of feeds reports it and carries on with the others.
 */

/** Longest summary kept: enough for a reader to judge a headline and for similarity matching. */
export const FEED_SUMMARY_MAX_CHARS = 500;

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** The feed's own id for the item; else its URL; else `sha256:` of title and date (below). */
  guid: string;
  url: string | null;
  title: string;
  /** Plain text, trimmed, at most FEED_SUMMARY_MAX_CHARS characters. */
  summary: string;
  publishedAt: Date | null;
}

export interface ParsedFeed {
  ok: true;
  format: FeedFormat;
  /** The feed's own title (plain text), or null when it has none. */
  title: string | null;
  items: FeedItem[];
  /** Entries dropped because they had no title, summary or link to show. */
  skippedItems: number;
}

export type FeedParseFailureCode =
  /** Nothing in the body (an empty 200). */
  | 'EMPTY'
  /** The body is not RSS, Atom, RDF or JSON Feed (an HTML page, a JSON API answer...). */
  | 'UNRECOGNIZED_FORMAT'
  /** It looks like a feed but cannot be read (broken XML or JSON, no channel). */
  | 'MALFORMED';

export interface FeedParseFailure {
  ok: false;
  code: FeedParseFailureCode;
  message: string;
}

export type FeedParseResult = ParsedFeed | FeedParseFailure;

// Whatever feedsmith types dates as, we ask for strings and read them ourselves.
type Parsed = AnyFeed<string>;

/** Parses one feed document. Never throws for bad input: a failure is returned. */
export function parseFeedDocument(body: string): FeedParseResult {
  if (body.trim() === '') return failure('EMPTY', 'the response body is empty');
  let parsed: Parsed;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    if (error instanceof DetectError) {
      return failure('UNRECOGNIZED_FORMAT', 'not an RSS, Atom, RDF or JSON feed');
    }
    return failure('MALFORMED', `the feed cannot be read (${describe(error)})`);
  }
  const raw = rawItems(parsed);
  const items: FeedItem[] = [];
  for (const entry of raw) {
    const item = normalizeItem(entry);
    if (item) items.push(item);
  }
  return {
    ok: true,
    format: parsed.format,
    title: feedTitle(parsed),
    items,
    skippedItems: raw.length - items.length,
  };
}

/** The fields each format gives, before normalization. */
interface RawItem {
  id: string | undefined;
  link: string | undefined;
  title: string | undefined;
  /** HTML or plain text; HTML is stripped either way. */
  summary: string | undefined;
  date: string | undefined;
}

function rawItems(parsed: Parsed): RawItem[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((item) => ({
        id: item.guid?.value,
        link: item.link,
        title: item.title,
        summary: item.description ?? item.content?.encoded,
        date: item.pubDate ?? item.dc?.dates?.[0],
      }));
    case 'atom':
      return (parsed.feed.entries ?? []).map((entry) => ({
        id: entry.id,
        link: atomLink(entry.links),
        title: entry.title?.value,
        summary: entry.summary?.value ?? entry.content?.value,
        date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
      }));
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => ({
        id: item.rdf?.about,
        link: item.link,
        title: item.title,
        summary: item.description ?? item.content?.encoded,
        date: item.dc?.dates?.[0] ?? item.dcterms?.modified?.[0],
      }));
    case 'json':
      return (parsed.feed.items ?? []).map((item) => ({
        id: item.id,
        link: item.url ?? item.external_url,
        title: item.title,
        summary: item.summary ?? item.content_text ?? item.content_html,
        date: item.date_published ?? item.date_modified,
      }));
  }
}

function feedTitle(parsed: Parsed): string | null {
  const title = parsed.format === 'atom' ? parsed.feed.title?.value : parsed.feed.title;
  const text = title ? htmlToPlainText(title) : '';
  return text === '' ? null : text;
}

// Atom: the entry's page is the `alternate` link (rel absent means alternate, RFC 4287 4.2.7.2).
function atomLink(
  links: ReadonlyArray<{ href?: string; rel?: string }> | undefined,
): string | undefined {
  const withHref = (links ?? []).filter((link) => link.href);
  return (withHref.find((link) => !link.rel || link.rel === 'alternate') ?? withHref[0])?.href;
}

function normalizeItem(raw: RawItem): FeedItem | null {
  const url = httpUrl(raw.link);
  const summaryText = raw.summary ? htmlToPlainText(raw.summary) : '';
  const titleText = raw.title ? htmlToPlainText(raw.title) : '';
  // JSON Feed titles are optional (microblog posts): the summary's start stands in.
  const title = titleText || truncateText(summaryText, 120);
  if (!title && !url) return null;
  const publishedAt = parseDate(raw.date);
  const id = raw.id?.trim();
  return {
    guid: id || url || titleDateHash(title, publishedAt),
    url,
    title: title || url || '',
    summary: truncateText(summaryText, FEED_SUMMARY_MAX_CHARS),
    publishedAt,
  };
}

/**
 * The last-resort guid of an item with neither id nor link: the same title and date always hash
 * the same, so fetching the feed again does not add it twice; a re-dated item counts as new.
 */
export function titleDateHash(title: string, publishedAt: Date | null): string {
  const digest = createHash('sha256')
    .update(`${title}\n${publishedAt ? publishedAt.toISOString() : ''}`)
    .digest('hex');
  return `sha256:${digest.slice(0, 32)}`;
}

// Only web links are kept: a `mailto:` or relative link cannot be opened from the console.
function httpUrl(link: string | undefined): string | null {
  const text = link?.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

// RFC 822 (RSS), RFC 3339 (Atom, JSON Feed) and W3CDTF (dc:date) all parse with Date.parse.
function parseDate(text: string | undefined): Date | null {
  if (!text) return null;
  const millis = Date.parse(text.trim());
  return Number.isNaN(millis) ? null : new Date(millis);
}

function failure(code: FeedParseFailureCode, message: string): FeedParseFailure {
  return { ok: false, code, message };
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : null;
  const message = error instanceof Error ? error.message : String(error);
  return (cause ?? message).split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
