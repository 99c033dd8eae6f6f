import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A bank account the shop imports statements of; its ledger account holds its balance. */
@Entity({ name: 'bank_account' })
export class BankAccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) institution!: string;
  @Column({ type: 'text' }) last4!: string;
  @Column({ type: 'uuid' }) ledgerAccountId!: string;
  /** Where the bank sync (e.g. Plaid's /transactions/sync) left off; null before the first sync. */
  @Column({ type: 'text', nullable: true }) syncCursor!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
