import type { ContentItemKind, ContentItemState, SocialChannel } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CalendarBasis } from '../../../engines/content/editorial/index.js';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';
import { Approval } from '../../approvals/approval.type.js';
import { ContentItemKindEnum, ContentItemStateEnum, SocialChannelEnum } from '../content-enums.js';

export const CalendarBasisEnum = {
  PUBLISHED: 'PUBLISHED',
  SCHEDULED: 'SCHEDULED',
  PLANNED: 'PLANNED',
} as const satisfies { [K in CalendarBasis]: K };
registerEnumType(CalendarBasisEnum, {
  name: 'CalendarBasis',
  description:
    'Which date put an item on a calendar day: the day it was published, else the day it is scheduled for, else the day it is planned for.',
});

@ObjectType({
  description:
    "A piece of the editorial calendar: a blog post (markdown body) or a social post for one channel, adapted from a blog post. Rooted on the content_item row; fields are that row's.",
})
export class ContentItem {
  @Field(() => ID) id!: string;
  @Field(() => ContentItemKindEnum) kind!: ContentItemKind;
  @Field(() => SocialChannelEnum, { nullable: true, description: 'A social post’s network.' })
  channel!: SocialChannel | null;
  @Field(() => ContentItemStateEnum) state!: ContentItemState;
  @Field(() => [ContentItemStateEnum], {
    complexity: EMBEDDED_LIST_COST,
    description:
      'The states a person may move it to from here (moveContentItem); never SCHEDULED or PUBLISHED, which only an approved publication reaches.',
  })
  nextStates!: ContentItemState[];
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: "A blog post's URL slug." })
  slug!: string | null;
  @Field(() => String, { nullable: true }) focusKeyword!: string | null;
  @Field({ description: 'Markdown for a blog post; the post text for a social post.' })
  body!: string;
  @Field(() => [String], {
    nullable: true,
    complexity: EMBEDDED_LIST_COST,
    description: "An X thread's posts or an Instagram carousel's slide texts.",
  })
  parts!: string[] | null;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST, description: "Without the '#'." })
  hashtags!: string[];
  @Field(() => String, { nullable: true }) metaDescription!: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Drafting research: keywords, outline, section briefs.',
  })
  brief!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The SEO score and checklist.' })
  seo!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Flesch Reading Ease and Flesch-Kincaid grade, with their counts.',
  })
  readability!: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true, description: 'The blog post a social post adapts.' })
  sourceItemId!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day it is planned for.' })
  plannedFor!: string | null;
  @Field(() => Date, { nullable: true }) scheduledFor!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: "The CMS holding it ('wordpress'), once pushed or published.",
  })
  cms!: string | null;
  @Field(() => String, { nullable: true, description: "The post's id in the CMS." })
  externalId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where it is read: the permalink once published, a preview link before.',
  })
  externalUrl!: string | null;
  @Field(() => ID, { nullable: true, description: 'The run that drafted or last published it.' })
  runId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The approval carried out for it (at most once per approval).',
  })
  approvalId!: string | null;
  @Field(() => Approval, {
    nullable: true,
    description: 'The publication of it waiting for a person in the review inbox, if any.',
  })
  pendingApproval!: Approval | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class ContentItemList {
  @Field(() => [ContentItem]) items!: ContentItem[];
  @Field(() => Int) totalItems!: number;
}

@ObjectType({ description: 'An item on a calendar day, and why it is on that day.' })
export class EditorialCalendarEntry {
  @Field(() => CalendarBasisEnum) basis!: CalendarBasis;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was published or is scheduled; null for a planned day.',
  })
  at!: Date | null;
  @Field(() => ContentItem) item!: ContentItem;
}

@ObjectType({ description: "One of the shop's days on the editorial calendar." })
export class EditorialCalendarDay {
  @Field({ description: 'YYYY-MM-DD.' }) date!: string;
  @Field(() => Int, { description: 'ISO weekday: Monday 1 … Sunday 7.' }) weekday!: number;
  @Field(() => [EditorialCalendarEntry], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Planned items first, then published or scheduled ones in time order.',
  })
  entries!: EditorialCalendarEntry[];
}

@ObjectType({
  description: "Every day of a range with the content items on it, in the shop's time zone.",
})
export class EditorialCalendar {
  @Field() from!: string;
  @Field() to!: string;
  @Field({ description: "The shop's IANA time zone: the days are its days." }) timeZone!: string;
  @Field(() => [EditorialCalendarDay], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Every day from `from` to `to`, days without items included.',
  })
  days!: EditorialCalendarDay[];
}
