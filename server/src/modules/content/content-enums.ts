import {
  CONTENT_ITEM_KINDS,
  CONTENT_ITEM_STATES,
  SOCIAL_CHANNELS,
  type ContentItemKind,
  type ContentItemState,
  type SocialChannel,
} from '@zactonics/db';
import { registerEnumType } from 'type-graphql';

/**
 * The content area's closed sets as GraphQL enums, registered once here for every content slice
 * (items, publishing, social): a second registration under the same name would break the schema.
 */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ContentItemKindEnum = enumOf<ContentItemKind>(CONTENT_ITEM_KINDS);
export const ContentItemStateEnum = enumOf<ContentItemState>(CONTENT_ITEM_STATES);
/** GraphQL enum values are SCREAMING_SNAKE; the database keeps the lower-case channel names. */
export const SocialChannelEnum = Object.fromEntries(
  SOCIAL_CHANNELS.map((c) => [c.toUpperCase(), c]),
) as { [K in SocialChannel as Uppercase<K>]: K };

registerEnumType(ContentItemKindEnum, {
  name: 'ContentItemKind',
  description:
    'BLOG_POST: an article for the shop blog; SOCIAL_POST: a post for one social network.',
});
registerEnumType(ContentItemStateEnum, {
  name: 'ContentItemState',
  description:
    'The editorial calendar: IDEA -> DRAFTING -> IN_REVIEW -> APPROVED -> SCHEDULED -> PUBLISHED; back moves IN_REVIEW -> DRAFTING and APPROVED/SCHEDULED -> IN_REVIEW. SCHEDULED and PUBLISHED only through an approved publication.',
});
registerEnumType(SocialChannelEnum, {
  name: 'SocialChannel',
  description: 'The social network a post is written for.',
});
