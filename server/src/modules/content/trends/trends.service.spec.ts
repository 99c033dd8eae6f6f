import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleContext } from '../../../console-context.js';
import { callerContext, type RequestContext } from '../../../context.js';
import { DomainError } from '../../../errors.js';
import { buildHubSchema } from '../../../graphql/build-schema.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { AuditService } from '../../audit/audit.service.js';
import { FeedIngestionService } from './feed-ingestion.service.js';
import { SerpApiGoogleTrends, StoredSearchInterest } from './search-interest.js';
import { serpApiSettings } from './serpapi-config.js';
import { TrendService } from './trend.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

// ---------------------------------------------------------------- a real local HTTP server
interface Fixture {
  status?: number;
  contentType: string;
  body: string;
  etag?: string;
  lastModified?: string;
  /** Never answers (a timeout). */
  hang?: boolean;
}

const fixtures = new Map<string, Fixture>();
const requests: Array<{ path: string; headers: IncomingMessage['headers'] }> = [];
let server: Server;
let base: string;

function serve(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  requests.push({ path, headers: request.headers });
  const fixture = fixtures.get(path.split('?')[0] ?? path);
  if (!fixture) {
    response.writeHead(404).end('not found');
    return;
  }
  if (fixture.hang) return;
  const fresh =
    (fixture.etag && request.headers['if-none-match'] === fixture.etag) ||
    (!fixture.etag &&
      fixture.lastModified &&
      request.headers['if-modified-since'] === fixture.lastModified);
  if (fresh) {
    response.writeHead(304).end();
    return;
  }
  const headers: Record<string, string> = { 'Content-Type': fixture.contentType };
  if (fixture.etag) headers.ETag = fixture.etag;
  if (fixture.lastModified) headers['Last-Modified'] = fixture.lastModified;
  response.writeHead(fixture.status ?? 200, headers).end(fixture.body);
}

const TEA_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tea Trade Weekly</title><link>https://tea.example/</link><description>Tea</description>
  <item><title>Matcha lattes are everywhere</title><link>https://tea.example/matcha-lattes</link><guid>tea-1</guid>
    <pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate><description>Cafes report matcha orders up again.</description></item>
  <item><title>Is stoneware dishwasher safe?</title><link>https://shared.example/stoneware-dishwasher</link><guid>tea-2</guid>
    <pubDate>Sat, 21 Nov 2026 09:00:00 GMT</pubDate><description>Potters on stoneware care.</description></item>
  <item><title>Matcha lattes are everywhere (repeated entry)</title><link>https://tea.example/matcha-lattes-2</link><guid>tea-1</guid></item>
</channel></rss>`;

const KILN_ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kiln Notes</title><id>urn:kiln</id><updated>2026-11-24T00:00:00Z</updated>
  <entry><title>Is stoneware dishwasher safe?</title><id>urn:kiln:7</id>
    <link href="https://shared.example/stoneware-dishwasher"/><updated>2026-11-21T09:00:00Z</updated></entry>
  <entry><title>Glaze trends for 2027</title><id>urn:kiln:8</id>
    <link href="https://kiln.example/glaze-2027"/><updated>2026-11-24T09:00:00Z</updated></entry>
</feed>`;

const CANDLE_JSON = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Candle Makers Digest',
  items: [
    {
      id: 'c-1',
      url: 'https://candles.example/gift-season',
      title: 'Gift candles: the season starts early',
      date_published: '2026-11-20T00:00:00Z',
    },
  ],
});

// ---------------------------------------------------------------- a fake SerpApi
const serpRequests: URL[] = [];
let serpServer: Server;
let serpBase: string;
let serpAnswer: (url: URL) => { status: number; body: unknown } = () => ({ status: 500, body: {} });

