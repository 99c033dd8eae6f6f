import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A business using the hub (a tenant). Every business row carries its `workspace_id`. */
@Entity({ name: 'workspace' })
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) slug!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', default: 'UTC' }) timeZone!: string;
  /** The shop's server signs verified visitor identities with it (HMAC-SHA256 of the user id). */
  @Column({ type: 'text', select: false }) widgetIdentitySecret!: string;
  /** Signs visitor tokens; never leaves the hub. */
  @Column({ type: 'text', select: false }) visitorTokenSecret!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
