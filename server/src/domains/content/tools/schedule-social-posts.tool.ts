import type { SocialChannel } from '@zactonics/db';
import { z } from 'zod';
import type { SocialContentService } from '../../../modules/content/social/social-content.service.js';
import type { ContentPublishingService } from '../../../modules/content/publishing/content-publishing.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

const input = z.object({
  contentItemIds: z.array(z.uuid()).min(1).max(20),
  /** What a person reviews: the posts as they will go out, with their times. */
  summary: z.string().trim().min(1).max(20_000),
});

export interface ScheduleSocialPostsOutput {
  scheduled: Array<{
    contentItemId: string;
    channel: SocialChannel;
    /** ISO 8601 (UTC). */
    scheduledFor: string;
    /** True when the suggested time had passed and the next free slot was taken instead. */
    moved: boolean;
  }>;
}

/**
 * Puts adapted social posts into the scheduling queue at their suggested times. Declared a
 * publication: it always waits for a person's approval, whatever the agent's trust, and the
 * approved scheduling is carried out once. No social network is connected: when a post's time
 * comes, the console shows it as due for a person to post.
 */
export function scheduleSocialPostsTool(
  social: SocialContentService,
  publishing: ContentPublishingService,
): Tool<z.infer<typeof input>, ScheduleSocialPostsOutput> {
  return {
    name: 'schedule_social_posts',
    description:
      'Schedules social posts adapted by adapt_for_social (by their contentItemIds) at their suggested times, after a person approves; `summary` is the text the person reviews (the posts and their times).',
    input,
    // The summary describes the posts; they are edited in Content → Social, not in the inbox.
    review: { kind: 'publication', textField: 'summary', editable: false },
    execute: (ctx, call) =>
      asTool(async () => {
        const scheduled = await social.schedule(
          { workspaceId: ctx.workspaceId, actor: `agent:${ctx.agentKey}` },
          { contentItemIds: call.contentItemIds, approvalId: ctx.approvalId ?? null },
        );
        return {
          scheduled: scheduled.map((s) => ({
            contentItemId: s.contentItemId,
            channel: s.channel,
            scheduledFor: s.scheduledFor.toISOString(),
            moved: s.moved,
          })),
        };
      }),
    // Rejected: the posts go back to drafting with the person's reason, off the review list.
    onRejected: async (ctx, call, reason) => {
      const scope = { workspaceId: ctx.workspaceId, actor: `agent:${ctx.agentKey}` };
      for (const id of call.contentItemIds) {
        await publishing.returnToDrafting(scope, id, reason?.trim() || 'Scheduling rejected.');
      }
    },
    summarize: (o) =>
      `${o.scheduled.length} scheduled: ${o.scheduled.map((s) => `${s.channel} ${s.scheduledFor}`).join(', ')}`,
  };
}