function serpTimeline(topic: string, weeks: number, interest: (i: number) => number): unknown {
  // Google Trends' weekly buckets start on Sunday; the last one is in progress.
  const last = Date.UTC(2026, 10, 22); // Sunday 2026-11-22
  return {
    search_parameters: { engine: 'google_trends', q: topic, data_type: 'TIMESERIES' },
    interest_over_time: {
      timeline_data: Array.from({ length: weeks }, (_, i) => {
        const start = last - (weeks - 1 - i) * 7 * 86_400_000;
        const value = Math.round(interest(i));
        return {
          date: new Date(start).toDateString(),
          timestamp: String(start / 1000),
          ...(i === weeks - 1 ? { partial_data: true } : {}),
          values: [{ query: topic, value: String(value), extracted_value: value }],
        };
      }),
    },
  };
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<[Server, string]> {
  const instance = createServer(handler);
  await new Promise<void>((resolve) => instance.listen(0, '127.0.0.1', resolve));
  return [instance, `http://127.0.0.1:${(instance.address() as AddressInfo).port}`];
}

let seeded: SeededServices;
let admin: RequestContext;
let ingestion: FeedIngestionService;

beforeAll(async () => {
  [server, base] = await listen(serve);
  [serpServer, serpBase] = await listen((request, response) => {
    const url = new URL(request.url ?? '/', serpBase);
    serpRequests.push(url);
    const answer = serpAnswer(url);
    response
      .writeHead(answer.status, { 'Content-Type': 'application/json' })
      .end(JSON.stringify(answer.body));
  });
  seeded = await openSeededServices({ now: NOW, actor: 'trends-spec' });
  admin = callerContext(seeded.ctx.workspaceId, 'user:trends-spec', { role: 'ADMIN' });
  ingestion = new FeedIngestionService(
    seeded.db.dataSource,
    { now: () => NOW },
    new AuditService(seeded.db.dataSource),
    {
      // Long enough that a local answer is never late on a busy CI machine (1 s was, at times);
      // only the feed that never answers waits it out.
      limits: { timeoutMs: 3_000, maxBytes: 16 * 1024 },
    },
  );
}, 120_000);

afterAll(async () => {
  await seeded?.close();
  await new Promise((resolve) => server?.close(resolve));
  await new Promise((resolve) => serpServer?.close(resolve));
});

async function itemsOf(
  feedId: string,
): Promise<Array<{ guid: string; url: string | null; title: string }>> {
  return seeded.db.dataSource.query(
    `SELECT guid, url, title FROM content_feed_item WHERE feed_id = $1 ORDER BY guid`,
    [feedId],
  );
}

// First: the demo workspace as seeded (the specs below add feeds and series to it).
describe('the trend report on the seeded demo workspace', () => {
  const SAMPLE = ['handmade ceramics', 'soy candles', 'loose-leaf tea'];

  it('finds matcha, stoneware care and wabi-sabi decor rising, and tells seasonal and falling topics apart', async () => {
    const report = await seeded.services.trends.trendReport(seeded.ctx, { topics: SAMPLE });
    expect(report.asOf).toBe('2026-11-26');
    expect(report.requestedTopics).toEqual(SAMPLE);
    expect(report.topics).toHaveLength(12);
    expect(
      report.topics
        .filter((t) => t.requested)
        .map((t) => t.topic)
        .sort(),
    ).toEqual([...SAMPLE].sort());
    expect(report.risingTopics.map((t) => t.topic)).toEqual([
      'wabi-sabi decor',
      'stoneware care',
      'matcha',
    ]);
    const byTopic = new Map(report.topics.map((t) => [t.topic, t]));
    const matcha = byTopic.get('matcha');
    expect(matcha).toMatchObject({
      status: 'rising',
      monthlyVolume: 246_000,
      difficulty: 82,
      seriesSource: 'demo',
    });
    expect(matcha?.growthOnLastYearPct).toBeGreaterThanOrEqual(15);
    expect(matcha?.reason).toBe(
      `up ${matcha?.growthOnPriorPct}% on the prior 12 weeks and ${matcha?.growthOnLastYearPct}% on last year; 246,000 searches a month; difficulty 82 (high)`,
    );
    expect(byTopic.get('soy candles')?.status).toBe('seasonal peak');
    expect(byTopic.get('soy candles')?.reason).toContain(
      'a seasonal peak: the same weeks last year were as high',
    );
    expect(byTopic.get('beeswax candles')?.status).toBe('falling');
    expect(report.source).toBe('demo');
    expect(report.notes).toEqual([
      'No SerpApi key (HUB_SERPAPI_KEY) is configured: the stored search-interest series are used, not live Google Trends.',
    ]);
  });

  it('finds stoneware care a gap the archive leaves, with the closest post, and matcha mentioned in the feeds', async () => {
    const report = await seeded.services.trends.trendReport(seeded.ctx, { topics: SAMPLE });
    const gaps = new Map(report.gaps.map((gap) => [gap.topic, gap]));
    const care = gaps.get('stoneware care');
    expect(care).toMatchObject({
      origin: 'rising',
      missingTerms: ['care'],
      bestMatch: { title: 'Why we fire our stoneware twice', sharedTerms: ['stoneware'] },
      suggestedTitle: 'Stoneware care: a practical guide',
    });
    expect(care?.reason).toBe(
      `no archive post covers 'care'; closest: 'Why we fire our stoneware twice' (score ${care?.bestMatch?.score.toFixed(1)})`,
    );
    // The calendar's unpublished posts already take two gaps on: said, not suggested again.
    expect(gaps.get('matcha')?.reason).toBe(
      "no archive post mentions 'matcha'; in progress: 'Matcha whisking basics: a bowl, a whisk and ninety seconds' (idea)",
    );
    expect(gaps.get('wabi-sabi decor')?.inProgress).toMatchObject({
      title: 'Wabi-sabi at home: living with imperfect pottery',
      state: 'DRAFTING',
    });
    expect(care?.inProgress).toBeNull();
    expect(gaps.get('matcha')?.mentionedIn.map((h) => h.title)).toContain(
      'Matcha demand keeps climbing: what it means for supply',
    );
    expect(gaps.get('can stoneware go in the microwave')?.missingTerms).toEqual(['microwave']);
    // The requested topics are covered by the archive.
    expect(
      report.covered
        .filter((c) => c.origin === 'requested')
        .map((c) => [c.topic, c.bestMatch.title]),
    ).toEqual([
      [
        'handmade ceramics',
        'How Juniper Lane Goods started: a wheel, a garage and a farmers market',
      ],
      ['soy candles', 'Inside a candle pour day at the studio'],
      ['loose-leaf tea', "A beginner's guide to loose-leaf tea"],
    ]);
    expect(report.gaps.length).toBeLessThanOrEqual(10);
    expect(
      report.headlinesByTopic.find((t) => t.topic === 'loose-leaf tea')?.headlines[0]?.feed,
    ).toBe('Steep & Leaf');
    expect(report.freshness).toMatchObject({
      feedCount: 4,
      failingFeeds: [],
      seriesLastWeek: '2026-11-16',
      keywordMetricsAsOf: '2026-11-01',
      archivePosts: 10,
    });
    expect(report.freshness.lastFeedFetchAt?.getTime()).toBeLessThanOrEqual(NOW.getTime());
  });
});

describe('over GraphQL', () => {
  it('answers trendReport, searchInterest and contentFeeds, and adds and removes a feed as an admin', async () => {
    const schema = await buildHubSchema();
    const viewer = seeded.ctx;
    const report = await graphql({
      schema,
      contextValue: viewer,
      source: `query {
        trendReport(topics: ["soy candles"]) {
          asOf source notes
          risingTopics { topic status score growthOnPriorPct growthOnLastYearPct reason }
          topics { topic status requested factors { growth volume competition } }
          gaps { topic origin reason suggestedTitle bestMatch { title score } mentionedIn { title feed } }
          freshness { feedCount seriesLastWeek archivePosts lastFeedFetchAt }
        }
        searchInterest(topics: ["matcha", "nothing stored"]) { topic source points { weekStart interest } }
        contentFeeds { title topic lastStatus itemCount }
      }`,
    });
    expect(report.errors).toBeUndefined();
    const data = report.data as {
      trendReport: {
        risingTopics: Array<{ topic: string; status: string }>;
        topics: Array<{ topic: string; status: string; requested: boolean }>;
        gaps: Array<{ topic: string; origin: string }>;
      };
      searchInterest: Array<{ topic: string; source: string; points: unknown[] }>;
      contentFeeds: Array<{ title: string; topic: string; lastStatus: string; itemCount: number }>;
    };
    expect(data.trendReport.risingTopics.map((t) => [t.topic, t.status])).toEqual([
      ['wabi-sabi decor', 'RISING'],
      ['stoneware care', 'RISING'],
      ['matcha', 'RISING'],
    ]);
    expect(data.trendReport.topics.find((t) => t.topic === 'soy candles')).toMatchObject({
      status: 'SEASONAL_PEAK',
      requested: true,
    });
    expect(data.trendReport.gaps.find((g) => g.topic === 'stoneware care')?.origin).toBe('RISING');
    expect(data.searchInterest.map((s) => [s.topic, s.source, s.points.length])).toEqual([
      ['matcha', 'demo', 104],
      ['nothing stored', 'none', 0],
    ]);
    expect(data.contentFeeds.map((f) => [f.title, f.topic, f.lastStatus, f.itemCount])).toEqual([
      ['Studio Pottery Weekly', 'handmade ceramics', 'OK', 8],
      ['Steep & Leaf', 'loose-leaf tea', 'OK', 8],
      ['Maker Business Notes', 'small business marketing', 'OK', 8],
      ["The Chandler's Journal", 'soy candles', 'OK', 8],
    ]);

    const adminContext = createConsoleContext(
      seeded.services,
      viewer.workspaceId,
      'user:trends-spec',
      {
        role: 'ADMIN',
      },
    );
    const added = await graphql({
      schema,
      contextValue: adminContext,
      source: `mutation { addContentFeed(input: { url: "https://kombucha.example/feed.xml", topic: "Kombucha" }) { id title topic lastStatus } }`,
    });
    expect(added.errors).toBeUndefined();
    const feed = (added.data as { addContentFeed: { id: string; title: string; topic: string } })
      .addContentFeed;
    expect(feed).toMatchObject({ title: 'kombucha.example', topic: 'kombucha', lastStatus: null });
    const duplicate = await graphql({
      schema,
      contextValue: adminContext,
      source: `mutation { addContentFeed(input: { url: "https://kombucha.example/feed.xml", topic: "kombucha" }) { id } }`,
    });
    expect(duplicate.errors?.[0]?.originalError).toMatchObject({
      errorCode: 'CONTENT_FEED_EXISTS',
    });
    const removed = await graphql({
      schema,
      contextValue: adminContext,
      source: `mutation($id: ID!) { removeContentFeed(id: $id) { id } }`,
      variableValues: { id: feed.id },
    });
    expect(removed.errors).toBeUndefined();
  });
});

describe('FeedIngestionService over HTTP', () => {
  let tea: string;
  let kiln: string;
  let candles: string;

  beforeAll(async () => {
    fixtures.set('/tea.rss', {
      contentType: 'application/rss+xml; charset=utf-8',
      body: TEA_RSS,
      etag: '"tea-v1"',
      lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT',
    });
    fixtures.set('/kiln.atom', {
      contentType: 'application/atom+xml',
      body: KILN_ATOM,
      lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT',
    });
    fixtures.set('/candles.json', { contentType: 'application/feed+json', body: CANDLE_JSON });
    tea = (await ingestion.addFeed(admin, { url: `${base}/tea.rss`, topic: 'Loose-leaf Tea ' })).id;
    kiln = (
      await ingestion.addFeed(admin, { url: `${base}/kiln.atom`, topic: 'handmade ceramics' })
    ).id;
    candles = (
      await ingestion.addFeed(admin, {
        url: `${base}/candles.json`,
        topic: 'soy candles',
        title: 'Candles',
      })
    ).id;
  });

  it('stores new items on the first fetch, once per GUID in a feed and once per URL across feeds', async () => {
    const outcomes = await ingestion.refresh(admin, { feedIds: [tea, kiln, candles] });
    expect(
      outcomes.map((o) => [o.url.replace(base, ''), o.status, o.itemsInFeed, o.error]),
    ).toEqual([
      ['/kiln.atom', 'OK', 2, null],
      ['/tea.rss', 'OK', 3, null],
      ['/candles.json', 'OK', 1, null],
    ]);
    // Five entries, four distinct: the feeds are fetched at once, so which of the two stores the
    // shared URL depends on timing; the total does not.
    expect(outcomes.map((o) => o.newItems).reduce((a, b) => a + b)).toBe(4);
    expect(outcomes[2]?.newItems).toBe(1);
    // tea.rss repeats guid tea-1: stored once. Kiln Notes' dishwasher entry has the URL tea.rss
    // already stored: not stored again (which feed wins depends on timing, the total does not).
    const stored = [...(await itemsOf(tea)), ...(await itemsOf(kiln))];
    expect(
      stored.filter((item) => item.url === 'https://shared.example/stoneware-dishwasher'),
    ).toHaveLength(1);
    expect(stored.map((item) => item.url).sort()).toEqual([
      'https://kiln.example/glaze-2027',
      'https://shared.example/stoneware-dishwasher',
      'https://tea.example/matcha-lattes',
    ]);
    expect(await itemsOf(candles)).toEqual([
      {
        guid: 'c-1',
        url: 'https://candles.example/gift-season',
        title: 'Gift candles: the season starts early',
      },
    ]);

    const feeds = await ingestion.feeds(admin);
    const teaFeed = feeds.find((feed) => feed.id === tea);
    expect(teaFeed).toMatchObject({
      title: 'Tea Trade Weekly', // taken from the feed: added without a title
      topic: 'loose-leaf tea',
      lastStatus: 'OK',
      lastError: null,
      lastFetchedAt: NOW,
    });
    expect(feeds.find((feed) => feed.id === candles)?.title).toBe('Candles');
    const [row] = (await seeded.db.dataSource.query(
      `SELECT etag, last_modified AS "lastModified" FROM content_feed WHERE id = $1`,
      [tea],
    )) as Array<{ etag: string; lastModified: string }>;
    expect(row).toEqual({ etag: '"tea-v1"', lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT' });
  });

  it('asks again with If-None-Match / If-Modified-Since; a 304 writes no item', async () => {
    const before = (await seeded.db.dataSource.query(
      `SELECT count(*)::int AS n FROM content_feed_item`,
    )) as Array<{
      n: number;
    }>;
    requests.length = 0;
    const outcomes = await ingestion.refresh(admin, { feedIds: [tea, kiln] });
    expect(outcomes.map((o) => [o.title, o.status, o.newItems])).toEqual([
      ['Kiln Notes', 'NOT_MODIFIED', 0],
      ['Tea Trade Weekly', 'NOT_MODIFIED', 0],
    ]);
    const teaRequest = requests.find((request) => request.path === '/tea.rss');
    expect(teaRequest?.headers['if-none-match']).toBe('"tea-v1"');
    expect(teaRequest?.headers['if-modified-since']).toBe('Mon, 23 Nov 2026 10:00:00 GMT');
    expect(
      requests.find((request) => request.path === '/kiln.atom')?.headers['if-modified-since'],
    ).toBe('Tue, 24 Nov 2026 10:00:00 GMT');
    const after = (await seeded.db.dataSource.query(
      `SELECT count(*)::int AS n FROM content_feed_item`,
    )) as Array<{
      n: number;
    }>;
    expect(after[0]?.n).toBe(before[0]?.n);
    expect((await ingestion.feeds(admin)).find((feed) => feed.id === tea)?.lastStatus).toBe(
      'NOT_MODIFIED',
    );
  });

  it('reports a malformed feed, a 500, an unreachable host, a timeout and an oversized body while another feed ingests', async () => {
    fixtures.set('/broken.xml', {
      contentType: 'application/rss+xml',
      body: '<rss version="2.0"><channel><title>Broken</title><item><title>x</title></channel></rss',
    });
    fixtures.set('/error', { status: 500, contentType: 'text/plain', body: 'oops' });
    fixtures.set('/slow', { contentType: 'application/rss+xml', body: '', hang: true });
    fixtures.set('/huge.rss', {
      contentType: 'application/rss+xml',
      body: `<rss version="2.0"><channel><title>Huge</title>${'<item><title>x</title></item>'.repeat(1_000)}</channel></rss>`,
    });
    fixtures.set('/fresh.rss', {
      contentType: 'application/rss+xml',
      body: `<rss version="2.0"><channel><title>Fresh</title><item><title>Cold brew tea</title><link>https://fresh.example/cold-brew</link></item></channel></rss>`,
    });
    const [closed, closedBase] = await listen(() => undefined);
    await new Promise((resolve) => closed.close(resolve));
    const added = await Promise.all(
      ['/broken.xml', '/error', '/slow', '/huge.rss', '/fresh.rss'].map((path) =>
        ingestion.addFeed(admin, { url: `${base}${path}`, topic: 'zz test', title: path }),
      ),
    );
    const unreachable = await ingestion.addFeed(admin, {
      url: `${closedBase}/feed`,
      topic: 'zz test',
      title: '/unreachable',
    });
    const outcomes = await ingestion.refresh(admin, {
      feedIds: [...added.map((feed) => feed.id), unreachable.id],
    });
    expect(outcomes.map((o) => [o.title, o.status, o.newItems, o.error])).toEqual([
      [
        '/broken.xml',
        'ERROR',
        0,
        'MALFORMED: the feed cannot be read (Closing Tag is not closed.)',
      ],
      ['/error', 'ERROR', 0, 'the server answered HTTP 500'],
      ['/fresh.rss', 'OK', 1, null],
      ['/huge.rss', 'ERROR', 0, 'the feed is larger than 16 KB'],
      ['/slow', 'ERROR', 0, 'no answer within 3 s'],
      ['/unreachable', 'ERROR', 0, 'the feed could not be fetched (ECONNREFUSED)'],
    ]);
    const broken = (await ingestion.feeds(admin)).find((feed) => feed.id === added[0]?.id);
    expect(broken).toMatchObject({ lastStatus: 'ERROR', itemCount: 0 });
    expect(broken?.lastError).toContain('MALFORMED');
  });

  it('refuses a non-http URL, a duplicate URL, an unknown feed and a viewer, with typed errors', async () => {
    await expect(
      ingestion.addFeed(admin, { url: 'ftp://tea.example/feed', topic: 'tea' }),
    ).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
      details: { field: 'url' },
    });
    await expect(
      ingestion.addFeed(admin, { url: 'not a url', topic: 'tea' }),
    ).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
    });
    await expect(
      ingestion.addFeed(admin, { url: `${base}/tea.rss`, topic: 'tea' }),
    ).rejects.toMatchObject({
      errorCode: 'CONTENT_FEED_EXISTS',
    });
    await expect(
      ingestion.refresh(admin, { feedIds: [crypto.randomUUID()] }),
    ).rejects.toMatchObject({
      errorCode: 'CONTENT_FEED_NOT_FOUND',
    });
    await expect(ingestion.removeFeed(admin, 'nope')).rejects.toMatchObject({
      errorCode: 'CONTENT_FEED_NOT_FOUND',
    });
    const viewer = ingestion.addFeed(seeded.ctx, { url: `${base}/other.rss`, topic: 'tea' });
    await expect(viewer).rejects.toBeInstanceOf(DomainError);
    await expect(viewer).rejects.toMatchObject({ errorCode: 'FORBIDDEN' });
  });

  it('removes a feed with its items, audited', async () => {
    const feed = await ingestion.addFeed(admin, {
      url: `${base}/candles-2.json`,
      topic: 'zz remove',
    });
    fixtures.set('/candles-2.json', {
      contentType: 'application/feed+json',
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Two',
        items: [
          { id: 'r-1', url: 'https://candles.example/remove-me', content_text: 'Wick trimming' },
        ],
      }),
    });
    await ingestion.refresh(admin, { feedIds: [feed.id] });
    const removed = await ingestion.removeFeed(admin, feed.id);
    expect(removed.itemCount).toBe(1);
    expect(await itemsOf(feed.id)).toEqual([]);
    const audit = (await seeded.db.dataSource.query(
      `SELECT action FROM audit_event WHERE target_id = $1 ORDER BY created_at`,
      [feed.id],
    )) as Array<{ action: string }>;
    expect(audit.map((event) => event.action)).toEqual(['content_feed.add', 'content_feed.remove']);
  });
});

