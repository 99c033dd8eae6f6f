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
    "\n  fragment VisitorMessageFields on VisitorMessage {\n    id\n    seq\n    role\n    text\n    citations {\n      title\n      slug\n    }\n    helpful\n    runId\n    createdAt\n  }\n  fragment VisitorReplyFields on VisitorReply {\n    runId\n    text\n    typing\n    handoffOffered\n    personWillReply\n    done\n  }\n  fragment VisitorConversationFields on VisitorConversation {\n    id\n    handoff\n    lastSeq\n    messages {\n      ...VisitorMessageFields\n    }\n    reply {\n      ...VisitorReplyFields\n    }\n  }\n  fragment MeetingSlotFields on MeetingSlot {\n    id\n    start\n    end\n    label\n    hostName\n  }\n": typeof types.VisitorMessageFieldsFragmentDoc,
    "\n  mutation StartVisitorSession($identity: VisitorIdentityInput) {\n    startVisitorSession(identity: $identity) {\n      token\n      identified\n    }\n  }\n": typeof types.StartVisitorSessionDocument,
    "\n  query VisitorConversation {\n    visitorConversation {\n      ...VisitorConversationFields\n    }\n  }\n": typeof types.VisitorConversationDocument,
    "\n  mutation SendVisitorMessage($text: String!, $id: String!) {\n    sendVisitorMessage(text: $text, clientMessageId: $id) {\n      ...VisitorMessageFields\n    }\n  }\n": typeof types.SendVisitorMessageDocument,
    "\n  mutation RateReply($id: ID!, $h: Boolean!) {\n    rateReply(messageId: $id, helpful: $h) {\n      ...VisitorMessageFields\n    }\n  }\n": typeof types.RateReplyDocument,
    "\n  mutation RequestHuman {\n    requestHuman {\n      ...VisitorConversationFields\n    }\n  }\n": typeof types.RequestHumanDocument,
    "\n  mutation SubmitLead($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      id\n      hot\n      offerMeeting\n    }\n  }\n": typeof types.SubmitLeadDocument,
    "\n  query MeetingSlots($tz: String!) {\n    meetingSlots(timeZone: $tz) {\n      ...MeetingSlotFields\n    }\n  }\n": typeof types.MeetingSlotsDocument,
    "\n  mutation BookMeeting($id: ID!, $tz: String!) {\n    bookMeeting(slotId: $id, timeZone: $tz) {\n      id\n      start\n      end\n      label\n      hostName\n      videoUrl\n      ics\n    }\n  }\n": typeof types.BookMeetingDocument,
    "\n  subscription VisitorEvents($afterSeq: Int) {\n    visitorEvents(afterSeq: $afterSeq) {\n      message {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n      handoff\n    }\n  }\n": typeof types.VisitorEventsDocument,
};
const documents: Documents = {
    "\n  fragment VisitorMessageFields on VisitorMessage {\n    id\n    seq\n    role\n    text\n    citations {\n      title\n      slug\n    }\n    helpful\n    runId\n    createdAt\n  }\n  fragment VisitorReplyFields on VisitorReply {\n    runId\n    text\n    typing\n    handoffOffered\n    personWillReply\n    done\n  }\n  fragment VisitorConversationFields on VisitorConversation {\n    id\n    handoff\n    lastSeq\n    messages {\n      ...VisitorMessageFields\n    }\n    reply {\n      ...VisitorReplyFields\n    }\n  }\n  fragment MeetingSlotFields on MeetingSlot {\n    id\n    start\n    end\n    label\n    hostName\n  }\n": types.VisitorMessageFieldsFragmentDoc,
    "\n  mutation StartVisitorSession($identity: VisitorIdentityInput) {\n    startVisitorSession(identity: $identity) {\n      token\n      identified\n    }\n  }\n": types.StartVisitorSessionDocument,
    "\n  query VisitorConversation {\n    visitorConversation {\n      ...VisitorConversationFields\n    }\n  }\n": types.VisitorConversationDocument,
    "\n  mutation SendVisitorMessage($text: String!, $id: String!) {\n    sendVisitorMessage(text: $text, clientMessageId: $id) {\n      ...VisitorMessageFields\n    }\n  }\n": types.SendVisitorMessageDocument,
    "\n  mutation RateReply($id: ID!, $h: Boolean!) {\n    rateReply(messageId: $id, helpful: $h) {\n      ...VisitorMessageFields\n    }\n  }\n": types.RateReplyDocument,
    "\n  mutation RequestHuman {\n    requestHuman {\n      ...VisitorConversationFields\n    }\n  }\n": types.RequestHumanDocument,
    "\n  mutation SubmitLead($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      id\n      hot\n      offerMeeting\n    }\n  }\n": types.SubmitLeadDocument,
    "\n  query MeetingSlots($tz: String!) {\n    meetingSlots(timeZone: $tz) {\n      ...MeetingSlotFields\n    }\n  }\n": types.MeetingSlotsDocument,
    "\n  mutation BookMeeting($id: ID!, $tz: String!) {\n    bookMeeting(slotId: $id, timeZone: $tz) {\n      id\n      start\n      end\n      label\n      hostName\n      videoUrl\n      ics\n    }\n  }\n": types.BookMeetingDocument,
    "\n  subscription VisitorEvents($afterSeq: Int) {\n    visitorEvents(afterSeq: $afterSeq) {\n      message {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n      handoff\n    }\n  }\n": types.VisitorEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorMessageFields on VisitorMessage {\n    id\n    seq\n    role\n    text\n    citations {\n      title\n      slug\n    }\n    helpful\n    runId\n    createdAt\n  }\n  fragment VisitorReplyFields on VisitorReply {\n    runId\n    text\n    typing\n    handoffOffered\n    personWillReply\n    done\n  }\n  fragment VisitorConversationFields on VisitorConversation {\n    id\n    handoff\n    lastSeq\n    messages {\n      ...VisitorMessageFields\n    }\n    reply {\n      ...VisitorReplyFields\n    }\n  }\n  fragment MeetingSlotFields on MeetingSlot {\n    id\n    start\n    end\n    label\n    hostName\n  }\n"): typeof import('./graphql.js').VisitorMessageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartVisitorSession($identity: VisitorIdentityInput) {\n    startVisitorSession(identity: $identity) {\n      token\n      identified\n    }\n  }\n"): typeof import('./graphql.js').StartVisitorSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorConversation {\n    visitorConversation {\n      ...VisitorConversationFields\n    }\n  }\n"): typeof import('./graphql.js').VisitorConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendVisitorMessage($text: String!, $id: String!) {\n    sendVisitorMessage(text: $text, clientMessageId: $id) {\n      ...VisitorMessageFields\n    }\n  }\n"): typeof import('./graphql.js').SendVisitorMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateReply($id: ID!, $h: Boolean!) {\n    rateReply(messageId: $id, helpful: $h) {\n      ...VisitorMessageFields\n    }\n  }\n"): typeof import('./graphql.js').RateReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHuman {\n    requestHuman {\n      ...VisitorConversationFields\n    }\n  }\n"): typeof import('./graphql.js').RequestHumanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLead($input: VisitorLeadInput!) {\n    submitLead(input: $input) {\n      id\n      hot\n      offerMeeting\n    }\n  }\n"): typeof import('./graphql.js').SubmitLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSlots($tz: String!) {\n    meetingSlots(timeZone: $tz) {\n      ...MeetingSlotFields\n    }\n  }\n"): typeof import('./graphql.js').MeetingSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookMeeting($id: ID!, $tz: String!) {\n    bookMeeting(slotId: $id, timeZone: $tz) {\n      id\n      start\n      end\n      label\n      hostName\n      videoUrl\n      ics\n    }\n  }\n"): typeof import('./graphql.js').BookMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VisitorEvents($afterSeq: Int) {\n    visitorEvents(afterSeq: $afterSeq) {\n      message {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n      handoff\n    }\n  }\n"): typeof import('./graphql.js').VisitorEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
