import { ApprovalEntity, ContentItemEntity, type ContentItemState } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import {
  allowedMove,
  contentNotFound,
  lockItem,
  stepsBackToDrafting,
  uniqueViolation,
  type ContentScope,
} from '../items/content-item-records.js';
import type { CmsAdapter, CmsPost, CmsPostContent } from './cms-adapter.js';

export type PushDraftResult =
  | { status: 'PUSHED'; cms: string; externalId: string; externalUrl: string }
  | { status: 'NOT_CONFIGURED' };

export interface PublishCommand {
  contentItemId: string;
  /** Left out: the item's own (as drafted, or as a person edited it in the console). */
  title?: string;
  /** Markdown, as the person approved it (their edit, if they made one). */
  body: string;
  /** Left out: the item's own, as with the title. */
  metaDescription?: string | null;
  /** The approval of this very publication; without one nothing is published. */
  approvalId: string | null;
  runId: string | null;
  /** The SEO pass and readability of the approved text, when the caller computed them. */
  seo?: Record<string, unknown> | null;
  readability?: Record<string, unknown> | null;
}

/** What became of an approved publication. */
export interface PublicationResult {
  contentItemId: string;
  state: ContentItemState;
  /** PUBLISHED or SCHEDULED in the CMS; NOT_CONFIGURED: approved in the hub, no CMS connected. */
  cmsStatus: 'PUBLISHED' | 'SCHEDULED' | 'NOT_CONFIGURED';
  cms: string | null;
  externalId: string | null;
  externalUrl: string | null;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  message: string;
}

export const NOT_CONFIGURED_MESSAGE =
  'NOT_CONFIGURED: ready to publish once WordPress is connected';

/** The tools whose approvals publish content items (their input names the items). */
const BLOG_PUBLICATION_TOOLS = ['publish_blog_post'];

/**
 * Blog posts to the shop's CMS (WordPress) and back. A draft is pushed as a CMS draft for a
 * person to look at there; a post goes out only through `publish`, which needs the approval of
 * that very publication (the `publication` review kind: always a person) and carries it out once.
 *
 * Exactly once: the approval's id is recorded on the item (unique) in the same transaction that
 * saves the approved text and moves the item to APPROVED, before the CMS is called; a second call
 * with the same approval answers what the first recorded. The CMS is called outside any
 * transaction (an HTTP round trip with retries must not hold a row lock or, on PGlite, the
 * database). If the CMS fails, the item stays APPROVED with the approval recorded and the error
 * says so; publishing it again needs a new approval, or this one's call retried.
 */
