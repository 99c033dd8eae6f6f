import {
  BANK_TRANSACTION_STATUSES,
  CATEGORIZERS,
  type BankTransactionStatus,
  type Categorizer,
} from '@zactonics/db';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const BankTransactionStatusEnum = Object.fromEntries(
  BANK_TRANSACTION_STATUSES.map((s) => [s, s]),
) as { [K in BankTransactionStatus]: K };
registerEnumType(BankTransactionStatusEnum, {
  name: 'BankTransactionStatus',
  description:
    'UNCATEGORIZED as imported; NEEDS_REVIEW when the classifier was not confident (its suggestion is kept); CATEGORIZED once posted to the ledger.',
});
export const CategorizerEnum = Object.fromEntries(CATEGORIZERS.map((c) => [c, c])) as {
  [K in Categorizer]: K;
};
registerEnumType(CategorizerEnum, {
  name: 'Categorizer',
  description:
    "Who categorized a transaction: the classifier (MODEL), a merchant rule (RULE), a person, a match with an invoice or bill, or the demo's seed.",
});

@ObjectType({ description: 'A bank account whose statements the shop imports.' })
export class BankAccount {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() institution!: string;
  @Field({ description: 'The last four digits of the account number.' }) last4!: string;
}

@ObjectType({ description: 'One imported bank file: what it held and what was new.' })
export class BankImport {
  @Field(() => ID) id!: string;
  @Field(() => ID) bankAccountId!: string;
  @Field() fileName!: string;
  @Field({ description: 'CSV or OFX (QFX is OFX).' }) format!: string;
  @Field({ description: 'The layout detected or chosen, e.g. SINGLE_AMOUNT, DEBIT_CREDIT, OFX.' })
  layout!: string;
  @Field(() => Int) rowCount!: number;
  @Field(() => Int) importedCount!: number;
  @Field(() => Int, {
    description: 'Rows already imported before (this file again, or an overlap).',
  })
  duplicateCount!: number;
  @Field() importedBy!: string;
  @Field() importedAt!: Date;
}

@ObjectType()
export class BankImportPage {
  @Field(() => [BankImport]) items!: BankImport[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'A line of a bank statement; money out is negative.' })
export class BankTransaction {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD.' }) postedOn!: string;
  @Field(() => Float, { description: 'Integer cents; negative is money out.' })
  amountCents!: number;
  @Field({ description: 'As the bank printed it.' }) description!: string;
  @Field({ description: 'The merchant key merchant rules match.' }) merchant!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => BankTransactionStatusEnum) status!: BankTransactionStatus;
  @Field(() => String, {
    nullable: true,
    description: 'The account posted to (CATEGORIZED) or suggested (NEEDS_REVIEW).',
  })
  accountCode!: string | null;
  @Field(() => String, { nullable: true }) accountName!: string | null;
  @Field(() => Float, { nullable: true, description: "The categorizer's confidence, 0..1." })
  confidence!: number | null;
  @Field(() => CategorizerEnum, { nullable: true }) categorizedBy!: Categorizer | null;
  @Field(() => ID, { nullable: true }) journalEntryId!: string | null;
}

@ObjectType()
export class BankTransactionPage {
  @Field(() => [BankTransaction]) items!: BankTransaction[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'A correction and how far it reached.' })
export class CategoryCorrection {
  @Field(() => BankTransaction) transaction!: BankTransaction;
  @Field(() => Int, {
    description:
      'Other waiting transactions of the same merchant the new rule categorized at once.',
  })
  alsoApplied!: number;
}

@ObjectType({ description: 'One aging bucket: how many open invoices and how much.' })
export class AgingBucketTotal {
  @Field({ description: 'CURRENT, DAYS_1_30, DAYS_31_60, DAYS_61_90 or OVER_90.' }) bucket!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float) openCents!: number;
}

@ObjectType({ description: 'An open invoice as of the report date, with its reminder state.' })
export class ReceivableRow {
  @Field(() => ID) invoiceId!: string;
  @Field() number!: string;
  @Field() customer!: string;
  @Field() issuedOn!: string;
  @Field() dueOn!: string;
  @Field(() => Float) amountCents!: number;
  @Field(() => Float) openCents!: number;
  @Field(() => Int, { description: '0 when not yet due.' }) daysOverdue!: number;
  @Field() bucket!: string;
  @Field(() => [Int], { description: 'Reminder stages drafted or sent for it.' })
  draftedStages!: number[];
  @Field(() => Int, { nullable: true, description: 'The reminder stage due now, if any.' })
  stageDue!: number | null;
}

@ObjectType({ description: 'Receivables aged as of a date.' })
export class ReceivablesAging {
  @Field() asOf!: string;
  @Field(() => [AgingBucketTotal]) buckets!: AgingBucketTotal[];
  @Field(() => [ReceivableRow]) rows!: ReceivableRow[];
  @Field(() => Float) totalOpenCents!: number;
  @Field(() => Float) overdueCents!: number;
}

