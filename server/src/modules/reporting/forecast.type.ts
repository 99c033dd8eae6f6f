import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { ForecastSeriesKey } from '../../engines/accounting/index.js';

const FORECAST_SERIES_KEY: { [K in ForecastSeriesKey]: K } = {
  REVENUE: 'REVENUE',
  EXPENSES: 'EXPENSES',
  CASH: 'CASH',
};
registerEnumType(FORECAST_SERIES_KEY, {
  name: 'ForecastSeriesKey',
  description: 'Revenue and expenses are fitted; cash is projected from them.',
});

@ObjectType({ description: 'One complete month of the books.' })
export class ForecastHistoryMonthView {
  @Field({ description: 'YYYY-MM.' }) month!: string;
  @Field(() => GraphQLSafeInt, { description: 'REVENUE accounts, returns reduce it.' })
  revenueCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'COGS + EXPENSE accounts, interest included.' })
  expensesCents!: number;
  @Field(() => GraphQLSafeInt) netIncomeCents!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Gross profit / revenue, percent, 1 decimal (half away from zero); null without revenue.',
  })
  grossMarginPercent!: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Closing balance of cash accounts 1010 + 1020.' })
  cashCents!: number;
}

@ObjectType({
  description: "The fitted model's smoothing parameters; null where it has no such component.",
})
export class ForecastParametersView {
  @Field(() => Float, { nullable: true, description: 'Level smoothing.' }) alpha!: number | null;
  @Field(() => Float, { nullable: true, description: 'Trend smoothing.' }) beta!: number | null;
  @Field(() => Float, { nullable: true, description: 'Seasonal smoothing.' }) gamma!: number | null;
  @Field(() => Float, { nullable: true, description: 'Trend damping.' }) phi!: number | null;
}

@ObjectType({ description: 'One forecast month; estimates rounded to whole cents.' })
export class ForecastPointView {
  @Field({ description: 'YYYY-MM.' }) month!: string;
  @Field(() => GraphQLSafeInt) baseCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'Revenue low, expenses high.' })
  conservativeCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'Revenue high, expenses low.' })
  aggressiveCents!: number;
  @Field(() => GraphQLSafeInt) lower80Cents!: number;
  @Field(() => GraphQLSafeInt) upper80Cents!: number;
  @Field(() => GraphQLSafeInt) lower95Cents!: number;
  @Field(() => GraphQLSafeInt) upper95Cents!: number;
}

@ObjectType({ description: 'A forecast series: revenue, expenses or cash.' })
export class ForecastSeriesView {
  @Field(() => FORECAST_SERIES_KEY) key!: ForecastSeriesKey;
  @Field({ description: 'The method in words: model, data, why it was chosen.' }) method!: string;
  @Field(() => ForecastParametersView, {
    nullable: true,
    description: 'Null for cash (projected, not fitted).',
  })
  parameters!: ForecastParametersView | null;
  @Field(() => [ForecastPointView]) points!: ForecastPointView[];
}

@ObjectType({
  description: 'Revenue, expenses and cash ahead, with scenarios and prediction intervals.',
})
export class ForecastView {
  @Field({ description: "The shop's date the forecast was made on, YYYY-MM-DD." }) asOf!: string;
  @Field(() => [ForecastHistoryMonthView], { description: 'Every complete month, oldest first.' })
  history!: ForecastHistoryMonthView[];
  @Field(() => [ForecastSeriesView]) series!: ForecastSeriesView[];
  @Field(() => [String]) assumptions!: string[];
}
