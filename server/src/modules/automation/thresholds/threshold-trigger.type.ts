import type { ThresholdCrossingEntity } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ThresholdCondition } from '../../../engines/automation/thresholds.js';
import type { ThresholdTriggerView } from './threshold-trigger.service.js';

export const ThresholdConditionEnum = {
  INVOICE_OVERDUE: 'INVOICE_OVERDUE',
  NEXUS_EXPOSURE: 'NEXUS_EXPOSURE',
  CASH_BELOW_FLOOR: 'CASH_BELOW_FLOOR',
  NEGATIVE_SENTIMENT_SPIKE: 'NEGATIVE_SENTIMENT_SPIKE',
} as const satisfies { [K in ThresholdCondition]: K };
registerEnumType(ThresholdConditionEnum, {
  name: 'ThresholdCondition',
  description:
    'What a threshold trigger watches. INVOICE_OVERDUE {graceDays: int >= 0 = 0}: each open invoice past its due date plus grace, on the shop calendar. NEXUS_EXPOSURE {percent: 1..100 = 80}: each state, not registered, whose sales or transactions reach percent of its economic-nexus threshold. CASH_BELOW_FLOOR {floorCents: int}: the cash balance (bank accounts in the ledger plus bank lines not yet categorized) below the floor. NEGATIVE_SENTIMENT_SPIKE {count: int >= 2 = 3, windowMinutes = 60}: at least count negative customer messages within the window.',
});

@ObjectType({
  description:
    'One subject of a trigger going over its line (an invoice, a state, cash, sentiment) until it comes back. Each crossing starts one run, except a baseline: what was already over the line when the trigger was armed, recorded without a run.',
})
export class ThresholdCrossing {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. "invoice:INV-2026-005", "state:TX", "cash", "sentiment".' })
  subject!: string;
  @Field({ description: 'The crossing in words; says so for a baseline or a refused run.' })
  detail!: string;
  @Field(() => Float, {
    nullable: true,
    description:
      'The figure compared: days overdue, percent of threshold, cash in cents, messages.',
  })
  value!: number | null;
  @Field(() => Date) crossedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it came back under the line.' })
  clearedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The run it started.' })
  runId!: string | null;
  @Field({
    description:
      'True when it was already over the line when the trigger was armed: recorded, no run started.',
  })
  baseline!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why its run was refused (e.g. the agent is disabled); not retried.',
  })
  runError!: string | null;
}

@ObjectType({
  description:
    'A condition over the shop data that starts a scenario once per crossing, evaluated when that data changes and every 15 minutes (HUB_AUTOMATION on).',
})
export class ThresholdTrigger {
  @Field(() => ID) id!: string;
  @Field(() => ThresholdConditionEnum) condition!: ThresholdCondition;
  @Field(() => GraphQLJSONObject, { description: 'The parameters, defaults filled in.' })
  params!: Record<string, unknown>;
  @Field({ description: 'The condition in words, e.g. "Cash below $5,000.00".' })
  description!: string;
  @Field() scenarioKey!: string;
  @Field({ description: "The scenario's agent." })
  agentKey!: string;
  @Field() enabled!: boolean;
  @Field(() => Date) createdAt!: Date;
}

/** A stored trigger as the schema's type (crossings are resolved per field). */
export function thresholdTrigger(view: ThresholdTriggerView): ThresholdTrigger {
  return Object.assign(new ThresholdTrigger(), {
    id: view.id,
    condition: view.condition,
    params: view.params,
    description: view.description,
    scenarioKey: view.scenarioKey,
    agentKey: view.agentKey,
    enabled: view.enabled,
    createdAt: view.createdAt,
  });
}

export function thresholdCrossing(row: ThresholdCrossingEntity): ThresholdCrossing {
  return Object.assign(new ThresholdCrossing(), {
    id: row.id,
    subject: row.subject,
    detail: row.runError ? `${row.detail}. The run was not started: ${row.runError}` : row.detail,
    value: row.value,
    crossedAt: row.crossedAt,
    clearedAt: row.clearedAt,
    runId: row.runId,
    baseline: row.baseline,
    runError: row.runError,
  });
}
