import { describe, expect, it } from 'vitest';
import {
  FEED_SUMMARY_MAX_CHARS,
  parseFeedDocument,
  titleDateHash,
  type ParsedFeed,
} from './feed-items.js';
import { htmlToPlainText, truncateText } from './plain-text.js';

function parsed(body: string): ParsedFeed {
  const result = parseFeedDocument(body);
  if (!result.ok) throw new Error(`expected a feed, got ${result.code}: ${result.message}`);
  return result;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Tea &amp; Table</title>
    <link>https://teaandtable.example/</link>
    <description>Notes on tea</description>
    <item>
      <title>Matcha lattes &amp; the cafe boom</title>
      <link>https://teaandtable.example/matcha-boom</link>
      <guid isPermaLink="false">tt-101</guid>
      <pubDate>Tue, 03 Jun 2025 09:39:21 GMT</pubDate>
      <description><![CDATA[<p>Why <b>matcha</b> is everywhere &mdash; from cafes to kitchens.</p><p>Second&nbsp;paragraph.</p>]]></description>
    </item>
    <item>
      <title>Cold brew tea at home</title>
      <link>https://teaandtable.example/cold-brew</link>
      <dc:date>2025-05-28T08:00:00Z</dc:date>
    </item>
    <item>
      <title>A note without a link or id</title>
      <pubDate>Mon, 02 Jun 2025 10:00:00 +0000</pubDate>
    </item>
    <item><guid isPermaLink="false">only-an-id</guid></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Kiln Notes</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-06-01T00:00:00Z</updated>
  <entry>
    <title type="html">Stoneware &lt;em&gt;care&lt;/em&gt; basics</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <link rel="enclosure" href="https://kiln.example/audio.mp3"/>
    <link href="https://kiln.example/stoneware-care"/>
    <updated>2025-06-02T12:00:00Z</updated>
    <published>2025-06-01T09:00:00-05:00</published>
    <summary>Dishwasher, oven, freezer: what glazed stoneware can take.</summary>
  </entry>
  <entry>
    <title>Only updated</title>
    <id>tag:kiln.example,2025:2</id>
    <link rel="alternate" href="https://kiln.example/only-updated"/>
    <updated>2025-05-20T00:00:00Z</updated>
    <content type="html">&lt;p&gt;Content &amp;amp; no summary&lt;/p&gt;</content>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://candles.example/">
    <title>Candle Digest</title>
    <link>https://candles.example/</link>
    <description>Candles</description>
  </channel>
  <item rdf:about="https://candles.example/soy-vs-paraffin">
    <title>Soy vs paraffin</title>
    <link>https://candles.example/soy-vs-paraffin</link>
    <description>Burn time, soot and scent throw compared.</description>
    <dc:date>2025-03-01T10:00:00Z</dc:date>
  </item>
</rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Maker Weekly',
  items: [
    {
      id: 'mw-1',
      url: 'https://maker.example/1',
      title: 'Handmade gifts for the holidays',
      content_html: '<p>Gift guides &amp; more</p>',
      date_published: '2025-11-01T00:00:00Z',
    },
    {
      id: 'mw-2',
      external_url: 'https://elsewhere.example/post',
      content_text: 'A microblog post without a title, about pottery studios opening their doors.',
      date_modified: '2025-11-02T00:00:00Z',
    },
  ],
});

