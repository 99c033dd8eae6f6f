import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const JOURNAL_SOURCE_TYPES = [
  'BANK_TRANSACTION',
  'INVOICE',
  'PAYMENT',
  'BILL',
  'PAYROLL',
  'ADJUSTMENT',
  'OPENING_BALANCE',
  'REVERSAL',
] as const;
export type JournalSourceType = (typeof JOURNAL_SOURCE_TYPES)[number];
export const JOURNAL_POSTER_TYPES = ['USER', 'API_KEY', 'AGENT', 'SYSTEM'] as const;
export type JournalPosterType = (typeof JOURNAL_POSTER_TYPES)[number];

/**
 * A posted journal entry. The database refuses one whose lines do not balance (deferred
 * constraint triggers) and any change after posting (a correction is a REVERSAL entry naming the
 * entry it reverses). `sourceType` + `sourceId` name the document it records, at most once.
 */
@Entity({ name: 'journal_entry' })
export class JournalEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Posting order, assigned by the database. */
  @Column({ type: 'bigint', insert: false, update: false, generatedIdentity: 'ALWAYS' })
  seq!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'date' }) occurredOn!: string;
  @Column({ type: 'text' }) memo!: string;
  @Column({ type: 'text' }) sourceType!: JournalSourceType;
  @Column({ type: 'text', nullable: true }) sourceId!: string | null;
  @Column({ type: 'text' }) postedByType!: JournalPosterType;
  /** A console user id, an API key id, a run id, or the system job's name. */
  @Column({ type: 'text' }) postedBy!: string;
  @Column({ type: 'uuid', nullable: true }) reversesEntryId!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) postedAt!: Date;
}
