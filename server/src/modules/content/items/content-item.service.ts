import {
  ApprovalEntity,
  CONTENT_ITEM_KINDS,
  CONTENT_ITEM_STATES,
  ContentItemEntity,
  type ContentItemKind,
  type ContentItemState,
} from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import {
  groupByDay,
  nextStates,
  type CalendarDay,
} from '../../../engines/content/editorial/index.js';
import { addDays, isIsoDate } from '../../../engines/tax-rules/iso-date.js';
import type { RequestContext } from '../../../context.js';
import { DomainError } from '../../../errors.js';
import { forbidden } from '../../admin-users/operation-access.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import { assertPage } from '../../paging.js';
import { workspaceTimeZone } from '../../tax/workspace-calendar.js';
import type { ContentPublishingService } from '../publishing/content-publishing.service.js';
import { allowedMove, contentNotFound, lockItem, uniqueViolation } from './content-item-records.js';

/** A content item as the console reads it: the row, and the decision it waits for, if any. */
export type ContentItemView = ContentItemEntity & {
  pendingApproval: ApprovalEntity | null;
  /** The states a person may move it to from here (never SCHEDULED or PUBLISHED). */
  nextStates: ContentItemState[];
};

export interface ContentItemQuery {
  states?: readonly ContentItemState[] | null;
  kind?: ContentItemKind | null;
  /** YYYY-MM-DD: items on the calendar from this day (published, scheduled or planned). */
  from?: string | null;
  to?: string | null;
  first: number;
  offset: number;
}

export interface EditorialCalendarView {
  from: string;
  to: string;
  /** The shop's time zone: the days are its days. */
  timeZone: string;
  days: CalendarDay<ContentItemView>[];
}

export interface ContentDraftUpdate {
  /** Absent or null: unchanged. */
  title?: string | null;
  body?: string | null;
  /** Absent: unchanged; null or empty: cleared. */
  metaDescription?: string | null;
  slug?: string | null;
  focusKeyword?: string | null;
  plannedFor?: string | null;
}

export interface ContentIdeaInput {
  title: string;
  plannedFor?: string | null;
  focusKeyword?: string | null;
}

/** The tools whose pending approvals are about content items (their input names the items). */
const PUBLICATION_TOOLS = ['publish_blog_post', 'schedule_social_posts'];
/** States whose text a person may still edit: nothing approved changes under its approval. */
const EDITABLE: readonly ContentItemState[] = ['IDEA', 'DRAFTING', 'IN_REVIEW'];
/** The longest calendar one request reads (a quarter; a month view is at most 42 days). */
const MAX_CALENDAR_DAYS = 92;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The item's day on the shop's calendar, as `calendarPlacement` computes it in the engine. */
const CALENDAR_DAY = `COALESCE(CAST(c.published_at AT TIME ZONE :tz AS date), CAST(c.scheduled_for AT TIME ZONE :tz AS date), c.planned_for)`;

/**
 * The editorial calendar as the console sees it: content items listed, read, planned, edited and
 * moved between states by a person. Publishing (and scheduling) happens only through an approved
 * publication (ContentPublishingService); a person's moves go through the same editorial engine
 * with the by-hand rule. Every write is scoped to the caller's workspace and audited with it.
 */
