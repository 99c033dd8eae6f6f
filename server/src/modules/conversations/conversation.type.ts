import type { HandoffState } from '@zactonics/db';
import { Field, ID, ObjectType } from 'type-graphql';
import { Run } from '../runs/run.type.js';
import { Ticket } from '../tickets/ticket.type.js';
import { HandoffStateEnum } from './conversation-enums.js';
import { ConversationMessage } from './conversation-message.type.js';

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
  @Field(() => ID, {
    nullable: true,
    description: 'The widget visitor the conversation is with; null when started through the API.',
  })
  visitorId!: string | null;
  @Field() createdAt!: Date;
  @Field({ description: 'When the conversation was started or last got a run.' })
  updatedAt!: Date;
  @Field(() => [Run], { description: 'Oldest first.' })
  runs!: Run[];
  @Field(() => HandoffStateEnum, { description: 'Who answers the visitor now.' })
  handoffState!: HandoffState;
  @Field({ description: 'When the handoff state last changed (creation until it first does).' })
  handoffChangedAt!: Date;
  @Field(() => [ConversationMessage], { description: 'Oldest first.' })
  messages!: ConversationMessage[];
  @Field(() => [Ticket], { description: 'Oldest first.' })
  tickets!: Ticket[];
}
