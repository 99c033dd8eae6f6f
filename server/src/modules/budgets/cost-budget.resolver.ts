import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { CostBudgetInput } from './cost-budget.inputs.js';
import { CostBudget, costBudget } from './cost-budget.type.js';

/**
 * Monthly model-cost budgets. Anyone in the console reads them (the dashboard and the banner do);
 * changing them is a mutation, refused to viewers by the console's operation rules and again by
 * the service.
 */
@Resolver(() => CostBudget)
export class CostBudgetResolver {
  @Query(() => [CostBudget], {
    description:
      "The workspace's cost budgets with this month's spend and status: the workspace's first, then the agents'.",
  })
  async costBudgets(@Ctx() ctx: ConsoleContext): Promise<CostBudget[]> {
    return (await ctx.services.costBudgets.list(ctx)).map(costBudget);
  }

  @Mutation(() => CostBudget, {
    description:
      "Creates or changes the workspace's budget (no agentId) or an agent's. INVALID_INPUT for a limit or percentage out of range; AGENT_NOT_FOUND for an agent not of this workspace.",
  })
  async saveCostBudget(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => CostBudgetInput) input: CostBudgetInput,
  ): Promise<CostBudget> {
    return costBudget(await ctx.services.costBudgets.save(ctx, input));
  }

  @Mutation(() => Boolean, {
    description: 'Removes a budget; COST_BUDGET_NOT_FOUND for an id not of this workspace.',
  })
  deleteCostBudget(@Ctx() ctx: ConsoleContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.costBudgets.delete(ctx, id);
  }
}
