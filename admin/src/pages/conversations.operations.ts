// The conversations page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { ConversationFieldsFragment } from '../gql/graphql.js';

export type Conversation = ConversationFieldsFragment;

graphql(`
  fragment ConversationFields on Conversation {
    id
    handoffState
    customerEmail
    visitorId
    visitorName
    updatedAt
    lastMessage {
      role
      text
      createdAt
    }
    messages {
      role
      text
      createdAt
    }
  }
`);

export const CONVERSATIONS = graphql(`
  query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {
    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {
      totalItems
      items {
        ...ConversationFields
      }
    }
  }
`);

export const CONVERSATION = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationFields
    }
  }
`);

/** Each new message or handoff move of one conversation (the open conversation re-reads it). */
export const CONVERSATION_EVENTS = graphql(`
  subscription ConversationEvents($id: ID!) {
    conversationEvents(conversationId: $id) {
      handoffState
      message {
        id
      }
    }
  }
`);

export const TAKE_OVER = graphql(`
  mutation TakeOver($id: ID!) {
    takeOverConversation(id: $id) {
      ...ConversationFields
    }
  }
`);

export const HAND_BACK = graphql(`
  mutation HandBack($id: ID!) {
    handBackToBot(id: $id) {
      ...ConversationFields
    }
  }
`);

export const RESOLVE = graphql(`
  mutation Resolve($id: ID!) {
    resolveConversation(id: $id) {
      ...ConversationFields
    }
  }
`);

export const SEND_HUMAN_MESSAGE = graphql(`
  mutation SendHuman($conversationId: ID!, $text: String!) {
    sendHumanMessage(conversationId: $conversationId, text: $text) {
      id
    }
  }
`);
