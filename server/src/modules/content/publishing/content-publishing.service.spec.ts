import { ApolloServer } from '@apollo/server';
import { ContentItemEntity } from '@zactonics/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleContext, type ConsoleContext } from '../../../console-context.js';
import { callerContext, type RequestContext } from '../../../context.js';
import { DomainError } from '../../../errors.js';
import { buildHubSchema } from '../../../graphql/build-schema.js';
import { domainErrorStatusPlugin, formatError } from '../../../graphql/domain-errors.js';
import { startFakeWordPress, type FakeWordPress } from '../../../testing/fake-wordpress.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { consoleAccessPlugin } from '../../admin-users/operation-access.js';
import { ContentItemService } from '../items/content-item.service.js';
import { ContentPublishingService } from './content-publishing.service.js';
import { WordPressCms } from './wordpress-cms.js';
import { wordPressConfig } from './wordpress-config.js';

// Publishing and the editorial calendar on a real database, against a fake WordPress over real
// HTTP: drafts pushed, approved posts published once, scheduled, taken back; the calendar's
// moves refused by its rules; another workspace's items not found.

const NOW = new Date('2026-05-04T15:00:00.000Z');
/** The clock of the hub and of the fake site; moved by the spec that needs time to pass. */
let now = NOW;

let fixture: SeededServices;
let site: FakeWordPress;
let owner: RequestContext;
/** The hub as configured with WordPress, and as configured without (the seeded services). */
let withCms: ContentPublishingService;
let itemsWithCms: ContentItemService;
let noCms: ContentPublishingService;
let items: ContentItemService;
let runId: string;
let apollo: ApolloServer<ConsoleContext>;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:publishing-spec' });
  site = await startFakeWordPress({ now: () => now });
  const { dataSource } = fixture.db;
  const clock = { now: () => now };
  const cms = new WordPressCms(
    wordPressConfig({ url: site.url, username: site.username, appPassword: site.appPassword }),
    { sleep: async () => undefined },
  );
  withCms = new ContentPublishingService(dataSource, clock, fixture.services.audit, cms);
  itemsWithCms = new ContentItemService(dataSource, fixture.services.audit, withCms);
  noCms = fixture.services.contentPublishing;
  items = fixture.services.contentItems;
  owner = callerContext(fixture.ctx.workspaceId, 'user:owner-1', { role: 'OWNER' });
  const [run] = (await dataSource.query(
    `INSERT INTO run (workspace_id, agent_id, status)
     SELECT workspace_id, id, 'RUNNING' FROM agent WHERE key = 'content' RETURNING id`,
  )) as Array<{ id: string }>;
  runId = run?.id ?? '';
  apollo = new ApolloServer<ConsoleContext>({
    schema: await buildHubSchema(),
    formatError: (formatted, error) =>
      formatError(formatted, error, { development: false, log: () => undefined }),
    plugins: [consoleAccessPlugin(), domainErrorStatusPlugin()],
  });
  await apollo.start();
}, 120_000);

afterAll(async () => {
  await apollo?.stop();
  await site?.close();
  await fixture?.close();
});

beforeEach(() => {
  site.reset();
  now = NOW;
});

let serial = 0;

/** A blog post in review, as draft_blog_post leaves one. */
async function blogPost(fields: Partial<ContentItemEntity> = {}): Promise<ContentItemEntity> {
  serial += 1;
  const manager = fixture.db.dataSource.manager;
  return manager.save(
    manager.create(ContentItemEntity, {
      workspaceId: owner.workspaceId,
      kind: 'BLOG_POST',
      channel: null,
      state: 'IN_REVIEW',
      title: `Caring for stoneware, part ${serial}`,
      slug: `caring-for-stoneware-${serial}`,
      focusKeyword: 'stoneware care',
      body: '# Caring for stoneware\n\n## Washing\n\nBrief: hand-wash advice.',
      metaDescription: 'How to care for handmade stoneware.',
      runId,
      ...fields,
    }),
  );
}

