import { QueryFailedError } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type HubDatabase } from '../data-source.js';
import { AgentEntity } from '../entities/agent.entity.js';
import { CompetitorPageEntity } from '../entities/competitor-page.entity.js';
import { ContentFeedItemEntity } from '../entities/content-feed-item.entity.js';
import { ContentFeedEntity } from '../entities/content-feed.entity.js';
import { ContentItemEntity } from '../entities/content-item.entity.js';
import { HashtagStatEntity } from '../entities/hashtag-stat.entity.js';
import { KeywordMetricEntity } from '../entities/keyword-metric.entity.js';
import { SearchInterestPointEntity } from '../entities/search-interest-point.entity.js';
import { SocialEngagementStatEntity } from '../entities/social-engagement-stat.entity.js';
import { OrderEntity } from '../entities/order.entity.js';
import { ScenarioEntity } from '../entities/scenario.entity.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { CHART_OF_ACCOUNTS } from './chart-of-accounts.js';
import { buildDemoBooks } from './demo-books.js';
import { buildDemoBusiness } from './demo-business.js';
import { DEMO_AGENTS } from './demo-catalog.js';
import { buildDemoContent } from './demo-content.js';
import { DEMO_WORKSPACE_SLUG, seedDemoWorkspace, type SeedResult } from './seed-demo-workspace.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
/** The books the seed writes for NOW (their row counts do not depend on the invoices' ids). */
const books = buildDemoBooks(
  NOW,
  buildDemoBusiness(NOW).invoices.map((invoice, i) => ({
    ...invoice,
    id: `invoice-${i}`,
    customerId: '',
  })),
);

const content = buildDemoContent(NOW);

const SEEDED_TABLES = [
  'workspace',
  'agent',
  'scenario',
  'knowledge_article',
  'customer',
  'customer_order',
  'shipment_event',
  'invoice',
  'team_member',
  'calendar_event',
  'booking',
  'company_directory',
  'historical_deal',
  'lead',
  'email_outbox',
  'ledger_account',
  'bank_account',
  'bank_import',
  'bank_transaction',
  'journal_entry',
  'journal_line',
  'bill',
  'content_item',
  'content_feed',
  'content_feed_item',
  'search_interest_point',
  'keyword_metric',
  'competitor_page',
  'social_engagement_stat',
  'hashtag_stat',
] as const;
type SeededTable = (typeof SEEDED_TABLES)[number];

let testDb: TestDatabase;
let db: HubDatabase;
let firstMigrations: unknown[];
let firstSeed: SeedResult;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  firstMigrations = await migrationRows();
  firstSeed = await seedDemoWorkspace(db.dataSource, NOW);
});

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

function migrationRows(): Promise<unknown[]> {
  return db.dataSource.query(
    'SELECT id, timestamp::text AS timestamp, name FROM migrations ORDER BY id',
  );
}

async function rowCounts(): Promise<Record<SeededTable, number>> {
  const counts = {} as Record<SeededTable, number>;
  for (const table of SEEDED_TABLES) {
    const [row] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{
      n: number;
    }>;
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

/** The PostgreSQL error behind a failed statement: its SQLSTATE and the constraint it broke. */
async function violation(
  statement: Promise<unknown>,
): Promise<{ code: string; constraint: string }> {
  const error: unknown = await statement.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof QueryFailedError)) throw new Error('the statement did not fail');
  const { code, constraint } = error.driverError as { code: string; constraint: string };
  return { code, constraint };
}

