import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { Dashboard } from './dashboard.type.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => Dashboard, {
    description:
      'Runs, outcomes, durations, tokens and cost per agent, escalations and handoffs over [from, to) (at most 366 days), and approvals pending now.',
  })
  dashboard(
    @Ctx() ctx: ConsoleContext,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
  ): Promise<Dashboard> {
    return ctx.services.dashboard.compute(ctx, { from, to });
  }
}
