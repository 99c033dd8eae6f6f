import { describe, expect, it } from 'vitest';
import { adaptPost, digestSource } from '../../../engines/content/social/index.js';
import type { ContentPublishingService } from '../../../modules/content/publishing/content-publishing.service.js';
import type { SocialContentService } from '../../../modules/content/social/social-content.service.js';
import { CONTENT_PLAYBOOKS } from '../playbooks.js';
import {
  adaptForSocialTool,
  socialScheduleSummary,
  type AdaptForSocialOutput,
} from './adapt-for-social.tool.js';
import { scheduleSocialPostsTool } from './schedule-social-posts.tool.js';

// The tools' declarations and the text a person reviews. Their calls through the real services
// are covered by the content agent's end-to-end spec (e2e/src/content-agent.e2e-spec.ts).

// Declarations never touch the services.
const social = {} as SocialContentService;
const publishing = {} as ContentPublishingService;

const digest = digestSource({
  title: 'Why we fire our stoneware twice',
  url: 'https://shop.example/blog/twice',
  focusKeyword: 'stoneware firing',
  body: 'Every mug goes through the kiln twice.\n\n## Bisque\n\nThe first firing makes bisque.',
});

function adapted(channels: Array<'x' | 'linkedin'>): AdaptForSocialOutput {
  return {
    source: { id: 'post-1', title: digest.title, url: digest.url },
    timeZone: 'America/Chicago',
    posts: channels.map((channel, i) => {
      const post = adaptPost(digest, channel, []);
      return {
        contentItemId: `item-${i}`,
        channel,
        state: 'IN_REVIEW',
        text: post.text,
        parts: post.parts,
        hashtags: post.hashtags,
        length: post.length,
        suggestedAt: '2026-11-30T15:00:00.000Z',
        reason: 'Monday 2026-11-30 09:00 (America/Chicago): the best stored hour.',
      };
    }),
  };
}

describe('adapt_for_social', () => {
  it('takes exactly the social-adaptation playbook input', () => {
    const playbook = CONTENT_PLAYBOOKS.find((p) => p.scenarioKey === 'social-adaptation');
    const sample = { sourceTitle: 'Why we fire our stoneware twice', channels: ['x', 'linkedin'] };
    const { input } = adaptForSocialTool(social);
    expect(input.parse(sample)).toEqual(playbook?.input.parse(sample));
    expect(input.safeParse({ ...sample, channels: [] }).success).toBe(false);
  });

  it('writes the summary a person reviews: each post as it goes out, with its time', () => {
    const summary = socialScheduleSummary(adapted(['x', 'linkedin']));
    expect(summary).toContain('Social posts adapted from "Why we fire our stoneware twice":');
    expect(summary).toContain(
      'X thread of 3, Monday 2026-11-30 09:00 (America/Chicago): the best stored hour.\n\n(1) Every mug goes through the kiln twice. 1/3',
    );
    expect(summary).toContain(`LinkedIn post, Monday 2026-11-30 09:00`);
  });
});

describe('schedule_social_posts', () => {
  it('is a publication: a person always reviews the summary first, and cannot edit it', () => {
    expect(scheduleSocialPostsTool(social, publishing).review).toEqual({
      kind: 'publication',
      textField: 'summary',
      editable: false,
    });
  });

  it('refuses ids that are not uuids and an empty list', () => {
    const { input } = scheduleSocialPostsTool(social, publishing);
    expect(input.safeParse({ contentItemIds: ['x'], summary: 's' }).success).toBe(false);
    expect(input.safeParse({ contentItemIds: [], summary: 's' }).success).toBe(false);
  });
});