export class ContentPublishingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    /** Null when no CMS is configured (HUB_WORDPRESS_* unset). */
    private readonly cms: CmsAdapter | null,
  ) {}

  /**
   * Pushes a blog post's current draft to the CMS as a draft: creates the post there, or updates
   * the one recorded on the item. Refused once the item is scheduled or published (a draft
   * status would take the post down). NOT_CONFIGURED changes nothing.
   */
  async pushDraft(scope: ContentScope, contentItemId: string): Promise<PushDraftResult> {
    if (!this.cms) return { status: 'NOT_CONFIGURED' };
    const cms = this.cms;
    const item = await this.find(scope.workspaceId, contentItemId);
    requireBlogPost(item);
    if (item.state === 'SCHEDULED' || item.state === 'PUBLISHED') {
      throw new DomainError(
        'CONTENT_STATE_INVALID',
        `"${item.title}" is ${item.state.toLowerCase()}; pushing it as a draft would take it down in ${cms.cms}.`,
        { contentItemId: item.id, state: item.state },
      );
    }
    const post = await this.writePost(item, contentOf(item), 'draft', null);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(
        ContentItemEntity,
        { id: item.id, workspaceId: scope.workspaceId },
        { cms: cms.cms, externalId: post.externalId, externalUrl: post.url },
      );
      await this.record(tx, scope, 'content.draft.push', item.id, {
        cms: cms.cms,
        externalId: post.externalId,
        externalUrl: post.url,
      });
    });
    return { status: 'PUSHED', cms: cms.cms, externalId: post.externalId, externalUrl: post.url };
  }

  /**
   * Carries out an approved publication of a blog post: saves the approved title, body and meta
   * description, then publishes it in the CMS (`publish`; `future` when the item is scheduled
   * for a later time, leaving it SCHEDULED). Without a CMS the item is APPROVED and the result
   * says it is ready to publish once WordPress is connected.
   */
  async publish(scope: ContentScope, command: PublishCommand): Promise<PublicationResult> {
    const approvalId = command.approvalId;
    if (!approvalId) {
      throw new DomainError(
        'APPROVAL_NOT_FOUND',
        "Nothing is published without a person's approval, and this publication has none.",
        { contentItemId: command.contentItemId },
      );
    }
    const now = this.clock.now();
    const claimed = await this.claim(scope, command, approvalId);
    if ('replay' in claimed) return claimed.replay;
    const item = claimed.item;
    if (!this.cms) return publicationOf(item);
    const cms = this.cms;
    const future = item.scheduledFor !== null && item.scheduledFor > now;
    let post: CmsPost;
    try {
      post = await this.writePost(
        item,
        contentOf(item),
        future ? 'future' : 'publish',
        future ? item.scheduledFor : null,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new DomainError(
        error.errorCode,
        `${error.message} "${item.title}" stays approved in the hub and was not published; publish it again once ${cms.cms} answers.`,
        { ...error.details, contentItemId: item.id, state: item.state },
      );
    }
    // What the CMS says it did is what is recorded (a `future` date already past is published
    // at once), whatever happened to the row meanwhile: the post is out.
    const to: ContentItemState = post.status === 'future' ? 'SCHEDULED' : 'PUBLISHED';
    allowedMove({ id: item.id, state: 'APPROVED' }, to, '');
    const publishedAt = to === 'PUBLISHED' ? this.clock.now() : null;
    const saved = await this.dataSource.transaction(async (tx) => {
      await tx.update(
        ContentItemEntity,
        { id: item.id, workspaceId: scope.workspaceId },
        {
          state: to,
          cms: cms.cms,
          externalId: post.externalId,
          externalUrl: post.url,
          publishedAt,
        },
      );
      await this.record(tx, scope, 'content.publish', item.id, {
        approvalId,
        runId: command.runId,
        cms: cms.cms,
        externalId: post.externalId,
        externalUrl: post.url,
        status: post.status,
      });
      return tx.findOneByOrFail(ContentItemEntity, { id: item.id });
    });
    return publicationOf(saved);
  }

  /**
   * Scheduled blog posts whose time has come, as the CMS tells it: each one the CMS has
   * published moves SCHEDULED -> PUBLISHED with the CMS's date and permalink (the CMS publishes
   * on its own clock; the hub only learns it here). Posts the CMS has not published yet, or no
   * longer has, stay as they are. Answers the items it moved.
   */
  async settleScheduled(scope: ContentScope): Promise<ContentItemEntity[]> {
    if (!this.cms) return [];
    const cms = this.cms;
    const due = await this.dataSource.manager
      .createQueryBuilder(ContentItemEntity, 'c')
      .where('c.workspace_id = :workspaceId', { workspaceId: scope.workspaceId })
      .andWhere("c.state = 'SCHEDULED' AND c.kind = 'BLOG_POST'")
      .andWhere('c.cms = :cms AND c.external_id IS NOT NULL', { cms: cms.cms })
      .andWhere('c.scheduled_for <= :now', { now: this.clock.now() })
      .orderBy('c.scheduled_for', 'ASC')
      .getMany();
    const settled: ContentItemEntity[] = [];
    for (const candidate of due) {
      const post = await cms.getPost(candidate.externalId as string);
      if (post?.status !== 'publish') continue;
      const moved = await this.dataSource.transaction(async (tx) => {
        const item = await lockItem(tx, scope.workspaceId, candidate.id);
        if (item.state !== 'SCHEDULED') return null;
        allowedMove(item, 'PUBLISHED', '');
        const publishedAt = post.date ?? this.clock.now();
        await tx.update(
          ContentItemEntity,
          { id: item.id },
          { state: 'PUBLISHED', publishedAt, externalUrl: post.url },
        );
        await this.record(tx, scope, 'content.publish', item.id, {
          approvalId: item.approvalId,
          cms: cms.cms,
          externalId: post.externalId,
          externalUrl: post.url,
          status: post.status,
          scheduledFor: item.scheduledFor?.toISOString() ?? null,
        });
        return tx.findOneByOrFail(ContentItemEntity, { id: item.id });
      });
      if (moved) settled.push(moved);
    }
    return settled;
  }

  /**
   * Sends an item back to DRAFTING (a rejected publication, or a person's call) with the
   * reason, through review when it was approved or scheduled. A post scheduled in the CMS is
   * turned back into a draft there first, so it does not go out on its date. Drafting already:
   * unchanged.
   */
  async returnToDrafting(
    scope: ContentScope,
    contentItemId: string,
    reason: string,
  ): Promise<ContentItemEntity> {
    const current = await this.find(scope.workspaceId, contentItemId);
    if (current.state === 'DRAFTING') return current;
    if (current.state === 'SCHEDULED') await this.withdrawScheduled(current);
    return this.dataSource.transaction(async (tx) => {
      const item = await lockItem(tx, scope.workspaceId, contentItemId);
      const from = item.state;
      let state = from;
      for (const to of stepsBackToDrafting(from)) {
        state = allowedMove({ id: item.id, state }, to, reason).to;
      }
      if (state === from) return item;
      await tx.update(ContentItemEntity, { id: item.id }, { state });
      await this.record(tx, scope, 'content.return_to_drafting', item.id, {
        from,
        reason: reason.trim(),
      });
      return tx.findOneByOrFail(ContentItemEntity, { id: item.id });
    });
  }

  /**
   * Before a scheduled item leaves SCHEDULED: its post scheduled in the CMS becomes a draft
   * there again, or it would still go out on its date. Refused when the CMS that holds it is not
   * connected any more.
   */
  async withdrawScheduled(item: ContentItemEntity): Promise<void> {
    if (item.state !== 'SCHEDULED' || !item.cms || !item.externalId) return;
    if (this.cms?.cms !== item.cms) {
      throw new DomainError(
        'CONTENT_STATE_INVALID',
        `"${item.title}" is scheduled in ${item.cms}, which is not connected, so it cannot be taken back there; reconnect it or change the post in ${item.cms} itself.`,
        { contentItemId: item.id, cms: item.cms },
      );
    }
    await this.cms.updatePost(item.externalId, { status: 'draft' });
  }

  /**
   * In one transaction: checks the approval, saves the approved text and moves the item to
   * APPROVED with the approval recorded; or, when this approval was carried out already, the
   * result it recorded.
   */
  private claim(
    scope: ContentScope,
    command: PublishCommand,
    approvalId: string,
  ): Promise<{ item: ContentItemEntity } | { replay: PublicationResult }> {
    return this.dataSource.transaction(async (tx) => {
      const item = await lockItem(tx, scope.workspaceId, command.contentItemId);
      requireBlogPost(item);
      await requireApproval(tx, scope.workspaceId, approvalId, item.id);
      // Carried out already (the call retried, or the run resumed twice): what it recorded.
      // An approved item whose CMS call failed is the exception: its publication is tried again.
      if (item.approvalId === approvalId && (item.state !== 'APPROVED' || !this.cms)) {
        return { replay: publicationOf(item) };
      }
      if (item.state === 'PUBLISHED' || item.state === 'SCHEDULED') {
        throw new DomainError(
          'CONTENT_STATE_INVALID',
          item.state === 'PUBLISHED'
            ? `"${item.title}" was published already (${item.externalUrl ?? 'no URL recorded'}); change it in the CMS.`
            : `"${item.title}" is scheduled already; move it back to review to publish a new version.`,
          { contentItemId: item.id, state: item.state },
        );
      }
      const from = item.state;
      const state = from === 'APPROVED' ? from : allowedMove(item, 'APPROVED', '').to;
      const approved = {
        state,
        ...(command.title !== undefined ? { title: command.title.trim() } : {}),
        body: command.body,
        ...(command.metaDescription !== undefined
          ? { metaDescription: command.metaDescription?.trim() || null }
          : {}),
        approvalId,
        runId: command.runId ?? item.runId,
        ...(command.seo !== undefined ? { seo: command.seo } : {}),
        ...(command.readability !== undefined ? { readability: command.readability } : {}),
      };
      try {
        await tx.save(Object.assign(item, approved));
      } catch (error) {
        if (uniqueViolation(error, 'uq_content_item_approval')) {
          throw new DomainError(
            'CONTENT_STATE_INVALID',
            'This approval was carried out for another content item already.',
            { contentItemId: item.id, approvalId },
          );
        }
        throw error;
      }
      await this.record(tx, scope, 'content.approve', item.id, {
        approvalId,
        runId: command.runId,
        from,
        cms: this.cms?.cms ?? null,
      });
      return { item: await tx.findOneByOrFail(ContentItemEntity, { id: item.id }) };
    });
  }

  /**
   * Writes the post in the CMS with the given status: updates the post recorded on the item or,
   * when there is none (or the CMS lost it), creates one as a draft first and records its id at
   * once, so a failure after that does not create a second post on the next try.
   */
  private async writePost(
    item: ContentItemEntity,
    content: CmsPostContent,
    status: 'draft' | 'publish' | 'future',
    date: Date | null,
  ): Promise<CmsPost> {
    const cms = this.cms as CmsAdapter;
    if (item.cms === cms.cms && item.externalId) {
      try {
        return await cms.updatePost(item.externalId, { ...content, status, date });
      } catch (error) {
        if (!(error instanceof DomainError && error.details.status === 404)) throw error;
      }
    }
    const draft = await cms.createDraft(content);
    await this.dataSource.manager.update(
      ContentItemEntity,
      { id: item.id },
      { cms: cms.cms, externalId: draft.externalId, externalUrl: draft.url },
    );
    return status === 'draft' ? draft : cms.updatePost(draft.externalId, { status, date });
  }

  private async find(workspaceId: string, id: string): Promise<ContentItemEntity> {
    const item = isId(id)
      ? await this.dataSource.manager.findOneBy(ContentItemEntity, { id, workspaceId })
      : null;
    if (!item) throw contentNotFound(id);
    return item;
  }

  private record(
    tx: EntityManager,
    scope: ContentScope,
    action: string,
    targetId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      scope.workspaceId,
      { actor: scope.actor, action, targetType: 'content_item', targetId, data },
      tx,
    );
  }
}

