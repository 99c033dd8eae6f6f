import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { DeductionSummary } from './deduction-summary.js';
import { DeductionSummaryView } from './deduction-summary.type.js';

/** The Tax & Compliance agent's figures for the console and the API. */
@Resolver()
export class TaxResolver {
  @Query(() => DeductionSummaryView, {
    description:
      'Schedule C deductions for a tax year from the ledger (INVALID_INPUT outside the years the tax rules cover), with why for each figure and the deductions likely missed.',
  })
  deductionSummary(
    @Ctx() ctx: ConsoleContext,
    @Arg('taxYear', () => Int) taxYear: number,
  ): Promise<DeductionSummary> {
    return ctx.services.tax.deductionSummary(ctx.workspaceId, taxYear);
  }
}
