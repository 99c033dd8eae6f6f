import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** The conditions a threshold trigger can watch (the database checks the same list). */
export const THRESHOLD_TRIGGER_CONDITIONS = [
  'INVOICE_OVERDUE',
  'NEXUS_EXPOSURE',
  'CASH_BELOW_FLOOR',
  'NEGATIVE_SENTIMENT_SPIKE',
] as const;
export type ThresholdTriggerCondition = (typeof THRESHOLD_TRIGGER_CONDITIONS)[number];

/**
 * A condition over the shop's data (an invoice overdue, nexus exposure, cash under a floor, a
 * spike of negative messages) that starts a scenario's run once per crossing of its line.
 */
@Entity({ name: 'threshold_trigger' })
export class ThresholdTriggerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) condition!: ThresholdTriggerCondition;
  /** The condition's parameters, as validated by the server (defaults filled in). */
  @Column({ type: 'jsonb', default: () => "'{}'" }) params!: Record<string, unknown>;
  /** The scenario each crossing runs (its agent is the scenario's). */
  @Column({ type: 'uuid' }) scenarioId!: string;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  /**
   * When the trigger's baseline was taken: what was over the line then was recorded without a
   * run. Null while it is not armed (just created, enabled again, its condition changed, or
   * seeded): the next evaluation takes the baseline instead of starting runs.
   */
  @Column({ type: 'timestamptz', nullable: true }) armedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
