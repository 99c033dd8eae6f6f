import type { RunEntity, RunStepEntity } from '@zactonics/db';
import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { topics } from '../../events/pub-sub.js';
import { Agent } from '../agents/agent.type.js';
import { Scenario } from '../scenarios/scenario.type.js';
import { RunFilter, StartRunInput } from './run.inputs.js';
import { runTriggerSummary } from './run-trigger-summary.js';
import { Run, RunList, RunStep } from './run.type.js';

interface RunStepsArgs {
  runId: string;
  afterSeq?: number | null;
}

@Resolver(() => Run)
export class RunResolver {
  @Query(() => RunList, { description: 'Runs of the workspace, newest first.' })
  runs(
    @Ctx() ctx: ConsoleContext,
    @Arg('filter', () => RunFilter, { nullable: true }) filter?: RunFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ) {
    return ctx.services.runs.list(ctx, { ...filter, first, offset });
  }

  @Query(() => Run, { nullable: true })
  run(@Ctx() ctx: ConsoleContext, @Arg('id', () => ID) id: string): Promise<RunEntity | null> {
    return ctx.services.runs.find(ctx, id);
  }

  @Mutation(() => Run, {
    description: 'Starts (queues) a run; the same idempotencyKey returns the same run.',
  })
  startRun(@Ctx() ctx: ConsoleContext, @Arg('input', () => StartRunInput) input: StartRunInput) {
    return ctx.services.runs.start(ctx, input);
  }

  @Mutation(() => Run, { description: 'Cancels a run that has not finished.' })
  cancelRun(@Ctx() ctx: ConsoleContext, @Arg('id', () => ID) id: string) {
    return ctx.services.runs.cancel(ctx, id);
  }

  @Subscription(() => RunStep, {
    description:
      'Replays the steps with seq > afterSeq, then streams live ones; completes after the terminal step.',
    subscribe: ({ args, context }) => {
      const { runId, afterSeq } = args as RunStepsArgs;
      const ctx = context as ConsoleContext;
      return ctx.services.runStream.open(ctx, runId, afterSeq ?? 0);
    },
  })
  runSteps(
    @Root() step: RunStepEntity,
    @Arg('runId', () => ID) _runId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number,
  ): RunStepEntity {
    return step;
  }

  @Subscription(() => Run, {
    description: "Every status change of the workspace's runs, for an activity view.",
    subscribe: ({ context }) => {
      const ctx = context as ConsoleContext;
      return ctx.services.pubSub.subscribe<RunEntity>(topics.workspaceRuns(ctx.workspaceId));
    },
  })
  runUpdated(@Root() run: RunEntity): RunEntity {
    return run;
  }

  @FieldResolver(() => String, {
    description: 'What started the run, in words, e.g. "Schedule: At 07:00, only on Monday".',
  })
  triggerSummary(@Root() run: RunEntity): string {
    return runTriggerSummary(run.trigger, run.triggerDetail);
  }

  @FieldResolver(() => String, {
    description:
      'Who or what started the run, by name: the team member, the API key ("API key “Zapier”") or the storefront visitor; for a schedule, webhook, threshold or another agent, the trigger in words.',
  })
  startedBy(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity): Promise<string> {
    return ctx.services.runStartedBy.startedBy(ctx, run);
  }

  @FieldResolver(() => Agent)
  agent(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity) {
    return ctx.loaders.agent.load(run.agentId);
  }

  @FieldResolver(() => Scenario, { nullable: true })
  scenario(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity) {
    return run.scenarioId ? ctx.loaders.scenario.load(run.scenarioId) : null;
  }

  @FieldResolver(() => Run, {
    nullable: true,
    description: 'The run that asked for this one (agent-to-agent call); null at depth 0.',
  })
  parentRun(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity) {
    return run.parentRunId ? ctx.services.runs.find(ctx, run.parentRunId) : null;
  }

  @FieldResolver(() => [Run], {
    description: 'Runs this run asked other agents for, oldest first.',
  })
  childRuns(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity) {
    return ctx.services.runs.children(ctx, run.id);
  }

  @FieldResolver(() => [RunStep])
  steps(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity) {
    return ctx.services.runs.steps(ctx, run.id);
  }
}
