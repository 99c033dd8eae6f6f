/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** BOT: the agent answers; WAITING_FOR_HUMAN: a person was asked for and will reply here; HUMAN: a person is replying; RESOLVED: closed (writing again reopens it). */
export const VisitorHandoff = {
  Bot: 'BOT',
  Human: 'HUMAN',
  Resolved: 'RESOLVED',
  WaitingForHuman: 'WAITING_FOR_HUMAN'
} as const;

export type VisitorHandoff = typeof VisitorHandoff[keyof typeof VisitorHandoff];
/** Who the visitor is, as the shop knows them. With `hash` (HMAC-SHA256 of `id` with the workspace's widget identity secret, hex, computed by the shop's server) the visitor sees that user's history on any device; without it the identity is only a hint. */
export type VisitorIdentityInput = {
  email?: string | null | undefined;
  hash?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
};

export type VisitorLeadInput = {
  company?: string | null | undefined;
  /** Agreement to be contacted; required. */
  consent: boolean;
  email: string;
  /** Minutes on the site this visit. */
  minutesOnSite?: number | null | undefined;
  name: string;
  /** Pages seen this visit (the widget counts). */
  pagesViewed?: number | null | undefined;
  /** Pricing page views this visit. */
  pricingPageVisits?: number | null | undefined;
  sourcePage?: string | null | undefined;
};

/** VISITOR: the visitor; AGENT: the support agent; HUMAN: a person of the shop. */
export const VisitorMessageRole = {
  Agent: 'AGENT',
  Human: 'HUMAN',
  Visitor: 'VISITOR'
} as const;

export type VisitorMessageRole = typeof VisitorMessageRole[keyof typeof VisitorMessageRole];
export type VisitorMessageFieldsFragment = { id: string, seq: number, role: VisitorMessageRole, text: string, helpful: boolean | null, runId: string | null, createdAt: string, citations: Array<{ title: string, slug: string }> };

export type VisitorReplyFieldsFragment = { runId: string, text: string | null, typing: boolean, handoffOffered: boolean, personWillReply: boolean, done: boolean };

export type VisitorConversationFieldsFragment = { id: string, handoff: VisitorHandoff, lastSeq: number, messages: Array<{ id: string, seq: number, role: VisitorMessageRole, text: string, helpful: boolean | null, runId: string | null, createdAt: string, citations: Array<{ title: string, slug: string }> }>, reply: { runId: string, text: string | null, typing: boolean, handoffOffered: boolean, personWillReply: boolean, done: boolean } | null };

export type MeetingSlotFieldsFragment = { id: string, start: string, end: string, label: string, hostName: string };

export type StartVisitorSessionMutationVariables = Exact<{
  identity?: VisitorIdentityInput | null | undefined;
}>;


export type StartVisitorSessionMutation = { startVisitorSession: { token: string, identified: boolean } };

export type VisitorConversationQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitorConversationQuery = { visitorConversation: { id: string, handoff: VisitorHandoff, lastSeq: number, messages: Array<{ id: string, seq: number, role: VisitorMessageRole, text: string, helpful: boolean | null, runId: string | null, createdAt: string, citations: Array<{ title: string, slug: string }> }>, reply: { runId: string, text: string | null, typing: boolean, handoffOffered: boolean, personWillReply: boolean, done: boolean } | null } | null };

export type SendVisitorMessageMutationVariables = Exact<{
  text: string;
  id: string;
}>;


export type SendVisitorMessageMutation = { sendVisitorMessage: { id: string, seq: number, role: VisitorMessageRole, text: string, helpful: boolean | null, runId: string | null, createdAt: string, citations: Array<{ title: string, slug: string }> } };

export type RateReplyMutationVariables = Exact<{
  id: string | number;
  h: boolean;
}>;


export type RateReplyMutation = { rateReply: { id: string, seq: number, role: VisitorMessageRole, text: string, helpful: boolean | null, runId: string | null, createdAt: string, citations: Array<{ title: string, slug: string }> } };

