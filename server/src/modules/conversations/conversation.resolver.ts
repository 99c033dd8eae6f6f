import type { ConversationEntity, ConversationMessageEntity } from '@zactonics/db';
import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { Run } from '../runs/run.type.js';
import { Ticket } from '../tickets/ticket.type.js';
import type { ConversationFeedEvent } from './conversation-feed.js';
import { ConversationEvent, ConversationMessage } from './conversation-message.type.js';
import { StartConversationInput } from './conversation.inputs.js';
import { Conversation } from './conversation.type.js';

@Resolver(() => Conversation)
export class ConversationResolver {
  @Mutation(() => Conversation, {
    description:
      'Starts a conversation; pass its id to startRun so each run sees the earlier ones.',
  })
  startConversation(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => StartConversationInput, { nullable: true })
    input?: StartConversationInput | null,
  ): Promise<ConversationEntity> {
    return ctx.services.conversations.start(ctx, { customerEmail: input?.customerEmail });
  }

  @Query(() => Conversation, { nullable: true })
  conversation(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ConversationEntity | null> {
    return ctx.services.conversations.find(ctx, id);
  }

  @FieldResolver(() => [Run])
  runs(@Ctx() ctx: ConsoleContext, @Root() conversation: ConversationEntity) {
    return ctx.services.conversations.runs(ctx, conversation.id);
  }

  @FieldResolver(() => [ConversationMessage])
  messages(@Ctx() ctx: ConsoleContext, @Root() conversation: ConversationEntity) {
    return ctx.services.conversationMessages.list(ctx, conversation.id);
  }

  @FieldResolver(() => [Ticket])
  tickets(@Ctx() ctx: ConsoleContext, @Root() conversation: ConversationEntity) {
    return ctx.services.tickets.forConversation(ctx, conversation.id);
  }

  @Mutation(() => Conversation, {
    description: 'The visitor (or the widget for them) asks for a person: BOT -> HUMAN_REQUESTED.',
  })
  requestHuman(
    @Ctx() ctx: ConsoleContext,
    @Arg('conversationId', () => ID) conversationId: string,
  ): Promise<ConversationEntity> {
    return ctx.services.handoff.move(ctx, conversationId, 'request_human');
  }

  @Mutation(() => Conversation, {
    description: 'A person starts answering (from BOT or HUMAN_REQUESTED): the bot stays silent.',
  })
  takeOverConversation(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ConversationEntity> {
    return ctx.services.handoff.move(ctx, id, 'take_over');
  }

  @Mutation(() => Conversation, {
    description: 'The bot answers again (from HUMAN, or HUMAN_REQUESTED when nobody is needed).',
  })
  handBackToBot(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ConversationEntity> {
    return ctx.services.handoff.move(ctx, id, 'hand_back');
  }

  @Mutation(() => Conversation, {
    description: "HUMAN -> RESOLVED; the conversation's open tickets are resolved with it.",
  })
  resolveConversation(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ConversationEntity> {
    return ctx.services.handoff.move(ctx, id, 'resolve');
  }

  @Subscription(() => ConversationEvent, {
    description:
      'The conversation live, for the inbox: its handoff state, then messages with seq > afterSeq (replayed, then live).',
    subscribe: ({ args, context }) => {
      const ctx = context as ConsoleContext;
      const { conversationId, afterSeq } = args as { conversationId: string; afterSeq?: number };
      return ctx.services.conversationFeeds.openById(ctx, conversationId, afterSeq ?? 0);
    },
  })
  conversationEvents(
    @Root() event: ConversationFeedEvent,
    @Arg('conversationId', () => ID) _conversationId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number,
  ): ConversationEvent {
    return {
      message: 'message' in event ? event.message : null,
      handoffState: 'handoff' in event ? event.handoff : null,
    };
  }

  @Mutation(() => ConversationMessage, {
    description: 'A person writes to the visitor; only while the conversation is HUMAN.',
  })
  sendHumanMessage(
    @Ctx() ctx: ConsoleContext,
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('text', () => String) text: string,
  ): Promise<ConversationMessageEntity> {
    return ctx.services.conversationMessages.sendHuman(ctx, conversationId, text);
  }
}
