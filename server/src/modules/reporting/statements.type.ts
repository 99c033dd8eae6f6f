import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A reporting period: a month, a quarter or a year.' })
export class StatementPeriodView {
  @Field({ description: '2026-10, 2026-Q3 or 2026.' }) key!: string;
  @Field() label!: string;
  @Field({ description: 'First day, YYYY-MM-DD.' }) from!: string;
  @Field({ description: 'Last day, YYYY-MM-DD.' }) to!: string;
}

@ObjectType({ description: 'One line of a statement with its comparisons and its sources.' })
export class StatementRowView {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => [String], { description: 'The ledger accounts that produced it (codes).' })
  accounts!: string[];
  @Field(() => String, {
    nullable: true,
    description: "The heading it is grouped under: an operating expense's department.",
  })
  group!: string | null;
  @Field(() => GraphQLSafeInt) currentCents!: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) priorCents!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) lastYearCents!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Current minus prior.' })
  varianceCents!: number | null;
  @Field(() => Float, { nullable: true, description: 'Against the prior period, 1 decimal.' })
  variancePercent!: number | null;
  @Field({ description: 'A subtotal or total, not an account line.' }) isTotal!: boolean;
}

@ObjectType()
export class StatementSectionView {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => [StatementRowView]) rows!: StatementRowView[];
}

@ObjectType({ description: 'An identity the statement must satisfy, computed and shown.' })
export class StatementCheckView {
  @Field() name!: string;
  @Field() holds!: boolean;
  @Field() detail!: string;
}

@ObjectType({ description: 'An income statement, balance sheet or cash flow statement.' })
export class FinancialStatementView {
  @Field({ description: 'INCOME_STATEMENT, BALANCE_SHEET or CASH_FLOW.' }) kind!: string;
  @Field() title!: string;
  @Field(() => StatementPeriodView) period!: StatementPeriodView;
  @Field(() => StatementPeriodView, { nullable: true }) priorPeriod!: StatementPeriodView | null;
  @Field(() => StatementPeriodView, { nullable: true })
  lastYearPeriod!: StatementPeriodView | null;
  @Field(() => [StatementSectionView]) sections!: StatementSectionView[];
  @Field(() => [StatementCheckView]) checks!: StatementCheckView[];
  @Field(() => [String], {
    description:
      'Coverage caveats: a period wholly or partly before the first entry, or past the last one.',
  })
  notes!: string[];
  @Field(() => [String], {
    description:
      'Keys of the periods shown that the books do not wholly cover: a change against one is no trend.',
  })
  incompletePeriods!: string[];
}
