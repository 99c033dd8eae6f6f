import type { ConversationEntity } from '@zactonics/db';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { Conversation } from './conversation.type.js';

@Resolver(() => Conversation)
export class ConversationVisitorResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The widget visitor's name, else their email, as they gave it; null for an anonymous visitor or a conversation started through the API.",
  })
  visitorName(
    @Ctx() ctx: ConsoleContext,
    @Root() conversation: ConversationEntity,
  ): Promise<string | null> | null {
    return conversation.visitorId
      ? ctx.services.actorNames.visitorName(ctx, conversation.visitorId)
      : null;
  }
}
