import { ContentFeedEntity, type ContentFeedStatus } from '@zactonics/db';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import { parseFeedDocument, type FeedItem } from '../../../engines/content/trends/index.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import { forbidden } from '../../admin-users/operation-access.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import {
  DEFAULT_FEED_FETCH_LIMITS,
  fetchFeed,
  type FeedFetchLimits,
  type FetchFunction,
} from './feed-fetch.js';

export interface ContentFeed {
  id: string;
  title: string;
  url: string;
  topic: string;
  lastFetchedAt: Date | null;
  lastStatus: ContentFeedStatus | null;
  lastError: string | null;
  /** Items stored from this feed. */
  itemCount: number;
  /** The newest stored item's date. */
  latestItemAt: Date | null;
  createdAt: Date;
}

export interface AddFeedInput {
  url: string;
  /** Omitted: the feed's own title, taken at its first refresh (its host until then). */
  title?: string | null;
  /** The niche it watches ("loose-leaf tea"). */
  topic: string;
}

export interface FeedRefreshOutcome {
  feedId: string;
  title: string;
  url: string;
  status: ContentFeedStatus;
  /** Items stored by this refresh (new GUIDs and URLs only). */
  newItems: number;
  /** Items the feed listed (0 for NOT_MODIFIED and ERROR). */
  itemsInFeed: number;
  /** Why the refresh failed (ERROR only). */
  error: string | null;
}

export interface FeedIngestionOptions {
  /** Global fetch by default; tests pass it explicitly only to count calls. */
  fetch?: FetchFunction;
  limits?: Partial<FeedFetchLimits>;
  /** Feeds fetched at once by one refresh. */
  concurrency?: number;
}

const MAX_URL_LENGTH = 2000;
const MAX_TITLE_LENGTH = 200;
const MAX_TOPIC_LENGTH = 100;

/**
 * The feeds a shop watches and their ingestion (issue 16, trend monitoring). `refresh` is the
 * only place the hub fetches feeds: a conditional GET per feed, new items stored once (by the
 * feed's GUID and by URL across the workspace's feeds), the answer recorded on the feed. A
 * failing feed is reported and the others still ingest. Runs never fetch: the trends tool reads
 * what is stored.
 */
