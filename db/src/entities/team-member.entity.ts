import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Weekday keys of working hours, Monday first (luxon's weekday 1-7 maps onto this order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One working day in the member's own time zone, "HH:mm" to "HH:mm"; a missing day is off. */
export interface WorkingDay {
  start: string;
  end: string;
}
export type WorkingHours = Partial<Record<Weekday, WorkingDay>>;

/** A person on the team who takes meetings with leads, in their own IANA time zone. */
@Entity({ name: 'team_member' })
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) name!: string;
  /** Lower-cased. */
  @Column({ type: 'text' }) email!: string;
  /** IANA, e.g. "Europe/London". */
  @Column({ type: 'text' }) timeZone!: string;
  @Column({ type: 'jsonb' }) workingHours!: WorkingHours;
  /** Who is offered first when several members are free at once. */
  @Column({ type: 'integer', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
