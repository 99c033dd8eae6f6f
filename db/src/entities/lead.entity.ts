import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const LEAD_TIERS = ['HOT', 'WARM', 'COLD'] as const;
export type LeadTier = (typeof LEAD_TIERS)[number];
export const LEAD_STAGES = ['NEW', 'QUALIFIED', 'CONTACTED'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** One feature's share of a lead's score (coefficient × standardized value), in log-odds. */
export interface LeadScoreFactor {
  feature: string;
  label: string;
  /** The lead's value of the feature; null when unknown (no company facts). */
  value: number | null;
  contribution: number;
}

/**
 * A prospect who left their details. One row per lower-cased email per workspace: a second
 * capture updates the row and adds its engagement instead of creating another.
 */
@Entity({ name: 'lead' })
export class LeadEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) company!: string | null;
  /** Marketing consent; no email is sent without it. */
  @Column({ type: 'boolean', default: false }) consent!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) consentAt!: Date | null;
  @Column({ type: 'text', nullable: true }) sourcePage!: string | null;
  @Column({ type: 'integer', default: 0 }) pagesViewed!: number;
  @Column({ type: 'double precision', default: 0 }) minutesOnSite!: number;
  @Column({ type: 'integer', default: 0 }) pricingPageVisits!: number;
  /** How many times the lead was captured (form submissions, qualification runs). */
  @Column({ type: 'integer', default: 1 }) captures!: number;
  /** What the enricher found about the company, or null when nothing was found. */
  @Column({ type: 'jsonb', nullable: true }) enrichment!: Record<string, unknown> | null;
  @Column({ type: 'timestamptz', nullable: true }) enrichedAt!: Date | null;
  @Column({ type: 'integer', nullable: true }) score!: number | null;
  @Column({ type: 'jsonb', nullable: true }) scoreFactors!: LeadScoreFactor[] | null;
  @Column({ type: 'text', nullable: true }) tier!: LeadTier | null;
  @Column({ type: 'timestamptz', nullable: true }) scoredAt!: Date | null;
  @Column({ type: 'text', default: 'NEW' }) stage!: LeadStage;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
