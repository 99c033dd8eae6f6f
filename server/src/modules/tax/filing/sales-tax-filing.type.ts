import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';
import { FilingPackageFile } from '../../reporting/filing-package/filing-package.type.js';

// Every list here is part of the stored packet (no rows of its own): EMBEDDED_LIST_COST.

@ObjectType({ description: "A line of a state's sales tax return worksheet." })
export class ReturnWorksheetLineView {
  @Field({ description: 'Stable key: TOTAL_SALES, STATE_TAX_DUE, TIMELY_FILING_DISCOUNT ...' })
  key!: string;
  @Field({ description: 'The form\'s item ("1", "7a", "11"); "" for a memo line.' }) item!: string;
  @Field() label!: string;
  @Field(() => GraphQLSafeInt, { description: 'Exact cents.' }) cents!: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'State column (Items 8-13).' })
  stateCents!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Local column (Items 8-13).' })
  localCents!: number | null;
  @Field({ description: 'What to write on the form ("$12,345" for whole-dollar items).' })
  formEntry!: string;
  @Field({ description: 'How it was computed, with the figures.' }) formula!: string;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) ruleIds!: string[];
}

@ObjectType({ description: "A taxing jurisdiction's line of the return." })
export class ReturnJurisdictionView {
  @Field({ description: 'STATE, COUNTY, CITY or SPECIAL.' }) level!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: 'Exact decimal: "0.0625".' }) rate!: string;
  @Field(() => GraphQLSafeInt) taxableSalesCents!: number;
  @Field(() => GraphQLSafeInt) taxOwedCents!: number;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) ruleIds!: string[];
}

@ObjectType({ description: 'An outlet (place sales are sourced to) and its sales in the period.' })
export class ReturnOutletView {
  @Field() label!: string;
  @Field({ description: 'ONLINE, WHOLESALE or MARKET.' }) channel!: string;
  @Field({ description: 'Combined rate there, exact decimal.' }) combinedRate!: string;
  @Field(() => GraphQLSafeInt) grossSalesCents!: number;
  @Field(() => GraphQLSafeInt) taxableSalesCents!: number;
  @Field(() => GraphQLSafeInt) taxCollectedCents!: number;
}

@ObjectType({ description: 'A date a rule names, moved past weekends and holidays.' })
export class FilingDueDateView {
  @Field({ description: 'The date the rule names (e.g. the 20th).' }) nominal!: string;
  @Field({ description: 'The day it is met on.' }) due!: string;
  @Field(() => [String], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Days skipped: "2027-01-18 Martin Luther King Jr. Day".',
  })
  skipped!: string[];
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) ruleIds!: string[];
}

@ObjectType({ description: 'Tax owed against tax collected and the ledger.' })
export class ReturnReconciliationView {
  @Field(() => GraphQLSafeInt) taxOwedCents!: number;
  @Field(() => GraphQLSafeInt) taxCollectedCents!: number;
  @Field(() => GraphQLSafeInt) ledgerCollectedCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'Owed − collected.' }) differenceCents!: number;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) differenceReasons!: string[];
  @Field(() => GraphQLSafeInt, {
    description: 'Collected − net tax due on a timely return: what the shop keeps.',
  })
  keptOnTimelyReturnCents!: number;
}

