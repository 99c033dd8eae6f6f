// The leads page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { LeadsQuery } from '../gql/graphql.js';

export type Lead = LeadsQuery['leads'][number];

export const LEADS = graphql(`
  query Leads {
    leads(first: 100) {
      id
      name
      email
      company
      score
      tier
      stage
      createdAt
      scoreFactors {
        feature
        label
        value
        contribution
      }
    }
  }
`);
