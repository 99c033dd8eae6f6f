import type { RunStatus, RunStepKind } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RunStatusEnum, RunStepKindEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'One persisted step of a run. See docs/RUN-STREAM.md.' })
export class RunStep {
  @Field(() => ID) id!: string;
  @Field(() => ID) runId!: string;
  @Field(() => Int, { description: 'Monotonic per run, starting at 1, without gaps.' })
  seq!: number;
  @Field(() => RunStepKindEnum) kind!: RunStepKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
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
  @Field({ description: 'What started the run: API, ...' }) trigger!: string;
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
  agentId!: string;
  scenarioId!: string | null;
}

@ObjectType()
export class RunList {
  @Field(() => [Run]) items!: Run[];
  @Field(() => Int) totalItems!: number;
}
