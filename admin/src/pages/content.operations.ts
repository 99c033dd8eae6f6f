// The Content area's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type {
  ContentCalendarQuery,
  ContentItemFieldsFragment,
  ContentItemState,
} from '../gql/graphql.js';

export type ContentItemView = ContentItemFieldsFragment;
export type EditorialState = ContentItemState;
export type EditorialCalendarView = ContentCalendarQuery['editorialCalendar'];
export type CalendarDay = EditorialCalendarView['days'][number];
export type CalendarEntry = CalendarDay['entries'][number];

/** The editorial states in calendar order (a move to an earlier one is a move back). */
export const EDITORIAL_STATES: readonly EditorialState[] = [
  'IDEA',
  'DRAFTING',
  'IN_REVIEW',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
];

/** What a calendar entry or a list shows of an item (not its body). */
export const CONTENT_ITEM_FIELDS = graphql(`
  fragment ContentItemFields on ContentItem {
    id
    kind
    channel
    state
    nextStates
    title
    slug
    focusKeyword
    plannedFor
    scheduledFor
    publishedAt
    externalUrl
    updatedAt
  }
`);

/** Every day of a month with the items on it, in the shop's time zone. */
export const CONTENT_CALENDAR = graphql(`
  query ContentCalendar($from: String!, $to: String!) {
    editorialCalendar(from: $from, to: $to) {
      from
      to
      timeZone
      days {
        date
        weekday
        entries {
          basis
          at
          item {
            ...ContentItemFields
          }
        }
      }
    }
  }
`);

export const PLAN_CONTENT_IDEA = graphql(`
  mutation PlanContentIdea($input: ContentIdeaInput!) {
    planContentIdea(input: $input) {
      ...ContentItemFields
    }
  }
`);

export const MOVE_CONTENT_ITEM = graphql(`
  mutation MoveContentItem($id: ID!, $state: ContentItemState!, $reason: String!) {
    moveContentItem(id: $id, state: $state, reason: $reason) {
      ...ContentItemFields
    }
  }
`);
