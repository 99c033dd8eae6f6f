import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import type { AgentUpdate, ReviewPolicyUpdate } from './agent-update.js';

@InputType({
  description:
    'Review thresholds to change; absent fields keep their value. Null is refused except for minConfidence, where it turns the rule off.',
})
export class ReviewPolicyInput implements ReviewPolicyUpdate {
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Refunds above this many cents wait for a person (0 or more).',
  })
  refundLimitCents?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Hold replies touching legal matters.' })
  legalTopics?: boolean | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Hold replies whose confidence is below this (0..1); null turns the rule off.',
  })
  minConfidence?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'When false, every outbound email and publication waits for a person.',
  })
  outboundTrusted?: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Minutes an approval stays open (1..43,200).',
  })
  approvalTtlMinutes?: number | null;
}

@InputType({
  description:
    'Agent settings to change; absent fields keep their value and null is refused. Takes effect on the next run.',
})
export class UpdateAgentInput implements AgentUpdate {
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
  @Field(() => String, { nullable: true, description: 'One of agentOptions.models.' })
  model?: string | null;
  @Field(() => String, { nullable: true, description: '1 to 20,000 characters, not blank.' })
  systemPrompt?: string | null;
  @Field(() => Float, { nullable: true, description: '0 to 1, at most two decimals.' })
  temperature?: number | null;
  @Field(() => Int, { nullable: true, description: 'Most reasoning rounds of a run: 1 to 50.' })
  maxSteps?: number | null;
  @Field(() => [String], {
    nullable: true,
    description:
      'Registered tool names (agentOptions.tools), each at most once; a tool the agent already lists may stay.',
  })
  tools?: string[] | null;
  @Field(() => ReviewPolicyInput, { nullable: true })
  reviewPolicy?: ReviewPolicyInput | null;
}
