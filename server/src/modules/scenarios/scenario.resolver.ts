import type { ScenarioEntity } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { Agent } from '../agents/agent.type.js';
import { Scenario } from './scenario.type.js';

@Resolver(() => Scenario)
export class ScenarioResolver {
  @Query(() => [Scenario], { description: 'Scenarios of all agents, or of one agent.' })
  async scenarios(
    @Ctx() ctx: ConsoleContext,
    @Arg('agentKey', () => String, { nullable: true }) agentKey?: string | null,
  ): Promise<ScenarioEntity[]> {
    const agent = agentKey ? await ctx.services.agents.getByKey(ctx, agentKey) : null;
    return ctx.services.scenarios.list(ctx, agent?.id);
  }

  @FieldResolver(() => Agent)
  agent(@Ctx() ctx: ConsoleContext, @Root() scenario: ScenarioEntity) {
    return ctx.loaders.agent.load(scenario.agentId);
  }
}
