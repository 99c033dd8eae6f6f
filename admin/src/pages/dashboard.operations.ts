// The dashboard page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { DashboardQuery } from '../gql/graphql.js';

export type Dashboard = DashboardQuery['dashboard'];

export const DASHBOARD = graphql(`
  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {
    dashboard(from: $from, to: $to) {
      runsPerDay {
        day
        agentKey
        runs
      }
      escalations
      handoffs
      openApprovals
      agents {
        agentKey
        agentName
        runs
        succeeded
        failed
        unavailable
        successRate
        medianDurationMs
        p95DurationMs
        inputTokens
        outputTokens
        costUsd
      }
    }
  }
`);
