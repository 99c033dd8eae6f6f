import {
  ACCOUNT_TYPES,
  JOURNAL_POSTER_TYPES,
  JOURNAL_SOURCE_TYPES,
  NORMAL_BALANCES,
  type AccountType,
  type JournalPosterType,
  type JournalSourceType,
  type NormalBalance,
} from '@zactonics/db';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const LedgerAccountTypeEnum = enumOf(ACCOUNT_TYPES);
export const NormalBalanceEnum = enumOf(NORMAL_BALANCES);
export const JournalSourceTypeEnum = enumOf(JOURNAL_SOURCE_TYPES);
export const JournalPosterTypeEnum = enumOf(JOURNAL_POSTER_TYPES);

registerEnumType(LedgerAccountTypeEnum, {
  name: 'LedgerAccountType',
  description:
    'ASSET, LIABILITY and EQUITY are the balance sheet; REVENUE, COGS and EXPENSE profit and loss.',
});
registerEnumType(NormalBalanceEnum, {
  name: 'NormalBalance',
  description: 'The side that increases the account (contra accounts have the other side).',
});
registerEnumType(JournalSourceTypeEnum, {
  name: 'JournalSourceType',
  description:
    'The document an entry records. REVERSAL entries undo the entry they name; ADJUSTMENT is one posted by hand.',
});
registerEnumType(JournalPosterTypeEnum, {
  name: 'JournalPosterType',
  description: 'Who posted an entry: a console user, an API key, an agent run or a system job.',
});

@ObjectType({ description: 'An account of the chart of accounts.' })
export class LedgerAccount {
  @Field(() => ID) id!: string;
  @Field({ description: 'Four digits; the first names the type (1 asset ... 6 expense).' })
  code!: string;
  @Field() name!: string;
  @Field(() => LedgerAccountTypeEnum) type!: AccountType;
  @Field(() => NormalBalanceEnum) normalBalance!: NormalBalance;
  @Field(() => String, { nullable: true, description: "The header account's code." })
  parentCode!: string | null;
  @Field({ description: 'False for header accounts, which group others and take no lines.' })
  postable!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The IRS Schedule C line the balance is deducted on (e.g. L8_ADVERTISING).',
  })
  scheduleCLine!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "Line 8: Advertising".' })
  scheduleCLineLabel!: string | null;
  @Field() description!: string;
}

@ObjectType({ description: 'One side of a journal entry: a debit or a credit, never both.' })
export class JournalLine {
  @Field() accountCode!: string;
  @Field() accountName!: string;
  @Field(() => GraphQLSafeInt, { description: 'In cents; 0 on a credit line.' })
  debitCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'In cents; 0 on a debit line.' })
  creditCents!: number;
  @Field(() => String, { nullable: true }) memo!: string | null;
}

@ObjectType({
  description: 'A posted journal entry: balanced and immutable (undo it by reversing).',
})
export class JournalEntry {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLSafeInt, { description: 'Posting order.' }) seq!: number;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) occurredOn!: string;
  @Field() memo!: string;
  @Field(() => JournalSourceTypeEnum) sourceType!: JournalSourceType;
  @Field(() => String, {
    nullable: true,
    description: "The source document's id (a REVERSAL's is the id of the entry it reverses).",
  })
  sourceId!: string | null;
  @Field(() => JournalPosterTypeEnum) postedByType!: JournalPosterType;
  @Field({ description: 'A console user id, an API key id, a run id or a system job name.' })
  postedBy!: string;
  @Field() postedAt!: Date;
  @Field(() => ID, { nullable: true }) reversesEntryId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The entry that reversed this one, if any.' })
  reversedByEntryId!: string | null;
  @Field(() => GraphQLSafeInt, { description: 'The sum of the debits (= the sum of the credits).' })
  totalCents!: number;
  @Field(() => [JournalLine], { description: 'In posting order.' })
  lines!: JournalLine[];
}

@ObjectType()
export class JournalEntryList {
  @Field(() => [JournalEntry], { description: 'Newest posting first.' }) items!: JournalEntry[];
  @Field(() => Int) totalItems!: number;
}

@ObjectType({ description: "One account's line of the trial balance." })
export class TrialBalanceRow {
  @Field(() => ID) accountId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => LedgerAccountTypeEnum) type!: AccountType;
  @Field(() => NormalBalanceEnum) normalBalance!: NormalBalance;
  // The schema's columns are the engine's debitBalanceCents / creditBalanceCents (its own
  // debitCents / creditCents are the sums of the lines).
  @Field(() => GraphQLSafeInt, {
    name: 'debitCents',
    description: 'The balance in the debit column, in cents, or 0.',
  })
  debitBalanceCents!: number;
  @Field(() => GraphQLSafeInt, {
    name: 'creditCents',
    description: 'The balance in the credit column, in cents, or 0.',
  })
  creditBalanceCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: 'The balance on the normal side, in cents (negative when on the other side).',
  })
  balanceCents!: number;
}

@ObjectType({ description: 'Every account with a balance as of a date, in two columns.' })
export class TrialBalance {
  @Field(() => String, { description: 'YYYY-MM-DD.' }) asOf!: string;
  @Field(() => [TrialBalanceRow], {
    description:
      'By account code: every account with a line up to asOf (at zero when they cancel out).',
  })
  rows!: TrialBalanceRow[];
  @Field(() => GraphQLSafeInt) totalDebitCents!: number;
  @Field(() => GraphQLSafeInt) totalCreditCents!: number;
  @Field({ description: 'The two columns agree (always, if the database is intact).' })
  balanced!: boolean;
}

@ObjectType({ description: "An account's activity over a period and its balance at the end." })
export class AccountBalance {
  @Field(() => ID) accountId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => LedgerAccountTypeEnum) type!: AccountType;
  @Field(() => NormalBalanceEnum) normalBalance!: NormalBalance;
  @Field(() => String, { nullable: true }) scheduleCLine!: string | null;
  @Field(() => GraphQLSafeInt, {
    description: 'Balance before the period (on its normal side; negative when against it).',
  })
  openingCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'Debits within the period.' })
  debitCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'Credits within the period.' })
  creditCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: 'openingCents plus the period on the normal side: the balance as of asOf.',
  })
  closingCents!: number;
}
