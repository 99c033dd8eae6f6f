import type { ContentItemState } from '@zactonics/db';
import { z } from 'zod';
import { OFFLINE_DRAFT_LABEL } from '../../../engines/content/outline/index.js';
import type { ContentDraftingService } from '../../../modules/content/drafting/content-drafting.service.js';
import type { ContentPublishingService } from '../../../modules/content/publishing/content-publishing.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

// The title and meta description are the item's (as drafted, or as a person edited them in the
// console); a person reviews and may rewrite the body.
const input = z.object({
  contentItemId: z.uuid(),
  body: z.string().trim().min(1).max(100_000),
});

export interface PublishBlogPostOutput {
  contentItemId: string;
  /** PUBLISHED; SCHEDULED (published by WordPress at the item's time); APPROVED without a CMS. */
  state: ContentItemState;
  /** NOT_WRITTEN: the approved text was still the offline outline; nothing was published. */
  cmsStatus: 'PUBLISHED' | 'SCHEDULED' | 'NOT_CONFIGURED' | 'NOT_WRITTEN';
  externalUrl: string | null;
  publishedAt: string | null;
  scheduledFor: string | null;
  message: string;
}

/**
 * Publishes a drafted blog post to the shop's blog. Declared as a publication: it always waits
 * for a person, whatever the agent's policy, who may edit the body; the approved post is
 * published once (the approval is recorded on the item). Without WordPress configured the post
 * is approved in the hub and the output says it is ready to publish once WordPress is connected.
 */
export function publishBlogPostTool(
  publishing: ContentPublishingService,
  drafting: ContentDraftingService,
): Tool<z.infer<typeof input>, PublishBlogPostOutput> {
  return {
    name: 'publish_blog_post',
    description:
      "Publishes a drafted blog post (by its contentItemId) to the shop's blog with the markdown body given, under the post's title and meta description (as drafted or as a person edited them). Always waits for a person's approval first, who may rewrite the body.",
    input,
    review: { kind: 'publication', textField: 'body' },
    execute: (ctx, call) =>
      asTool(async () => {
        const scope = { workspaceId: ctx.workspaceId, actor: `agent:${ctx.agentKey}` };
        const text = { contentItemId: call.contentItemId, body: call.body };
        if (call.body.includes(OFFLINE_DRAFT_LABEL)) return keptAsOutline(publishing, scope, call);
        // The item keeps the SEO pass and readability of what is published, not of the draft.
        const analysis = await drafting.analyzeFinalText(
          { ...scope, role: 'VIEWER', userId: null },
          text,
        );
        const result = await publishing.publish(scope, {
          ...text,
          approvalId: ctx.approvalId ?? null,
          runId: ctx.runId,
          ...(analysis ?? {}),
        });
        return {
          contentItemId: result.contentItemId,
          state: result.state,
          cmsStatus: result.cmsStatus,
          externalUrl: result.externalUrl,
          publishedAt: result.publishedAt?.toISOString() ?? null,
          scheduledFor: result.scheduledFor?.toISOString() ?? null,
          message: result.message,
        };
      }),
    // A rejected publication sends the post back to drafting, with the person's reason audited.
    onRejected: async (ctx, call, reason) => {
      await publishing.returnToDrafting(
        { workspaceId: ctx.workspaceId, actor: `agent:${ctx.agentKey}` },
        call.contentItemId,
        reason?.trim() || 'Publication rejected.',
      );
    },
    summarize: (o) => o.message,
  };
}

/**
 * An approval of the offline outline as it stands (briefs, no prose) must not put an outline on
 * the shop's public blog: the post goes back to drafting, to be written and asked for again.
 */
async function keptAsOutline(
  publishing: ContentPublishingService,
  scope: { workspaceId: string; actor: string },
  call: z.infer<typeof input>,
): Promise<PublishBlogPostOutput> {
  const message =
    'Not published: the approved text is still the offline outline. Write each section from its brief (edit the body when approving, or in Content → Drafts), then ask to publish again.';
  const item = await publishing.returnToDrafting(scope, call.contentItemId, message);
  return {
    contentItemId: item.id,
    state: item.state,
    cmsStatus: 'NOT_WRITTEN',
    externalUrl: null,
    publishedAt: null,
    scheduledFor: null,
    message,
  };
}
