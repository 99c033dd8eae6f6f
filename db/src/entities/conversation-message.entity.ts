import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** CUSTOMER: the visitor; AGENT: the bot's reply (with its run); HUMAN: a person of the shop. */
export const CONVERSATION_MESSAGE_ROLES = ['CUSTOMER', 'AGENT', 'HUMAN'] as const;
export type ConversationMessageRole = (typeof CONVERSATION_MESSAGE_ROLES)[number];

/** One message of a conversation, stored redacted (no card numbers or SSNs). */
@Entity({ name: 'conversation_message' })
export class ConversationMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) conversationId!: string;
  @Column({ type: 'text' }) role!: ConversationMessageRole;
  /** At most 4,000 characters (the input limit of a run's message). */
  @Column({ type: 'text' }) text!: string;
  /**
   * The run that answers the customer's message (null until it started, or when it was refused),
   * or that wrote the agent's reply; null for a person.
   */
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  /**
   * The id the customer's client gave the message (the widget's clientMessageId), unique in the
   * conversation: posting it again returns this message. Null for other messages.
   */
  @Column({ type: 'text', nullable: true }) clientMessageId!: string | null;
  /** 1, 2, 3... within the conversation, in commit order (see ConversationMessageService). */
  @Column({ type: 'integer' }) seq!: number;
  /** The knowledge-base articles an AGENT reply cites (title and slug only). */
  @Column({ type: 'jsonb', default: () => "'[]'" }) citations!: { title: string; slug: string }[];
  /** The visitor's thumbs up (true) or down (false) on an AGENT reply; null when not rated. */
  @Column({ type: 'boolean', nullable: true }) helpful!: boolean | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