/** A person's decision on publishing the item (APPROVED by default), as approveRun leaves it. */
async function approval(
  contentItemId: string,
  status: 'APPROVED' | 'PENDING' = 'APPROVED',
): Promise<string> {
  // Its own run: a run waits for at most one decision at a time.
  const [run] = (await fixture.db.dataSource.query(
    `INSERT INTO run (workspace_id, agent_id, status)
     SELECT workspace_id, id, 'RUNNING' FROM agent WHERE key = 'content' RETURNING id`,
  )) as Array<{ id: string }>;
  const [row] = (await fixture.db.dataSource.query(
    `INSERT INTO approval (workspace_id, run_id, status, action_kind, policy, reason, tool_name,
                           tool_call_id, tool_input, proposed_output, expires_at, decided_at)
     VALUES ($1, $2, $3, 'TOOL_CALL', 'publication', 'test', 'publish_blog_post',
             'call_' || floor(random() * 1e9)::text, $4, 'body', now() + interval '1 day',
             CASE WHEN $3 = 'PENDING' THEN NULL ELSE now() END)
     RETURNING id`,
    [owner.workspaceId, run?.id, status, JSON.stringify({ contentItemId })],
  )) as Array<{ id: string }>;
  return row?.id ?? '';
}

async function reload(id: string): Promise<ContentItemEntity> {
  return fixture.db.dataSource.manager.findOneByOrFail(ContentItemEntity, { id });
}

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

async function audit(targetId: string): Promise<Array<{ action: string; data: unknown }>> {
  return (await fixture.db.dataSource.query(
    `SELECT action, data FROM audit_event WHERE target_id = $1 ORDER BY created_at, id`,
    [targetId],
  )) as Array<{ action: string; data: unknown }>;
}

const scope = () => ({ workspaceId: owner.workspaceId, actor: 'agent:content' });
const publishCommand = (contentItemId: string, approvalId: string | null) => ({
  contentItemId,
  title: 'Caring for stoneware: the short guide',
  body: '# Caring for stoneware\n\nWash by hand, **dry at once**.',
  metaDescription: 'Wash by hand and dry at once: stoneware lasts.',
  approvalId,
  runId,
});

describe('pushDraft', () => {
  it('changes nothing and says NOT_CONFIGURED without WordPress', async () => {
    const post = await blogPost();
    expect(await noCms.pushDraft(scope(), post.id)).toEqual({ status: 'NOT_CONFIGURED' });
    expect((await reload(post.id)).externalId).toBeNull();
  });

  it('creates a WordPress draft once and updates that same post on the next push', async () => {
    const post = await blogPost();
    const pushed = await withCms.pushDraft(scope(), post.id);
    expect(pushed).toEqual({
      status: 'PUSHED',
      cms: 'wordpress',
      externalId: '101',
      externalUrl: `${site.url}/?p=101`,
    });
    expect(await reload(post.id)).toMatchObject({
      state: 'IN_REVIEW',
      cms: 'wordpress',
      externalId: '101',
      externalUrl: `${site.url}/?p=101`,
    });
    expect(site.posts.get(101)).toMatchObject({
      status: 'draft',
      slug: post.slug,
      content: '<h1>Caring for stoneware</h1>\n<h2>Washing</h2>\n<p>Brief: hand-wash advice.</p>',
    });
    await withCms.pushDraft(scope(), post.id);
    expect([...site.posts.keys()]).toEqual([101]);
    expect((await audit(post.id)).map((a) => a.action)).toEqual([
      'content.draft.push',
      'content.draft.push',
    ]);
  });
});

