import type { MissedTickPolicy } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { MissedTickPolicyEnum } from './schedule.type.js';

@InputType('ScheduleInput', {
  description:
    "A scenario's schedule, created or replaced as given (one per scenario). Its next tick is computed from now.",
})
export class ScheduleInputView {
  @Field() scenarioKey!: string;
  @Field({
    description:
      'Five-field cron (minute hour day-of-month month day-of-week; names, L, W and # allowed). INVALID_CRON when it does not parse or never fires.',
  })
  cron!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "IANA time zone, e.g. America/Chicago; null or absent: the workspace's (TIME_ZONE_UNKNOWN for an unknown zone).",
  })
  timeZone?: string | null;
  @Field({ defaultValue: true }) enabled!: boolean;
  @Field(() => MissedTickPolicyEnum, { defaultValue: 'RUN_ONCE' })
  missedTickPolicy!: MissedTickPolicy;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The runs' input, checked by the scenario's schema now (INVALID_INPUT); null: derived from each tick, or the scenario's sample input.",
  })
  input?: Record<string, unknown> | null;
}