export class ContentItemService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly publishing: ContentPublishingService,
  ) {}

  async list(
    ctx: RequestContext,
    query: ContentItemQuery,
  ): Promise<{ items: ContentItemView[]; totalItems: number }> {
    assertPage(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(ContentItemEntity, 'c')
      .where('c.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(query.first)
      .skip(query.offset);
    if (query.states?.length) {
      qb.andWhere('c.state IN (:...states)', {
        states: query.states.map((s) => oneOf('states', s, CONTENT_ITEM_STATES)),
      });
    }
    if (query.kind)
      qb.andWhere('c.kind = :kind', { kind: oneOf('kind', query.kind, CONTENT_ITEM_KINDS) });
    if (query.from || query.to) {
      const from = query.from ? dateField('from', query.from) : '0001-01-01';
      const to = query.to ? dateField('to', query.to) : '9999-12-31';
      qb.andWhere(`${CALENDAR_DAY} BETWEEN :from AND :to`, {
        tz: await workspaceTimeZone(this.dataSource, ctx.workspaceId),
        from,
        to,
      });
    }
    const [rows, totalItems] = await qb.getManyAndCount();
    return { items: await this.views(ctx, rows), totalItems };
  }

  /** One item; another workspace's id (or no id of ours) is CONTENT_NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<ContentItemView> {
    const item = await this.find(ctx, id);
    if (!item) throw contentNotFound(id);
    return item;
  }

  /** The item, or null (a social post's source blog post may be gone). */
  async find(ctx: RequestContext, id: string): Promise<ContentItemView | null> {
    const item = isId(id)
      ? await this.dataSource.manager.findOneBy(ContentItemEntity, {
          id,
          workspaceId: ctx.workspaceId,
        })
      : null;
    return item ? ((await this.views(ctx, [item]))[0] ?? null) : null;
  }

  /**
   * Every day from `from` to `to` (at most 92) with the items on it: published on that day,
   * else scheduled for it, else planned for it, in the shop's time zone.
   */
  async editorialCalendar(
    ctx: RequestContext,
    range: { from: string; to: string },
  ): Promise<EditorialCalendarView> {
    const from = dateField('from', range.from);
    const to = dateField('to', range.to);
    if (to < from) {
      throw invalid('to', 'RANGE_REVERSED', `to (${to}) is before from (${from}).`);
    }
    if (addDays(from, MAX_CALENDAR_DAYS - 1) < to) {
      throw invalid(
        'to',
        'RANGE_TOO_LONG',
        `The calendar shows at most ${MAX_CALENDAR_DAYS} days at once; ${from} to ${to} is longer.`,
      );
    }
    const timeZone = await workspaceTimeZone(this.dataSource, ctx.workspaceId);
    const rows = await this.dataSource.manager
      .createQueryBuilder(ContentItemEntity, 'c')
      .where('c.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .andWhere(`${CALENDAR_DAY} BETWEEN :from AND :to`, { tz: timeZone, from, to })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    return {
      from,
      to,
      timeZone,
      days: groupByDay(await this.views(ctx, rows), { from, to, timeZone }),
    };
  }

  /** A blog post idea on the calendar (IDEA), with the day it is planned for. */
  async planIdea(ctx: RequestContext, input: ContentIdeaInput): Promise<ContentItemView> {
    requireWriter(ctx);
    const title = textField('title', input.title, 3, 300);
    const plannedFor = input.plannedFor ? dateField('plannedFor', input.plannedFor) : null;
    const focusKeyword =
      optionalText('focusKeyword', input.focusKeyword, 100)?.toLowerCase() ?? null;
    const id = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(ContentItemEntity, {
          workspaceId: ctx.workspaceId,
          kind: 'BLOG_POST',
          channel: null,
          state: 'IDEA',
          title,
          plannedFor,
          focusKeyword,
        }),
      );
      await this.record(tx, ctx, 'content.idea.plan', saved.id, {
        title,
        plannedFor,
        focusKeyword,
      });
      return saved.id;
    });
    return this.get(ctx, id);
  }

  /**
   * Saves a person's edit of an item still being written or reviewed, as given (the console
   * computes SEO and readability live with the same engines; nothing is re-run here). An
   * approved, scheduled or published item is not edited: its text is what a person approved.
   */
  async updateDraft(
    ctx: RequestContext,
    id: string,
    update: ContentDraftUpdate,
  ): Promise<ContentItemView> {
    requireWriter(ctx);
    const changes: Partial<
      Pick<
        ContentItemEntity,
        'title' | 'body' | 'metaDescription' | 'focusKeyword' | 'slug' | 'plannedFor'
      >
    > = {};
    if (update.title != null) changes.title = textField('title', update.title, 3, 300);
    if (update.body != null) changes.body = textField('body', update.body, 0, 100_000, false);
    if (update.metaDescription !== undefined) {
      changes.metaDescription = optionalText('metaDescription', update.metaDescription, 320);
    }
    if (update.focusKeyword !== undefined) {
      changes.focusKeyword =
        optionalText('focusKeyword', update.focusKeyword, 100)?.toLowerCase() ?? null;
    }
    if (update.slug !== undefined) changes.slug = slugField(update.slug);
    if (update.plannedFor !== undefined) {
      changes.plannedFor = update.plannedFor ? dateField('plannedFor', update.plannedFor) : null;
    }
    await this.dataSource.transaction(async (tx) => {
      const item = await lockItem(tx, ctx.workspaceId, id);
      if (!EDITABLE.includes(item.state)) {
        throw new DomainError(
          'CONTENT_STATE_INVALID',
          `"${item.title}" is ${item.state.toLowerCase()}: its text is what a person approved. Move it back to review to change it.`,
          { contentItemId: item.id, state: item.state },
        );
      }
      if (changes.slug && item.kind !== 'BLOG_POST') {
        throw invalid('slug', 'NOT_A_BLOG_POST', 'Only a blog post has a slug.');
      }
      if (Object.keys(changes).length === 0) return;
      try {
        await tx.update(ContentItemEntity, { id: item.id }, changes);
      } catch (error) {
        if (uniqueViolation(error, 'uq_content_item_blog_slug')) {
          throw invalid('slug', 'SLUG_TAKEN', `Another blog post has the slug "${changes.slug}".`);
        }
        throw error;
      }
      await this.record(tx, ctx, 'content.draft.update', item.id, {
        state: item.state,
        fields: Object.keys(changes).sort(),
      });
    });
    return this.get(ctx, id);
  }

  /**
   * A person's move on the editorial calendar, by the editorial engine's rules for moves by
   * hand (a move back needs a reason; nothing is scheduled or published by hand). Taking a
   * scheduled blog post back to review turns it back into a draft in the CMS first.
   */
  async moveContentItem(
    ctx: RequestContext,
    id: string,
    state: ContentItemState,
    reason: string,
  ): Promise<ContentItemView> {
    requireWriter(ctx);
    const to = oneOf('state', state, CONTENT_ITEM_STATES);
    const current = await this.get(ctx, id);
    allowedMove(current, to, reason, 'hand');
    if (current.state === 'SCHEDULED') await this.publishing.withdrawScheduled(current);
    await this.dataSource.transaction(async (tx) => {
      const item = await lockItem(tx, ctx.workspaceId, id);
      const move = allowedMove(item, to, reason, 'hand');
      await tx.update(ContentItemEntity, { id: item.id }, { state: move.to });
      await this.record(tx, ctx, 'content.move', item.id, {
        from: move.from,
        to: move.to,
        reason: move.reason,
      });
    });
    return this.get(ctx, id);
  }

  /**
   * Asks the CMS about scheduled blog posts whose time has come and marks the ones it published
   * PUBLISHED (see ContentPublishingService.settleScheduled); answers those.
   */
  async settleScheduled(ctx: RequestContext): Promise<ContentItemView[]> {
    requireWriter(ctx);
    return this.views(ctx, await this.publishing.settleScheduled(ctx));
  }

  /** The rows with the approvals they wait for, found in one query for the whole page. */
  private async views(ctx: RequestContext, rows: ContentItemEntity[]): Promise<ContentItemView[]> {
    const ids = rows.map((r) => r.id);
    const pending = ids.length
      ? await this.dataSource.manager
          .createQueryBuilder(ApprovalEntity, 'a')
          .where('a.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
          .andWhere("a.status = 'PENDING'")
          .andWhere('a.tool_name IN (:...tools)', { tools: PUBLICATION_TOOLS })
          .andWhere(
            `(a.tool_input->>'contentItemId' IN (:...ids) OR EXISTS (
              SELECT 1 FROM jsonb_array_elements_text(
                CASE WHEN jsonb_typeof(a.tool_input->'contentItemIds') = 'array'
                  THEN a.tool_input->'contentItemIds' ELSE '[]'::jsonb END) AS e(v)
              WHERE e.v IN (:...ids)))`,
            { ids },
          )
          .orderBy('a.created_at', 'ASC')
          .getMany()
      : [];
    const byItem = new Map<string, ApprovalEntity>();
    for (const approval of pending) {
      const input = approval.toolInput as { contentItemId?: unknown; contentItemIds?: unknown };
      const named = [
        input.contentItemId,
        ...(Array.isArray(input.contentItemIds) ? input.contentItemIds : []),
      ];
      for (const itemId of named) if (typeof itemId === 'string') byItem.set(itemId, approval);
    }
    return rows.map((row) =>
      Object.assign(row, {
        pendingApproval: byItem.get(row.id) ?? null,
        nextStates: nextStates(row.state).filter((s) => s !== 'SCHEDULED' && s !== 'PUBLISHED'),
      }),
    );
  }

  private record(
    tx: EntityManager,
    ctx: RequestContext,
    action: string,
    targetId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      ctx.workspaceId,
      { actor: ctx.actor, action, targetType: 'content_item', targetId, data },
      tx,
    );
  }
}

