import type { ConversationEntity } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Run } from '../runs/run.type.js';
import { StartConversationInput } from './conversation.inputs.js';
import { Conversation } from './conversation.type.js';

@Resolver(() => Conversation)
export class ConversationResolver {
  @Mutation(() => Conversation, {
    description:
      'Starts a conversation; pass its id to startRun so each run sees the earlier ones.',
  })
  startConversation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => StartConversationInput, { nullable: true })
    input?: StartConversationInput | null,
  ): Promise<ConversationEntity> {
    return ctx.services.conversations.start(ctx, { customerEmail: input?.customerEmail });
  }

  @Query(() => Conversation, { nullable: true })
  conversation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ConversationEntity | null> {
    return ctx.services.conversations.find(ctx, id);
  }

  @FieldResolver(() => [Run])
  runs(@Ctx() ctx: RequestContext, @Root() conversation: ConversationEntity) {
    return ctx.services.conversations.runs(ctx, conversation.id);
  }
}
