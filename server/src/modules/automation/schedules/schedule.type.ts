import type { MissedTickPolicy } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';

export const MissedTickPolicyEnum = {
  RUN_ONCE: 'RUN_ONCE',
  SKIP: 'SKIP',
} as const satisfies { [K in MissedTickPolicy]: K };
registerEnumType(MissedTickPolicyEnum, {
  name: 'MissedTickPolicy',
  description:
    'What a schedule does with ticks missed while no hub was running (older than the grace period, HUB_SCHEDULE_GRACE_SECONDS): RUN_ONCE starts one run, marked late, for the latest of them; SKIP starts none. Either way the missed ticks are audited and the schedule moves on to its next tick.',
});

@ObjectType({
  description:
    "A scenario started on a cron schedule in the shop's time zone (DST-correct: 07:00 stays 07:00 local). At most one per scenario. Each tick starts exactly one run (Run.trigger SCHEDULE, Run.triggerDetail { scheduleId, tick, late }), however many hub processes run.",
})
export class Schedule {
  @Field(() => ID) id!: string;
  @Field() scenarioKey!: string;
  @Field() scenarioTitle!: string;
  @Field({ description: "The scenario's agent, which runs it." }) agentKey!: string;
  @Field({ description: 'Five-field cron: minute hour day-of-month month day-of-week.' })
  cron!: string;
  @Field({
    description:
      "The IANA zone its ticks are computed in: its own, else the workspace's (followed if that changes).",
  })
  timeZone!: string;
  @Field({
    description:
      "True when it has no zone of its own: it follows the workspace's, also after that changes.",
  })
  followsWorkspaceTimeZone!: boolean;
  @Field() enabled!: boolean;
  @Field(() => MissedTickPolicyEnum) missedTickPolicy!: MissedTickPolicy;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The runs' input; null derives it from each tick (e.g. last month for a monthly P&L) or takes the scenario's sample input.",
  })
  input!: Record<string, unknown> | null;
  @Field({ description: 'The cron in words, e.g. "At 07:00, only on Monday".' })
  description!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'The last tick a run was started (or refused) for.',
  })
  lastTickAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The last run it started.' })
  lastRunId!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: 'A cron expression in words and its next fire times.' })
export class SchedulePreview {
  @Field() description!: string;
  @Field({
    description: "The zone the fire times are computed in (the workspace's when none was given).",
  })
  timeZone!: string;
  @Field(() => [Date], { complexity: EMBEDDED_LIST_COST, description: 'From now, in order.' })
  nextFireTimes!: Date[];
}
