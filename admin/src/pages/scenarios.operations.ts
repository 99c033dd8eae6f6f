// The Scenarios page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { ScenarioGridQuery } from '../gql/graphql.js';

export type GridAgent = ScenarioGridQuery['agents'][number];
export type GridScenario = GridAgent['scenarios'][number];

/** Every agent with its scenarios, each with its input schema, readiness and latest run. */
export const SCENARIO_GRID = graphql(`
  query ScenarioGrid {
    agents {
      key
      name
      enabled
      scenarios {
        id
        key
        title
        description
        sampleInput
        inputSchema
        available
        unavailableReason
        lastRun {
          id
          status
          createdAt
          startedAt
          finishedAt
        }
      }
    }
  }
`);
