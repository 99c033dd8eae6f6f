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
};
const documents: Documents = {
    "\n  fragment VisitorMessageFields on VisitorMessage {\n    id\n    seq\n    role\n    text\n    citations {\n      title\n      slug\n    }\n    helpful\n    runId\n  }\n  fragment VisitorReplyFields on VisitorReply {\n    runId\n    text\n    typing\n    handoffOffered\n    personWillReply\n    done\n  }\n": types.VisitorMessageFieldsFragmentDoc,
    "\n  subscription VisitorEvents($afterSeq: Int) {\n    visitorEvents(afterSeq: $afterSeq) {\n      message {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n      handoff\n    }\n  }\n": types.VisitorEventsDocument,
    "\n  mutation Start($identity: VisitorIdentityInput) {\n    startVisitorSession(identity: $identity) {\n      token\n      identified\n    }\n  }\n": types.StartDocument,
    "\n  mutation Send($text: String!, $id: String!) {\n    sendVisitorMessage(text: $text, clientMessageId: $id) {\n      ...VisitorMessageFields\n    }\n  }\n": types.SendDocument,
    "\n  query VisitorConversation {\n    visitorConversation {\n      id\n      handoff\n      lastSeq\n      messages {\n        ...VisitorMessageFields\n      }\n      reply {\n        ...VisitorReplyFields\n      }\n    }\n  }\n": types.VisitorConversationDocument,
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
