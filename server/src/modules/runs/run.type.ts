import type { RunStatus, RunStepKind } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RunStatusEnum, RunStepKindEnum } from '../../graphql/enums.js';

@ObjectType({
  description:
    "Text a model just wrote into a step: it starts at character `offset` of the step's detail.",
})
export class RunStepTextDelta {
  @Field(() => Int) offset!: number;
  @Field() text!: string;
}

@ObjectType({ description: 'One persisted step of a run. See docs/RUN-STREAM.md.' })
export class RunStep {
  @Field(() => ID) id!: string;
  @Field(() => ID) runId!: string;
  @Field(() => Int, { description: 'Monotonic per run, starting at 1, without gaps.' })
  seq!: number;
  @Field(() => RunStepKindEnum) kind!: RunStepKind;
  @Field() title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Null on a textDelta event: the delta carries the news.',
  })
  detail!: string | null;
  @Field({ description: 'True while a model is still writing this step (its detail grows).' })
  streaming!: boolean;
  @Field(() => RunStepTextDelta, {
    nullable: true,
    description:
      'Set only on live events of runSteps for a step being written; selecting it opts into those events.',
  })
  textDelta?: RunStepTextDelta | null;
  @Field(() => GraphQLJSONObject) data!: Record<string, unknown>;
  @Field() startedAt!: Date;
  @Field(() => Int) durationMs!: number;
  @Field(() => Int) inputTokens!: number;
  @Field(() => Int) outputTokens!: number;
  @Field(() => Float) costUsd!: number;
}

@ObjectType({ description: 'One execution of an agent.' })
export class Run {
  @Field(() => ID) id!: string;
  @Field(() => RunStatusEnum) status!: RunStatus;
  @Field({
    description:
      'What started the run: MANUAL (a person in the console), API (a secret key), WIDGET (a storefront visitor), AGENT (another agent), SCHEDULE, WEBHOOK or THRESHOLD.',
  })
  trigger!: string;
  @Field(() => GraphQLJSONObject, {
    description:
      "The trigger's particulars: a schedule's id, tick and description; a webhook's endpoint, delivery and event type; a threshold's id, condition and subject; the asking run of an AGENT run. Empty for the other kinds.",
  })
  triggerDetail!: Record<string, unknown>;
  @Field(() => String, {
    nullable: true,
    description: 'Which model provider executed the run: offline or anthropic.',
  })
  provider!: string | null;
  @Field(() => GraphQLJSONObject) input!: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { nullable: true }) output!: Record<string, unknown> | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Stable code of the failure, see the schema package.',
  })
  errorCode!: string | null;
  @Field(() => String, { nullable: true }) idempotencyKey!: string | null;
  @Field(() => Int, { description: 'The seq of the latest step.' }) lastSeq!: number;
  @Field(() => Int) inputTokens!: number;
  @Field(() => Int) outputTokens!: number;
  @Field(() => Float) costUsd!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Int, {
    description: '0 for a run started from outside; 1-3 for a run another agent asked for.',
  })
  depth!: number;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'How the agent was chosen when startRun named none: agentKey, confidence, method (classifier or model), candidates, outcome.',
  })
  routing!: Record<string, unknown> | null;
  @Field(() => [String], {
    description:
      'Guardrail findings: PROMPT_INJECTION (the input looked like one), PII_REDACTED (a card number or SSN was removed before storing).',
  })
  flags!: string[];
  @Field(() => ID, {
    nullable: true,
    description: 'The conversation whose earlier turns this run remembers.',
  })
  conversationId!: string | null;
  agentId!: string;
  scenarioId!: string | null;
  parentRunId!: string | null;
}

@ObjectType()
export class RunList {
  @Field(() => [Run]) items!: Run[];
  @Field(() => Int) totalItems!: number;
}
