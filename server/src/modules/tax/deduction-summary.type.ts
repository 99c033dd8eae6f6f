import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../graphql/operation-limits.js';

// Every list here is computed in memory with the summary (no rows of its own): EMBEDDED_LIST_COST.

@ObjectType({ description: 'The document that states a tax figure.' })
export class TaxCitationView {
  @Field() publisher!: string;
  @Field() title!: string;
  @Field({ description: 'Section, paragraph, line or page within the document.' })
  section!: string;
  @Field({ description: 'Where the figure was read (or the primary document).' }) url!: string;
  @Field({ description: 'YYYY-MM-DD, YYYY, or undated.' }) published!: string;
}

@ObjectType({ description: 'A tax rule a figure used: its id, value as applied and citation.' })
export class TaxRuleUseView {
  @Field() ruleId!: string;
  @Field() concept!: string;
  @Field() ruleSetVersion!: string;
  @Field({ description: 'As applied: "$2,560,000.00", "50%", "72.5 cents per mile".' })
  value!: string;
  @Field(() => TaxCitationView) citation!: TaxCitationView;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType({ description: 'An amount with why: the formula that produced it and its rules.' })
export class TaxFigureView {
  @Field(() => GraphQLSafeInt, { description: 'Exact cents.' }) cents!: number;
  @Field() formula!: string;
  @Field(() => [TaxRuleUseView], { complexity: EMBEDDED_LIST_COST }) rules!: TaxRuleUseView[];
}

@ObjectType({ description: "A ledger account's amount over the tax year." })
export class TaxAccountAmountView {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => GraphQLSafeInt) cents!: number;
}

@ObjectType({ description: 'A Schedule C expense line: the ledger amount and what is deducted.' })
export class ScheduleCLineView {
  @Field({ description: "ledger_account.schedule_c_line ('L24B_MEALS'), or UNMAPPED." })
  line!: string;
  @Field() label!: string;
  @Field(() => [TaxAccountAmountView], { complexity: EMBEDDED_LIST_COST })
  accounts!: TaxAccountAmountView[];
  @Field(() => GraphQLSafeInt, { description: "The accounts' debits less credits in the year." })
  ledgerCents!: number;
  @Field(() => TaxFigureView) deduction!: TaxFigureView;
  @Field(() => String, {
    nullable: true,
    description: 'Why the deduction differs from the ledger.',
  })
  adjustment!: string | null;
}

@ObjectType({
  description: 'Car and truck: standard mileage against actual costs, the larger taken.',
})
export class VehicleDeductionView {
  @Field() description!: string;
  @Field(() => Int) businessMiles!: number;
  @Field(() => Int) totalMiles!: number;
  @Field(() => TaxFigureView) standardMileage!: TaxFigureView;
  @Field(() => TaxFigureView) actualExpenses!: TaxFigureView;
  @Field({ description: 'STANDARD_MILEAGE or ACTUAL_EXPENSES.' }) chosen!: string;
  @Field() why!: string;
  @Field(() => TaxFigureView) deduction!: TaxFigureView;
}

@ObjectType({
  description: 'Business use of the home: simplified against actual, the larger taken.',
})
export class HomeOfficeDeductionView {
  @Field(() => Int) officeSquareFeet!: number;
  @Field(() => Int) homeSquareFeet!: number;
  @Field(() => TaxFigureView) simplified!: TaxFigureView;
  @Field(() => TaxFigureView) actual!: TaxFigureView;
  @Field({ description: 'SIMPLIFIED or ACTUAL_EXPENSES.' }) chosen!: string;
  @Field() why!: string;
  @Field(() => TaxFigureView) deduction!: TaxFigureView;
  @Field(() => GraphQLSafeInt) carryoverOperatingCents!: number;
  @Field(() => GraphQLSafeInt) carryoverDepreciationCents!: number;
}

@ObjectType({ description: 'One piece of equipment under section 179.' })
export class Section179PropertyView {
  @Field() description!: string;
  @Field() placedInServiceOn!: string;
  @Field(() => TaxFigureView) businessCost!: TaxFigureView;
  @Field(() => TaxFigureView) elected!: TaxFigureView;
  @Field() reason!: string;
}

