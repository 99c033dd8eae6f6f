import type { SocialChannel } from '@zactonics/db';
import { z } from 'zod';
import type { LengthReport } from '../../../engines/content/social/index.js';
import type { SocialContentService } from '../../../modules/content/social/social-content.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

// The same input as the social-adaptation playbook (domains/content/playbooks.ts).
const input = z.object({
  sourceTitle: z.string().trim().min(3).max(300),
  channels: z.array(z.enum(['instagram', 'linkedin', 'x', 'facebook'])).min(1),
});

export interface AdaptedSocialPostOutput {
  contentItemId: string;
  channel: SocialChannel;
  /** IN_REVIEW, or the state a post adapted earlier in this run has moved on to. */
  state: string;
  /** The text to post: the post, the caption, or an X thread's posts separated by blank lines. */
  text: string;
  /** An X thread's posts or an Instagram carousel's slides; null for LinkedIn and Facebook. */
  parts: string[] | null;
  /** Without '#'. */
  hashtags: string[];
  /** The length against the platform's limits (X: weighted, per post). */
  length: LengthReport;
  /** ISO 8601 (UTC). */
  suggestedAt: string;
  /** Why that time, from the stored engagement stats. */
  reason: string;
}

export interface AdaptForSocialOutput {
  source: { id: string; title: string; url: string | null };
  timeZone: string;
  posts: AdaptedSocialPostOutput[];
}

/**
 * Adapts one of the shop's blog posts for social channels: an X thread, a LinkedIn post, an
 * Instagram carousel, a Facebook post, each saved IN_REVIEW with hashtags and a suggested time.
 * Nothing is posted: scheduling needs a person's approval (schedule_social_posts).
 */
export function adaptForSocialTool(
  social: SocialContentService,
): Tool<z.infer<typeof input>, AdaptForSocialOutput> {
  return {
    name: 'adapt_for_social',
    description:
      "Adapts the shop's blog post with the given title for the channels named (x, linkedin, instagram, facebook): an X thread within 280 weighted characters per post, a LinkedIn post with its hook before the fold, an Instagram carousel and caption, a short Facebook post, each with hashtags and a suggested posting time from the stored engagement stats. Saves each as a social post in review; nothing is posted.",
    input,
    execute: (ctx, call) =>
      asTool(async () => {
        const result = await social.adapt(
          { workspaceId: ctx.workspaceId, actor: `agent:${ctx.agentKey}` },
          { sourceTitle: call.sourceTitle, channels: call.channels, runId: ctx.runId },
        );
        return {
          source: result.source,
          timeZone: result.timeZone,
          posts: result.posts.map((p) => ({
            contentItemId: p.contentItemId,
            channel: p.channel,
            state: p.state,
            text: p.post.text,
            parts: p.post.parts,
            hashtags: p.post.hashtags,
            length: p.post.length,
            suggestedAt: p.suggestedAt.toISOString(),
            reason: p.reason,
          })),
        };
      }),
    summarize: (o) => `${o.posts.map(describePost).join(', ')} from "${o.source.title}", in review`,
  };
}

function describePost(post: AdaptedSocialPostOutput): string {
  if (post.channel === 'x') return `X thread of ${post.parts?.length ?? 1}`;
  if (post.channel === 'instagram')
    return `Instagram carousel of ${post.parts?.length ?? 0} slides`;
  return post.channel === 'linkedin' ? 'LinkedIn post' : 'Facebook post';
}

/**
 * The text a person reviews before schedule_social_posts: each post as it will go out, with its
 * time. The lead's playbook passes it as that tool's `summary`.
 */
export function socialScheduleSummary(output: AdaptForSocialOutput): string {
  const blocks = output.posts.map((post) => {
    const body = post.parts
      ? post.parts.map((part, i) => `(${i + 1}) ${part}`).join('\n\n')
      : post.text;
    const caption = post.channel === 'instagram' ? `\n\nCaption:\n${post.text}` : '';
    return `${describePost(post)}, ${post.reason}\n\n${body}${caption}`;
  });
  return [`Social posts adapted from "${output.source.title}":`, ...blocks].join('\n\n---\n\n');
}
