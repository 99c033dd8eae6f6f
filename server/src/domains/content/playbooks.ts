import { z } from 'zod';
import type { Playbook } from '../../runtime/playbook.js';
import { blogPostAnswer, socialAnswer, trendsAnswer } from './answers.js';
import { socialScheduleSummary, type AdaptForSocialOutput } from './tools/adapt-for-social.tool.js';
import type { DraftBlogPostOutput } from './tools/draft-blog-post.tool.js';
import type { MonitorTrendsOutput } from './tools/monitor-trends.tool.js';

const trends = z.object({ topics: z.array(z.string().trim().min(1).max(100)).min(1).max(20) });

/** Reads what is stored (series, keywords, feeds, the archive); fetching feeds is not its job. */
const trendMonitoring: Playbook<z.infer<typeof trends>> = {
  agentKey: 'content',
  scenarioKey: 'trend-monitoring',
  input: trends,
  plan: (input, previous) => (previous.length === 0 ? [{ name: 'monitor_trends', input }] : []),
  respond: (_input, results) =>
    trendsAnswer(results[0]?.ok ? (results[0].output as MonitorTrendsOutput) : undefined),
};

const blogPost = z.object({
  topic: z.string().trim().min(3).max(300),
  keywords: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});

/**
 * Drafts the post (saved in review, pushed to WordPress as a draft when connected), then asks to
 * publish it: publication always waits for a person, who may rewrite the body first. Offline the
 * body is the labelled outline with section briefs; with a model, the model writes the post.
 */
const blogPostDraft: Playbook<z.infer<typeof blogPost>> = {
  agentKey: 'content',
  scenarioKey: 'blog-post-draft',
  input: blogPost,
  // A routed message ("write a post about caring for stoneware") is the topic itself.
  fromMessage: (message) => ({ topic: message }),
  plan: (input, previous) => {
    if (previous.length === 0) return [{ name: 'draft_blog_post', input }];
    const draft = previous[0];
    if (previous.length === 1 && draft?.ok) {
      const { contentItemId, body } = draft.output as DraftBlogPostOutput;
      return [{ name: 'publish_blog_post', input: { contentItemId, body } }];
    }
    return [];
  },
  respond: (_input, results) => blogPostAnswer(results),
};

const social = z.object({
  sourceTitle: z.string().trim().min(3).max(300),
  channels: z.array(z.enum(['instagram', 'linkedin', 'x', 'facebook'])).min(1),
});

/** Adapts a published post per channel (in review), then asks to schedule them: always reviewed. */
const socialAdaptation: Playbook<z.infer<typeof social>> = {
  agentKey: 'content',
  scenarioKey: 'social-adaptation',
  input: social,
  plan: (input, previous) => {
    if (previous.length === 0) return [{ name: 'adapt_for_social', input }];
    const adapted = previous[0];
    if (previous.length !== 1 || !adapted?.ok) return [];
    const output = adapted.output as AdaptForSocialOutput;
    return [
      {
        name: 'schedule_social_posts',
        input: {
          contentItemIds: output.posts.map((post) => post.contentItemId),
          summary: socialScheduleSummary(output),
        },
      },
    ];
  },
  respond: (_input, results) => socialAnswer(results),
};

export const CONTENT_PLAYBOOKS: Playbook[] = [trendMonitoring, blogPostDraft, socialAdaptation];