describe('migrations', () => {
  it('apply once: a second migrateDatabase succeeds and records no new migration', async () => {
    expect(firstMigrations).toEqual([
      { id: 1, timestamp: '1764160000000', name: 'InitialSchema1764160000000' },
      { id: 2, timestamp: '1795708800000', name: 'AgentRuntime1795708800000' },
      { id: 3, timestamp: '1795709000000', name: 'SupportEscalation1795709000000' },
      { id: 4, timestamp: '1795709100000', name: 'LeadsAndOutreach1795709100000' },
      { id: 5, timestamp: '1795709200000', name: 'Meetings1795709200000' },
      { id: 6, timestamp: '1795709300000', name: 'Widget1795709300000' },
      { id: 7, timestamp: '1795709400000', name: 'AdminConsole1795709400000' },
      { id: 8, timestamp: '1795709600000', name: 'WidgetHardening1795709600000' },
      { id: 9, timestamp: '1795709750000', name: 'AgentEditedFields1795709750000' },
      { id: 10, timestamp: '1795709800000', name: 'CustomerMessageIds1795709800000' },
      { id: 11, timestamp: '1795710000000', name: 'Ledger1795710000000' },
      { id: 12, timestamp: '1795720000000', name: 'ReportingDimensions1795720000000' },
      { id: 13, timestamp: '1795720100000', name: 'ReportFiles1795720100000' },
      { id: 14, timestamp: '1795720200000', name: 'TaxProfile1795720200000' },
      { id: 15, timestamp: '1795720300000', name: 'SalesByState1795720300000' },
      { id: 16, timestamp: '1795720400000', name: 'SalesTaxAddresses1795720400000' },
      { id: 17, timestamp: '1795720500000', name: 'EstimatedPayments1795720500000' },
      { id: 18, timestamp: '1795720600000', name: 'Compliance1795720600000' },
      { id: 19, timestamp: '1795720700000', name: 'SalesTaxFiling1795720700000' },
      { id: 20, timestamp: '1795720800000', name: 'ContentMarketing1795720800000' },
      { id: 21, timestamp: '1795720850000', name: 'RunTriggerDetail1795720850000' },
      { id: 22, timestamp: '1795720900000', name: 'Schedules1795720900000' },
      { id: 23, timestamp: '1795721000000', name: 'InboundWebhooks1795721000000' },
      { id: 24, timestamp: '1795721100000', name: 'OutboundWebhooks1795721100000' },
      { id: 25, timestamp: '1795721200000', name: 'ThresholdTriggers1795721200000' },
      { id: 26, timestamp: '1795721300000', name: 'InvoicePayments1795721300000' },
      { id: 27, timestamp: '1795721400000', name: 'CostBudgets1795721400000' },
      { id: 28, timestamp: '1795721500000', name: 'AccountsAndMailCatcher1795721500000' },
      { id: 29, timestamp: '1795721600000', name: 'WorkspaceLocale1795721600000' },
    ]);

    await migrateDatabase(db);

    expect(await migrationRows()).toEqual(firstMigrations);
  });
});

describe('seedDemoWorkspace', () => {
  it('creates the demo workspace with its six agents, twenty-one scenarios and business data', async () => {
    expect(firstSeed.created).toBe(true);
    expect(firstSeed.workspace.slug).toBe(DEMO_WORKSPACE_SLUG);
    expect(await rowCounts()).toEqual({
      workspace: 1,
      agent: 6,
      scenario: 21,
      knowledge_article: 14,
      customer: 8,
      customer_order: 10,
      shipment_event: 29,
      invoice: 8,
      team_member: 3,
      calendar_event: 4,
      booking: 0,
      company_directory: 20,
      historical_deal: 300,
      lead: 1,
      email_outbox: 0,
      ledger_account: CHART_OF_ACCOUNTS.length,
      bank_account: 1,
      bank_import: 1,
      bank_transaction: books.bankTransactions.length,
      journal_entry: books.entries.length,
      journal_line: books.entries.reduce((n, e) => n + e.lines.length, 0),
      bill: books.bills.length,
      content_item: 13,
      content_feed: 4,
      content_feed_item: 32,
      search_interest_point: 12 * 104,
      keyword_metric: content.keywords.length,
      competitor_page: content.competitorPages.length,
      social_engagement_stat: 4 * 7 * 24,
      hashtag_stat: content.hashtags.length,
    });
  });

  it("gives every agent exactly the catalog's scenario keys, in catalog order", async () => {
    const agents = await db.dataSource.manager.find(AgentEntity, { order: { position: 'ASC' } });
    const scenarios = await db.dataSource.manager.find(ScenarioEntity, {
      order: { position: 'ASC' },
    });
    const keysByAgent = Object.fromEntries(
      agents.map((agent) => [
        agent.key,
        scenarios.filter((s) => s.agentId === agent.id).map((s) => s.key),
      ]),
    );

    expect(keysByAgent).toEqual(
      Object.fromEntries(DEMO_AGENTS.map((a) => [a.key, a.scenarios.map((s) => s.key)])),
    );
    expect(agents.map((a) => a.tools)).toEqual(DEMO_AGENTS.map((a) => a.tools));
    expect(new Set([...agents, ...scenarios].map((row) => row.workspaceId))).toEqual(
      new Set([firstSeed.workspace.id]),
    );
  });

  it('stores every order with a total equal to the sum of its lines', async () => {
    const orders = await db.dataSource.manager.find(OrderEntity, { order: { number: 'ASC' } });

    expect(orders).toHaveLength(10);
    for (const order of orders) {
      const sum = order.lines.reduce((total, l) => total + l.quantity * l.unitPriceCents, 0);
      expect({ number: order.number, totalCents: order.totalCents }).toEqual({
        number: order.number,
        totalCents: sum,
      });
    }
    // A worked example: 2 speckled mugs at $34.00, a fig candle at $26.00 and Earl Grey at $14.00.
    expect(orders.find((o) => o.number === 'JL-1042')?.totalCents).toBe(10_800);
  });

  it('writes nothing when the demo workspace already exists', async () => {
    const before = await rowCounts();

    const second = await seedDemoWorkspace(db.dataSource, new Date('2027-01-01T00:00:00.000Z'));

    expect(second.created).toBe(false);
    expect(second.workspace.id).toBe(firstSeed.workspace.id);
    expect(await rowCounts()).toEqual(before);
  });
});

