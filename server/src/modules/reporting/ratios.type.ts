import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The trailing twelve complete months the flow figures cover.' })
export class RatioWindowView {
  @Field({ description: 'First day, YYYY-MM-DD.' }) from!: string;
  @Field({ description: 'Last day, YYYY-MM-DD.' }) to!: string;
  @Field(() => Int, { description: 'Days in the window (365 or 366).' }) days!: number;
}

@ObjectType({ description: 'One statement figure a ratio is made of.' })
export class RatioSourceView {
  @Field({ description: 'INCOME_STATEMENT or BALANCE_SHEET.' }) statement!: string;
  @Field({ description: "The statement line's key ('gross-profit', 'current:2100')." })
  line!: string;
  @Field() label!: string;
  @Field(() => [String], { description: 'The ledger accounts behind it (codes).' })
  accounts!: string[];
  @Field(() => String, { nullable: true, description: 'Income statement: first day.' })
  from!: string | null;
  @Field({ description: 'Income statement: last day; balance sheet: the balance date.' })
  to!: string;
  @Field(() => GraphQLSafeInt) cents!: number;
}

@ObjectType({ description: "A ratio's numerator or denominator, in cents, with its sources." })
export class RatioTermView {
  @Field() label!: string;
  @Field(() => GraphQLSafeInt, {
    description:
      'Exact; an average is rounded half away from zero to the cent (the ratio uses the exact half).',
  })
  cents!: number;
  @Field({ description: 'The average of the opening and closing balances in sources.' })
  isAverage!: boolean;
  @Field(() => [RatioSourceView]) sources!: RatioSourceView[];
}

@ObjectType({ description: 'One published figure a benchmark range is made of.' })
export class BenchmarkObservationView {
  @Field(() => Int) taxYear!: number;
  @Field(() => Int) assetClass!: number;
  @Field() assetClassLabel!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: "The industry's range for a ratio, computed from published totals." })
export class RatioBenchmarkView {
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Float, { nullable: true, description: 'Null: the source publishes no median.' })
  median!: number | null;
  @Field(() => Float, { nullable: true, description: 'The whole industry, latest year.' })
  allSizesLatest!: number | null;
  @Field({ description: "How the industry's figure is computed from the source's items." })
  formula!: string;
  @Field(() => [BenchmarkObservationView]) observations!: BenchmarkObservationView[];
}

@ObjectType({ description: 'A ratio outside its industry range, in words.' })
export class RatioAlertView {
  @Field() key!: string;
  @Field({ description: 'WARNING (unhealthy side) or INFO.' }) severity!: string;
  @Field() text!: string;
}

@ObjectType({ description: 'A financial ratio with its inputs, its benchmark and its alert.' })
export class FinancialRatioView {
  @Field() key!: string;
  @Field() label!: string;
  @Field({ description: 'PERCENT, TIMES or DAYS.' }) unit!: string;
  @Field() formula!: string;
  @Field(() => Boolean, { nullable: true, description: 'Null: a trade-off either way.' })
  higherIsBetter!: boolean | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Rounded half away from zero: percent 1 decimal, times 2, days 1.',
  })
  value!: number | null;
  @Field(() => String, { nullable: true }) nullReason!: string | null;
  @Field(() => RatioTermView) numerator!: RatioTermView;
  @Field(() => RatioTermView) denominator!: RatioTermView;
  @Field(() => RatioBenchmarkView, { nullable: true }) benchmark!: RatioBenchmarkView | null;
  @Field(() => String, { nullable: true }) benchmarkMissingReason!: string | null;
  @Field(() => RatioAlertView, { nullable: true }) alert!: RatioAlertView | null;
}

@ObjectType({
  description: 'The benchmark source, its citation, and how the shop was matched to it.',
})
export class RatioBenchmarkSourceView {
  @Field() publisher!: string;
  @Field() title!: string;
  @Field() table!: string;
  @Field() dataPeriod!: string;
  @Field() publicationDate!: string;
  @Field(() => [String], { description: 'Where the figures were read.' }) urls!: string[];
  @Field() shortCitation!: string;
  @Field() rangeMethod!: string;
  @Field(() => [String]) caveats!: string[];
  @Field({ description: "The workspace's NAICS code." }) naicsCode!: string;
  @Field({ description: 'The prefix of it that matched.' }) matchedCode!: string;
  @Field(() => Int, { description: 'Digits matched: 6, 4, 3 or 2.' }) matchedLevel!: number;
  @Field() industryLabel!: string;
  @Field({ description: 'Why the code maps to that industry.' }) note!: string;
}

@ObjectType({ description: "The shop's financial ratios at a date, against its industry." })
export class FinancialRatiosView {
  @Field() asOf!: string;
  @Field(() => RatioWindowView) window!: RatioWindowView;
  @Field(() => String, { nullable: true }) naicsCode!: string | null;
  @Field(() => RatioBenchmarkSourceView, { nullable: true })
  benchmark!: RatioBenchmarkSourceView | null;
  @Field(() => [FinancialRatioView]) ratios!: FinancialRatioView[];
  @Field(() => [RatioAlertView], { description: 'WARNING first.' }) alerts!: RatioAlertView[];
}
