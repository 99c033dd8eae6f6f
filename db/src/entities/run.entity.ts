import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const RUN_STATUSES = [
  'QUEUED',
  'RUNNING',
  'WAITING_FOR_HUMAN',
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** One execution of an agent. Its status changes only through the runtime's `transition()`. */
@Entity({ name: 'run' })
export class RunEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) agentId!: string;
  @Column({ type: 'uuid', nullable: true }) scenarioId!: string | null;
  @Column({ type: 'text' }) status!: RunStatus;
  /** What started the run: MANUAL, API, WIDGET, AGENT, SCHEDULE, WEBHOOK or THRESHOLD. */
  @Column({ type: 'text', default: 'API' }) trigger!: string;
  /** The trigger's particulars: schedule and tick, webhook delivery, threshold and condition. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) triggerDetail!: Record<string, unknown>;
  @Column({ type: 'jsonb', default: () => "'{}'" }) input!: Record<string, unknown>;
  @Column({ type: 'jsonb', nullable: true }) output!: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'text', nullable: true }) errorCode!: string | null;
  @Column({ type: 'text', nullable: true }) idempotencyKey!: string | null;
  @Column({ type: 'text', nullable: true }) provider!: string | null;
  /** Highest `seq` of this run's steps; bumped under the run's row lock to number each step. */
  @Column({ type: 'integer', default: 0 }) lastSeq!: number;
  /** The run that asked this one (agent-to-agent call); depth 0 for top-level runs, at most 3. */
  @Column({ type: 'uuid', nullable: true }) parentRunId!: string | null;
  @Column({ type: 'integer', default: 0 }) depth!: number;
  @Column({ type: 'uuid', nullable: true }) conversationId!: string | null;
  /** Guardrail findings, e.g. `PROMPT_INJECTION`, `PII_REDACTED`. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) flags!: string[];
  /** How the agent was chosen when the caller named none: agent, confidence, method. */
  @Column({ type: 'jsonb', nullable: true }) routing!: Record<string, unknown> | null;
  /** Which process executes the run, and when it last proved alive (for crash recovery). */
  @Column({ type: 'text', nullable: true }) lockedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) heartbeatAt!: Date | null;
  @Column({ type: 'integer', default: 0 }) inputTokens!: number;
  @Column({ type: 'integer', default: 0 }) outputTokens!: number;
  @Column({ type: 'numeric', precision: 14, scale: 6, default: 0 }) costUsd!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