describe('parseFeedDocument', () => {
  it('reads RSS 2.0 items: guid, link, plain-text summary and the date (pubDate or dc:date)', () => {
    const feed = parsed(RSS);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Tea & Table');
    expect(feed.items[0]).toEqual({
      guid: 'tt-101',
      url: 'https://teaandtable.example/matcha-boom',
      title: 'Matcha lattes & the cafe boom',
      summary: 'Why matcha is everywhere — from cafes to kitchens. Second paragraph.',
      publishedAt: new Date('2025-06-03T09:39:21Z'),
    });
    // No guid: the link is the guid.
    expect(feed.items[1]).toMatchObject({
      guid: 'https://teaandtable.example/cold-brew',
      publishedAt: new Date('2025-05-28T08:00:00Z'),
      summary: '',
    });
  });

  it('gives an item with neither guid nor link a stable hash of its title and date', () => {
    const feed = parsed(RSS);
    const item = feed.items[2];
    expect(item?.url).toBeNull();
    expect(item?.guid).toBe(
      titleDateHash('A note without a link or id', new Date('2025-06-02T10:00:00Z')),
    );
    expect(item?.guid).toMatch(/^sha256:[0-9a-f]{32}$/);
    // The same document parsed again gives the same guid (a second fetch adds nothing).
    expect(parsed(RSS).items[2]?.guid).toBe(item?.guid);
    expect(titleDateHash('A note without a link or id', null)).not.toBe(item?.guid);
  });

  it('skips an entry with nothing to show (no title, summary or link) and counts it', () => {
    const feed = parsed(RSS);
    expect(feed.items).toHaveLength(3);
    expect(feed.skippedItems).toBe(1);
  });

  it('reads Atom 1.0 entries: the alternate link, an HTML title as text, published before updated', () => {
    const feed = parsed(ATOM);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Kiln Notes');
    expect(feed.items).toEqual([
      {
        guid: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
        url: 'https://kiln.example/stoneware-care',
        title: 'Stoneware care basics',
        summary: 'Dishwasher, oven, freezer: what glazed stoneware can take.',
        publishedAt: new Date('2025-06-01T14:00:00Z'),
      },
      {
        guid: 'tag:kiln.example,2025:2',
        url: 'https://kiln.example/only-updated',
        title: 'Only updated',
        summary: 'Content & no summary',
        publishedAt: new Date('2025-05-20T00:00:00Z'),
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) items with their rdf:about as guid and dc:date', () => {
    const feed = parsed(RDF);
    expect(feed.format).toBe('rdf');
    expect(feed.items).toEqual([
      {
        guid: 'https://candles.example/soy-vs-paraffin',
        url: 'https://candles.example/soy-vs-paraffin',
        title: 'Soy vs paraffin',
        summary: 'Burn time, soot and scent throw compared.',
        publishedAt: new Date('2025-03-01T10:00:00Z'),
      },
    ]);
  });

  it('reads JSON Feed items; an untitled item takes the start of its text as title', () => {
    const feed = parsed(JSON_FEED);
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('Maker Weekly');
    expect(feed.items[0]).toEqual({
      guid: 'mw-1',
      url: 'https://maker.example/1',
      title: 'Handmade gifts for the holidays',
      summary: 'Gift guides & more',
      publishedAt: new Date('2025-11-01T00:00:00Z'),
    });
    expect(feed.items[1]).toMatchObject({
      guid: 'mw-2',
      url: 'https://elsewhere.example/post',
      title: 'A microblog post without a title, about pottery studios opening their doors.',
      publishedAt: new Date('2025-11-02T00:00:00Z'),
    });
  });

  it('caps a summary at 500 characters, cut at a word', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const body = `<rss version="2.0"><channel><title>x</title><item><title>Long</title><link>https://x.example/a</link><description>${long}</description></item></channel></rss>`;
    const summary = parsed(body).items[0]?.summary ?? '';
    expect(Array.from(summary).length).toBeLessThanOrEqual(FEED_SUMMARY_MAX_CHARS);
    expect(summary.endsWith('…')).toBe(true);
    expect(long.startsWith(summary.slice(0, -1))).toBe(true);
    expect(summary.slice(0, -1).endsWith(' ')).toBe(false);
  });

  it('keeps only http(s) links and an unparseable date as null', () => {
    const body = `<rss version="2.0"><channel><title>x</title>
      <item><title>Mail</title><link>mailto:someone@example.com</link><guid>g1</guid><pubDate>someday soon</pubDate></item>
    </channel></rss>`;
    expect(parsed(body).items[0]).toMatchObject({ guid: 'g1', url: null, publishedAt: null });
  });

  it('reports broken XML as MALFORMED instead of throwing', () => {
    const result = parseFeedDocument(
      '<rss version="2.0"><channel><title>x</title><item><title>a</title></channel></rss',
    );
    expect(result).toMatchObject({ ok: false, code: 'MALFORMED' });
  });

  it('reports an HTML page, arbitrary JSON or text as UNRECOGNIZED_FORMAT and an empty body as EMPTY', () => {
    for (const body of ['<html><body>Not a feed</body></html>', '{"results":[]}', 'hello']) {
      expect(parseFeedDocument(body)).toMatchObject({ ok: false, code: 'UNRECOGNIZED_FORMAT' });
    }
    expect(parseFeedDocument('  \n')).toMatchObject({ ok: false, code: 'EMPTY' });
  });
});

describe('htmlToPlainText and truncateText', () => {
  it('drops tags, scripts and comments, decodes entities and collapses space', () => {
    expect(
      htmlToPlainText(
        '<p>Caf&eacute; &#x2014; <script>x()</script>tea<!-- c --></p>\n<p>&#169; 2025</p>',
      ),
    ).toBe('Café — tea © 2025');
  });

  it('leaves short text alone and cuts long text at the last word that fits', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('one two three four', 12)).toBe('one two…');
    expect(truncateText('abcdefghijklmnop', 5)).toBe('abcd…');
  });
});
