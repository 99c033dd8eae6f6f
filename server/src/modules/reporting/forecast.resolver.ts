import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { Forecast } from './forecast.service.js';
import { ForecastView } from './forecast.type.js';

/** The forecast of revenue, expenses and cash, from the ledger's complete months. */
@Resolver()
export class ForecastResolver {
  @Query(() => ForecastView, {
    description: 'The next months (1..24) of revenue, expenses and cash: scenarios and intervals.',
  })
  forecast(
    @Ctx() ctx: ConsoleContext,
    @Arg('months', () => Int, { defaultValue: 12, description: '1..24.' }) months: number,
  ): Promise<Forecast> {
    return ctx.services.forecast.forecast(ctx.workspaceId, months);
  }
}
