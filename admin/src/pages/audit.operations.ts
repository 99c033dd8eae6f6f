// The audit page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { AuditQuery } from '../gql/graphql.js';

export type AuditEvent = AuditQuery['auditEvents']['items'][number];

export const AUDIT_EVENTS = graphql(`
  query Audit(
    $search: String
    $actions: [String!]
    $from: DateTimeISO
    $to: DateTimeISO
    $first: Int!
    $offset: Int!
  ) {
    auditEvents(
      search: $search
      actions: $actions
      from: $from
      to: $to
      first: $first
      offset: $offset
    ) {
      totalItems
      items {
        id
        action
        actor
        actorName
        targetType
        targetId
        targetName
        data
        createdAt
      }
    }
  }
`);