@ObjectType({ description: "A state's sales tax return worksheet for a period." })
export class ReturnWorksheetView {
  @Field() state!: string;
  @Field() formTitle!: string;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field({ description: 'MONTHLY, QUARTERLY or ANNUAL.' }) filingFrequency!: string;
  @Field({ description: 'REGISTRATION or DEFAULT (quarterly).' }) frequencySource!: string;
  @Field(() => [ReturnWorksheetLineView], { complexity: EMBEDDED_LIST_COST })
  lines!: ReturnWorksheetLineView[];
  @Field(() => [ReturnJurisdictionView], { complexity: EMBEDDED_LIST_COST })
  jurisdictions!: ReturnJurisdictionView[];
  @Field(() => [ReturnOutletView], { complexity: EMBEDDED_LIST_COST })
  outlets!: ReturnOutletView[];
  @Field(() => FilingDueDateView) dueDate!: FilingDueDateView;
  @Field({ description: 'NOT_DUE, DUE_TODAY or OVERDUE (whether it was filed is not known).' })
  deadlineStatus!: string;
  @Field(() => FilingDueDateView, {
    nullable: true,
    description:
      'Texas only: last day to prepay for the 1.25% discount. Null for a state whose prepayment rules the hub does not hold.',
  })
  prepaymentDueDate!: FilingDueDateView | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Texas only; null elsewhere.' })
  prepaymentDiscountIfPrepaidCents!: number | null;
  @Field(() => GraphQLSafeInt) netTaxDueIfLateCents!: number;
  @Field(() => ReturnReconciliationView) reconciliation!: ReturnReconciliationView;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) notes!: string[];
  @Field() salesTaxRuleSetVersion!: string;
}

@ObjectType({ description: 'A Schedule C line as the deduction summary computes it.' })
export class ScheduleCWorksheetLineView {
  @Field({ description: '"1", "7", "28", "31", or the ledger\'s line code.' }) line!: string;
  @Field() label!: string;
  @Field(() => GraphQLSafeInt) cents!: number;
  @Field() formula!: string;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) ruleIds!: string[];
}

@ObjectType({ description: "The Schedule C summary of the period's tax year." })
export class ScheduleCWorksheetView {
  @Field(() => Int) taxYear!: number;
  @Field(() => String, { nullable: true }) booksThrough!: string | null;
  @Field() partialYear!: boolean;
  @Field(() => [ScheduleCWorksheetLineView], { complexity: EMBEDDED_LIST_COST })
  lines!: ScheduleCWorksheetLineView[];
  @Field(() => GraphQLSafeInt) netProfitCents!: number;
  @Field() ruleSetVersion!: string;
}

@ObjectType({ description: 'A document the CPA needs, and whether the hub holds it.' })
export class FilingChecklistItemView {
  @Field() key!: string;
  @Field() title!: string;
  @Field({ description: 'HELD, PARTIAL (figures without the document) or NOT_HELD.' })
  status!: string;
  @Field() detail!: string;
}

@ObjectType({ description: 'A rule behind the packet, with its source.' })
export class FilingRuleView {
  @Field() id!: string;
  @Field() concept!: string;
  @Field() summary!: string;
  @Field() citationTitle!: string;
  @Field() citationUrl!: string;
  @Field() published!: string;
  @Field(() => [String], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Where the figure was read for the rule set (page and what it is).',
  })
  readAt!: string[];
  @Field() ruleSetVersion!: string;
}

@ObjectType({
  description:
    'A sales tax filing packet: the return worksheet, the Schedule C summary, the document checklist and the CPA packet files (PDF and CSV), as prepared.',
})
export class SalesTaxFilingPacket {
  @Field(() => ID) id!: string;
  @Field() state!: string;
  @Field({ description: '2026-Q3 or 2026-07.' }) period!: string;
  @Field({ description: 'READY (the period had ended) or PRELIMINARY (a preview).' })
  status!: string;
  @Field() preparedAt!: Date;
  @Field() preparedBy!: string;
  @Field(() => ReturnWorksheetView) returnWorksheet!: ReturnWorksheetView;
  @Field(() => ScheduleCWorksheetView, { nullable: true })
  scheduleC!: ScheduleCWorksheetView | null;
  @Field(() => [FilingChecklistItemView], { complexity: EMBEDDED_LIST_COST })
  checklist!: FilingChecklistItemView[];
  @Field(() => [FilingRuleView], { complexity: EMBEDDED_LIST_COST }) rules!: FilingRuleView[];
  @Field(() => [FilingPackageFile], {
    complexity: EMBEDDED_LIST_COST,
    description: 'PDF and CSV, each with a fresh 24-hour link.',
  })
  files!: FilingPackageFile[];
}
