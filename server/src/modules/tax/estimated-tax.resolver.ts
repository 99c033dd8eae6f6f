import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import {
  EstimatedTaxPaymentView,
  EstimatedTaxPlanView,
  estimatedTaxPaymentView,
  estimatedTaxPlanView,
} from './estimated-tax-plan.type.js';

/**
 * The owner's estimated tax plan and the 1040-ES payments behind it (the Tax & Compliance agent).
 * Recording a payment is a mutation: viewers are refused by the console's operation rules.
 */
@Resolver()
export class EstimatedTaxResolver {
  @Query(() => EstimatedTaxPlanView, {
    description:
      'Projected federal tax for a tax year (income tax after standard vs itemized and the QBI deduction, SE tax, Additional Medicare), the 1040-ES required annual payment under the safe harbors, four installments with due dates, payments made and underpayment warnings; every figure with why. Net profit from the ledger, annualised while the year runs, unless expectedNetProfitCents is given. INVALID_INPUT for a year the rules do not cover or that has not begun; NOT_FOUND without a tax profile.',
  })
  async estimatedTaxPlan(
    @Ctx() ctx: ConsoleContext,
    @Arg('taxYear', () => Int) taxYear: number,
    @Arg('expectedNetProfitCents', () => GraphQLSafeInt, {
      nullable: true,
      description: "The year's Schedule C net profit, instead of the ledger's annualised.",
    })
    expectedNetProfitCents: number | null,
  ): Promise<EstimatedTaxPlanView> {
    return estimatedTaxPlanView(
      await ctx.services.estimatedTax.plan(ctx.workspaceId, taxYear, { expectedNetProfitCents }),
    );
  }

  @Mutation(() => EstimatedTaxPaymentView, {
    description:
      'Records a 1040-ES payment made for a tax year. INVALID_INPUT for a year outside the rules, a date that is not YYYY-MM-DD, outside the tax year and the next, or in the future, and an amount that is not positive whole cents.',
  })
  async recordEstimatedTaxPayment(
    @Ctx() ctx: ConsoleContext,
    @Arg('taxYear', () => Int) taxYear: number,
    @Arg('paidOn', { description: 'YYYY-MM-DD.' }) paidOn: string,
    @Arg('amountCents', () => GraphQLSafeInt) amountCents: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<EstimatedTaxPaymentView> {
    return estimatedTaxPaymentView(
      await ctx.services.estimatedTax.recordPayment(ctx.workspaceId, {
        taxYear,
        paidOn,
        amountCents,
        note,
      }),
    );
  }
}
