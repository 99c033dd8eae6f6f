import { describe, expect, it } from 'vitest';
import { adaptPost, digestSource } from '../../../engines/content/social/index.js';
import { DomainError } from '../../../errors.js';
import type {
  AdaptCommand,
  AdaptResult,
  ScheduleCommand,
  ScheduledSocialPost,
  SocialContentService,
  SocialScope,
} from '../../../modules/content/social/social-content.service.js';
import { ToolError, type ToolContext } from '../../../runtime/tool-registry.js';
import { CONTENT_PLAYBOOKS } from '../playbooks.js';
import { adaptForSocialTool, socialScheduleSummary } from './adapt-for-social.tool.js';
import { scheduleSocialPostsTool } from './schedule-social-posts.tool.js';

const CTX: ToolContext = {
  workspaceId: 'ws-1',
  runId: 'run-1',
  agentKey: 'content',
  now: new Date('2026-11-26T15:00:00Z'),
  approvalId: 'approval-1',
};

const digest = digestSource({
  title: 'Why we fire our stoneware twice',
  url: 'https://shop.example/blog/twice',
  focusKeyword: 'stoneware firing',
  body: 'Every mug goes through the kiln twice.\n\n## Bisque\n\nThe first firing makes bisque.',
});

/** The service as the tools see it, answering from the engine and recording the calls. */
function stubService(): {
  service: SocialContentService;
  calls: Array<[string, SocialScope, unknown]>;
} {
  const calls: Array<[string, SocialScope, unknown]> = [];
  const service = {
    adapt: (scope: SocialScope, command: AdaptCommand): Promise<AdaptResult> => {
      calls.push(['adapt', scope, command]);
      if (command.sourceTitle === 'Nothing like it') {
        return Promise.reject(new DomainError('CONTENT_NOT_FOUND', 'No blog post is titled that.'));
      }
      return Promise.resolve({
        source: { id: 'post-1', title: digest.title, url: digest.url },
        timeZone: 'America/Chicago',
        posts: command.channels.map((channel, i) => ({
          contentItemId: `item-${i}`,
          channel,
          state: 'IN_REVIEW' as const,
          post: adaptPost(digest, channel, []),
          suggestedAt: new Date('2026-11-30T15:00:00Z'),
          reason: 'Monday 2026-11-30 09:00 (America/Chicago): the best stored hour.',
        })),
      });
    },
    schedule: (scope: SocialScope, command: ScheduleCommand): Promise<ScheduledSocialPost[]> => {
      calls.push(['schedule', scope, command]);
      return Promise.resolve(
        command.contentItemIds.map((id) => ({
          contentItemId: id,
          channel: 'x' as const,
          scheduledFor: new Date('2026-11-30T15:00:00Z'),
          moved: false,
        })),
      );
    },
  } as unknown as SocialContentService;
  return { service, calls };
}

describe('adapt_for_social', () => {
  it('takes exactly the social-adaptation playbook input', () => {
    const playbook = CONTENT_PLAYBOOKS.find((p) => p.scenarioKey === 'social-adaptation');
    const sample = { sourceTitle: 'Why we fire our stoneware twice', channels: ['x', 'linkedin'] };
    const { service } = stubService();
    expect(adaptForSocialTool(service).input.parse(sample)).toEqual(playbook?.input.parse(sample));
    expect(adaptForSocialTool(service).input.safeParse({ ...sample, channels: [] }).success).toBe(
      false,
    );
  });

  it('adapts for the run as the agent and answers each post with its times and limits', async () => {
    const { service, calls } = stubService();
    const tool = adaptForSocialTool(service);
    const output = await tool.execute(CTX, {
      sourceTitle: 'Why we fire our stoneware twice',
      channels: ['x', 'instagram'],
    });
    expect(calls[0]).toEqual([
      'adapt',
      { workspaceId: 'ws-1', actor: 'agent:content' },
      {
        sourceTitle: 'Why we fire our stoneware twice',
        channels: ['x', 'instagram'],
        runId: 'run-1',
      },
    ]);
    expect(output.source).toEqual({
      id: 'post-1',
      title: 'Why we fire our stoneware twice',
      url: 'https://shop.example/blog/twice',
    });
    expect(output.posts[0]).toMatchObject({
      contentItemId: 'item-0',
      channel: 'x',
      state: 'IN_REVIEW',
      parts: [
        'Every mug goes through the kiln twice. 1/3',
        'The first firing makes bisque. 2/3',
        'Read the full post: https://shop.example/blog/twice 3/3',
      ],
      suggestedAt: '2026-11-30T15:00:00.000Z',
      length: { unit: 'WEIGHTED', limit: 280, withinLimit: true },
    });
    expect(tool.summarize?.(output)).toBe(
      'X thread of 3, Instagram carousel of 3 slides from "Why we fire our stoneware twice", in review',
    );
  });

  it('fails with the service code, not a generic failure', async () => {
    const tool = adaptForSocialTool(stubService().service);
    await expect(
      tool.execute(CTX, { sourceTitle: 'Nothing like it', channels: ['x'] }),
    ).rejects.toEqual(new ToolError('CONTENT_NOT_FOUND', 'No blog post is titled that.'));
  });

  it('writes the summary a person reviews: each post as it goes out, with its time', async () => {
    const output = await adaptForSocialTool(stubService().service).execute(CTX, {
      sourceTitle: 'Why we fire our stoneware twice',
      channels: ['x', 'linkedin'],
    });
    const summary = socialScheduleSummary(output);
    expect(summary).toContain('Social posts adapted from "Why we fire our stoneware twice":');
    expect(summary).toContain(
      'X thread of 3, Monday 2026-11-30 09:00 (America/Chicago): the best stored hour.\n\n(1) Every mug goes through the kiln twice. 1/3',
    );
    expect(summary).toContain(`LinkedIn post, Monday 2026-11-30 09:00`);
  });
});

describe('schedule_social_posts', () => {
  it('is a publication: a person always reviews the summary first', () => {
    expect(scheduleSocialPostsTool(stubService().service).review).toEqual({
      kind: 'publication',
      textField: 'summary',
    });
  });

  it('schedules with the approval of this call and answers ISO times', async () => {
    const { service, calls } = stubService();
    const id = '6f1c7d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
    const output = await scheduleSocialPostsTool(service).execute(CTX, {
      contentItemIds: [id],
      summary: 'X thread, Monday.',
    });
    expect(calls[0]).toEqual([
      'schedule',
      { workspaceId: 'ws-1', actor: 'agent:content' },
      { contentItemIds: [id], approvalId: 'approval-1' },
    ]);
    expect(output).toEqual({
      scheduled: [
        { contentItemId: id, channel: 'x', scheduledFor: '2026-11-30T15:00:00.000Z', moved: false },
      ],
    });
  });

  it('refuses ids that are not uuids and an empty list', () => {
    const { input } = scheduleSocialPostsTool(stubService().service);
    expect(input.safeParse({ contentItemIds: ['x'], summary: 's' }).success).toBe(false);
    expect(input.safeParse({ contentItemIds: [], summary: 's' }).success).toBe(false);
  });
});
