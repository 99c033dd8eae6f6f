import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A closed opportunity with the lead's engagement and firmographics: the scorer's training data. */
@Entity({ name: 'historical_deal' })
export class HistoricalDealEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** Stable order of the deals, so the train/test split is the same on every start. */
  @Column({ type: 'integer' }) seq!: number;
  @Column({ type: 'integer' }) pagesViewed!: number;
  @Column({ type: 'double precision' }) minutesOnSite!: number;
  @Column({ type: 'integer' }) pricingPageVisits!: number;
  @Column({ type: 'integer' }) employees!: number;
  @Column({ type: 'text' }) industry!: string;
  @Column({ type: 'text' }) country!: string;
  @Column({ type: 'boolean' }) won!: boolean;
  /** `YYYY-MM-DD`. */
  @Column({ type: 'date' }) closedOn!: string;
}
