import {
  ApprovalEntity,
  ContentItemEntity,
  HashtagStatEntity,
  SocialEngagementStatEntity,
  type ContentItemState,
  type SocialChannel,
} from '@zactonics/db';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  adaptPost,
  bestPostingSlots,
  closestTitles,
  digestSource,
  exactTitleMatches,
  measurePost,
  nextFreeSlot,
  previewSocialPost,
  type AdaptedPost,
  type EngagementStat,
  type HashtagStat,
  type RankedSlot,
  type SocialPreview,
  type UpcomingSlot,
  type WeeklySlot,
} from '../../../engines/content/social/index.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import { todayIn, workspaceTimeZone } from '../../tax/workspace-calendar.js';
import {
  allowedMove,
  contentNotFound,
  lockItem,
  type ContentScope,
} from '../items/content-item-records.js';

/** Who acts: the workspace and the actor the audit log names (a RequestContext is one). */
export type SocialScope = ContentScope;

export interface AdaptCommand {
  sourceTitle: string;
  channels: readonly SocialChannel[];
  /** The run adapting; re-adapting the same post in the same run updates its drafts. */
  runId: string | null;
}

export interface AdaptedSocialPost {
  contentItemId: string;
  channel: SocialChannel;
  state: ContentItemState;
  post: AdaptedPost;
  suggestedAt: Date;
  /** Why that time, in words. */
  reason: string;
}

export interface AdaptResult {
  source: { id: string; title: string; url: string | null };
  timeZone: string;
  posts: AdaptedSocialPost[];
}

export interface ScheduleCommand {
  contentItemIds: readonly string[];
  /** The approval of this very scheduling; nothing is scheduled without one. */
  approvalId: string | null;
}

export interface ScheduledSocialPost {
  contentItemId: string;
  channel: SocialChannel;
  scheduledFor: Date;
  /** Moved to the next free slot because the suggested time had passed. */
  moved: boolean;
}

export interface SocialQueueEntry {
  item: ContentItemEntity;
  channel: SocialChannel;
  /** Its scheduled time has come: a person should post it now. */
  due: boolean;
  source: { id: string; title: string; url: string | null } | null;
}

/** The tool whose approvals schedule social posts (its input names the items). */
export const SCHEDULE_TOOL = 'schedule_social_posts';

/** A suggested time is at least this far ahead: a person has to approve the post first. */
const REVIEW_LEAD_MINUTES = 60;
/** The posting hours tried, best first, from the stored stats. */
const RANKED_SLOTS = 3;
/**
 * When a platform has no stored engagement at all: Tuesday to Thursday at 10:00, a labelled
 * default (mid-week mornings are the commonly cited safe choice), never presented as data.
 */
const DEFAULT_SLOTS: readonly WeeklySlot[] = [
  { weekday: 2, hour: 10 },
  { weekday: 3, hour: 10 },
  { weekday: 4, hour: 10 },
];
const CHANNEL_NAMES: Record<SocialChannel, string> = {
  x: 'X thread',
  linkedin: 'LinkedIn post',
  instagram: 'Instagram carousel',
  facebook: 'Facebook post',
};
const STATE_WORDS: Record<ContentItemState, string> = {
  IDEA: 'an idea',
  DRAFTING: 'drafting',
  IN_REVIEW: 'in review',
  APPROVED: 'approved',
  SCHEDULED: 'scheduled',
  PUBLISHED: 'published',
};
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Social posts adapted from the shop's blog posts, and the social scheduling queue (issue 16).
 * `adapt` writes one SOCIAL_POST per channel, IN_REVIEW, at a suggested time from the stored
 * engagement stats; `schedule` carries out a person's approval of them (SCHEDULED, once);
 * the queue shows what is due, and `markPublished` records the post a person made by hand (no
 * social network adapter exists). The writing and ranking are the social engine's.
 */
