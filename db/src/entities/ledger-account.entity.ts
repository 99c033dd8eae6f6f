import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACCOUNT_TYPES = [
  'ASSET',
  'LIABILITY',
  'EQUITY',
  'REVENUE',
  'COGS',
  'EXPENSE',
] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export const NORMAL_BALANCES = ['DEBIT', 'CREDIT'] as const;
export type NormalBalance = (typeof NORMAL_BALANCES)[number];

/**
 * An account of the chart of accounts. Header accounts (`postable` false) group others through
 * `parentId` and take no lines. Expense and COGS accounts name the IRS Schedule C line their
 * balance is deducted on, so the tax agent reads deductions straight from the ledger.
 */
@Entity({ name: 'ledger_account' })
export class LedgerAccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** Four digits; the first says the type (1 asset, 2 liability, 3 equity, 4 revenue, 5 COGS, 6 expense). */
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) type!: AccountType;
  /** Contra accounts (accumulated depreciation, draws, returns) have the other side's normal balance. */
  @Column({ type: 'text' }) normalBalance!: NormalBalance;
  @Column({ type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ type: 'boolean', default: true }) postable!: boolean;
  @Column({ type: 'text', nullable: true }) scheduleCLine!: string | null;
  /** Operating expenses only: the department the income statement groups the account under. */
  @Column({ type: 'text', nullable: true }) department!: string | null;
  @Column({ type: 'text', default: '' }) description!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
