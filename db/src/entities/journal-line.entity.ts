import { Column, Entity, PrimaryColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/**
 * One side of a journal entry: a debit or a credit (never both) of a positive number of cents.
 * `occurredOn` and `workspaceId` repeat the entry's (the balance trigger checks they agree) so a
 * balance as of a date reads one index.
 */
@Entity({ name: 'journal_line' })
export class JournalLineEntity {
  @PrimaryColumn({ type: 'bigint', insert: false, generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'uuid' }) entryId!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) accountId!: string;
  @Column({ type: 'date' }) occurredOn!: string;
  @Column({ type: 'bigint', transformer: centsTransformer, default: 0 }) debitCents!: number;
  @Column({ type: 'bigint', transformer: centsTransformer, default: 0 }) creditCents!: number;
  @Column({ type: 'text', nullable: true }) memo!: string | null;
}