function requireBlogPost(item: ContentItemEntity): void {
  if (item.kind !== 'BLOG_POST') {
    throw new DomainError(
      'INVALID_INPUT',
      `"${item.title}" is a ${item.channel ?? 'social'} post, not a blog post; it is not published to the blog.`,
      { field: 'contentItemId', reason: 'NOT_A_BLOG_POST', contentItemId: item.id },
    );
  }
}

/**
 * The approval must be a person's yes to publishing this very item: approved, in this
 * workspace, for a publication tool whose input names the item.
 */
async function requireApproval(
  tx: EntityManager,
  workspaceId: string,
  approvalId: string,
  contentItemId: string,
): Promise<void> {
  const approval = isId(approvalId)
    ? await tx.findOneBy(ApprovalEntity, { id: approvalId, workspaceId })
    : null;
  const input = approval?.toolInput as { contentItemId?: unknown } | null | undefined;
  if (
    !approval ||
    approval.status !== 'APPROVED' ||
    !BLOG_PUBLICATION_TOOLS.includes(approval.toolName ?? '') ||
    input?.contentItemId !== contentItemId
  ) {
    throw new DomainError(
      'APPROVAL_NOT_FOUND',
      `Approval ${approvalId} is not a person's approval to publish this content item, so nothing was published.`,
      { approvalId, contentItemId },
    );
  }
}

