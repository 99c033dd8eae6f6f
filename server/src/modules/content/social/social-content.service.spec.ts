import { ApprovalEntity, AuditEventEntity, ContentItemEntity } from '@zactonics/db';
import twitterText from 'twitter-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import type { SocialContentService } from './social-content.service.js';

// Thursday 2026-11-26, 09:00 in Austin (America/Chicago, CST).
const NOW = new Date('2026-11-26T15:00:00.000Z');
const TITLE = 'Why we fire our stoneware twice';
const HOOK =
  'Every mug, bowl and planter that leaves our Austin studio has spent about two days of its life in a kiln, in two separate firings.';

let seeded: SeededServices;
let social: SocialContentService;
let runId: string;

beforeAll(async () => {
  seeded = await openSeededServices({ now: NOW, actor: 'api_key:social-spec' });
  social = seeded.services.socialContent;
  runId = await newRun();
}, 60_000);

afterAll(async () => {
  await seeded?.close();
});

async function newRun(): Promise<string> {
  const run = await seeded.services.runs.start(seeded.ctx, {
    agentKey: 'content',
    scenarioKey: 'social-adaptation',
    input: { sourceTitle: TITLE, channels: ['x', 'linkedin', 'instagram'] },
  });
  return run.id;
}

/** A person's approval of schedule_social_posts for these items, as the review inbox records it. */
async function approval(contentItemIds: string[], forRun = runId): Promise<string> {
  const saved = await seeded.db.dataSource.manager.save(
    seeded.db.dataSource.manager.create(ApprovalEntity, {
      workspaceId: seeded.ctx.workspaceId,
      runId: forRun,
      status: 'APPROVED',
      actionKind: 'TOOL_CALL',
      policy: 'publication',
      reason: 'Publications always wait for a person.',
      toolName: 'schedule_social_posts',
      toolCallId: `call-${contentItemIds.length}-${Date.now()}`,
      toolInput: { contentItemIds, summary: 'The posts and their times.' },
      proposedOutput: 'The posts and their times.',
      expiresAt: new Date(NOW.getTime() + 86_400_000),
      decidedAt: NOW,
      decidedBy: 'user:owner',
    }),
  );
  return saved.id;
}

function socialRows(forRun = runId): Promise<ContentItemEntity[]> {
  return seeded.db.dataSource.manager.find(ContentItemEntity, {
    where: { workspaceId: seeded.ctx.workspaceId, kind: 'SOCIAL_POST', runId: forRun },
    order: { channel: 'ASC' },
  });
}

