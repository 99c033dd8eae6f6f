import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A busy block on a team member's calendar (no meetings with leads during it). */
@Entity({ name: 'calendar_event' })
export class CalendarEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) memberId!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'timestamptz' }) endsAt!: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