describe('SerpApiGoogleTrends and TrendService.trendReport', () => {
  it('fetches each topic from SerpApi, stores complete weeks as serpapi rows and reports from them', async () => {
    serpAnswer = (url) => ({
      status: 200,
      body: serpTimeline(url.searchParams.get('q') ?? '', 110, (i) => 20 + 0.6 * i),
    });
    serpRequests.length = 0;
    const dataSource = seeded.db.dataSource;
    const clock = { now: () => NOW };
    const live = new SerpApiGoogleTrends(
      dataSource,
      clock,
      serpApiSettings({ apiKey: 'test-key', baseUrl: serpBase }),
    );
    const trends = new TrendService(dataSource, clock, new StoredSearchInterest(dataSource), live);
    const report = await trends.trendReport(admin, { topics: ['Kombucha'] });

    expect(serpRequests).toHaveLength(1);
    expect(Object.fromEntries(serpRequests[0]?.searchParams ?? [])).toEqual({
      engine: 'google_trends',
      q: 'kombucha',
      data_type: 'TIMESERIES',
      date: '2024-11-21 2026-11-26',
      api_key: 'test-key',
    });
    const rows = (await dataSource.query(
      `SELECT count(*)::int AS n, min(week_start)::text AS first, max(week_start)::text AS last
         FROM search_interest_point WHERE topic = 'kombucha' AND source = 'serpapi'`,
    )) as Array<{ n: number; first: string; last: string }>;
    // 110 buckets, the in-progress one left out.
    expect(rows[0]).toEqual({ n: 109, first: '2024-10-20', last: '2026-11-15' });
    expect(report.source).toBe('serpapi');
    expect(report.notes).toEqual([]);
    expect(report.topics.find((t) => t.topic === 'kombucha')).toMatchObject({
      topic: 'kombucha',
      status: 'rising',
      seriesSource: 'serpapi',
      latestWeek: '2026-11-15',
    });

    // Fresh serpapi rows are not fetched again within a week.
    await trends.trendReport(admin, { topics: ['kombucha'] });
    expect(serpRequests).toHaveLength(1);
  });

  it('falls back to stored series with a note when SerpApi refuses, and says so without a key', async () => {
    serpAnswer = () => ({
      status: 401,
      body: {
        error: 'Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key',
      },
    });
    const dataSource = seeded.db.dataSource;
    const clock = { now: () => NOW };
    const live = new SerpApiGoogleTrends(
      dataSource,
      clock,
      serpApiSettings({ apiKey: 'bad-key', baseUrl: serpBase }),
    );
    const refused = await new TrendService(
      dataSource,
      clock,
      new StoredSearchInterest(dataSource),
      live,
    ).trendReport(admin, { topics: ['oolong'] });
    expect(refused.notes).toEqual([
      "Google Trends for 'oolong' could not be fetched (SerpApi answered HTTP 401: Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key); the stored series is used.",
    ]);
    expect(refused.notes.join(' ')).not.toContain('bad-key');

    const offline = await new TrendService(
      dataSource,
      clock,
      new StoredSearchInterest(dataSource),
    ).trendReport(admin, {
      topics: ['oolong'],
    });
    expect(offline.notes).toEqual([
      'No SerpApi key (HUB_SERPAPI_KEY) is configured: the stored search-interest series are used, not live Google Trends.',
    ]);
    expect(offline.topics.find((t) => t.topic === 'oolong')).toMatchObject({
      seriesSource: 'none',
      latestWeek: null,
    });
  });

  it('refuses no topics or more than 20', async () => {
    const trends = new TrendService(
      seeded.db.dataSource,
      { now: () => NOW },
      new StoredSearchInterest(seeded.db.dataSource),
    );
    await expect(trends.trendReport(admin, { topics: ['  '] })).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
    });
    await expect(
      trends.trendReport(admin, { topics: Array.from({ length: 21 }, (_, i) => `topic ${i}`) }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
  });
});