export class FeedIngestionService {
  private readonly fetchFn: FetchFunction;
  private readonly limits: FeedFetchLimits;
  private readonly concurrency: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    options: FeedIngestionOptions = {},
  ) {
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.limits = { ...DEFAULT_FEED_FETCH_LIMITS, ...options.limits };
    this.concurrency = Math.max(1, options.concurrency ?? 4);
  }

  /** The workspace's feeds, by topic then title, with what their last fetch answered. */
  async feeds(ctx: RequestContext): Promise<ContentFeed[]> {
    const rows = (await this.dataSource.query(
      `SELECT f.id, f.title, f.url, f.topic, f.last_fetched_at AS "lastFetchedAt",
              f.last_status AS "lastStatus", f.last_error AS "lastError", f.created_at AS "createdAt",
              count(i.id)::int AS "itemCount", max(i.published_at) AS "latestItemAt"
         FROM content_feed f
         LEFT JOIN content_feed_item i ON i.feed_id = f.id
        WHERE f.workspace_id = $1
        GROUP BY f.id
        ORDER BY f.topic, f.title, f.url`,
      [ctx.workspaceId],
    )) as ContentFeed[];
    return rows.map((row) => ({
      ...row,
      lastFetchedAt: dateOrNull(row.lastFetchedAt),
      latestItemAt: dateOrNull(row.latestItemAt),
      createdAt: new Date(row.createdAt),
    }));
  }

  /**
   * Watches a feed. INVALID_INPUT for a URL that is not http(s) or a missing topic;
   * CONTENT_FEED_EXISTS when the workspace already watches that URL. Nothing is fetched here.
   */
  async addFeed(ctx: RequestContext, input: AddFeedInput): Promise<ContentFeed> {
    requireWriter(ctx);
    const url = feedUrl(input.url);
    const topic = input.topic?.trim().toLowerCase() ?? '';
    if (topic === '' || topic.length > MAX_TOPIC_LENGTH) {
      throw invalid(
        'topic',
        `Say which topic the feed watches (1 to ${MAX_TOPIC_LENGTH} characters).`,
      );
    }
    const title = input.title?.trim() || new URL(url).host;
    if (title.length > MAX_TITLE_LENGTH) {
      throw invalid('title', `A feed title has at most ${MAX_TITLE_LENGTH} characters.`);
    }
    try {
      return await this.dataSource.transaction(async (tx) => {
        const feed = await tx.save(
          tx.create(ContentFeedEntity, { workspaceId: ctx.workspaceId, title, url, topic }),
        );
        await this.audit.record(
          ctx.workspaceId,
          {
            actor: ctx.actor,
            action: 'content_feed.add',
            targetType: 'content_feed',
            targetId: feed.id,
            data: { url, topic, title },
          },
          tx,
        );
        return feedView(feed, 0, null);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_content_feed_workspace_url')) {
        throw new DomainError('CONTENT_FEED_EXISTS', `This workspace already watches ${url}.`, {
          url,
        });
      }
      throw error;
    }
  }

  /** Stops watching a feed; its stored items go with it. CONTENT_FEED_NOT_FOUND otherwise. */
  async removeFeed(ctx: RequestContext, id: string): Promise<ContentFeed> {
    requireWriter(ctx);
    const feed = (await this.feeds(ctx)).find((candidate) => candidate.id === id);
    if (!isId(id) || !feed) throw feedNotFound(id);
    await this.dataSource.transaction(async (tx) => {
      await tx.delete(ContentFeedEntity, { id, workspaceId: ctx.workspaceId });
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'content_feed.remove',
          targetType: 'content_feed',
          targetId: id,
          data: { url: feed.url, topic: feed.topic, items: feed.itemCount },
        },
        tx,
      );
    });
    return feed;
  }

  /**
   * Fetches each feed (all, or `feedIds`) and stores what is new. One outcome per feed, in the
   * order of `feeds()`. CONTENT_FEED_NOT_FOUND when an id is not one of the workspace's feeds.
   */
  async refresh(
    ctx: RequestContext,
    input: { feedIds?: readonly string[] | null } = {},
  ): Promise<FeedRefreshOutcome[]> {
    requireWriter(ctx);
    const all = await this.dataSource.manager.find(ContentFeedEntity, {
      where: { workspaceId: ctx.workspaceId },
      order: { topic: 'ASC', title: 'ASC', url: 'ASC' },
    });
    const wanted = input.feedIds ? new Set(input.feedIds) : null;
    if (wanted) {
      const known = new Set(all.map((feed) => feed.id));
      const missing = [...wanted].find((id) => !known.has(id));
      if (missing !== undefined) throw feedNotFound(missing);
    }
    const feeds = wanted ? all.filter((feed) => wanted.has(feed.id)) : all;
    const outcomes: FeedRefreshOutcome[] = new Array(feeds.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < feeds.length) {
        const index = next;
        next += 1;
        outcomes[index] = await this.refreshOne(ctx, feeds[index] as ContentFeedEntity);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, feeds.length) }, worker));
    return outcomes;
  }

  private async refreshOne(
    ctx: RequestContext,
    feed: ContentFeedEntity,
  ): Promise<FeedRefreshOutcome> {
    const fetched = await fetchFeed(
      this.fetchFn,
      feed.url,
      { etag: feed.etag, lastModified: feed.lastModified },
      this.limits,
      ctx.signal,
    );
    const now = this.clock.now();
    const outcome = (status: ContentFeedStatus, extra: Partial<FeedRefreshOutcome> = {}) => ({
      feedId: feed.id,
      title: feed.title,
      url: feed.url,
      status,
      newItems: 0,
      itemsInFeed: 0,
      error: null,
      ...extra,
    });

    if (fetched.kind === 'NOT_MODIFIED') {
      // No item is read or written; only the feed's bookkeeping says it was checked.
      await this.recordStatus(feed.id, {
        lastFetchedAt: now,
        lastStatus: 'NOT_MODIFIED',
        lastError: null,
      });
      return outcome('NOT_MODIFIED');
    }
    if (fetched.kind === 'ERROR') {
      await this.recordStatus(feed.id, {
        lastFetchedAt: now,
        lastStatus: 'ERROR',
        lastError: fetched.message,
      });
      return outcome('ERROR', { error: fetched.message });
    }
    const parsed = parseFeedDocument(fetched.body);
    if (!parsed.ok) {
      const message = `${parsed.code}: ${parsed.message}`;
      // This answer's validators are not stored: the next refresh fetches the feed whole again.
      await this.recordStatus(feed.id, {
        lastFetchedAt: now,
        lastStatus: 'ERROR',
        lastError: message,
      });
      return outcome('ERROR', { error: message });
    }

    const newItems = await this.dataSource.transaction(async (tx) => {
      const inserted = (await tx.query(
        `INSERT INTO content_feed_item
           (workspace_id, feed_id, guid, url, title, summary, published_at, first_seen_at)
         SELECT $1, $2, i.guid, i.url, i.title, i.summary, i.published_at, $3
           FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
                WITH ORDINALITY AS i(guid, url, title, summary, published_at, n)
          ORDER BY i.n
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          ctx.workspaceId,
          feed.id,
          now.toISOString(),
          parsed.items.map((item) => item.guid),
          parsed.items.map((item) => item.url),
          parsed.items.map((item) => item.title),
          parsed.items.map((item) => item.summary),
          parsed.items.map((item: FeedItem) => item.publishedAt?.toISOString() ?? null),
        ],
      )) as Array<{ id: string }>;
      // A feed added without a title takes its own once it is known.
      const ownTitle =
        feed.title === new URL(feed.url).host && parsed.title
          ? parsed.title.slice(0, MAX_TITLE_LENGTH)
          : null;
      await tx.update(
        ContentFeedEntity,
        { id: feed.id },
        {
          etag: fetched.etag,
          lastModified: fetched.lastModified,
          lastFetchedAt: now,
          lastStatus: 'OK',
          lastError: null,
          ...(ownTitle ? { title: ownTitle } : {}),
        },
      );
      return inserted.length;
    });
    return outcome('OK', { newItems, itemsInFeed: parsed.items.length });
  }

  private async recordStatus(
    feedId: string,
    status: { lastFetchedAt: Date; lastStatus: ContentFeedStatus; lastError: string | null },
  ): Promise<void> {
    await this.dataSource.manager.update(ContentFeedEntity, { id: feedId }, status);
  }
}

function requireWriter(ctx: RequestContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(
      `Your role (${String(ctx.role).toLowerCase()}) cannot change the shop's feeds.`,
    );
  }
}

/** An absolute http(s) URL without credentials, as the feed's identity (normalized by URL). */
function feedUrl(raw: string): string {
  const text = raw?.trim() ?? '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('url', 'Give the feed as a full http:// or https:// address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid(
      'url',
      `A feed is fetched over http or https, not ${url.protocol.replace(':', '')}.`,
    );
  }
  if (url.username || url.password) {
    throw invalid('url', 'A feed address may not carry a user name or password.');
  }
  const normalized = url.toString();
  if (normalized.length > MAX_URL_LENGTH) {
    throw invalid('url', `A feed address has at most ${MAX_URL_LENGTH} characters.`);
  }
  return normalized;
}

function feedView(
  feed: ContentFeedEntity,
  itemCount: number,
  latestItemAt: Date | null,
): ContentFeed {
  return {
    id: feed.id,
    title: feed.title,
    url: feed.url,
    topic: feed.topic,
    lastFetchedAt: feed.lastFetchedAt,
    lastStatus: feed.lastStatus,
    lastError: feed.lastError,
    itemCount,
    latestItemAt,
    createdAt: feed.createdAt,
  };
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, { field });
}

function feedNotFound(id: string): DomainError {
  return new DomainError('CONTENT_FEED_NOT_FOUND', 'No such feed in this workspace.', { id });
}

function dateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  return (
    driverError?.code === '23505' &&
    (driverError.constraint === constraint || error.message.includes(constraint))
  );
}
