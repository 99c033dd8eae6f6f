import { Field, ID, ObjectType } from 'type-graphql';
import { Run } from '../runs/run.type.js';

@ObjectType({
  description:
    "A thread of runs with one visitor or customer: each run sees the earlier runs' exchanges.",
})
export class Conversation {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description: "Lower-cased; the customer whose long-term facts the conversation's runs use.",
  })
  customerEmail!: string | null;
  @Field() createdAt!: Date;
  @Field({ description: 'When the conversation was started or last got a run.' })
  updatedAt!: Date;
  @Field(() => [Run], { description: 'Oldest first.' })
  runs!: Run[];
}