export type RequestHumanMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestHumanMutation = { requestHuman: { id: string, handoff: VisitorHandoff, lastSeq: number, messages: Array<{ id: string, seq: number, role: VisitorMessageRole, text: string, helpful: boolean | null, runId: string | null, createdAt: string, citations: Array<{ title: string, slug: string }> }>, reply: { runId: string, text: string | null, typing: boolean, handoffOffered: boolean, personWillReply: boolean, done: boolean } | null } };

export type SubmitLeadMutationVariables = Exact<{
  input: VisitorLeadInput;
}>;


export type SubmitLeadMutation = { submitLead: { id: string, hot: boolean, offerMeeting: boolean } };

export type MeetingSlotsQueryVariables = Exact<{
  tz: string;
}>;


export type MeetingSlotsQuery = { meetingSlots: Array<{ id: string, start: string, end: string, label: string, hostName: string }> };

export type BookMeetingMutationVariables = Exact<{
  id: string | number;
  tz: string;
}>;


export type BookMeetingMutation = { bookMeeting: { id: string, start: string, end: string, label: string, hostName: string, videoUrl: string, ics: string } };

export type VisitorEventsSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type VisitorEventsSubscription = { visitorEvents: { handoff: VisitorHandoff | null, message: { id: string, seq: number, role: VisitorMessageRole, text: string, helpful: boolean | null, runId: string | null, createdAt: string, citations: Array<{ title: string, slug: string }> } | null, reply: { runId: string, text: string | null, typing: boolean, handoffOffered: boolean, personWillReply: boolean, done: boolean } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const VisitorMessageFieldsFragmentDoc = new TypedDocumentString(`
    fragment VisitorMessageFields on VisitorMessage {
  id
  seq
  role
  text
  citations {
    title
    slug
  }
  helpful
  runId
  createdAt
}
    `, {"fragmentName":"VisitorMessageFields"}) as unknown as TypedDocumentString<VisitorMessageFieldsFragment, unknown>;
export const VisitorReplyFieldsFragmentDoc = new TypedDocumentString(`
    fragment VisitorReplyFields on VisitorReply {
  runId
  text
  typing
  handoffOffered
  personWillReply
  done
}
    `, {"fragmentName":"VisitorReplyFields"}) as unknown as TypedDocumentString<VisitorReplyFieldsFragment, unknown>;
export const VisitorConversationFieldsFragmentDoc = new TypedDocumentString(`
    fragment VisitorConversationFields on VisitorConversation {
  id
  handoff
  lastSeq
  messages {
    ...VisitorMessageFields
  }
  reply {
    ...VisitorReplyFields
  }
}
    fragment VisitorMessageFields on VisitorMessage {
  id
  seq
  role
  text
  citations {
    title
    slug
  }
  helpful
  runId
  createdAt
}
fragment VisitorReplyFields on VisitorReply {
  runId
  text
  typing
  handoffOffered
  personWillReply
  done
}`, {"fragmentName":"VisitorConversationFields"}) as unknown as TypedDocumentString<VisitorConversationFieldsFragment, unknown>;
export const MeetingSlotFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingSlotFields on MeetingSlot {
  id
  start
  end
  label
  hostName
}
    `, {"fragmentName":"MeetingSlotFields"}) as unknown as TypedDocumentString<MeetingSlotFieldsFragment, unknown>;
export const StartVisitorSessionDocument = new TypedDocumentString(`
    mutation StartVisitorSession($identity: VisitorIdentityInput) {
  startVisitorSession(identity: $identity) {
    token
    identified
  }
}
    `) as unknown as TypedDocumentString<StartVisitorSessionMutation, StartVisitorSessionMutationVariables>;
export const VisitorConversationDocument = new TypedDocumentString(`
    query VisitorConversation {
  visitorConversation {
    ...VisitorConversationFields
  }
}
    fragment VisitorMessageFields on VisitorMessage {
  id
  seq
  role
  text
  citations {
    title
    slug
  }
  helpful
  runId
  createdAt
}
fragment VisitorReplyFields on VisitorReply {
  runId
  text
  typing
  handoffOffered
  personWillReply
  done
}
fragment VisitorConversationFields on VisitorConversation {
  id
  handoff
  lastSeq
  messages {
    ...VisitorMessageFields
  }
  reply {
    ...VisitorReplyFields
  }
}`) as unknown as TypedDocumentString<VisitorConversationQuery, VisitorConversationQueryVariables>;
export const SendVisitorMessageDocument = new TypedDocumentString(`
    mutation SendVisitorMessage($text: String!, $id: String!) {
  sendVisitorMessage(text: $text, clientMessageId: $id) {
    ...VisitorMessageFields
  }
}
    fragment VisitorMessageFields on VisitorMessage {
  id
  seq
  role
  text
  citations {
    title
    slug
  }
  helpful
  runId
  createdAt
}`) as unknown as TypedDocumentString<SendVisitorMessageMutation, SendVisitorMessageMutationVariables>;
export const RateReplyDocument = new TypedDocumentString(`
    mutation RateReply($id: ID!, $h: Boolean!) {
  rateReply(messageId: $id, helpful: $h) {
    ...VisitorMessageFields
  }
}
    fragment VisitorMessageFields on VisitorMessage {
  id
  seq
  role
  text
  citations {
    title
    slug
  }
  helpful
  runId
  createdAt
}`) as unknown as TypedDocumentString<RateReplyMutation, RateReplyMutationVariables>;
export const RequestHumanDocument = new TypedDocumentString(`
    mutation RequestHuman {
  requestHuman {
    ...VisitorConversationFields
  }
}
    fragment VisitorMessageFields on VisitorMessage {
  id
  seq
  role
  text
  citations {
    title
    slug
  }
  helpful
  runId
  createdAt
}
fragment VisitorReplyFields on VisitorReply {
  runId
  text
  typing
  handoffOffered
  personWillReply
  done
}
fragment VisitorConversationFields on VisitorConversation {
  id
  handoff
  lastSeq
  messages {
    ...VisitorMessageFields
  }
  reply {
    ...VisitorReplyFields
  }
}`) as unknown as TypedDocumentString<RequestHumanMutation, RequestHumanMutationVariables>;
export const SubmitLeadDocument = new TypedDocumentString(`
    mutation SubmitLead($input: VisitorLeadInput!) {
  submitLead(input: $input) {
    id
    hot
    offerMeeting
  }
}
    `) as unknown as TypedDocumentString<SubmitLeadMutation, SubmitLeadMutationVariables>;
export const MeetingSlotsDocument = new TypedDocumentString(`
    query MeetingSlots($tz: String!) {
  meetingSlots(timeZone: $tz) {
    ...MeetingSlotFields
  }
}
    fragment MeetingSlotFields on MeetingSlot {
  id
  start
  end
  label
  hostName
}`) as unknown as TypedDocumentString<MeetingSlotsQuery, MeetingSlotsQueryVariables>;
export const BookMeetingDocument = new TypedDocumentString(`
    mutation BookMeeting($id: ID!, $tz: String!) {
  bookMeeting(slotId: $id, timeZone: $tz) {
    id
    start
    end
    label
    hostName
    videoUrl
    ics
  }
}
    `) as unknown as TypedDocumentString<BookMeetingMutation, BookMeetingMutationVariables>;
export const VisitorEventsDocument = new TypedDocumentString(`
    subscription VisitorEvents($afterSeq: Int) {
  visitorEvents(afterSeq: $afterSeq) {
    message {
      ...VisitorMessageFields
    }
    reply {
      ...VisitorReplyFields
    }
    handoff
  }
}
    fragment VisitorMessageFields on VisitorMessage {
  id
  seq
  role
  text
  citations {
    title
    slug
  }
  helpful
  runId
  createdAt
}
fragment VisitorReplyFields on VisitorReply {
  runId
  text
  typing
  handoffOffered
  personWillReply
  done
}`) as unknown as TypedDocumentString<VisitorEventsSubscription, VisitorEventsSubscriptionVariables>;