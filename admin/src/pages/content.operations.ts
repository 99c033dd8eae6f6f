// The Content area's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type {
  AnalyzeDraftQuery,
  ContentCalendarQuery,
  ContentDraftQuery,
  ContentDraftsQuery,
  ContentFeedFieldsFragment,
  ContentSocialQuery,
  PreviewSocialPostQuery,
  ContentItemFieldsFragment,
  ContentItemState,
  ContentTrendsQuery,
  RefreshContentFeedsMutation,
  TrendHeadlineFieldsFragment,
} from '../gql/graphql.js';

export type ContentItemView = ContentItemFieldsFragment;
export type EditorialState = ContentItemState;
export type EditorialCalendarView = ContentCalendarQuery['editorialCalendar'];
export type CalendarDay = EditorialCalendarView['days'][number];
export type CalendarEntry = CalendarDay['entries'][number];
export type CalendarItem = CalendarEntry['item'];
export type DraftListItem = ContentDraftsQuery['contentItems']['items'][number];
export type DraftItem = ContentDraftQuery['contentItem'];
export type DraftAnalysis = AnalyzeDraftQuery['analyzeDraft'];
export type SocialItem = ContentSocialQuery['contentItems']['items'][number];
export type SocialQueueItem = ContentSocialQuery['socialQueue']['items'][number];
export type SocialPreview = PreviewSocialPostQuery['previewSocialPost'];
export type TrendReport = ContentTrendsQuery['trendReport'];
export type TopicTrend = TrendReport['topics'][number];
export type ContentGap = TrendReport['gaps'][number];
export type InterestSeries = ContentTrendsQuery['searchInterest'][number];
export type TrendHeadline = TrendHeadlineFieldsFragment;
export type ContentFeed = ContentFeedFieldsFragment;
export type FeedRefresh = RefreshContentFeedsMutation['refreshContentFeeds'][number];

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

/**
 * Every day of a month with the items on it, in the shop's time zone, and the items in progress
 * (those without a day are listed apart).
 */
