import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** One of a workspace's specialist agents, with the settings an owner may edit. */
@Entity({ name: 'agent' })
export class AgentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @Column({ type: 'text' }) model!: string;
  @Column({ type: 'text' }) systemPrompt!: string;
  @Column({ type: 'numeric', precision: 3, scale: 2, default: 0.2 }) temperature!: string;
  @Column({ type: 'integer', default: 8 }) maxSteps!: number;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tools!: string[];
  /** When a person must approve first (see server/src/runtime/review-policy.ts). */
  @Column({ type: 'jsonb', default: () => "'{}'" }) reviewPolicy!: Record<string, unknown>;
  /**
   * The settings the owner changed in the agent editor (`tools`, `model`, `systemPrompt`, ...):
   * the reference data that converges at every start leaves them as the owner set them.
   */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) editedFields!: string[];
  /** Display order in lists. */
  @Column({ type: 'integer', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
