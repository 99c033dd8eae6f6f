import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'When a person must approve before the agent acts; defaults filled in (see runtime/review-policy.ts).',
})
export class ReviewPolicy {
  @Field(() => GraphQLSafeInt, { description: 'Refunds above this many cents wait for a person.' })
  refundLimitCents!: number;
  @Field({ description: 'Replies touching legal matters wait for a person.' })
  legalTopics!: boolean;
  @Field(() => Float, {
    nullable: true,
    description: 'Replies below this confidence wait for a person; null: the rule is off.',
  })
  minConfidence!: number | null;
  @Field({ description: 'False: every outbound email and publication waits for a person.' })
  outboundTrusted!: boolean;
  @Field(() => Int, { description: 'Minutes an approval stays open before the run fails.' })
  approvalTtlMinutes!: number;
}

@ObjectType({ description: "What an agent's settings may be set to." })
export class AgentOptions {
  @Field(() => [String], { description: 'Model ids the hub knows (and has prices for).' })
  models!: string[];
  @Field(() => [String], { description: 'Registered tool names, sorted.' })
  tools!: string[];
}
