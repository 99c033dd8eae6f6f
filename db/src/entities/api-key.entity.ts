import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A secret API key. Only its SHA-256 digest is stored: keys are 192-bit random tokens, so a
 * fast digest is enough (no password stretching needed) and lookup stays one indexed read.
 */
@Entity({ name: 'api_key' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) name!: string;
  /** First characters of the key, safe to display ("sk_live_3f9a…"). */
  @Column({ type: 'text' }) displayPrefix!: string;
  @Column({ type: 'text' }) keyHash!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) scopes!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
