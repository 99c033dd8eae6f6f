import type { ConversationMessageRole } from '@zactonics/db';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConversationMessageRoleEnum } from './conversation-enums.js';

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
  @Field() createdAt!: Date;
}
