import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../graphql/operation-limits.js';
import { TaxCitationView } from './deduction-summary.type.js';

// Every list here is computed in memory with the report (no rows of its own): EMBEDDED_LIST_COST.

@ObjectType({ description: "One test of a state's threshold, measured over a window." })
export class NexusTestMeasureView {
  @Field({ description: 'sales (cents) or transactions.' }) kind!: string;
  @Field(() => GraphQLSafeInt, { description: 'Cents of sales, or a count of transactions.' })
  measured!: number;
  @Field(() => GraphQLSafeInt) threshold!: number;
  @Field({ description: 'exceeds (more than) or atLeast.' }) comparator!: string;
  @Field({ description: 'measured / threshold, truncated to two decimals: "87.50%".' })
  percent!: string;
  @Field() met!: boolean;
}

@ObjectType({ description: 'A span of sales a rule measures, both ends included.' })
export class NexusWindowView {
  @Field() from!: string;
  @Field() to!: string;
  @Field() label!: string;
  @Field(() => GraphQLSafeInt, { description: 'Sales that count under the rule, cents.' })
  salesCents!: number;
  @Field(() => Int) transactions!: number;
  @Field(() => [NexusTestMeasureView], { complexity: EMBEDDED_LIST_COST })
  tests!: NexusTestMeasureView[];
  @Field() met!: boolean;
  @Field({ description: "The test's combined share of its threshold (OR: larger, AND: smaller)." })
  percent!: string;
}

@ObjectType({ description: 'The economic nexus rule version applied, with its source.' })
export class NexusRuleView {
  @Field({ description: 'Stable id: "nexus/GA/2020-01-01".' }) id!: string;
  @Field() ruleSetVersion!: string;
  @Field({ description: 'Thresholds, AND/OR, comparators, period and which sales count.' })
  summary!: string;
  @Field() effectiveFrom!: string;
  @Field(() => String, { nullable: true }) effectiveTo!: string | null;
  @Field(() => TaxCitationView) citation!: TaxCitationView;
}

@ObjectType({ description: "A state's economic nexus exposure on the date evaluated." })
export class NexusStateExposureView {
  @Field() state!: string;
  @Field() stateName!: string;
  @Field({
    description: 'MET, APPROACHING (80% or more), BELOW, NO_RULE_ON_DATE, NO_SALES_TAX, UNSOURCED.',
  })
  status!: string;
  @Field() registered!: boolean;
  @Field(() => String, { nullable: true }) registeredOn!: string | null;
  @Field({ description: 'REGISTER_NOW, WATCH, REGISTERED or NONE.' }) actionKind!: string;
  @Field({ description: 'What to do, in words.' }) action!: string;
  @Field({ description: 'Why, with the figures and the source.' }) reason!: string;
  @Field(() => NexusRuleView, { nullable: true }) rule!: NexusRuleView | null;
  @Field(() => NexusWindowView, {
    nullable: true,
    description: 'The window that decides: the first that meets the test, else the highest share.',
  })
  decidingWindow!: NexusWindowView | null;
  @Field(() => [NexusWindowView], { complexity: EMBEDDED_LIST_COST })
  windows!: NexusWindowView[];
}

@ObjectType({ description: 'Economic nexus for every state and DC on one date.' })
export class NexusExposureView {
  @Field({ description: "YYYY-MM-DD on the shop's calendar." }) asOf!: string;
  @Field() timeZone!: string;
  @Field() ruleSetVersion!: string;
  @Field(() => [NexusStateExposureView], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Measured states by share (highest first), then the others.',
  })
  states!: NexusStateExposureView[];
  @Field(() => [String], { description: 'MET and not registered.' }) registerNow!: string[];
  @Field(() => [String], { description: 'APPROACHING and not registered.' }) watch!: string[];
  @Field(() => [String]) statesSoldInto!: string[];
}
