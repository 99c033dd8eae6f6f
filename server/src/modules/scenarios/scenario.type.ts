import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A task an agent knows how to carry out.' })
export class Scenario {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => GraphQLJSONObject, {
    description: 'An example input; used when startRun gives none.',
  })
  sampleInput!: Record<string, unknown>;
  /** Resolved by a field resolver. */
  agentId!: string;
}