// Only PostgreSQL gives two processes their own sessions; PGlite has one process by design.
const onPostgres = process.env.DATABASE_URL ? it : it.skip;

describe('seedDemoWorkspace from two processes', () => {
  onPostgres('seeds once when two hubs start together on a fresh database', async () => {
    const fresh = await createTestDatabase();
    const first = await openDatabase(fresh.options);
    const second = await openDatabase(fresh.options);
    try {
      await migrateDatabase(first);

      const results = await Promise.all([
        seedDemoWorkspace(first.dataSource, NOW),
        seedDemoWorkspace(second.dataSource, NOW),
      ]);

      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    } finally {
      await first.close();
      await second.close();
      await fresh.drop();
    }
  });
});

describe('database constraints', () => {
  let runId: string;

  beforeAll(async () => {
    const [agent] = (await db.dataSource.query(
      `SELECT id FROM agent WHERE workspace_id = $1 AND key = 'support'`,
      [firstSeed.workspace.id],
    )) as Array<{ id: string }>;
    const [run] = (await db.dataSource.query(
      `INSERT INTO run (workspace_id, agent_id, status) VALUES ($1, $2, 'RUNNING') RETURNING id`,
      [firstSeed.workspace.id, agent?.id],
    )) as Array<{ id: string }>;
    runId = run?.id ?? '';
    await insertStep(1, 'TRIGGER');
    await insertStep(2, 'COMPLETED');
  });

  function insertStep(seq: number, kind: string): Promise<unknown> {
    return db.dataSource.query(
      `INSERT INTO run_step (workspace_id, run_id, seq, kind, title, started_at)
       VALUES ($1, $2, $3, $4, 'step', now())`,
      [firstSeed.workspace.id, runId, seq, kind],
    );
  }

  it('refuses a step whose seq the run already used', async () => {
    expect(await violation(insertStep(1, 'CONTEXT'))).toEqual({
      code: '23505',
      constraint: 'uq_run_step_run_seq',
    });
  });

  it('refuses a second terminal step for a run', async () => {
    expect(await violation(insertStep(3, 'FAILED'))).toEqual({
      code: '23505',
      constraint: 'uq_run_step_terminal',
    });
  });

  it('refuses a run status outside the lifecycle', async () => {
    const statement = db.dataSource.query(`UPDATE run SET status = 'DONE' WHERE id = $1`, [runId]);

    expect(await violation(statement)).toEqual({ code: '23514', constraint: 'ck_run_status' });
  });

  it('refuses a finished run without a finish time', async () => {
    const statement = db.dataSource.query(`UPDATE run SET status = 'SUCCEEDED' WHERE id = $1`, [
      runId,
    ]);

    expect(await violation(statement)).toEqual({ code: '23514', constraint: 'ck_run_finished' });
  });

  it('keeps the steps that were valid', async () => {
    const steps = (await db.dataSource.query(
      'SELECT seq, kind FROM run_step WHERE run_id = $1 ORDER BY seq',
      [runId],
    )) as unknown[];

    expect(steps).toEqual([
      { seq: 1, kind: 'TRIGGER' },
      { seq: 2, kind: 'COMPLETED' },
    ]);
  });
});