export class SocialContentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Adapts the blog post titled `sourceTitle` (case-insensitive, exact) for each channel.
   * CONTENT_NOT_FOUND names up to three close titles. Within one run, a channel's post already
   * adapted from this source is rewritten in place while IN_REVIEW (and left alone once it has
   * moved on), so repeating the call never duplicates.
   */
  async adapt(scope: SocialScope, command: AdaptCommand): Promise<AdaptResult> {
    const channels = [...new Set(command.channels)];
    if (channels.length === 0) {
      throw new DomainError('INVALID_INPUT', 'Name at least one channel to adapt the post for.', {
        field: 'channels',
      });
    }
    const source = await this.findSource(scope.workspaceId, command.sourceTitle);
    const timeZone = await workspaceTimeZone(this.dataSource, scope.workspaceId);
    const [hashtagStats, engagementStats] = await Promise.all([
      this.hashtagStats(scope.workspaceId, channels),
      this.engagementStats(scope.workspaceId, channels),
    ]);
    const digest = digestSource({
      title: source.title,
      body: source.body,
      url: source.externalUrl,
      focusKeyword: source.focusKeyword,
    });
    const now = this.clock.now();
    const posts = await this.dataSource.transaction(async (tx) => {
      // One adaptation of a source at a time: two concurrent calls of a run must not both insert.
      await tx.findOne(ContentItemEntity, {
        where: { id: source.id },
        lock: { mode: 'pessimistic_write' },
      });
      const written: AdaptedSocialPost[] = [];
      for (const channel of channels) {
        const post = adaptPost(digest, channel, hashtagStats.get(channel) ?? []);
        written.push(
          await this.saveAdapted(tx, scope, {
            source,
            channel,
            post,
            runId: command.runId,
            timeZone,
            now,
            ranked: bestPostingSlots(engagementStats.get(channel) ?? [], RANKED_SLOTS),
          }),
        );
      }
      return written;
    });
    return {
      source: { id: source.id, title: source.title, url: source.externalUrl },
      timeZone,
      posts,
    };
  }

  /**
   * Carries out a person's approval of scheduling social posts: each IN_REVIEW (or APPROVED)
   * post moves to SCHEDULED at its suggested time, or at the next free slot when that time has
   * passed. All or nothing, in one transaction. Exactly once: every post records the approval;
   * a second call with it answers what the first did, and a post scheduled under another
   * approval is refused.
   */
  async schedule(scope: SocialScope, command: ScheduleCommand): Promise<ScheduledSocialPost[]> {
    const approvalId = command.approvalId;
    const ids = [...new Set(command.contentItemIds)];
    if (!approvalId) {
      throw new DomainError(
        'APPROVAL_NOT_FOUND',
        "Nothing is scheduled without a person's approval, and this scheduling has none.",
        { contentItemIds: ids },
      );
    }
    const timeZone = await workspaceTimeZone(this.dataSource, scope.workspaceId);
    return this.dataSource.transaction(async (tx) => {
      await requireApproval(tx, scope.workspaceId, approvalId, ids);
      const items = await lockSocialItems(tx, scope.workspaceId, ids);
      const now = this.clock.now();
      const stats = await this.engagementStats(
        scope.workspaceId,
        [...new Set(items.map((i) => channelOf(i)))],
        tx,
      );
      const results: ScheduledSocialPost[] = [];
      for (const item of items) {
        const channel = channelOf(item);
        if (item.approvalId === approvalId && item.scheduledFor) {
          // Carried out already (the call retried, or the run resumed twice): answer the same.
          results.push({
            contentItemId: item.id,
            channel,
            scheduledFor: item.scheduledFor,
            moved: false,
          });
          continue;
        }
        const from = item.state;
        const steps: ContentItemState[] =
          from === 'IN_REVIEW' ? ['APPROVED', 'SCHEDULED'] : ['SCHEDULED'];
        let state = from;
        for (const to of steps) state = allowedMove({ id: item.id, state }, to, '').to;
        // The suggested time is kept unless it has passed while the post waited for a person.
        const kept = item.scheduledFor && item.scheduledFor > now ? item.scheduledFor : null;
        const moved = kept === null;
        const at =
          kept ??
          this.pickSlot(
            now,
            timeZone,
            bestPostingSlots(stats.get(channel) ?? [], RANKED_SLOTS),
            await this.takenSlots(tx, scope.workspaceId, channel, item.id),
          ).slot.at;
        await tx.update(
          ContentItemEntity,
          { id: item.id },
          { state, scheduledFor: at, plannedFor: todayIn(timeZone, at), approvalId },
        );
        await this.audit.record(
          scope.workspaceId,
          {
            actor: scope.actor,
            action: 'content.social.schedule',
            targetType: 'content_item',
            targetId: item.id,
            data: { approvalId, channel, from, scheduledFor: at.toISOString(), moved },
          },
          tx,
        );
        results.push({ contentItemId: item.id, channel, scheduledFor: at, moved });
      }
      return results;
    });
  }

  /**
   * The social scheduling queue: SCHEDULED social posts, earliest first, those scheduled before
   * `to` (default: 30 days from now) and, when `from` is given, not before it. Without `from`
   * every overdue post is included: a post whose time has passed still waits to be posted.
   */
  async queue(
    scope: SocialScope,
    range: { from?: Date | null; to?: Date | null } = {},
  ): Promise<SocialQueueEntry[]> {
    const now = this.clock.now();
    const to = range.to ?? new Date(now.getTime() + 30 * 24 * 3_600_000);
    if (range.from && range.from > to) {
      throw new DomainError('INVALID_INPUT', '`from` must not be after `to`.', { field: 'from' });
    }
    const query = this.dataSource.manager
      .createQueryBuilder(ContentItemEntity, 'item')
      .where('item.workspaceId = :workspaceId', { workspaceId: scope.workspaceId })
      .andWhere("item.kind = 'SOCIAL_POST' AND item.state = 'SCHEDULED'")
      .andWhere('item.scheduledFor < :to', { to })
      .orderBy('item.scheduledFor', 'ASC')
      .addOrderBy('item.channel', 'ASC');
    if (range.from) query.andWhere('item.scheduledFor >= :from', { from: range.from });
    const items = await query.getMany();
    return this.withSources(scope.workspaceId, items, now);
  }

  /**
   * Records that a person posted a scheduled social post by hand: PUBLISHED, with its URL and
   * the time. The same URL again answers the same; a published post is never re-pointed.
   */
  async markPublished(scope: SocialScope, id: string, url: string): Promise<SocialQueueEntry> {
    const externalUrl = requireHttpUrl(url);
    const now = this.clock.now();
    const item = await this.dataSource.transaction(async (tx) => {
      const current = await lockItem(tx, scope.workspaceId, id);
      requireSocialPost(current);
      if (current.state === 'PUBLISHED' && current.externalUrl === externalUrl) return current;
      const state = allowedMove(current, 'PUBLISHED', '').to;
      await tx.update(
        ContentItemEntity,
        { id: current.id },
        { state, externalUrl, publishedAt: now },
      );
      await this.audit.record(
        scope.workspaceId,
        {
          actor: scope.actor,
          action: 'content.social.publish',
          targetType: 'content_item',
          targetId: current.id,
          data: { channel: current.channel, externalUrl, scheduledFor: current.scheduledFor },
        },
        tx,
      );
      return tx.findOneByOrFail(ContentItemEntity, { id: current.id });
    });
    const [entry] = await this.withSources(scope.workspaceId, [item], now);
    return entry as SocialQueueEntry;
  }

  /** A text measured for a platform (the console's live preview); no database. */
  preview(channel: SocialChannel, text: string): SocialPreview {
    if (text.length > 20_000) {
      throw new DomainError('INVALID_INPUT', 'A preview takes at most 20,000 characters.', {
        field: 'text',
      });
    }
    return previewSocialPost(channel, text);
  }

  private async findSource(workspaceId: string, title: string): Promise<ContentItemEntity> {
    const posts = await this.dataSource.manager.find(ContentItemEntity, {
      where: { workspaceId, kind: 'BLOG_POST' },
      select: { id: true, title: true, state: true, updatedAt: true },
    });
    // Titles may repeat: the published one, else the most recently edited.
    const exact = exactTitleMatches(title, posts).sort(
      (a, b) =>
        Number(b.state === 'PUBLISHED') - Number(a.state === 'PUBLISHED') ||
        b.updatedAt.getTime() - a.updatedAt.getTime(),
    );
    if (exact[0])
      return this.dataSource.manager.findOneByOrFail(ContentItemEntity, { id: exact[0].id });
    const close = closestTitles(title, posts, 3).map((p) => p.title);
    throw new DomainError(
      'CONTENT_NOT_FOUND',
      close.length > 0
        ? `No blog post is titled "${title.trim()}". Closest titles: ${close.map((t) => `"${t}"`).join(', ')}.`
        : `No blog post is titled "${title.trim()}", and none has a similar title (${posts.length} blog posts).`,
      { sourceTitle: title, closestTitles: close },
    );
  }

  private async saveAdapted(
    tx: EntityManager,
    scope: SocialScope,
    args: {
      source: ContentItemEntity;
      channel: SocialChannel;
      post: AdaptedPost;
      runId: string | null;
      timeZone: string;
      now: Date;
      ranked: RankedSlot[];
    },
  ): Promise<AdaptedSocialPost> {
    const { source, channel, post, runId, timeZone, now } = args;
    const existing = await tx.findOne(ContentItemEntity, {
      where: {
        workspaceId: scope.workspaceId,
        kind: 'SOCIAL_POST',
        sourceItemId: source.id,
        channel,
        runId: runId ?? IsNull(),
      },
      order: { createdAt: 'DESC' },
    });
    const taken = await this.takenSlots(tx, scope.workspaceId, channel, existing?.id ?? null);
    const { slot, reason } = this.pickSlot(now, timeZone, args.ranked, taken);
    if (existing && existing.state !== 'IN_REVIEW') {
      // Approved, scheduled or published since: a repeated call answers what is stored.
      return {
        contentItemId: existing.id,
        channel,
        state: existing.state,
        post: {
          channel,
          text: existing.body,
          parts: existing.parts,
          hashtags: existing.hashtags,
          hashtagSuggestions: post.hashtagSuggestions,
          length: measurePost(channel, existing.body, existing.parts),
        },
        suggestedAt: existing.scheduledFor ?? slot.at,
        reason: `Already ${STATE_WORDS[existing.state]} in this run; left as it is.`,
      };
    }
    const fields = {
      title: `${source.title} (${CHANNEL_NAMES[channel]})`,
      body: post.text,
      parts: post.parts,
      hashtags: post.hashtags,
      focusKeyword: source.focusKeyword,
      scheduledFor: slot.at,
      plannedFor: todayIn(timeZone, slot.at),
    };
    let id: string;
    if (existing) {
      await tx.update(ContentItemEntity, { id: existing.id }, fields);
      id = existing.id;
    } else {
      const created = await tx.save(
        tx.create(ContentItemEntity, {
          ...fields,
          workspaceId: scope.workspaceId,
          kind: 'SOCIAL_POST',
          channel,
          state: 'IN_REVIEW',
          sourceItemId: source.id,
          runId,
        }),
      );
      id = created.id;
    }
    await this.audit.record(
      scope.workspaceId,
      {
        actor: scope.actor,
        action: existing ? 'content.social.readapt' : 'content.social.adapt',
        targetType: 'content_item',
        targetId: id,
        data: { sourceItemId: source.id, channel, runId, suggestedAt: slot.at.toISOString() },
      },
      tx,
    );
    return {
      contentItemId: id,
      channel,
      state: 'IN_REVIEW',
      post,
      suggestedAt: slot.at,
      reason,
    };
  }

  /**
   * The soonest time, at least an hour ahead, on one of the platform's best stored hours that no
   * other post of the platform holds, with the reason in words (all top hours are good ones, so
   * the soonest wins over waiting a week for the very best); the labelled default hours when the
   * platform has no stats; the soonest even if taken when all are taken for eight weeks.
   */
  private pickSlot(
    now: Date,
    timeZone: string,
    ranked: readonly RankedSlot[],
    taken: readonly Date[],
  ): { slot: UpcomingSlot; reason: string } {
    const earliest = new Date(now.getTime() + REVIEW_LEAD_MINUTES * 60_000);
    const slots = ranked.length > 0 ? ranked : DEFAULT_SLOTS;
    const slot =
      nextFreeSlot(earliest, timeZone, slots, taken) ??
      (nextFreeSlot(earliest, timeZone, slots, []) as UpcomingSlot);
    // "Tuesday 2026-12-08 10:00 (America/Chicago)": the local ISO time carries the shop's date.
    const local = `${WEEKDAYS[slot.weekday]} ${slot.local.slice(0, 10)} ${slot.local.slice(11, 16)} (${timeZone})`;
    const stat = ranked.find((r) => r.weekday === slot.weekday && r.hour === slot.hour);
    if (!stat) {
      return {
        slot,
        reason: `${local}: no engagement stats are stored for this platform, so a mid-week morning default is used.`,
      };
    }
    const rank = ranked.indexOf(stat) + 1;
    return {
      slot,
      reason:
        `${local}: ${percent(stat.engagementRate)} engagement over ${stat.posts} posts, ` +
        `${percent(stat.score)} once weighed toward the platform's ${percent(stat.platformMean)} mean; ` +
        `the soonest free time among the ${ranked.length} best stored hours (#${rank}).`,
    };
  }

  /** The times other social posts of the channel hold (scheduled or suggested and in review). */
  private async takenSlots(
    tx: EntityManager,
    workspaceId: string,
    channel: SocialChannel,
    exceptId: string | null,
  ): Promise<Date[]> {
    const rows = await tx.find(ContentItemEntity, {
      where: {
        workspaceId,
        kind: 'SOCIAL_POST',
        channel,
        state: In(['IN_REVIEW', 'APPROVED', 'SCHEDULED'] as ContentItemState[]),
      },
      select: { id: true, scheduledFor: true },
    });
    return rows.flatMap((r) => (r.id !== exceptId && r.scheduledFor ? [r.scheduledFor] : []));
  }

  private async hashtagStats(
    workspaceId: string,
    channels: readonly SocialChannel[],
  ): Promise<Map<SocialChannel, HashtagStat[]>> {
    const rows = await this.dataSource.manager.find(HashtagStatEntity, {
      where: { workspaceId, platform: In([...channels]) },
      order: { hashtag: 'ASC' },
    });
    return groupBy(
      rows,
      (r) => r.platform,
      (r) => ({
        hashtag: r.hashtag,
        topic: r.topic,
        posts: r.posts,
        avgEngagementRate: Number(r.avgEngagementRate),
      }),
    );
  }

  private async engagementStats(
    workspaceId: string,
    channels: readonly SocialChannel[],
    tx: EntityManager = this.dataSource.manager,
  ): Promise<Map<SocialChannel, EngagementStat[]>> {
    const rows = await tx.find(SocialEngagementStatEntity, {
      where: { workspaceId, platform: In([...channels]) },
    });
    return groupBy(
      rows,
      (r) => r.platform,
      (r) => ({
        weekday: r.weekday,
        hour: r.hour,
        posts: r.posts,
        engagementRate: Number(r.engagementRate),
      }),
    );
  }

  private async withSources(
    workspaceId: string,
    items: ContentItemEntity[],
    now: Date,
  ): Promise<SocialQueueEntry[]> {
    const sourceIds = [...new Set(items.flatMap((i) => (i.sourceItemId ? [i.sourceItemId] : [])))];
    const sources =
      sourceIds.length > 0
        ? await this.dataSource.manager.find(ContentItemEntity, {
            where: { workspaceId, id: In(sourceIds) },
            select: { id: true, title: true, externalUrl: true },
          })
        : [];
    const byId = new Map(sources.map((s) => [s.id, s]));
    return items.map((item) => {
      const source = item.sourceItemId ? byId.get(item.sourceItemId) : undefined;
      return {
        item,
        channel: channelOf(item),
        due: item.state === 'SCHEDULED' && item.scheduledFor !== null && item.scheduledFor <= now,
        source: source ? { id: source.id, title: source.title, url: source.externalUrl } : null,
      };
    });
  }
}

