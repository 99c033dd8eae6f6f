import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A specialist agent of the workspace.' })
export class Agent {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable key: support, sales, finance, content, tax, reporting.' })
  key!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() enabled!: boolean;
  @Field({ description: 'Model id used when a model provider is configured.' }) model!: string;
  @Field() systemPrompt!: string;
  @Field(() => Float) temperature!: number;
  @Field(() => Int, { description: 'Most reasoning rounds a run of this agent may take.' })
  maxSteps!: number;
  @Field(() => [String], { description: 'Tools this agent may call.' }) tools!: string[];
}