/** Only owners and admins change the calendar (defence in depth behind the operation rules). */
function requireWriter(ctx: RequestContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(
      `Your role (${String(ctx.role).toLowerCase()}) cannot change the editorial calendar.`,
    );
  }
}

function invalid(field: string, reason: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, { field, reason });
}

function textField(field: string, value: string, min: number, max: number, trim = true): string {
  const text = trim ? value.trim() : value;
  if (text.trim().length < min) {
    throw invalid(field, 'TOO_SHORT', `${field} needs at least ${min} characters.`);
  }
  if (text.length > max) {
    throw invalid(field, 'TOO_LONG', `${field} is ${text.length} characters; the limit is ${max}.`);
  }
  return text;
}

function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  return textField(field, text, 1, max);
}

function slugField(value: string | null): string | null {
  const slug = (value ?? '').trim();
  if (!slug) return null;
  if (slug.length > 200 || !SLUG.test(slug)) {
    throw invalid(
      'slug',
      'BAD_SLUG',
      `slug "${slug}" must be lower-case letters and digits joined by single hyphens, at most 200 characters.`,
    );
  }
  return slug;
}

function dateField(field: string, value: string): string {
  const text = value.trim();
  if (!isIsoDate(text)) {
    throw invalid(field, 'BAD_DATE', `${field} "${value}" is not a calendar date (YYYY-MM-DD).`);
  }
  return text;
}

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalid(
      field,
      'UNKNOWN_VALUE',
      `${field} "${value}" is not one of ${allowed.join(', ')}.`,
    );
  }
  return value as T;
}