@ObjectType({ description: 'One stage of an overdue invoice reminder sequence.' })
export class InvoiceReminder {
  @Field(() => ID) id!: string;
  @Field(() => ID) invoiceId!: string;
  @Field() invoiceNumber!: string;
  @Field() customer!: string;
  @Field(() => Int, { description: '1-4: at 3, 7, 14 and 30 days overdue.' }) stage!: number;
  @Field(() => Int) daysOverdue!: number;
  @Field() subject!: string;
  @Field() body!: string;
  @Field({ description: 'DRAFTED, SENT, FAILED or DISCARDED.' }) status!: string;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class CashFlowCategory {
  @Field() category!: string;
  @Field(() => Float, { description: 'Positive cents.' }) amountCents!: number;
  @Field(() => Int, { description: 'How many bank lines.' }) count!: number;
}

@ObjectType({ description: 'Money in, out and net over a period.' })
export class CashFlowPeriod {
  @Field() start!: string;
  @Field() end!: string;
  @Field(() => Float) totalInCents!: number;
  @Field(() => Float) totalOutCents!: number;
  @Field(() => Float) netCents!: number;
}

@ObjectType({ description: 'A category whose week is far from its usual (median and MAD).' })
export class CashFlowAnomaly {
  @Field() category!: string;
  @Field({ description: 'IN or OUT.' }) direction!: string;
  @Field({ description: 'HIGH (far above the usual) or LOW (far below it).' }) deviation!: string;
  @Field(() => Float) amountCents!: number;
  @Field(() => Float) medianCents!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The modified z-score; null when the history never varied.',
  })
  score!: number | null;
  @Field() explanation!: string;
}

@ObjectType()
export class CashRunway {
  @Field(() => Float) cashBalanceCents!: number;
  @Field(() => Float) averageWeeklyNetCents!: number;
  @Field(() => Int, { description: 'The weeks the average is over.' }) weeksCounted!: number;
  @Field(() => Float, { nullable: true, description: 'Null when cash is growing.' })
  weeksOfRunway!: number | null;
  @Field() explanation!: string;
}

@ObjectType({ description: 'The weekly cash-flow report; every amount in integer cents.' })
export class CashFlowReport {
  @Field(() => CashFlowPeriod) week!: CashFlowPeriod;
  @Field(() => [CashFlowCategory]) inflows!: CashFlowCategory[];
  @Field(() => [CashFlowCategory]) outflows!: CashFlowCategory[];
  @Field(() => CashFlowPeriod) priorWeek!: CashFlowPeriod;
  @Field(() => CashFlowPeriod) sameWeekLastYear!: CashFlowPeriod;
  @Field(() => [CashFlowPeriod], { description: 'The history weeks, oldest first.' })
  trend!: CashFlowPeriod[];
  @Field(() => [CashFlowAnomaly]) anomalies!: CashFlowAnomaly[];
  @Field(() => CashRunway) runway!: CashRunway;
}

@ObjectType({ description: 'A bank line matched to the invoice or bill it pays.' })
export class ReconciliationMatch {
  @Field(() => ID) lineId!: string;
  @Field(() => ID) itemId!: string;
  @Field({ description: 'INVOICE or BILL.' }) type!: string;
  @Field({ description: 'EXACT (number and amount) or AMOUNT_AND_DATE.' }) confidence!: string;
  @Field() reason!: string;
}

@ObjectType({ description: 'A bank line naming a document whose open amount differs.' })
export class ReconciliationMismatch {
  @Field(() => ID) lineId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Float) expectedCents!: number;
  @Field(() => Float) actualCents!: number;
  @Field() reason!: string;
}

@ObjectType({ description: 'An open invoice (owed to the shop) or bill (owed by it).' })
export class OpenItem {
  @Field(() => ID) id!: string;
  @Field() type!: string;
  @Field() number!: string;
  @Field() counterparty!: string;
  @Field(() => Float) openCents!: number;
  @Field() issuedOn!: string;
  @Field() dueOn!: string;
}

@ObjectType({ description: 'Unexplained bank lines against open invoices and bills.' })
export class BankReconciliation {
  @Field(() => [ReconciliationMatch]) matches!: ReconciliationMatch[];
  @Field(() => [ReconciliationMismatch]) mismatches!: ReconciliationMismatch[];
  @Field(() => [String], { description: 'Why equally good candidates were left unmatched.' })
  ambiguities!: string[];
  @Field(() => Int, { description: 'Bank lines neither matched nor explained.' })
  unmatchedLineCount!: number;
  @Field(() => [OpenItem], { description: 'Open documents no bank line pays yet.' })
  unmatchedItems!: OpenItem[];
}
