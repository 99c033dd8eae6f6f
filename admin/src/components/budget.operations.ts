// The cost budgets' GraphQL operations (settings form, dashboard card, shell banner); their types
// are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { CostBudgetsQuery } from '../gql/graphql.js';

export type CostBudget = CostBudgetsQuery['costBudgets'][number];

export const COST_BUDGETS = graphql(`
  query CostBudgets {
    costBudgets {
      id
      agent {
        id
        key
        name
      }
      limitCents
      policy
      warnPercent
      month
      spentUsd
      percent
      status
    }
  }
`);

export const COST_BUDGET_AGENTS = graphql(`
  query CostBudgetAgents {
    agents {
      id
      key
      name
    }
  }
`);

export const SAVE_COST_BUDGET = graphql(`
  mutation SaveCostBudget($input: CostBudgetInput!) {
    saveCostBudget(input: $input) {
      id
      status
    }
  }
`);

export const DELETE_COST_BUDGET = graphql(`
  mutation DeleteCostBudget($id: ID!) {
    deleteCostBudget(id: $id)
  }
`);