function contentOf(item: ContentItemEntity): CmsPostContent {
  return {
    title: item.title,
    body: item.body,
    summary: item.metaDescription,
    slug: item.slug,
  };
}

/**
 * What an approved publication recorded on its item, in words: the answer of `publish`, and
 * again of a call for an approval carried out already.
 */
function publicationOf(item: ContentItemEntity): PublicationResult {
  const where = `${item.cms ?? 'the CMS'}: ${item.externalUrl ?? item.title}`;
  return {
    contentItemId: item.id,
    state: item.state,
    cmsStatus:
      item.state === 'PUBLISHED'
        ? 'PUBLISHED'
        : item.state === 'SCHEDULED'
          ? 'SCHEDULED'
          : 'NOT_CONFIGURED',
    cms: item.cms,
    externalId: item.externalId,
    externalUrl: item.externalUrl,
    publishedAt: item.publishedAt,
    scheduledFor: item.scheduledFor,
    message:
      item.state === 'APPROVED'
        ? NOT_CONFIGURED_MESSAGE
        : item.state === 'PUBLISHED'
          ? `Published in ${where}`
          : item.state === 'SCHEDULED'
            ? `Scheduled in ${where} for ${item.scheduledFor?.toISOString()}`
            : `"${item.title}" was approved, then moved back to ${item.state.toLowerCase().replace('_', ' ')}.`,
  };
}
