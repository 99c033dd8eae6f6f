import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Who answers the visitor: the bot, nobody yet (a person was asked for), a person, or nobody
 * because the matter is settled. Moves only through server/src/modules/conversations/handoff.ts.
 */
export const HANDOFF_STATES = ['BOT', 'HUMAN_REQUESTED', 'HUMAN', 'RESOLVED'] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

/** A thread of runs with one visitor or customer; its earlier turns are the runs' history. */
@Entity({ name: 'conversation' })
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** Lower-cased; links the conversation to the customer's long-term facts. */
  @Column({ type: 'text', nullable: true }) customerEmail!: string | null;
  @Column({ type: 'text', default: 'BOT' }) handoffState!: HandoffState;
  /** When the handoff state last changed (the creation time until it first does). */
  @Column({ type: 'timestamptz', default: () => 'now()' }) handoffChangedAt!: Date;
  /** The widget visitor the conversation is with; null for conversations started by API. */
  @Column({ type: 'uuid', nullable: true }) visitorId!: string | null;
  /** The seq of the conversation's last message; bumped under the row lock by each new one. */
  @Column({ type: 'integer', default: 0 }) messageSeq!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
