import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { FinancialRatiosReport } from './ratios.service.js';
import { FinancialRatiosView } from './ratios.type.js';

/** Financial ratios from the ledger against the industry benchmark for the shop's NAICS code. */
@Resolver()
export class RatiosResolver {
  @Query(() => FinancialRatiosView, {
    description:
      'Flows over the trailing twelve complete months ending at asOf, balances at asOf; each ratio names its statement lines.',
  })
  financialRatios(
    @Ctx() ctx: ConsoleContext,
    @Arg('asOf', { description: 'YYYY-MM-DD.' }) asOf: string,
  ): Promise<FinancialRatiosReport> {
    return ctx.services.ratios.financialRatios(ctx.workspaceId, asOf);
  }
}
