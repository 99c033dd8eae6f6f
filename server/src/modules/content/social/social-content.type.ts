import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ContentItemState, SocialChannel } from '@zactonics/db';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';
import { ContentItemStateEnum, SocialChannelEnum } from '../content-enums.js';

export const SocialLengthUnitEnum = { WEIGHTED: 'WEIGHTED', CHARACTERS: 'CHARACTERS' } as const;
export type SocialLengthUnit = keyof typeof SocialLengthUnitEnum;

registerEnumType(SocialLengthUnitEnum, {
  name: 'SocialLengthUnit',
  description:
    "WEIGHTED: X's weighted characters (twitter-text v3: a URL counts 23, an emoji or a CJK character 2); CHARACTERS: UTF-16 code units, never fewer than a platform counts.",
});

@ObjectType({ description: 'One thread post or carousel slide against its limit.' })
export class SocialPartLength {
  @Field(() => Int) length!: number;
  @Field(() => Int) limit!: number;
}

@ObjectType({ description: "A social post's length against its platform's limits." })
export class SocialLengthReport {
  @Field(() => SocialLengthUnitEnum) unit!: SocialLengthUnit;
  @Field(() => Int, { description: "The body's length; for an X thread, its longest post's." })
  length!: number;
  @Field(() => Int, {
    description: 'X 280 per post, LinkedIn 3,000, Instagram 2,200, Facebook 63,206.',
  })
  limit!: number;
  @Field() withinLimit!: boolean;
  @Field(() => [SocialPartLength], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Each X thread post (280) or Instagram slide (150); empty otherwise.',
  })
  parts!: SocialPartLength[];
  @Field(() => Int, {
    nullable: true,
    description: 'LinkedIn: the first line, which must fit before "see more".',
  })
  hookLength!: number | null;
  @Field(() => Int, { nullable: true, description: 'LinkedIn: 210.' })
  hookLimit!: number | null;
}

@ObjectType({ description: 'A social post in the scheduling queue (or just published).' })
export class SocialQueuePost {
  @Field(() => ID) id!: string;
  @Field(() => SocialChannelEnum) channel!: SocialChannel;
  @Field(() => ContentItemStateEnum) state!: ContentItemState;
  @Field() title!: string;
  @Field({ description: 'The text to post (an X thread: its posts separated by blank lines).' })
  text!: string;
  @Field(() => [String], {
    nullable: true,
    complexity: EMBEDDED_LIST_COST,
    description: "An X thread's posts or an Instagram carousel's slide texts.",
  })
  parts!: string[] | null;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST, description: "Without '#'." })
  hashtags!: string[];
  @Field(() => Date, { nullable: true }) scheduledFor!: Date | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, the shop's calendar day." })
  plannedFor!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Where it was posted.' })
  externalUrl!: string | null;
  @Field({ description: 'Its time has come: post it now, then mark it published.' })
  due!: boolean;
  @Field(() => ID, { nullable: true, description: 'The blog post it was adapted from.' })
  sourceItemId!: string | null;
  @Field(() => String, { nullable: true }) sourceTitle!: string | null;
  @Field(() => String, { nullable: true }) sourceUrl!: string | null;
  @Field(() => SocialLengthReport) length!: SocialLengthReport;
}

@ObjectType({ description: 'The social scheduling queue: scheduled posts, earliest first.' })
export class SocialQueue {
  @Field(() => [SocialQueuePost]) items!: SocialQueuePost[];
  @Field(() => Int) totalItems!: number;
  @Field(() => Int, { description: 'How many are due now.' }) dueCount!: number;
}

@ObjectType({ description: 'One post of the X thread a text would become.' })
export class SocialThreadPostPreview {
  @Field() text!: string;
  @Field(() => Int) length!: number;
  @Field(() => Int) limit!: number;
}

@ObjectType({ description: 'The first line against the "see more" fold (LinkedIn).' })
export class SocialHookPreview {
  @Field() text!: string;
  @Field(() => Int) length!: number;
  @Field(() => Int) limit!: number;
  @Field() withinLimit!: boolean;
}

@ObjectType({ description: 'A text measured for one platform, as the adapter measures it.' })
export class SocialPostPreview {
  @Field(() => SocialChannelEnum) channel!: SocialChannel;
  @Field(() => SocialLengthUnitEnum) unit!: SocialLengthUnit;
  @Field(() => Int, { description: 'The whole text (X: weighted, as one post).' })
  length!: number;
  @Field(() => Int) limit!: number;
  @Field() overLimit!: boolean;
  @Field(() => Int, { description: '0 within the limit.' }) overBy!: number;
  @Field(() => [SocialThreadPostPreview], {
    complexity: EMBEDDED_LIST_COST,
    description: 'X: the numbered thread the text would become; empty for other platforms.',
  })
  thread!: SocialThreadPostPreview[];
  @Field(() => SocialHookPreview, { nullable: true }) hook!: SocialHookPreview | null;
  @Field(() => Int) hashtagCount!: number;
  @Field(() => Int, { nullable: true, description: 'Instagram: 30.' })
  hashtagLimit!: number | null;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) notes!: string[];
}