describe('the content tables', () => {
  const workspaceId = () => firstSeed.workspace.id;

  it('read back through their entities as seeded', async () => {
    const manager = db.dataSource.manager;
    const post = await manager.findOneByOrFail(ContentItemEntity, {
      workspaceId: workspaceId(),
      title: 'Why we fire our stoneware twice',
    });
    const feed = await manager.findOneByOrFail(ContentFeedEntity, {
      workspaceId: workspaceId(),
      topic: 'loose-leaf tea',
    });
    const latest = await manager.findOneOrFail(SearchInterestPointEntity, {
      where: { workspaceId: workspaceId(), topic: 'matcha' },
      order: { weekStart: 'DESC' },
    });

    expect(post).toMatchObject({
      kind: 'BLOG_POST',
      channel: null,
      state: 'PUBLISHED',
      slug: 'why-we-fire-our-stoneware-twice',
      focusKeyword: 'stoneware firing',
      hashtags: [],
      parts: null,
      externalUrl: 'https://juniperlanegoods.example/blog/why-we-fire-our-stoneware-twice',
      approvalId: null,
    });
    expect(post.publishedAt).toEqual(new Date('2026-08-22T15:00:00.000Z'));
    expect(feed).toMatchObject({ url: 'https://steepandleaf.example/feed.atom', lastStatus: 'OK' });
    expect(
      await manager.countBy(ContentFeedItemEntity, { workspaceId: workspaceId(), feedId: feed.id }),
    ).toBe(8);
    expect(latest).toMatchObject({ weekStart: '2026-11-16', source: 'demo' });
    expect(
      await manager.findOneByOrFail(KeywordMetricEntity, {
        workspaceId: workspaceId(),
        keyword: 'stoneware care',
      }),
    ).toMatchObject({ topic: 'stoneware care', asOf: '2026-11-01', cpcCents: 45 });
    const page = await manager.findOneByOrFail(CompetitorPageEntity, {
      workspaceId: workspaceId(),
      url: 'https://northforkpottery.example/pages/pottery-care',
    });
    expect(page.headings.slice(0, 2)).toEqual([
      { level: 1, text: 'Caring for Your Handmade Pottery' },
      { level: 2, text: 'Dishwasher' },
    ]);
    const stat = await manager.findOneByOrFail(SocialEngagementStatEntity, {
      workspaceId: workspaceId(),
      platform: 'linkedin',
      weekday: 3,
      hour: 3,
    });
    expect(stat).toMatchObject({ posts: 0, engagementRate: '0.0000' });
    const tag = await manager.findOneByOrFail(HashtagStatEntity, {
      workspaceId: workspaceId(),
      platform: 'instagram',
      hashtag: 'matcha',
    });
    expect(tag.avgEngagementRate).toMatch(/^0\.\d{4}$/);
  });

  function insertItem(columns: Record<string, unknown>): Promise<unknown> {
    const names = Object.keys(columns);
    return db.dataSource.query(
      `INSERT INTO content_item (workspace_id, ${names.join(', ')})
       VALUES ($1, ${names.map((_, i) => `$${i + 2}`).join(', ')})`,
      [workspaceId(), ...Object.values(columns)],
    );
  }

  it('refuses a social post without a channel, and a blog post with one', async () => {
    expect(
      await violation(insertItem({ kind: 'SOCIAL_POST', state: 'IN_REVIEW', title: 'A post' })),
    ).toEqual({ code: '23514', constraint: 'ck_content_item_kind_channel' });
    expect(
      await violation(
        insertItem({ kind: 'BLOG_POST', channel: 'x', state: 'IDEA', title: 'A blog post' }),
      ),
    ).toEqual({ code: '23514', constraint: 'ck_content_item_kind_channel' });
  });

  it('refuses a blog post whose slug the workspace already uses', async () => {
    const statement = insertItem({
      kind: 'BLOG_POST',
      state: 'IDEA',
      title: 'Firing, again',
      slug: 'why-we-fire-our-stoneware-twice',
    });

    expect(await violation(statement)).toEqual({
      code: '23505',
      constraint: 'uq_content_item_blog_slug',
    });
  });

  it('refuses a published item without its publication time, and a scheduled one without its time', async () => {
    expect(
      await violation(insertItem({ kind: 'BLOG_POST', state: 'PUBLISHED', title: 'Out' })),
    ).toEqual({ code: '23514', constraint: 'ck_content_item_published' });
    expect(
      await violation(
        insertItem({ kind: 'SOCIAL_POST', channel: 'x', state: 'SCHEDULED', title: 'Soon' }),
      ),
    ).toEqual({ code: '23514', constraint: 'ck_content_item_scheduled' });
  });

  it('stores an article two feeds carry once: a second row with its URL is refused', async () => {
    const [other] = (await db.dataSource.query(
      `SELECT f.id, i.url FROM content_feed f, content_feed_item i
        WHERE f.workspace_id = $1 AND i.feed_id <> f.id LIMIT 1`,
      [workspaceId()],
    )) as Array<{ id: string; url: string }>;
    const statement = db.dataSource.query(
      `INSERT INTO content_feed_item (workspace_id, feed_id, guid, url, title)
       VALUES ($1, $2, 'another-guid', $3, 'Same article')`,
      [workspaceId(), other?.id, other?.url],
    );

    expect(await violation(statement)).toEqual({
      code: '23505',
      constraint: 'uq_content_feed_item_workspace_url',
    });
  });

  it("refuses a hashtag stored with its '#'", async () => {
    const statement = db.dataSource.query(
      `INSERT INTO hashtag_stat (workspace_id, platform, hashtag, topic, posts, avg_engagement_rate)
       VALUES ($1, 'x', '#pottery', 'handmade ceramics', 3, 0.01)`,
      [workspaceId()],
    );

    expect(await violation(statement)).toEqual({
      code: '23514',
      constraint: 'ck_hashtag_stat_hashtag',
    });
  });
});
