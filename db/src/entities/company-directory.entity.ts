import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Reference data about companies, looked up by email domain to enrich leads. Shared by all
 * workspaces (it describes the world, not a shop); a real enrichment API can replace it.
 */
@Entity({ name: 'company_directory' })
export class CompanyDirectoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Lower-cased, e.g. `brightdesk.example`. */
  @Column({ type: 'text' }) domain!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) industry!: string;
  @Column({ type: 'integer' }) employees!: number;
  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'text' }) country!: string;
  @Column({ type: 'text', nullable: true }) city!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
