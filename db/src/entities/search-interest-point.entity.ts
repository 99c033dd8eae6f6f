import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One week of a search-interest series: 0..100 relative to the series' peak (Google Trends'
 * scale). `source` is 'demo' for the seeded series, 'serpapi' for fetched ones.
 */
@Entity({ name: 'search_interest_point' })
export class SearchInterestPointEntity {
  @PrimaryColumn({ type: 'uuid' }) workspaceId!: string;
  /** Lower case. */
  @PrimaryColumn({ type: 'text' }) topic!: string;
  @PrimaryColumn({ type: 'text' }) source!: string;
  /** The week's first day (YYYY-MM-DD). */
  @PrimaryColumn({ type: 'date' }) weekStart!: string;
  @Column({ type: 'smallint' }) interest!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) fetchedAt!: Date;
}
