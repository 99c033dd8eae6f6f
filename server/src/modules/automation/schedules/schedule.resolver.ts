import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';
import { ScheduleInputView } from './schedule.inputs.js';
import type { SchedulePreview as PreviewView, ScheduleView } from './schedule.service.js';
import { Schedule, SchedulePreview } from './schedule.type.js';

/**
 * Schedules in the console and the API. Writes are mutations: viewers are refused by the
 * console's operation rules before they run, and the service refuses them again.
 */
@Resolver(() => Schedule)
export class ScheduleResolver {
  @Query(() => [Schedule], { description: "The workspace's schedules, by agent and scenario." })
  schedules(@Ctx() ctx: ConsoleContext): Promise<ScheduleView[]> {
    return ctx.services.schedules.list(ctx);
  }

  @Query(() => SchedulePreview, {
    description:
      "A cron expression in words and its next `count` (1 to 50) fire times from now, in `timeZone` or the workspace's. INVALID_CRON, TIME_ZONE_UNKNOWN.",
  })
  schedulePreview(
    @Ctx() ctx: ConsoleContext,
    @Arg('cron') cron: string,
    @Arg('timeZone', () => String, { nullable: true }) timeZone: string | null,
    @Arg('count', () => Int, { defaultValue: 5 }) count: number,
  ): Promise<PreviewView> {
    return ctx.services.schedules.preview(ctx, cron, timeZone, count);
  }

  @Mutation(() => Schedule, {
    description:
      "Creates or replaces the scenario's schedule (upsert by scenarioKey); its next tick is computed from now. INVALID_CRON, TIME_ZONE_UNKNOWN, SCENARIO_NOT_FOUND, INVALID_INPUT. Audited.",
  })
  saveSchedule(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => ScheduleInputView) input: ScheduleInputView,
  ): Promise<ScheduleView> {
    return ctx.services.schedules.save(ctx, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a schedule; the runs it started stay. SCHEDULE_NOT_FOUND (also for another workspace’s). Audited.',
  })
  deleteSchedule(@Ctx() ctx: ConsoleContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.schedules.delete(ctx, id);
  }

  @FieldResolver(() => [Date], {
    complexity: EMBEDDED_LIST_COST,
    description:
      'Its next `count` (1 to 50) fire times from now, in its time zone; none while disabled.',
  })
  nextFireTimes(
    @Ctx() ctx: ConsoleContext,
    @Root() schedule: ScheduleView,
    @Arg('count', () => Int, { defaultValue: 5 }) count: number,
  ): Date[] {
    return ctx.services.schedules.nextFireTimes(schedule, count);
  }
}
