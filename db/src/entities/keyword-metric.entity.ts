import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A keyword's monthly search volume, ranking difficulty (0..100) and cost per click. */
@Entity({ name: 'keyword_metric' })
export class KeywordMetricEntity {
  @PrimaryColumn({ type: 'uuid' }) workspaceId!: string;
  /** Lower case. */
  @PrimaryColumn({ type: 'text' }) keyword!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ type: 'integer' }) monthlyVolume!: number;
  @Column({ type: 'smallint' }) difficulty!: number;
  @Column({ type: 'integer', nullable: true }) cpcCents!: number | null;
  @Column({ type: 'text' }) source!: string;
  /** The day the figures were measured (YYYY-MM-DD). */
  @Column({ type: 'date' }) asOf!: string;
}
