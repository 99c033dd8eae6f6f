import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface CompetitorPageHeading {
  level: 1 | 2 | 3;
  text: string;
}

/** A page ranking for `keyword`: its headings (H1/H2/H3, in page order) and length. */
@Entity({ name: 'competitor_page' })
export class CompetitorPageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) keyword!: string;
  /** Unique in the workspace. */
  @Column({ type: 'text' }) url!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" }) headings!: CompetitorPageHeading[];
  @Column({ type: 'integer' }) wordCount!: number;
  @Column({ type: 'date' }) capturedOn!: string;
}
