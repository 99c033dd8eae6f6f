import type { ConversationEntity, ConversationMessageEntity, HandoffState } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { HandoffStateEnum } from './conversation-enums.js';
import { ConversationList } from './conversation-list.type.js';
import { ConversationMessage } from './conversation-message.type.js';
import { Conversation } from './conversation.type.js';

@Resolver(() => Conversation)
export class ConversationListResolver {
  @Query(() => ConversationList, {
    description:
      "The workspace's conversations, newest activity (a run, a message, a handoff move) first.",
  })
  conversations(
    @Ctx() ctx: ConsoleContext,
    @Arg('handoffStates', () => [HandoffStateEnum], { nullable: true })
    handoffStates?: HandoffState[] | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ) {
    return ctx.services.conversationList.list(ctx, { handoffStates, first, offset });
  }

  @FieldResolver(() => ConversationMessage, {
    nullable: true,
    description: 'The latest message; null before the first one.',
  })
  lastMessage(
    @Ctx() ctx: ConsoleContext,
    @Root() conversation: ConversationEntity,
  ): Promise<ConversationMessageEntity | null> {
    return ctx.services.conversationList.lastMessage(ctx, conversation.id);
  }
}