export const CONTENT_CALENDAR = graphql(`
  query ContentCalendar($from: String!, $to: String!) {
    contentItems(states: [IDEA, DRAFTING, IN_REVIEW, APPROVED], first: 100) {
      items {
        ...ContentItemFields
      }
    }
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

/** A watched feed and what its last fetch answered. */
export const CONTENT_FEED_FIELDS = graphql(`
  fragment ContentFeedFields on ContentFeedView {
    id
    title
    url
    topic
    lastFetchedAt
    lastStatus
    lastError
    itemCount
    latestItemAt
  }
`);

export const TREND_HEADLINE_FIELDS = graphql(`
  fragment TrendHeadlineFields on TrendHeadlineView {
    id
    title
    url
    summary
    feed
    publishedAt
  }
`);

/**
 * The trend report of the topics, their weekly search interest to chart, and the feeds behind
 * the headlines: the whole Trends tab in one request.
 */
export const CONTENT_TRENDS = graphql(`
  query ContentTrends($topics: [String!]!) {
    trendReport(topics: $topics) {
      asOf
      requestedTopics
      topics {
        topic
        status
        score
        latestWeek
        growthOnPriorPct
        growthOnLastYearPct
        keyword
        monthlyVolume
        difficulty
        difficultyBand
        reason
        requested
      }
      gaps {
        topic
        origin
        reason
        suggestedTitle
        trendScore
        bestMatch {
          title
        }
        mentionedIn {
          ...TrendHeadlineFields
        }
        inProgress {
          contentItemId
          title
          state
        }
      }
      headlines {
        ...TrendHeadlineFields
      }
      freshness {
        lastFeedFetchAt
        feedCount
        seriesLastWeek
        keywordMetricsAsOf
        archivePosts
      }
      source
      notes
    }
    searchInterest(topics: $topics) {
      topic
      source
      points {
        weekStart
        interest
      }
    }
    contentFeeds {
      ...ContentFeedFields
    }
  }
`);

export const CONTENT_FEEDS = graphql(`
  query ContentFeeds {
    contentFeeds {
      ...ContentFeedFields
    }
  }
`);

export const REFRESH_CONTENT_FEEDS = graphql(`
  mutation RefreshContentFeeds($ids: [ID!]) {
    refreshContentFeeds(ids: $ids) {
      feedId
      title
      status
      newItems
      itemsInFeed
      error
    }
  }
`);

export const ADD_CONTENT_FEED = graphql(`
  mutation AddContentFeed($input: AddContentFeedInput!) {
    addContentFeed(input: $input) {
      ...ContentFeedFields
    }
  }
`);

export const REMOVE_CONTENT_FEED = graphql(`
  mutation RemoveContentFeed($id: ID!) {
    removeContentFeed(id: $id) {
      id
      title
    }
  }
`);

/** The blog drafts: blog posts not published yet, most recently changed first. */
export const CONTENT_DRAFTS = graphql(`
  query ContentDrafts($states: [ContentItemState!]) {
    contentItems(kind: BLOG_POST, states: $states, first: 100) {
      totalItems
      items {
        ...ContentItemFields
        pendingApproval {
          id
          toolName
        }
      }
    }
  }
`);

/** One blog post in the editor, with the publication it may wait for. */
export const CONTENT_DRAFT = graphql(`
  query ContentDraft($id: ID!) {
    contentItem(id: $id) {
      ...ContentItemFields
      body
      metaDescription
      brief
      runId
      pendingApproval {
        id
        runId
        toolName
        reason
        expiresAt
      }
    }
  }
`);

/** The live SEO checklist and readability of the text in the editor (writes nothing). */
export const ANALYZE_DRAFT = graphql(`
  query AnalyzeDraft($input: AnalyzeDraftInput!) {
    analyzeDraft(input: $input) {
      seo {
        score
        checks {
          id
          label
          passed
          detail
          weight
        }
        wordCount
        keywordOccurrences
        keywordDensity
        imageSuggestions {
          section
          alt
          markdown
        }
      }
      readability {
        words
        sentences
        syllables
        fleschReadingEase
        fleschKincaidGrade
        level
      }
      internalLinks {
        postId
        title
        href
        anchorText
        reason
      }
      suggestedSlug
    }
  }
`);

export const UPDATE_CONTENT_DRAFT = graphql(`
  mutation UpdateContentDraft($id: ID!, $input: ContentDraftInput!) {
    updateContentDraft(id: $id, input: $input) {
      ...ContentItemFields
      body
      metaDescription
    }
  }
`);

/** The social posts (grouped by their blog post on the page) and the scheduling queue. */
export const CONTENT_SOCIAL = graphql(`
  query ContentSocial {
    contentItems(kind: SOCIAL_POST, first: 100) {
      totalItems
      items {
        ...ContentItemFields
        body
        parts
        hashtags
        sourceItem {
          id
          title
          externalUrl
        }
      }
    }
    socialQueue {
      totalItems
      dueCount
      items {
        id
        channel
        title
        scheduledFor
        due
        sourceTitle
      }
    }
  }
`);

/** A text measured for one platform, as the adapter measures it. */
export const PREVIEW_SOCIAL_POST = graphql(`
  query PreviewSocialPost($platform: SocialChannel!, $text: String!) {
    previewSocialPost(platform: $platform, text: $text) {
      length
      limit
      overLimit
      hook {
        length
        limit
        withinLimit
      }
      hashtagCount
      hashtagLimit
      notes
    }
  }
`);

export const MARK_SOCIAL_POST_PUBLISHED = graphql(`
  mutation MarkSocialPostPublished($id: ID!, $url: String!) {
    markSocialPostPublished(id: $id, url: $url) {
      id
      state
      externalUrl
      publishedAt
    }
  }
`);
