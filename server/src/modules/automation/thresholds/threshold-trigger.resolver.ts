import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import { ThresholdTriggerInput } from './threshold-trigger.inputs.js';
import {
  ThresholdCrossing,
  ThresholdTrigger,
  thresholdCrossing,
  thresholdTrigger,
} from './threshold-trigger.type.js';

/**
 * Threshold triggers (Automation). Writes are mutations: viewers are refused by the console's
 * operation rules before they run, and the service refuses them again.
 */
@Resolver(() => ThresholdTrigger)
export class ThresholdTriggerResolver {
  @Query(() => [ThresholdTrigger], { description: "The workspace's threshold triggers." })
  async thresholdTriggers(@Ctx() ctx: ConsoleContext): Promise<ThresholdTrigger[]> {
    return (await ctx.services.thresholdTriggers.list(ctx)).map(thresholdTrigger);
  }

  @Mutation(() => ThresholdTrigger, {
    description:
      'Creates a threshold trigger (no id) or changes one. A new, re-enabled or changed trigger is armed at once: what is already over its line is recorded as a baseline crossing without a run. INVALID_INPUT for params its condition does not take; SCENARIO_NOT_FOUND; NOT_FOUND for an id not of this workspace.',
  })
  async saveThresholdTrigger(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => ThresholdTriggerInput) input: ThresholdTriggerInput,
  ): Promise<ThresholdTrigger> {
    return thresholdTrigger(await ctx.services.thresholdTriggers.save(ctx, input));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a trigger and its crossings (their runs stay); NOT_FOUND otherwise.',
  })
  deleteThresholdTrigger(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    return ctx.services.thresholdTriggers.delete(ctx, id);
  }

  @FieldResolver(() => [ThresholdCrossing], { description: 'Newest first.' })
  async crossings(
    @Ctx() ctx: ConsoleContext,
    @Root() trigger: ThresholdTrigger,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<ThresholdCrossing[]> {
    return (await ctx.services.thresholdTriggers.crossings(ctx, trigger.id, first)).map(
      thresholdCrossing,
    );
  }
}
