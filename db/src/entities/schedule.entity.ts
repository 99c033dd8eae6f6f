import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const MISSED_TICK_POLICIES = ['RUN_ONCE', 'SKIP'] as const;
/**
 * What a schedule does with ticks it missed (the hub was down longer than the grace period):
 * RUN_ONCE starts one late run for the latest of them, SKIP starts none. Either way the missed
 * ticks are audited and the schedule moves on to its next tick.
 */
export type MissedTickPolicy = (typeof MISSED_TICK_POLICIES)[number];

/**
 * A scenario started on a cron schedule, at most one per scenario in a workspace. Fire times are
 * computed in `time_zone`, or the workspace's when null, so "07:00" stays 07:00 across DST.
 * `next_tick_at` is the tick the schedule waits for (null when disabled): the runner launches it
 * first (idempotency key `schedule:<id>:<tick>`), then moves it on with a compare-and-set, so a
 * tick starts exactly one run however many hub processes share the database.
 */
@Entity({ name: 'schedule' })
export class ScheduleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) scenarioId!: string;
  /** Five-field cron, as parsed (whitespace normalised). */
  @Column({ type: 'text' }) cron!: string;
  /** IANA zone; null follows the workspace's time zone. */
  @Column({ type: 'text', nullable: true }) timeZone!: string | null;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @Column({ type: 'text', default: 'RUN_ONCE' }) missedTickPolicy!: MissedTickPolicy;
  /** The runs' input; null derives it from the tick (the playbook) or the scenario's sample. */
  @Column({ type: 'jsonb', nullable: true }) input!: Record<string, unknown> | null;
  @Column({ type: 'timestamptz', nullable: true }) nextTickAt!: Date | null;
  /** The last tick a run was started (or refused) for. */
  @Column({ type: 'timestamptz', nullable: true }) lastTickAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) lastRunId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