describe('publish', () => {
  it('publishes the approved text over the pushed draft, once per approval', async () => {
    const post = await blogPost();
    await withCms.pushDraft(scope(), post.id);
    const approvalId = await approval(post.id);
    const result = await withCms.publish(scope(), publishCommand(post.id, approvalId));
    const permalink = `${site.url}/2026/05/04/${post.slug}/`;
    expect(result).toEqual({
      contentItemId: post.id,
      state: 'PUBLISHED',
      cmsStatus: 'PUBLISHED',
      cms: 'wordpress',
      externalId: '101',
      externalUrl: permalink,
      publishedAt: NOW,
      scheduledFor: null,
      message: `Published in wordpress: ${permalink}`,
    });
    expect(await reload(post.id)).toMatchObject({
      state: 'PUBLISHED',
      title: 'Caring for stoneware: the short guide',
      body: '# Caring for stoneware\n\nWash by hand, **dry at once**.',
      metaDescription: 'Wash by hand and dry at once: stoneware lasts.',
      approvalId,
      publishedAt: NOW,
      externalUrl: permalink,
    });
    expect(site.posts.get(101)).toMatchObject({
      status: 'publish',
      title: 'Caring for stoneware: the short guide',
      content: '<h1>Caring for stoneware</h1>\n<p>Wash by hand, <strong>dry at once</strong>.</p>',
      excerpt: 'Wash by hand and dry at once: stoneware lasts.',
    });

    // The same approval again (a retried call, a run resumed twice): the recorded outcome.
    const requests = site.requests.length;
    expect(await withCms.publish(scope(), publishCommand(post.id, approvalId))).toEqual(result);
    expect(site.requests).toHaveLength(requests);
    expect((await audit(post.id)).map((a) => a.action)).toEqual([
      'content.draft.push',
      'content.approve',
      'content.publish',
    ]);

    // Another approval cannot publish it a second time.
    const again = await refusal(
      withCms.publish(scope(), publishCommand(post.id, await approval(post.id))),
    );
    expect([again.errorCode, again.message]).toEqual([
      'CONTENT_STATE_INVALID',
      `"Caring for stoneware: the short guide" was published already (${permalink}); change it in the CMS.`,
    ]);
  });

  it('schedules a post planned for later in WordPress, and taking it back makes it a draft there again', async () => {
    const at = new Date('2026-05-09T14:00:00.000Z');
    const post = await blogPost({ scheduledFor: at });
    const result = await withCms.publish(scope(), publishCommand(post.id, await approval(post.id)));
    expect(result).toMatchObject({
      state: 'SCHEDULED',
      cmsStatus: 'SCHEDULED',
      externalId: '101',
      externalUrl: `${site.url}/?p=101`,
      publishedAt: null,
      scheduledFor: at,
      message: `Scheduled in wordpress: ${site.url}/?p=101 for 2026-05-09T14:00:00.000Z`,
    });
    expect(site.posts.get(101)).toMatchObject({ status: 'future', dateGmt: at });

    const moved = await itemsWithCms.moveContentItem(
      owner,
      post.id,
      'IN_REVIEW',
      'The photos are not ready.',
    );
    expect(moved.state).toBe('IN_REVIEW');
    expect(site.posts.get(101)?.status).toBe('draft');
    expect((await audit(post.id)).at(-1)).toEqual({
      action: 'content.move',
      data: { from: 'SCHEDULED', to: 'IN_REVIEW', reason: 'The photos are not ready.' },
    });
  });

  it('learns from WordPress that a scheduled post went out, once its time has come', async () => {
    const at = new Date('2026-05-09T14:00:00.000Z');
    const post = await blogPost({ scheduledFor: at });
    await withCms.publish(scope(), publishCommand(post.id, await approval(post.id)));
    expect(await itemsWithCms.settleScheduled(owner)).toEqual([]);
    now = new Date('2026-05-09T14:05:00.000Z');
    const settled = await itemsWithCms.settleScheduled(owner);
    expect(settled.map((i) => [i.id, i.state, i.publishedAt, i.externalUrl])).toEqual([
      [post.id, 'PUBLISHED', at, `${site.url}/2026/05/09/${post.slug}/`],
    ]);
    expect(await itemsWithCms.settleScheduled(owner)).toEqual([]);
  });

  it('leaves the post approved and ready when WordPress is not connected', async () => {
    const post = await blogPost();
    const approvalId = await approval(post.id);
    const result = await noCms.publish(scope(), publishCommand(post.id, approvalId));
    expect(result).toEqual({
      contentItemId: post.id,
      state: 'APPROVED',
      cmsStatus: 'NOT_CONFIGURED',
      cms: null,
      externalId: null,
      externalUrl: null,
      publishedAt: null,
      scheduledFor: null,
      message: 'NOT_CONFIGURED: ready to publish once WordPress is connected',
    });
    expect(await reload(post.id)).toMatchObject({
      state: 'APPROVED',
      approvalId,
      body: '# Caring for stoneware\n\nWash by hand, **dry at once**.',
    });
    expect(await noCms.publish(scope(), publishCommand(post.id, approvalId))).toEqual(result);
    expect((await audit(post.id)).map((a) => a.action)).toEqual(['content.approve']);
  });

  it('keeps the post approved when WordPress is down, and publishes it when the same approval is tried again', async () => {
    const post = await blogPost();
    const approvalId = await approval(post.id);
    site.failNext(3);
    const down = await refusal(withCms.publish(scope(), publishCommand(post.id, approvalId)));
    expect(down.errorCode).toBe('CMS_UNAVAILABLE');
    expect(down.message).toBe(
      `WordPress at ${site.url} did not answer after 3 tries (last: 503 Service Unavailable). "Caring for stoneware: the short guide" stays approved in the hub and was not published; publish it again once wordpress answers.`,
    );
    expect(await reload(post.id)).toMatchObject({
      state: 'APPROVED',
      approvalId,
      externalId: null,
    });

    const published = await withCms.publish(scope(), publishCommand(post.id, approvalId));
    expect(published.state).toBe('PUBLISHED');
    expect(site.posts.size).toBe(1);
  });

  it('publishes nothing without an approval naming this item, or from a state that has not been reviewed', async () => {
    const post = await blogPost();
    const other = await blogPost();
    const refusals = [
      await refusal(withCms.publish(scope(), publishCommand(post.id, null))),
      await refusal(withCms.publish(scope(), publishCommand(post.id, await approval(other.id)))),
      await refusal(
        withCms.publish(scope(), publishCommand(post.id, await approval(post.id, 'PENDING'))),
      ),
    ];
    expect(refusals.map((r) => r.errorCode)).toEqual([
      'APPROVAL_NOT_FOUND',
      'APPROVAL_NOT_FOUND',
      'APPROVAL_NOT_FOUND',
    ]);
    const drafting = await blogPost({ state: 'DRAFTING' });
    const early = await refusal(
      withCms.publish(scope(), publishCommand(drafting.id, await approval(drafting.id))),
    );
    expect([early.errorCode, early.message]).toEqual([
      'CONTENT_STATE_INVALID',
      'An item cannot move from "Drafting" to "Approved"; from "Drafting" it can move to "In review".',
    ]);
    expect((await reload(post.id)).state).toBe('IN_REVIEW');
    expect((await reload(drafting.id)).approvalId).toBeNull();
    expect(site.requests).toEqual([]);
  });

  it('runs as the registered publish_blog_post tool, always reviewed, with the approval the executor passes', async () => {
    const post = await blogPost();
    const approvalId = await approval(post.id);
    const tools = fixture.services.tools;
    const ctx = { workspaceId: owner.workspaceId, runId, agentKey: 'content', now: NOW };
    const call = { contentItemId: post.id, title: 'Caring for stoneware', body: 'Wash by hand.' };
    expect(tools.reviewOf('publish_blog_post', call)?.review).toEqual({
      kind: 'publication',
      textField: 'body',
    });
    expect(await tools.call(ctx, 'publish_blog_post', call)).toMatchObject({
      ok: false,
      errorCode: 'APPROVAL_NOT_FOUND',
    });
    expect(await tools.call({ ...ctx, approvalId }, 'publish_blog_post', call)).toMatchObject({
      ok: true,
      summary: 'NOT_CONFIGURED: ready to publish once WordPress is connected',
      output: {
        contentItemId: post.id,
        state: 'APPROVED',
        cmsStatus: 'NOT_CONFIGURED',
        externalUrl: null,
        publishedAt: null,
        scheduledFor: null,
        message: 'NOT_CONFIGURED: ready to publish once WordPress is connected',
      },
    });
    expect(await reload(post.id)).toMatchObject({ body: 'Wash by hand.', approvalId });
  });
});

