import type { RunStatus } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { RunStatusEnum } from '../../graphql/enums.js';

@InputType()
export class StartRunInput {
  @Field() agentKey!: string;
  @Field(() => String, { nullable: true, description: "Defaults to the agent's general scenario." })
  scenarioKey?: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "The scenario's input; defaults to the scenario's sampleInput.",
  })
  input?: Record<string, unknown> | null;
  @Field(() => String, {
    nullable: true,
    description: 'The same key returns the same run (1-200 chars).',
  })
  idempotencyKey?: string | null;
}

@InputType()
export class RunFilter {
  @Field(() => String, { nullable: true }) agentKey?: string | null;
  @Field(() => String, { nullable: true }) scenarioKey?: string | null;
  @Field(() => [RunStatusEnum], { nullable: true }) statuses?: RunStatus[] | null;
}
