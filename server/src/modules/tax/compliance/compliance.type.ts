import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';
import { TaxCitationView } from '../deduction-summary.type.js';

// Every list here is computed in memory with its report (no rows of its own): EMBEDDED_LIST_COST.

@ObjectType({ description: 'One dated obligation on the compliance calendar.' })
export class ComplianceEventView {
  @Field({ description: 'Stable: "return/TX/2026-Q4", "registration/GA".' }) id!: string;
  @Field({
    description:
      'SALES_TAX_RETURN, REGISTRATION, ESTIMATED_TAX, FEDERAL_RETURN, STATE_FRANCHISE_TAX or CERTIFICATE_EXPIRY.',
  })
  kind!: string;
  @Field(() => String, { nullable: true, description: 'Null for a federal date.' })
  state!: string | null;
  @Field() title!: string;
  @Field({ description: 'YYYY-MM-DD, after any weekend or holiday move.' }) dueDate!: string;
  @Field({ description: 'The date the rule names, before a move.' }) nominalDueDate!: string;
  @Field(() => String, { nullable: true, description: 'The days skipped and why, if moved.' })
  moved!: string | null;
  @Field({ description: 'The next reminder (the last one once all have passed).' })
  remindOn!: string;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) reminders!: string[];
  @Field({ description: 'UPCOMING, DUE_SOON (from the first reminder) or OVERDUE.' })
  status!: string;
  @Field() detail!: string;
  @Field({ description: 'The rule behind the date: "filing/TX", "form-1040-due/1955".' })
  sourceRule!: string;
  @Field(() => TaxCitationView) citation!: TaxCitationView;
}

@ObjectType({ description: "One calendar quarter's state tax on taxable sales into a state." })
export class QuarterStateTaxView {
  @Field({ description: '"2026-Q3".' }) label!: string;
  @Field(() => GraphQLSafeInt) stateTaxCents!: number;
}

@ObjectType({ description: "Whether a registration's filing frequency fits the tax owed." })
export class FilingFrequencyCheckView {
  @Field() state!: string;
  @Field({ description: 'MONTHLY, QUARTERLY or ANNUAL, as registered.' }) assigned!: string;
  @Field(() => String, { nullable: true, description: "The state's threshold's answer, if any." })
  indicated!: string | null;
  @Field() matches!: boolean;
  @Field(() => [QuarterStateTaxView], { complexity: EMBEDDED_LIST_COST })
  quarters!: QuarterStateTaxView[];
  @Field() message!: string;
  @Field() ruleId!: string;
  @Field(() => TaxCitationView) citation!: TaxCitationView;
}

@ObjectType({ description: 'The compliance calendar over a date range.' })
export class ComplianceCalendarView {
  @Field({ description: "Today on the shop's calendar." }) today!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field() timeZone!: string;
  @Field() ruleSetVersion!: string;
  @Field() federalRuleSetVersion!: string;
  @Field({ description: 'The nexus evaluation date behind the registration deadlines.' })
  nexusAsOf!: string;
  @Field({ description: 'Whose holidays move due dates.' }) holidayNote!: string;
  @Field(() => [ComplianceEventView], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Sorted by due date.',
  })
  events!: ComplianceEventView[];
  @Field(() => [FilingFrequencyCheckView], { complexity: EMBEDDED_LIST_COST })
  frequencyChecks!: FilingFrequencyCheckView[];
}

@ObjectType({ description: "A buyer's resale or exemption certificate and its expiry status." })
export class ExemptionCertificateView {
  @Field() id!: string;
  @Field() buyerName!: string;
  @Field() state!: string;
  @Field({ description: 'RESALE, EXEMPT_ORGANIZATION or OTHER.' }) kind!: string;
  @Field() number!: string;
  @Field() issuedOn!: string;
  @Field(() => String, { nullable: true, description: 'Null: carries no expiry date.' })
  expiresOn!: string | null;
  @Field({
    description:
      'NO_EXPIRY, VALID, EXPIRES_WITHIN_60_DAYS, EXPIRES_WITHIN_30_DAYS or EXPIRED, on asOf.',
  })
  status!: string;
  @Field(() => Int, { nullable: true }) daysToExpiry!: number | null;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST, description: '60 and 30 days before.' })
  alertDates!: string[];
  @Field() message!: string;
}

@ObjectType({ description: 'An exempt or resale sale no certificate covers on its date.' })
export class UncoveredSaleView {
  @Field() saleId!: string;
  @Field() soldOn!: string;
  @Field() state!: string;
  @Field(() => String, { nullable: true }) buyerName!: string | null;
  @Field({ description: 'exempt or resale.' }) treatment!: string;
  @Field(() => GraphQLSafeInt) goodsCents!: number;
  @Field({ description: 'NO_BUYER, NO_CERTIFICATE, EXPIRED or NOT_YET_ISSUED.' }) reason!: string;
  @Field(() => String, { nullable: true }) certificateNumber!: string | null;
  @Field() message!: string;
}

@ObjectType({ description: 'Certificates on file and the exempt sales none covers.' })
export class ExemptionCertificatesView {
  @Field() asOf!: string;
  @Field(() => [ExemptionCertificateView], { complexity: EMBEDDED_LIST_COST })
  certificates!: ExemptionCertificateView[];
  @Field(() => [UncoveredSaleView], { complexity: EMBEDDED_LIST_COST })
  uncoveredSales!: UncoveredSaleView[];
  @Field(() => GraphQLSafeInt, { description: 'Goods of the uncovered sales, cents.' })
  uncoveredCents!: number;
}

@ObjectType({ description: 'A dated change of a rule the engine carries.' })
export class RegulatoryChangeView {
  @Field() id!: string;
  @Field({ description: 'NEXUS_RULE or FEDERAL_RULE.' }) kind!: string;
  @Field({ description: 'US, or a state code.' }) jurisdiction!: string;
  @Field({ description: 'Enactment date, else the day it took effect.' }) changedOn!: string;
  @Field(() => String, { nullable: true }) enacted!: string | null;
  @Field() effectiveFrom!: string;
  @Field(() => String, { nullable: true }) effectiveTo!: string | null;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => TaxCitationView) citation!: TaxCitationView;
  @Field({ description: 'The feed and its data version.' }) source!: string;
}