@ObjectType({ description: 'Section 179 (Form 4562 Part I) on the equipment with the election.' })
export class Section179DeductionView {
  @Field(() => [Section179PropertyView], { complexity: EMBEDDED_LIST_COST })
  properties!: Section179PropertyView[];
  @Field(() => TaxFigureView) dollarLimit!: TaxFigureView;
  @Field(() => TaxFigureView) threshold!: TaxFigureView;
  @Field(() => TaxFigureView) dollarLimitation!: TaxFigureView;
  @Field(() => TaxFigureView) businessIncome!: TaxFigureView;
  @Field(() => TaxFigureView) businessIncomeLimitation!: TaxFigureView;
  @Field(() => TaxFigureView) deduction!: TaxFigureView;
  @Field(() => TaxFigureView) carryover!: TaxFigureView;
}

@ObjectType({ description: 'A deduction likely missed, in words, with the amount at stake.' })
export class MissedDeductionView {
  @Field({
    description:
      'UNCATEGORIZED_SPENDING, NO_MILEAGE_LOG, MONTH_WITHOUT_MILES, EQUIPMENT_WITHOUT_ELECTION, DEPRECIATION_NOT_COMPUTED or NO_TAX_PROFILE.',
  })
  kind!: string;
  @Field() text!: string;
  @Field(() => GraphQLSafeInt) cents!: number;
}

@ObjectType({ description: "The owner's tax profile for the year, as the deductions used it." })
export class TaxProfileSummaryView {
  @Field() filingStatus!: string;
  @Field() businessForm!: string;
  @Field() note!: string;
}

@ObjectType({ description: 'The tax year the deductions cover.' })
export class TaxPeriodView {
  @Field() from!: string;
  @Field() to!: string;
}

@ObjectType({
  description:
    "The year's Schedule C deductions from the ledger and the owner's tax profile, each figure with its rules and citations.",
})
export class DeductionSummaryView {
  @Field(() => Int) taxYear!: number;
  @Field() ruleSetVersion!: string;
  @Field(() => TaxPeriodView) period!: TaxPeriodView;
  @Field(() => String, {
    nullable: true,
    description: 'The last day with a journal line in the year.',
  })
  booksThrough!: string | null;
  @Field(() => TaxProfileSummaryView, { nullable: true }) profile!: TaxProfileSummaryView | null;
  @Field(() => TaxFigureView, { description: 'Line 1.' }) grossReceipts!: TaxFigureView;
  @Field(() => TaxFigureView, { description: 'Line 2.' }) returnsAndAllowances!: TaxFigureView;
  @Field(() => TaxFigureView, { description: 'Line 4.' }) costOfGoodsSold!: TaxFigureView;
  @Field(() => TaxFigureView, { description: 'Line 7.' }) grossIncome!: TaxFigureView;
  @Field(() => [ScheduleCLineView], { complexity: EMBEDDED_LIST_COST }) lines!: ScheduleCLineView[];
  @Field(() => TaxFigureView, { nullable: true }) meals!: TaxFigureView | null;
  @Field(() => VehicleDeductionView, { nullable: true }) vehicle!: VehicleDeductionView | null;
  @Field(() => Section179DeductionView, { nullable: true })
  section179!: Section179DeductionView | null;
  @Field(() => HomeOfficeDeductionView, { nullable: true })
  homeOffice!: HomeOfficeDeductionView | null;
  @Field(() => TaxFigureView, { description: 'Line 28.' }) totalExpenses!: TaxFigureView;
  @Field(() => TaxFigureView, { description: 'Line 29.' }) tentativeProfit!: TaxFigureView;
  @Field(() => TaxFigureView, { description: 'Line 30.' }) homeOfficeDeduction!: TaxFigureView;
  @Field(() => TaxFigureView, { description: 'Line 31.' }) netProfit!: TaxFigureView;
  @Field(() => [MissedDeductionView], { complexity: EMBEDDED_LIST_COST })
  missedDeductions!: MissedDeductionView[];
  @Field(() => [TaxRuleUseView], { complexity: EMBEDDED_LIST_COST }) rulesUsed!: TaxRuleUseView[];
}
