import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import { AddContentFeedInput } from './trends.inputs.js';
import {
  ContentFeedRefreshView,
  ContentFeedView,
  InterestSeriesView,
  TrendReportView,
} from './trends.type.js';

/**
 * Trend monitoring in the console: the watched feeds (added, removed and refreshed by owners and
 * admins: mutations), the trend report the monitor_trends tool returns, and the series to chart.
 */
@Resolver()
export class TrendsResolver {
  @Query(() => [ContentFeedView], {
    description: 'The feeds the shop watches, by topic, with what their last fetch answered.',
  })
  async contentFeeds(@Ctx() ctx: ConsoleContext): Promise<ContentFeedView[]> {
    return ctx.services.feedIngestion.feeds(ctx);
  }

  @Query(() => TrendReportView, {
    description:
      "Rising topics (growth on the prior 12 weeks and on last year, volume, difficulty), content gaps against the shop's published posts, recent headlines and data freshness. Reads stored data (with HUB_SERPAPI_KEY, stale series are fetched from Google Trends first). INVALID_INPUT for no topics or more than 20.",
  })
  async trendReport(
    @Ctx() ctx: ConsoleContext,
    @Arg('topics', () => [String]) topics: string[],
  ): Promise<TrendReportView> {
    return ctx.services.trends.trendReport(ctx, { topics });
  }

  @Query(() => [InterestSeriesView], {
    description: "Each topic's weekly search interest over the last two years (stored series).",
  })
  async searchInterest(
    @Ctx() ctx: ConsoleContext,
    @Arg('topics', () => [String]) topics: string[],
  ): Promise<InterestSeriesView[]> {
    return ctx.services.trends.searchInterest(ctx, topics);
  }

  @Mutation(() => ContentFeedView, {
    description:
      'Watches a feed (nothing is fetched until refreshContentFeeds). INVALID_INPUT for an address that is not http(s) or a missing topic; CONTENT_FEED_EXISTS for an address already watched.',
  })
  async addContentFeed(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => AddContentFeedInput) input: AddContentFeedInput,
  ): Promise<ContentFeedView> {
    return ctx.services.feedIngestion.addFeed(ctx, input);
  }

  @Mutation(() => ContentFeedView, {
    description: 'Stops watching a feed and deletes its items; CONTENT_FEED_NOT_FOUND otherwise.',
  })
  async removeContentFeed(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ContentFeedView> {
    return ctx.services.feedIngestion.removeFeed(ctx, id);
  }

  @Mutation(() => [ContentFeedRefreshView], {
    description:
      'Fetches the feeds (all, or ids) with a conditional GET and stores new items. One outcome per feed: OK with the new items, NOT_MODIFIED (HTTP 304), or ERROR with the reason; a failing feed does not stop the others. CONTENT_FEED_NOT_FOUND for an unknown id.',
  })
  async refreshContentFeeds(
    @Ctx() ctx: ConsoleContext,
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
  ): Promise<ContentFeedRefreshView[]> {
    return ctx.services.feedIngestion.refresh(ctx, { feedIds: ids });
  }
}
