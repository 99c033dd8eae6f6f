import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { FinancialStatement } from './statements.service.js';
import { FinancialStatementView } from './statements.type.js';

const PERIOD = { description: 'A month (2026-10), a quarter (2026-Q3) or a year (2026).' };
const PRIOR = { defaultValue: true, description: 'Add the prior period and the variance.' };
const LAST_YEAR = { defaultValue: true, description: 'Add the same period last year.' };

/** The financial statements, from the ledger; every figure names its accounts. */
@Resolver()
export class StatementsResolver {
  @Query(() => FinancialStatementView, {
    description: 'Revenue by account, COGS, expenses, net income.',
  })
  incomeStatement(
    @Ctx() ctx: ConsoleContext,
    @Arg('period', PERIOD) period: string,
    @Arg('comparePrior', PRIOR) prior: boolean,
    @Arg('compareLastYear', LAST_YEAR) lastYear: boolean,
  ): Promise<FinancialStatement> {
    return ctx.services.statements.incomeStatement(ctx.workspaceId, period, { prior, lastYear });
  }

  @Query(() => FinancialStatementView, {
    description: 'As of the last day of the period; checks assets = liabilities + equity.',
  })
  balanceSheet(
    @Ctx() ctx: ConsoleContext,
    @Arg('period', PERIOD) period: string,
    @Arg('comparePrior', PRIOR) prior: boolean,
    @Arg('compareLastYear', LAST_YEAR) lastYear: boolean,
  ): Promise<FinancialStatement> {
    return ctx.services.statements.balanceSheet(ctx.workspaceId, period, { prior, lastYear });
  }

  @Query(() => FinancialStatementView, {
    description: 'Indirect method; checks that it reconciles to the change in cash.',
  })
  cashFlowStatement(
    @Ctx() ctx: ConsoleContext,
    @Arg('period', PERIOD) period: string,
    @Arg('comparePrior', PRIOR) prior: boolean,
    @Arg('compareLastYear', LAST_YEAR) lastYear: boolean,
  ): Promise<FinancialStatement> {
    return ctx.services.statements.cashFlowStatement(ctx.workspaceId, period, { prior, lastYear });
  }
}
