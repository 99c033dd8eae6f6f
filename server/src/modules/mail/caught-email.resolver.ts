import type { CaughtEmailEntity } from '@zactonics/db';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { CaughtEmail, CaughtEmailList } from './caught-email.type.js';

/** The console's Outbox (the development mail catcher). */
@Resolver(() => CaughtEmail)
export class CaughtEmailResolver {
  @Query(() => CaughtEmailList, {
    description:
      'Email the development mail catcher kept, newest first. Confidential mail (password links) is listed to owners only.',
  })
  async caughtEmails(
    @Ctx() ctx: ConsoleContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<CaughtEmailList> {
    const page = await ctx.services.caughtEmails.list(ctx, { first, offset });
    return { ...page, delivery: ctx.services.caughtEmails.delivery };
  }

  @Query(() => CaughtEmail, {
    nullable: true,
    description: 'One caught email; null when unknown (or confidential and you are not an owner).',
  })
  caughtEmail(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<CaughtEmailEntity | null> {
    return ctx.services.caughtEmails.get(ctx, id);
  }
}