describe('returnToDrafting', () => {
  it('sends a rejected post back to drafting with the reason, through review when it was approved', async () => {
    const inReview = await blogPost();
    const approved = await blogPost({ state: 'APPROVED' });
    expect((await noCms.returnToDrafting(scope(), inReview.id, 'Too long.')).state).toBe(
      'DRAFTING',
    );
    expect((await noCms.returnToDrafting(scope(), approved.id, 'Wrong tone.')).state).toBe(
      'DRAFTING',
    );
    expect((await audit(approved.id)).map((a) => a.data)).toEqual([
      { from: 'APPROVED', reason: 'Wrong tone.' },
    ]);
    // Drafting already: unchanged, nothing audited.
    expect((await noCms.returnToDrafting(scope(), inReview.id, 'Again.')).state).toBe('DRAFTING');
    expect(await audit(inReview.id)).toHaveLength(1);
    const published = await blogPost({ state: 'PUBLISHED', publishedAt: NOW });
    const refused = await refusal(noCms.returnToDrafting(scope(), published.id, 'Oops.'));
    expect(refused.errorCode).toBe('CONTENT_STATE_INVALID');
  });
});

describe('ContentItemService', () => {
  it('plans an idea, saves edits as given while in review, and refuses them once approved', async () => {
    const idea = await items.planIdea(owner, {
      title: '  Brewing loose-leaf tea in a stoneware pot ',
      plannedFor: '2026-05-20',
      focusKeyword: 'Loose Leaf Tea',
    });
    expect(idea).toMatchObject({
      kind: 'BLOG_POST',
      state: 'IDEA',
      title: 'Brewing loose-leaf tea in a stoneware pot',
      plannedFor: '2026-05-20',
      focusKeyword: 'loose leaf tea',
      pendingApproval: null,
      nextStates: ['DRAFTING'],
    });
    const edited = await items.updateDraft(owner, idea.id, {
      body: '## Warm the pot\n',
      slug: 'brewing-loose-leaf-tea',
      metaDescription: '',
    });
    expect(edited).toMatchObject({
      body: '## Warm the pot\n',
      slug: 'brewing-loose-leaf-tea',
      metaDescription: null,
      title: 'Brewing loose-leaf tea in a stoneware pot',
    });
    const clash = await blogPost();
    const taken = await refusal(
      items.updateDraft(owner, clash.id, { slug: 'brewing-loose-leaf-tea' }),
    );
    expect([taken.errorCode, taken.details.reason]).toEqual(['INVALID_INPUT', 'SLUG_TAKEN']);
    const bad = await refusal(items.updateDraft(owner, clash.id, { slug: 'Not A Slug' }));
    expect(bad.details).toEqual({ field: 'slug', reason: 'BAD_SLUG' });

    const approved = await blogPost({ state: 'APPROVED' });
    const locked = await refusal(items.updateDraft(owner, approved.id, { body: 'x' }));
    expect(locked.errorCode).toBe('CONTENT_STATE_INVALID');
    expect((await audit(idea.id)).map((a) => a.action)).toEqual([
      'content.idea.plan',
      'content.draft.update',
    ]);
  });

  it('moves items by the calendar rules: never to scheduled or published by hand, back only with a reason', async () => {
    const idea = await items.planIdea(owner, { title: 'Candle care 101' });
    expect((await items.moveContentItem(owner, idea.id, 'DRAFTING', '')).state).toBe('DRAFTING');
    const approved = await blogPost({ state: 'APPROVED' });
    const byHand = await refusal(items.moveContentItem(owner, approved.id, 'PUBLISHED', 'go'));
    expect([byHand.errorCode, byHand.message]).toEqual([
      'CONTENT_STATE_INVALID',
      'An item becomes "Published" only when a person approves its publication in the review inbox, never by a move by hand.',
    ]);
    const noReason = await refusal(items.moveContentItem(owner, approved.id, 'IN_REVIEW', ' '));
    expect(noReason.message).toBe('Moving an item back to "In review" needs a reason.');
    const viewer = await refusal(
      items.moveContentItem(
        callerContext(owner.workspaceId, 'user:viewer-1'),
        idea.id,
        'IN_REVIEW',
        '',
      ),
    );
    expect(viewer.errorCode).toBe('FORBIDDEN');
    expect((await reload(approved.id)).state).toBe('APPROVED');
  });

  it("reports another workspace's item as not found, for reads and writes alike", async () => {
    const [row] = (await fixture.db.dataSource.query(
      `INSERT INTO workspace (slug, name, time_zone) VALUES ('other-shop', 'Other', 'UTC') RETURNING id`,
    )) as [{ id: string }];
    const theirs = await blogPost({ workspaceId: row.id, runId: null });
    const theirApproval = await approval(theirs.id);
    // One at a time: each call starts only when the previous refusal is in.
    const attempts: Array<() => Promise<unknown>> = [
      () => items.get(owner, theirs.id),
      () => items.updateDraft(owner, theirs.id, { title: 'Mine now' }),
      () => items.moveContentItem(owner, theirs.id, 'DRAFTING', 'mine'),
      () => withCms.pushDraft(scope(), theirs.id),
      () => withCms.publish(scope(), publishCommand(theirs.id, theirApproval)),
      () => items.get(owner, 'not-an-id'),
    ];
    for (const attempt of attempts) {
      expect((await refusal(attempt())).errorCode).toBe('CONTENT_NOT_FOUND');
    }
    expect(await reload(theirs.id)).toMatchObject({ title: theirs.title, state: 'IN_REVIEW' });
  });

  it('lists by state and calendar day and shows the publication waiting for a person', async () => {
    const waiting = await blogPost({ plannedFor: '2026-06-02' });
    const pendingId = await approval(waiting.id, 'PENDING');
    const page = await items.list(owner, {
      states: ['IN_REVIEW'],
      kind: 'BLOG_POST',
      from: '2026-06-01',
      to: '2026-06-30',
      first: 10,
      offset: 0,
    });
    expect(page.items.map((i) => [i.id, i.pendingApproval?.id])).toEqual([[waiting.id, pendingId]]);
    expect(page.totalItems).toBe(1);
    expect((await items.get(owner, waiting.id)).nextStates).toEqual(['APPROVED', 'DRAFTING']);
  });

  it("lays out the calendar on the shop's days and refuses a range over 92 days", async () => {
    const [row] = (await fixture.db.dataSource.query(
      `INSERT INTO workspace (slug, name, time_zone) VALUES ('calendar-shop', 'Calendar', 'America/Chicago') RETURNING id`,
    )) as [{ id: string }];
    const shop = callerContext(row.id, 'user:calendar-owner', { role: 'OWNER' });
    const planned = await items.planIdea(shop, {
      title: 'Soy candle myths',
      plannedFor: '2026-05-05',
    });
    // 9 pm in Austin on May 5 is 02:00 UTC on May 6: it belongs to May 5.
    const published = await blogPost({
      workspaceId: row.id,
      runId: null,
      state: 'PUBLISHED',
      publishedAt: new Date('2026-05-06T02:00:00.000Z'),
    });
    const calendar = await items.editorialCalendar(shop, { from: '2026-05-04', to: '2026-05-06' });
    expect(
      calendar.days.map((d) => [d.date, d.weekday, d.entries.map((e) => [e.item.id, e.basis])]),
    ).toEqual([
      ['2026-05-04', 1, []],
      [
        '2026-05-05',
        2,
        [
          [planned.id, 'PLANNED'],
          [published.id, 'PUBLISHED'],
        ],
      ],
      ['2026-05-06', 3, []],
    ]);
    expect(calendar.timeZone).toBe('America/Chicago');
    const long = await refusal(
      items.editorialCalendar(shop, { from: '2026-01-01', to: '2026-04-03' }),
    );
    expect([long.errorCode, long.details.reason]).toEqual(['INVALID_INPUT', 'RANGE_TOO_LONG']);
  });

  it('answers the console schema, and refuses a viewer the mutations', async () => {
    const post = await blogPost({ plannedFor: '2026-07-01' });
    const as = (role: 'OWNER' | 'VIEWER') =>
      createConsoleContext(fixture.services, owner.workspaceId, `user:${role}`, { role });
    const execute = async (
      ctx: ConsoleContext,
      query: string,
      variables: Record<string, unknown>,
    ) => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult;
    };
    const read = await execute(
      as('VIEWER'),
      `query ($id: ID!) {
        contentItem(id: $id) { id kind state nextStates slug plannedFor sourceItem { id } pendingApproval { id } }
        editorialCalendar(from: "2026-07-01", to: "2026-07-01") { days { date entries { basis item { id } } } }
      }`,
      { id: post.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      contentItem: {
        id: post.id,
        kind: 'BLOG_POST',
        state: 'IN_REVIEW',
        nextStates: ['APPROVED', 'DRAFTING'],
        slug: post.slug,
        plannedFor: '2026-07-01',
        sourceItem: null,
        pendingApproval: null,
      },
      editorialCalendar: {
        days: [{ date: '2026-07-01', entries: [{ basis: 'PLANNED', item: { id: post.id } }] }],
      },
    });
    const MOVE = `mutation ($id: ID!) { moveContentItem(id: $id, state: DRAFTING, reason: "Redo") { state } }`;
    const refused = await execute(as('VIEWER'), MOVE, { id: post.id });
    expect(refused.errors?.[0]?.extensions?.errorCode).toBe('FORBIDDEN');
    const moved = await execute(as('OWNER'), MOVE, { id: post.id });
    expect(moved.data).toEqual({ moveContentItem: { state: 'DRAFTING' } });
  });
});
