import type { RunStatus } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { RunStatusEnum } from '../../graphql/enums.js';

@InputType()
export class StartRunInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Without it, input.message is required and the hub routes the message to an agent (see Run.routing).',
  })
  agentKey?: string | null;
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
  @Field(() => ID, {
    nullable: true,
    description:
      'Continues a conversation (see startConversation): the run sees its earlier exchanges.',
  })
  conversationId?: string | null;
}

@InputType()
export class RunFilter {
  @Field(() => String, { nullable: true }) agentKey?: string | null;
  @Field(() => String, { nullable: true }) scenarioKey?: string | null;
  @Field(() => [RunStatusEnum], { nullable: true }) statuses?: RunStatus[] | null;
}
