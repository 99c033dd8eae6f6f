import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const RUN_STEP_KINDS = [
  'TRIGGER',
  'CONTEXT',
  'REASONING',
  'TOOL_CALL',
  'TOOL_RESULT',
  'RESPONSE',
  'FEEDBACK',
  'GUARDRAIL',
  'APPROVAL',
  'HUMAN_DECISION',
  'COMPLETED',
  'FAILED',
  'CANCELLED',
] as const;
export type RunStepKind = (typeof RUN_STEP_KINDS)[number];
export const TERMINAL_STEP_KINDS: readonly RunStepKind[] = ['COMPLETED', 'FAILED', 'CANCELLED'];

/** One persisted step of a run; `seq` is monotonic per run (unique with `run_id`). */
@Entity({ name: 'run_step' })
export class RunStepEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) runId!: string;
  @Column({ type: 'integer' }) seq!: number;
  @Column({ type: 'text' }) kind!: RunStepKind;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) detail!: string | null;
  /** True while a model is still writing this step's `detail` (see docs/RUN-STREAM.md). */
  @Column({ type: 'boolean', default: false }) streaming!: boolean;
  @Column({ type: 'jsonb', default: () => "'{}'" }) data!: Record<string, unknown>;
  @Column({ type: 'timestamptz' }) startedAt!: Date;
  @Column({ type: 'integer', default: 0 }) durationMs!: number;
  @Column({ type: 'integer', default: 0 }) inputTokens!: number;
  @Column({ type: 'integer', default: 0 }) outputTokens!: number;
  @Column({ type: 'numeric', precision: 14, scale: 6, default: 0 }) costUsd!: string;
}
