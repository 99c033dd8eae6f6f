import type { AgentEntity } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { Scenario } from '../scenarios/scenario.type.js';
import { Agent } from './agent.type.js';

@Resolver(() => Agent)
export class AgentResolver {
  @Query(() => [Agent], { description: "The workspace's agents." })
  agents(@Ctx() ctx: ConsoleContext): Promise<AgentEntity[]> {
    return ctx.services.agents.list(ctx);
  }

  @Query(() => Agent, { nullable: true })
  agent(
    @Ctx() ctx: ConsoleContext,
    @Arg('key', () => String) key: string,
  ): Promise<AgentEntity | null> {
    return ctx.services.agents.findByKey(ctx, key);
  }

  @FieldResolver(() => [Scenario])
  scenarios(@Ctx() ctx: ConsoleContext, @Root() agent: AgentEntity) {
    return ctx.loaders.agentScenarios.load(agent.id);
  }

  @FieldResolver(() => Number)
  temperature(@Root() agent: AgentEntity): number {
    return Number(agent.temperature);
  }
}
