// The Outbox page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { OutboxQuery } from '../gql/graphql.js';

export type CaughtEmail = OutboxQuery['caughtEmails']['items'][number];
export type MailDelivery = OutboxQuery['caughtEmails']['delivery'];

export const OUTBOX = graphql(`
  query Outbox($first: Int!, $offset: Int!) {
    caughtEmails(first: $first, offset: $offset) {
      delivery
      totalItems
      items {
        id
        messageId
        fromAddress
        toAddress
        subject
        textBody
        htmlBody
        headers
        confidential
        sentAt
      }
    }
  }
`);