/**
 * The approval must be a person's yes to scheduling these very posts: approved, in this
 * workspace, for schedule_social_posts, its input naming every one of them.
 */
async function requireApproval(
  tx: EntityManager,
  workspaceId: string,
  approvalId: string,
  ids: readonly string[],
): Promise<void> {
  const approval = isId(approvalId)
    ? await tx.findOneBy(ApprovalEntity, { id: approvalId, workspaceId })
    : null;
  const approved = (approval?.toolInput as { contentItemIds?: unknown } | null | undefined)
    ?.contentItemIds;
  const covers = Array.isArray(approved) && ids.every((id) => approved.includes(id));
  if (
    !approval ||
    approval.status !== 'APPROVED' ||
    approval.toolName !== SCHEDULE_TOOL ||
    !covers
  ) {
    throw new DomainError(
      'APPROVAL_NOT_FOUND',
      `Approval ${approvalId} is not a person's approval to schedule these social posts, so nothing was scheduled.`,
      { approvalId, contentItemIds: ids },
    );
  }
}

/** The social posts, locked in id order (no deadlock between two callers); any unknown id is not found. */
async function lockSocialItems(
  tx: EntityManager,
  workspaceId: string,
  ids: readonly string[],
): Promise<ContentItemEntity[]> {
  const valid = ids.filter(isId);
  const items =
    valid.length > 0
      ? await tx.find(ContentItemEntity, {
          where: { workspaceId, id: In(valid) },
          order: { id: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        })
      : [];
  const missing = ids.find((id) => !items.some((i) => i.id === id));
  if (missing) throw contentNotFound(missing);
  items.forEach(requireSocialPost);
  // In the caller's order, for answers that read as asked.
  return ids.map((id) => items.find((i) => i.id === id) as ContentItemEntity);
}

function requireSocialPost(item: ContentItemEntity): void {
  if (item.kind !== 'SOCIAL_POST') {
    throw new DomainError(
      'INVALID_INPUT',
      `"${item.title}" is a blog post, not a social post; blog posts are published with publish_blog_post.`,
      { field: 'contentItemId', contentItemId: item.id },
    );
  }
}

function channelOf(item: ContentItemEntity): SocialChannel {
  // The database requires a channel on every social post (ck_content_item_kind_channel).
  return item.channel as SocialChannel;
}

function requireHttpUrl(url: string): string {
  const trimmed = url.trim();
  const parsed = URL.canParse(trimmed) ? new URL(trimmed) : null;
  if (
    !parsed ||
    (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') ||
    trimmed.length > 2000
  ) {
    throw new DomainError('INVALID_INPUT', `"${url}" is not a web address (http or https).`, {
      field: 'url',
    });
  }
  return trimmed;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function groupBy<R, V>(
  rows: readonly R[],
  key: (row: R) => SocialChannel,
  value: (row: R) => V,
): Map<SocialChannel, V[]> {
  const map = new Map<SocialChannel, V[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), value(row)]);
  return map;
}
