import type { ContentItemKind, ContentItemState } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import { ContentItemKindEnum, ContentItemStateEnum } from '../content-enums.js';
import { ContentDraftInputView, ContentIdeaInputView } from './content-item.inputs.js';
import type { ContentItemView, EditorialCalendarView } from './content-item.service.js';
import { ContentItem, ContentItemList, EditorialCalendar } from './content-item.type.js';

/**
 * The editorial calendar in the console: content items, their calendar, and a person's edits
 * and moves. Writes are mutations: viewers are refused by the console's operation rules before
 * they run, and the service refuses them again. Publishing is not here: it happens only when a
 * person approves an agent's publication in the review inbox.
 */
@Resolver(() => ContentItem)
export class ContentItemResolver {
  @Query(() => ContentItemList, {
    description:
      'Content items, most recently changed first; filtered by states, kind, and calendar day (published, else scheduled, else planned; YYYY-MM-DD, inclusive).',
  })
  contentItems(
    @Ctx() ctx: ConsoleContext,
    @Arg('states', () => [ContentItemStateEnum], { nullable: true })
    states: ContentItemState[] | null,
    @Arg('kind', () => ContentItemKindEnum, { nullable: true }) kind: ContentItemKind | null,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<{ items: ContentItemView[]; totalItems: number }> {
    return ctx.services.contentItems.list(ctx, { states, kind, from, to, first, offset });
  }

  @Query(() => ContentItem, { description: 'One content item; CONTENT_NOT_FOUND otherwise.' })
  contentItem(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ContentItemView> {
    return ctx.services.contentItems.get(ctx, id);
  }

  @Query(() => EditorialCalendar, {
    description:
      "Every day from `from` to `to` (YYYY-MM-DD, at most 92 days) with the items on it, in the shop's time zone. INVALID_INPUT for a bad date or range.",
  })
  editorialCalendar(
    @Ctx() ctx: ConsoleContext,
    @Arg('from') from: string,
    @Arg('to') to: string,
  ): Promise<EditorialCalendarView> {
    return ctx.services.contentItems.editorialCalendar(ctx, { from, to });
  }

  @Mutation(() => ContentItem, {
    description: 'Puts a blog post idea on the calendar (state IDEA). Audited.',
  })
  planContentIdea(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => ContentIdeaInputView) input: ContentIdeaInputView,
  ): Promise<ContentItemView> {
    return ctx.services.contentItems.planIdea(ctx, input);
  }

  @Mutation(() => ContentItem, {
    description:
      'Saves an edit of an item in IDEA, DRAFTING or IN_REVIEW as given (CONTENT_STATE_INVALID otherwise; INVALID_INPUT for a bad field or a slug another blog post has). Audited.',
  })
  updateContentDraft(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ContentDraftInputView) input: ContentDraftInputView,
  ): Promise<ContentItemView> {
    return ctx.services.contentItems.updateDraft(ctx, id, input);
  }

  @Mutation(() => ContentItem, {
    description:
      'Moves an item on the editorial calendar (see ContentItem.nextStates): a move back needs a reason; SCHEDULED and PUBLISHED are refused (CONTENT_STATE_INVALID), as is any move the calendar does not allow. A scheduled blog post taken back to review becomes a draft in WordPress again. Audited.',
  })
  moveContentItem(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('state', () => ContentItemStateEnum) state: ContentItemState,
    @Arg('reason', () => String, { defaultValue: '' }) reason: string,
  ): Promise<ContentItemView> {
    return ctx.services.contentItems.moveContentItem(ctx, id, state, reason);
  }

  @Mutation(() => [ContentItem], {
    description:
      'Asks WordPress about scheduled blog posts whose time has come; each one WordPress has published becomes PUBLISHED with its date and permalink. Answers the items that moved (none without WordPress).',
  })
  settleScheduledPosts(@Ctx() ctx: ConsoleContext): Promise<ContentItemView[]> {
    return ctx.services.contentItems.settleScheduled(ctx);
  }

  @FieldResolver(() => ContentItem, {
    nullable: true,
    description: 'The blog post a social post adapts (null when none or deleted).',
  })
  sourceItem(
    @Ctx() ctx: ConsoleContext,
    @Root() item: ContentItemView,
  ): Promise<ContentItemView | null> | null {
    return item.sourceItemId ? ctx.services.contentItems.find(ctx, item.sourceItemId) : null;
  }
}
