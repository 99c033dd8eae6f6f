import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

export const BANK_TRANSACTION_STATUSES = ['UNCATEGORIZED', 'NEEDS_REVIEW', 'CATEGORIZED'] as const;
export type BankTransactionStatus = (typeof BANK_TRANSACTION_STATUSES)[number];
export const CATEGORIZERS = ['MODEL', 'RULE', 'PERSON', 'MATCH', 'SEED'] as const;
export type Categorizer = (typeof CATEGORIZERS)[number];

/**
 * A line of a bank statement: money out is negative. Categorizing it names the ledger account
 * on the other side and posts its journal entry (the database requires both together).
 * `fingerprint` identifies it across overlapping exports, so it is imported once.
 */
@Entity({ name: 'bank_transaction' })
export class BankTransactionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) bankAccountId!: string;
  @Column({ type: 'uuid', nullable: true }) importId!: string | null;
  @Column({ type: 'date' }) postedOn!: string;
  @Column({ type: 'bigint', transformer: centsTransformer }) amountCents!: number;
  /** As the bank wrote it, e.g. `SQ *BLUE BOTTLE 4432`. */
  @Column({ type: 'text' }) description!: string;
  /** The merchant key the description normalizes to, e.g. `BLUE BOTTLE`; merchant rules match it. */
  @Column({ type: 'text' }) merchant!: string;
  @Column({ type: 'text', nullable: true }) reference!: string | null;
  @Column({ type: 'text' }) fingerprint!: string;
  @Column({ type: 'text', default: 'UNCATEGORIZED' }) status!: BankTransactionStatus;
  @Column({ type: 'uuid', nullable: true }) accountId!: string | null;
  @Column({ type: 'real', nullable: true }) confidence!: number | null;
  @Column({ type: 'text', nullable: true }) categorizedBy!: Categorizer | null;
  @Column({ type: 'uuid', nullable: true }) journalEntryId!: string | null;
  @Column({ type: 'text', nullable: true }) matchedType!: 'INVOICE' | 'BILL' | null;
  @Column({ type: 'uuid', nullable: true }) matchedId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
