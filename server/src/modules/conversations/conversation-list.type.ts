import { Field, Int, ObjectType } from 'type-graphql';
import { Conversation } from './conversation.type.js';

@ObjectType()
export class ConversationList {
  @Field(() => [Conversation]) items!: Conversation[];
  @Field(() => Int) totalItems!: number;
}
