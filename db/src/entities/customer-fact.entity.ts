import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Something worth remembering about a customer across conversations (unique per key). */
@Entity({ name: 'customer_fact' })
export class CustomerFactEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** Lower-cased. */
  @Column({ type: 'text' }) customerEmail!: string;
  /** snake_case, e.g. `preferred_name`, `gift_wrap_preference`. */
  @Column({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) value!: string;
  @Column({ type: 'uuid', nullable: true }) sourceRunId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
