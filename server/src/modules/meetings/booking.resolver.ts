import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { assertPage } from '../paging.js';
import { Booking } from './booking.type.js';

@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => [Booking], { description: "The workspace's meeting bookings, newest first." })
  async bookings(
    @Ctx() ctx: ConsoleContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<Booking[]> {
    assertPage({ first, offset });
    const views = await ctx.services.bookings.list(ctx.workspaceId, { first, offset });
    return views.map((b) => ({
      ...b,
      startsAt: new Date(b.startsAt),
      endsAt: new Date(b.endsAt),
      createdAt: new Date(b.createdAt),
    }));
  }
}
