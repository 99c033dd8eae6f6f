import type { ConversationMessageRole, HandoffState } from '@zactonics/db';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConversationMessageRoleEnum, HandoffStateEnum } from './conversation-enums.js';

@ObjectType({ description: 'One message of a conversation, stored redacted.' })
export class ConversationMessage {
  @Field(() => ID) id!: string;
  @Field(() => ID) conversationId!: string;
  @Field(() => ConversationMessageRoleEnum) role!: ConversationMessageRole;
  @Field() text!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "The run the customer's message started or that wrote the reply; null for a person.",
  })
  runId!: string | null;
  @Field(() => Int, { description: '1, 2, 3... within the conversation, in commit order.' })
  seq!: number;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'Exactly one field is set: a new message, or the new handoff state.' })
export class ConversationEvent {
  @Field(() => ConversationMessage, { nullable: true }) message!: ConversationMessage | null;
  @Field(() => HandoffStateEnum, { nullable: true }) handoffState!: HandoffState | null;
}
