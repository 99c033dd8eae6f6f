import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { OrderTracking } from './order.service.js';
import { Order } from './order.type.js';

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, {
    nullable: true,
    description: 'An order by number (e.g. "JL-1042") with tracking and delay; null when unknown.',
  })
  async order(
    @Ctx() ctx: ConsoleContext,
    @Arg('number', () => String) number: string,
  ): Promise<Order | null> {
    const tracking = await ctx.services.orders.track(ctx.workspaceId, number, {
      now: ctx.services.clock.now(),
    });
    return tracking.found ? toOrder(tracking) : null;
  }

  @Query(() => [Order], {
    description:
      'Open orders running late against their promised date now, most days late first: reach out before the customer asks.',
  })
  async delayedOrders(@Ctx() ctx: ConsoleContext): Promise<Order[]> {
    const late = await ctx.services.orders.delayed(ctx.workspaceId, ctx.services.clock.now());
    return late.map(toOrder);
  }
}

function toOrder(tracking: OrderTracking): Order {
  const { scans, lastScan, source, sourceNote, found: _found, ...rest } = tracking;
  return {
    ...rest,
    events: scans,
    lastEvent: lastScan,
    trackingSource: source,
    trackingNote: sourceNote,
  };
}
