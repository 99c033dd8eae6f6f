import type { RunEntity, ScenarioEntity } from '@zactonics/db';
import type DataLoader from 'dataloader';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { Agent } from '../agents/agent.type.js';
import { Run } from '../runs/run.type.js';
import type { ScenarioReadiness } from './scenario-readiness.js';
import { Scenario } from './scenario.type.js';

/** One latest-run loader per request (the console context's loaders are fixed). */
const lastRunLoaders = new WeakMap<ConsoleContext, DataLoader<string, RunEntity | null>>();

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

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The input startRun accepts, as a JSON Schema (draft 2020-12, the input side: fields with a default are optional): the same schema the run's input is validated with. Null when the scenario is not built (see available).",
  })
  inputSchema(@Ctx() ctx: ConsoleContext, @Root() scenario: ScenarioEntity) {
    return ctx.services.scenarios.readiness.inputSchema(scenario.key);
  }

  @FieldResolver(() => Boolean, {
    description:
      'False when the hub cannot carry out this scenario today: it has no playbook, or a tool it calls is not built or not allowed for the agent (a run would fail with TOOL_NOT_AVAILABLE). unavailableReason says which.',
  })
  async available(@Ctx() ctx: ConsoleContext, @Root() scenario: ScenarioEntity): Promise<boolean> {
    return (await this.readiness(ctx, scenario)).available;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the scenario is not available, in words; null when it is.',
  })
  async unavailableReason(
    @Ctx() ctx: ConsoleContext,
    @Root() scenario: ScenarioEntity,
  ): Promise<string | null> {
    const readiness = await this.readiness(ctx, scenario);
    return readiness.available ? null : readiness.reason;
  }

  @FieldResolver(() => Run, {
    nullable: true,
    description: "The scenario's latest run (by creation), in any status; null before the first.",
  })
  lastRun(@Ctx() ctx: ConsoleContext, @Root() scenario: ScenarioEntity) {
    let loader = lastRunLoaders.get(ctx);
    if (!loader) {
      loader = ctx.services.scenarios.lastRunLoader(ctx);
      lastRunLoaders.set(ctx, loader);
    }
    return loader.load(scenario.id);
  }

  private async readiness(
    ctx: ConsoleContext,
    scenario: ScenarioEntity,
  ): Promise<ScenarioReadiness> {
    const agent = await ctx.loaders.agent.load(scenario.agentId);
    return ctx.services.scenarios.readiness.check(scenario, agent.tools);
  }
}
