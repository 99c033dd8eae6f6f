import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One subject of a threshold trigger going over its line (an invoice, a state, "cash",
 * "sentiment") until it comes back under. At most one crossing per trigger and subject is open
 * (a partial unique index), so racing evaluations, even in two processes, open it once, and its
 * run starts once.
 */
@Entity({ name: 'threshold_crossing' })
export class ThresholdCrossingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) triggerId!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** e.g. "invoice:INV-1007", "state:TX", "cash", "sentiment". */
  @Column({ type: 'text' }) subject!: string;
  /** In words, e.g. "Invoice INV-1007 (Harbor Supply) is 3 days overdue ($420.00 open, ...)". */
  @Column({ type: 'text' }) detail!: string;
  /** The figure compared with the line (days, percent, cents, messages); null when none. */
  @Column({
    type: 'numeric',
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  value!: number | null;
  /** Already over the line when the trigger was armed: recorded, no run. */
  @Column({ type: 'boolean', default: false }) baseline!: boolean;
  @Column({ type: 'timestamptz' }) crossedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) clearedAt!: Date | null;
  /** The run the crossing started; null for a baseline, or when the launch was refused. */
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  /** Why the run was not started (the launcher's refusal), when it was refused. */
  @Column({ type: 'text', nullable: true }) runError!: string | null;
}
