import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type BookingStatus = 'CONFIRMED' | 'CANCELLED';

/**
 * A meeting booked with a lead. The id is chosen before the insert, because the video link and
 * the invite's UID are derived from it and stored with the row.
 */
@Entity({ name: 'booking' })
export class BookingEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) memberId!: string;
  /** Lower-cased. */
  @Column({ type: 'text' }) leadEmail!: string;
  @Column({ type: 'text', nullable: true }) leadName!: string | null;
  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'timestamptz' }) endsAt!: Date;
  /** The lead's IANA time zone, for showing the meeting in their local time. */
  @Column({ type: 'text' }) timeZone!: string;
  @Column({ type: 'text', default: 'CONFIRMED' }) status!: BookingStatus;
  @Column({ type: 'text' }) videoUrl!: string;
  /** The RFC 5545 invite sent with the booking. */
  @Column({ type: 'text' }) ics!: string;
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
