import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A thread of runs with one visitor or customer; its earlier turns are the runs' history. */
@Entity({ name: 'conversation' })
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** Lower-cased; links the conversation to the customer's long-term facts. */
  @Column({ type: 'text', nullable: true }) customerEmail!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
