import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/** A business expense from the bank feed; `category` stays null until categorized. */
@Entity({ name: 'expense' })
export class ExpenseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'date' }) occurredOn!: string;
  @Column({ type: 'text' }) vendor!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'bigint', transformer: centsTransformer })
  amountCents!: number;
  @Column({ type: 'text', nullable: true }) category!: string | null;
}
