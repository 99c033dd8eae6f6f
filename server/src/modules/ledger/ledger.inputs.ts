import type { JournalSourceType } from '@zactonics/db';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { JournalSourceTypeEnum } from './ledger.type.js';

@InputType({ description: 'Which journal entries to list; every field narrows the list.' })
export class JournalEntryFilter {
  @Field(() => String, { nullable: true, description: 'Occurred on or after (YYYY-MM-DD).' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Occurred on or before (YYYY-MM-DD).' })
  to?: string | null;
  @Field(() => String, { nullable: true, description: 'Entries with a line on this account.' })
  accountCode?: string | null;
  @Field(() => JournalSourceTypeEnum, { nullable: true })
  sourceType?: JournalSourceType | null;
}

@InputType({ description: 'A debit or a credit (exactly one of the two positive) on an account.' })
export class JournalLineInput {
  @Field({ description: 'A postable account of the chart (e.g. "1010").' })
  accountCode!: string;
  @Field(() => GraphQLSafeInt, { defaultValue: 0, description: 'In cents.' })
  debitCents!: number;
  @Field(() => GraphQLSafeInt, { defaultValue: 0, description: 'In cents.' })
  creditCents!: number;
  @Field(() => String, { nullable: true }) memo?: string | null;
}

@InputType({
  description:
    'A journal entry posted by hand (an ADJUSTMENT): at least two lines, debits equal to credits.',
})
export class PostJournalEntryInput {
  @Field(() => String, { description: 'YYYY-MM-DD.' }) occurredOn!: string;
  @Field() memo!: string;
  @Field(() => [JournalLineInput]) lines!: JournalLineInput[];
}