/** The value, or the test fails here. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('SocialContentService.adapt on the seeded archive post', () => {
  it('saves one IN_REVIEW social post per channel, within every limit, at a suggested slot', async () => {
    const result = await social.adapt(seeded.ctx, {
      sourceTitle: '  why we FIRE our stoneware twice ',
      channels: ['x', 'linkedin', 'instagram'],
      runId,
    });
    const source = await seeded.db.dataSource.manager.findOneByOrFail(ContentItemEntity, {
      workspaceId: seeded.ctx.workspaceId,
      kind: 'BLOG_POST',
      title: TITLE,
    });
    expect(result.source).toEqual({ id: source.id, title: TITLE, url: source.externalUrl });
    expect(result.timeZone).toBe('America/Chicago');

    const rows = await socialRows();
    expect(rows.map((r) => [r.channel, r.state, r.sourceItemId, r.runId])).toEqual([
      ['instagram', 'IN_REVIEW', source.id, runId],
      ['linkedin', 'IN_REVIEW', source.id, runId],
      ['x', 'IN_REVIEW', source.id, runId],
    ]);
    const [instagram, linkedin, x] = rows as [
      ContentItemEntity,
      ContentItemEntity,
      ContentItemEntity,
    ];

    // X: the post's own sentences, numbered, each within 280 as twitter-text counts it.
    expect(x.parts?.[0]).toBe(`${HOOK} 1/6`);
    expect(x.parts?.at(-1)).toBe(
      `Read the full post: ${source.externalUrl} #handmademugs #stoneware 6/6`,
    );
    for (const part of x.parts ?? [])
      expect(twitterText.parseTweet(part).weightedLength).toBeLessThanOrEqual(280);
    expect(x.body).toBe(x.parts?.join('\n\n'));
    expect(x.hashtags).toEqual(['handmademugs', 'stoneware']);

    // LinkedIn: the hook first, before the fold; the link; 3 to 5 hashtags.
    expect(linkedin.body.split('\n')[0]).toBe(HOOK);
    expect(HOOK.length).toBeLessThanOrEqual(210);
    expect(linkedin.body.length).toBeLessThanOrEqual(3000);
    expect(linkedin.body).toContain(`Read the full post: ${source.externalUrl}`);
    expect(linkedin.hashtags.length).toBeGreaterThanOrEqual(3);
    expect(linkedin.hashtags.length).toBeLessThanOrEqual(5);
    expect(linkedin.parts).toBeNull();

    // Instagram: title slide, one per H2 section, link in bio; a caption with no URL.
    expect(instagram.parts?.map((s) => s.split('\n')[0])).toEqual([
      TITLE,
      'The first firing: bisque',
      'Glazing a piece that drinks',
      'The second firing: cone 6',
      'Why not fire once?',
      'Read the full post: link in bio.',
    ]);
    for (const slide of instagram.parts ?? []) expect(slide.length).toBeLessThanOrEqual(150);
    expect(instagram.body.length).toBeLessThanOrEqual(2200);
    expect(twitterText.extractUrls(instagram.body)).toEqual([]);
    expect(instagram.hashtags.length).toBeLessThanOrEqual(30);

    // The suggested times: each channel's soonest free best hour, at least an hour ahead.
    const byChannel = Object.fromEntries(result.posts.map((p) => [p.channel, p]));
    expect(byChannel.x?.suggestedAt.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(byChannel.x?.reason).toMatch(
      /^Monday 2026-11-30 09:00 \(America\/Chicago\): \d+\.\d% engagement over \d+ posts, .* mean; the soonest free time among the 3 best stored hours \(#1\)\.$/,
    );
    for (const row of rows) {
      const post = byChannel[row.channel ?? ''];
      expect(row.scheduledFor).toEqual(post?.suggestedAt);
      expect(must(row.scheduledFor).getTime()).toBeGreaterThan(NOW.getTime() + 3_600_000);
      expect(row.plannedFor).toBe(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(
          must(row.scheduledFor),
        ),
      );
      expect(post?.post.length.withinLimit).toBe(true);
    }
  });

  it('rewrites the same rows when the same run adapts the same post again', async () => {
    const before = await socialRows();
    const again = await social.adapt(seeded.ctx, {
      sourceTitle: TITLE,
      channels: ['x', 'linkedin', 'instagram'],
      runId,
    });
    const after = await socialRows();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(again.posts.map((p) => p.contentItemId).sort()).toEqual(before.map((r) => r.id).sort());
    // Its own earlier suggestion does not block it: the same slots come back.
    expect(after.map((r) => r.scheduledFor)).toEqual(before.map((r) => r.scheduledFor));
  });

  it('refuses an unknown title with CONTENT_NOT_FOUND naming the close titles', async () => {
    const error = await errorOf(
      social.adapt(seeded.ctx, { sourceTitle: 'Why we fire stonware', channels: ['x'], runId }),
    );
    expect(error.errorCode).toBe('CONTENT_NOT_FOUND');
    expect(error.message).toBe(
      `No blog post is titled "Why we fire stonware". Closest titles: "${TITLE}".`,
    );
    expect(error.details.closestTitles).toEqual([TITLE]);
    expect(await socialRows()).toHaveLength(3);
  });
});

describe('scheduling, the queue and publishing by hand', () => {
  it('schedules approved posts once, at their suggested time, recording the approval', async () => {
    const rows = await socialRows();
    const ids = rows.map((r) => r.id);
    const approvalId = await approval(ids);
    const scheduled = await social.schedule(seeded.ctx, { contentItemIds: ids, approvalId });
    expect(scheduled).toEqual(
      rows.map((r) => ({
        contentItemId: r.id,
        channel: r.channel,
        scheduledFor: r.scheduledFor,
        moved: false,
      })),
    );
    const after = await socialRows();
    expect(after.map((r) => [r.state, r.approvalId])).toEqual(
      rows.map(() => ['SCHEDULED', approvalId]),
    );

    // The same approval again (a retried call) answers the same and changes nothing.
    const audits = await seeded.db.dataSource.manager.countBy(AuditEventEntity, {
      action: 'content.social.schedule',
    });
    expect(await social.schedule(seeded.ctx, { contentItemIds: ids, approvalId })).toEqual(
      scheduled,
    );
    expect(
      await seeded.db.dataSource.manager.countBy(AuditEventEntity, {
        action: 'content.social.schedule',
      }),
    ).toBe(audits);
    expect(audits).toBe(3);

    // Another approval cannot schedule them a second time.
    const other = await approval(ids);
    const error = await errorOf(
      social.schedule(seeded.ctx, { contentItemIds: ids, approvalId: other }),
    );
    expect(error.errorCode).toBe('CONTENT_STATE_INVALID');
  });

  it('schedules nothing without an approval that names every post', async () => {
    const readapted = await social.adapt(seeded.ctx, {
      sourceTitle: TITLE,
      channels: ['facebook'],
      runId,
    });
    const id = must(readapted.posts[0]).contentItemId;
    expect(
      (await errorOf(social.schedule(seeded.ctx, { contentItemIds: [id], approvalId: null })))
        .errorCode,
    ).toBe('APPROVAL_NOT_FOUND');
    const xPost = must((await socialRows()).find((r) => r.channel === 'x'));
    const forOthers = await approval([xPost.id]);
    expect(
      (await errorOf(social.schedule(seeded.ctx, { contentItemIds: [id], approvalId: forOthers })))
        .errorCode,
    ).toBe('APPROVAL_NOT_FOUND');
    const row = await seeded.db.dataSource.manager.findOneByOrFail(ContentItemEntity, { id });
    expect([row.state, row.approvalId]).toEqual(['IN_REVIEW', null]);
  });

  it('moves a post whose suggested time has passed to the next free slot', async () => {
    const otherRun = await newRun();
    const { posts } = await social.adapt(seeded.ctx, {
      sourceTitle: TITLE,
      channels: ['x'],
      runId: otherRun,
    });
    const post = must(posts[0]);
    // The first run's X post holds Monday 09:00, so this one was offered another hour.
    const firstX = must((await socialRows()).find((r) => r.channel === 'x'));
    expect(post.suggestedAt).not.toEqual(firstX.scheduledFor);

    const later = new Date(post.suggestedAt.getTime() + 3_600_000);
    seeded.setNow(later);
    try {
      const approvalId = await approval([post.contentItemId], otherRun);
      const [scheduled] = await social.schedule(seeded.ctx, {
        contentItemIds: [post.contentItemId],
        approvalId,
      });
      expect(scheduled?.moved).toBe(true);
      expect(must(scheduled).scheduledFor.getTime()).toBeGreaterThan(later.getTime() + 3_600_000);
      expect(must(scheduled).scheduledFor).not.toEqual(firstX.scheduledFor);
      const row = await seeded.db.dataSource.manager.findOneByOrFail(ContentItemEntity, {
        id: post.contentItemId,
      });
      expect([row.state, row.scheduledFor]).toEqual(['SCHEDULED', must(scheduled).scheduledFor]);
    } finally {
      seeded.setNow(NOW);
    }
  });

  it('queues scheduled posts by time, due once their time has come', async () => {
    const queue = await social.queue(seeded.ctx);
    const times = queue.map((e) => must(e.item.scheduledFor).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(queue.every((e) => e.item.state === 'SCHEDULED' && !e.due)).toBe(true);
    expect(queue[0]?.source?.title).toBe(TITLE);
    expect(queue.map((e) => e.channel)).toEqual(
      expect.arrayContaining(['x', 'linkedin', 'instagram']),
    );

    const first = must(queue[0]);
    seeded.setNow(must(first.item.scheduledFor));
    try {
      const now = await social.queue(seeded.ctx);
      expect(now.filter((e) => e.due).map((e) => e.item.id)).toEqual([first.item.id]);
      // A range: only what falls in it.
      const from = new Date(must(first.item.scheduledFor).getTime() + 1);
      const ranged = await social.queue(seeded.ctx, { from, to: new Date('2027-01-01') });
      expect(ranged.map((e) => e.item.id)).not.toContain(first.item.id);
      expect(ranged).toHaveLength(queue.length - 1);
    } finally {
      seeded.setNow(NOW);
    }
  });

  it('marks a posted post published with its URL, once', async () => {
    const first = must((await social.queue(seeded.ctx))[0]);
    const url = 'https://x.com/juniperlane/status/1';
    const published = await social.markPublished(seeded.ctx, first.item.id, url);
    expect(published.item).toMatchObject({
      state: 'PUBLISHED',
      externalUrl: url,
      publishedAt: NOW,
    });
    expect(published.due).toBe(false);
    const again = await social.markPublished(seeded.ctx, first.item.id, url);
    expect(again.item.updatedAt).toEqual(published.item.updatedAt);
    expect((await social.queue(seeded.ctx)).map((e) => e.item.id)).not.toContain(first.item.id);

    expect(
      (await errorOf(social.markPublished(seeded.ctx, first.item.id, 'https://x.com/other')))
        .errorCode,
    ).toBe('CONTENT_STATE_INVALID');
    const inReview = must((await socialRows()).find((r) => r.channel === 'facebook'));
    expect((await errorOf(social.markPublished(seeded.ctx, inReview.id, url))).errorCode).toBe(
      'CONTENT_STATE_INVALID',
    );
    expect(
      (await errorOf(social.markPublished(seeded.ctx, inReview.id, 'javascript:alert(1)')))
        .errorCode,
    ).toBe('INVALID_INPUT');
  });
});
