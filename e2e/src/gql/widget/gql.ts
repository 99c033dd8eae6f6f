/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment VisitorMessageFields on VisitorMessage {\n    id\n    seq\n    role\n    text\n    citations {\n      title\n      slug\n    }\n    helpful\n    runId\n  }\n  fragment VisitorReplyFields on VisitorReply {\n    runId\n    text\n    typing\n    handoffOffered\n    personWillReply\n    done\n  }\n": typeof types.VisitorMessageFieldsFragmentDoc,
    "\n  subscription VisitorEvents($afterSeq: Int) {\n    visitorEvents(afterSeq: $afterSeq) {\n      message {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n      handoff\n    }\n  }\n": typeof types.VisitorEventsDocument,
    "\n  mutation Start($identity: VisitorIdentityInput) {\n    startVisitorSession(identity: $identity) {\n      token\n      identified\n    }\n  }\n": typeof types.StartDocument,
    "\n  mutation Send($text: String!, $id: String!) {\n    sendVisitorMessage(text: $text, clientMessageId: $id) {\n      ...VisitorMessageFields\n    }\n  }\n": typeof types.SendDocument,
    "\n  query VisitorConversation {\n    visitorConversation {\n      id\n      handoff\n      lastSeq\n      messages {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n    }\n  }\n": typeof types.VisitorConversationDocument,
    "\n  mutation Rate($id: ID!) {\n    rateReply(messageId: $id, helpful: true) {\n      id\n      helpful\n    }\n  }\n": typeof types.RateDocument,
    "\n  mutation RequestHuman {\n    requestHuman {\n      handoff\n    }\n  }\n": typeof types.RequestHumanDocument,
    "\n  mutation SubmitLead($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      id\n      hot\n      offerMeeting\n    }\n  }\n": typeof types.SubmitLeadDocument,
    "\n  mutation SubmitLeadOffer($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      hot\n      offerMeeting\n    }\n  }\n": typeof types.SubmitLeadOfferDocument,
    "\n  query MeetingSlots($tz: String!) {\n    meetingSlots(timeZone: $tz) {\n      id\n      start\n      label\n      hostName\n    }\n  }\n": typeof types.MeetingSlotsDocument,
    "\n  mutation BookMeeting($slot: ID!, $tz: String!) {\n    bookMeeting(slotId: $slot, timeZone: $tz) {\n      id\n      start\n      label\n      ics\n      videoUrl\n    }\n  }\n": typeof types.BookMeetingDocument,
};
const documents: Documents = {
    "\n  fragment VisitorMessageFields on VisitorMessage {\n    id\n    seq\n    role\n    text\n    citations {\n      title\n      slug\n    }\n    helpful\n    runId\n  }\n  fragment VisitorReplyFields on VisitorReply {\n    runId\n    text\n    typing\n    handoffOffered\n    personWillReply\n    done\n  }\n": types.VisitorMessageFieldsFragmentDoc,
    "\n  subscription VisitorEvents($afterSeq: Int) {\n    visitorEvents(afterSeq: $afterSeq) {\n      message {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n      handoff\n    }\n  }\n": types.VisitorEventsDocument,
    "\n  mutation Start($identity: VisitorIdentityInput) {\n    startVisitorSession(identity: $identity) {\n      token\n      identified\n    }\n  }\n": types.StartDocument,
    "\n  mutation Send($text: String!, $id: String!) {\n    sendVisitorMessage(text: $text, clientMessageId: $id) {\n      ...VisitorMessageFields\n    }\n  }\n": types.SendDocument,
    "\n  query VisitorConversation {\n    visitorConversation {\n      id\n      handoff\n      lastSeq\n      messages {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n    }\n  }\n": types.VisitorConversationDocument,
    "\n  mutation Rate($id: ID!) {\n    rateReply(messageId: $id, helpful: true) {\n      id\n      helpful\n    }\n  }\n": types.RateDocument,
    "\n  mutation RequestHuman {\n    requestHuman {\n      handoff\n    }\n  }\n": types.RequestHumanDocument,
    "\n  mutation SubmitLead($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      id\n      hot\n      offerMeeting\n    }\n  }\n": types.SubmitLeadDocument,
    "\n  mutation SubmitLeadOffer($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      hot\n      offerMeeting\n    }\n  }\n": types.SubmitLeadOfferDocument,
    "\n  query MeetingSlots($tz: String!) {\n    meetingSlots(timeZone: $tz) {\n      id\n      start\n      label\n      hostName\n    }\n  }\n": types.MeetingSlotsDocument,
    "\n  mutation BookMeeting($slot: ID!, $tz: String!) {\n    bookMeeting(slotId: $slot, timeZone: $tz) {\n      id\n      start\n      label\n      ics\n      videoUrl\n    }\n  }\n": types.BookMeetingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorMessageFields on VisitorMessage {\n    id\n    seq\n    role\n    text\n    citations {\n      title\n      slug\n    }\n    helpful\n    runId\n  }\n  fragment VisitorReplyFields on VisitorReply {\n    runId\n    text\n    typing\n    handoffOffered\n    personWillReply\n    done\n  }\n"): typeof import('./graphql.js').VisitorMessageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VisitorEvents($afterSeq: Int) {\n    visitorEvents(afterSeq: $afterSeq) {\n      message {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n      handoff\n    }\n  }\n"): typeof import('./graphql.js').VisitorEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Start($identity: VisitorIdentityInput) {\n    startVisitorSession(identity: $identity) {\n      token\n      identified\n    }\n  }\n"): typeof import('./graphql.js').StartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Send($text: String!, $id: String!) {\n    sendVisitorMessage(text: $text, clientMessageId: $id) {\n      ...VisitorMessageFields\n    }\n  }\n"): typeof import('./graphql.js').SendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorConversation {\n    visitorConversation {\n      id\n      handoff\n      lastSeq\n      messages {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').VisitorConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rate($id: ID!) {\n    rateReply(messageId: $id, helpful: true) {\n      id\n      helpful\n    }\n  }\n"): typeof import('./graphql.js').RateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHuman {\n    requestHuman {\n      handoff\n    }\n  }\n"): typeof import('./graphql.js').RequestHumanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLead($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      id\n      hot\n      offerMeeting\n    }\n  }\n"): typeof import('./graphql.js').SubmitLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLeadOffer($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      hot\n      offerMeeting\n    }\n  }\n"): typeof import('./graphql.js').SubmitLeadOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSlots($tz: String!) {\n    meetingSlots(timeZone: $tz) {\n      id\n      start\n      label\n      hostName\n    }\n  }\n"): typeof import('./graphql.js').MeetingSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookMeeting($slot: ID!, $tz: String!) {\n    bookMeeting(slotId: $slot, timeZone: $tz) {\n      id\n      start\n      label\n      ics\n      videoUrl\n    }\n  }\n"): typeof import('./graphql.js').BookMeetingDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
