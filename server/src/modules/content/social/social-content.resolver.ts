import type { SocialChannel } from '@zactonics/db';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import { measurePost } from '../../../engines/content/social/index.js';
import { SocialChannelEnum } from '../content-enums.js';
import type { SocialQueueEntry } from './social-content.service.js';
import { SocialPostPreview, SocialQueue, SocialQueuePost } from './social-content.type.js';

export function socialQueuePostView(entry: SocialQueueEntry): SocialQueuePost {
  const { item } = entry;
  const length = measurePost(entry.channel, item.body, item.parts);
  return {
    id: item.id,
    channel: entry.channel,
    state: item.state,
    title: item.title,
    text: item.body,
    parts: item.parts,
    hashtags: item.hashtags,
    scheduledFor: item.scheduledFor,
    plannedFor: item.plannedFor,
    publishedAt: item.publishedAt,
    externalUrl: item.externalUrl,
    due: entry.due,
    sourceItemId: entry.source?.id ?? null,
    sourceTitle: entry.source?.title ?? null,
    sourceUrl: entry.source?.url ?? null,
    length: {
      unit: length.unit,
      length: length.length,
      limit: length.limit,
      withinLimit: length.withinLimit,
      parts: length.parts,
      hookLength: length.hook?.length ?? null,
      hookLimit: length.hook?.limit ?? null,
    },
  };
}

/** The social scheduling queue and previews (the Content Marketing agent). */
@Resolver()
export class SocialContentResolver {
  @Query(() => SocialQueue, {
    description:
      'Scheduled social posts, earliest first, with `due` once their time has come (no social network is connected: a person posts a due post, then marks it published). Without `from`, overdue posts are included; `to` defaults to 30 days ahead.',
  })
  async socialQueue(
    @Ctx() ctx: ConsoleContext,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
  ): Promise<SocialQueue> {
    const entries = await ctx.services.socialContent.queue(ctx, { from, to });
    const items = entries.map(socialQueuePostView);
    return { items, totalItems: items.length, dueCount: items.filter((i) => i.due).length };
  }

  @Query(() => SocialPostPreview, {
    description:
      "A text measured for one platform as the adapter measures it: X's weighted length and the thread it would become, LinkedIn's hook against the fold, Instagram's hashtag count and links.",
  })
  previewSocialPost(
    @Ctx() ctx: ConsoleContext,
    @Arg('platform', () => SocialChannelEnum) platform: SocialChannel,
    @Arg('text') text: string,
  ): SocialPostPreview {
    return ctx.services.socialContent.preview(platform, text);
  }

  @Mutation(() => SocialQueuePost, {
    description:
      'Records that a scheduled (or approved) social post was posted by hand, with its URL: PUBLISHED. The same URL again changes nothing (CONTENT_NOT_FOUND, CONTENT_STATE_INVALID, INVALID_INPUT for a URL that is not http(s)).',
  })
  async markSocialPostPublished(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('url') url: string,
  ): Promise<SocialQueuePost> {
    return socialQueuePostView(await ctx.services.socialContent.markPublished(ctx, id, url));
  }
}
