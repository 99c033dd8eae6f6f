import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CONTENT_FEED_STATUSES = ['OK', 'NOT_MODIFIED', 'ERROR'] as const;
/** What the last fetch answered: new content, 304 Not Modified, or a failure (`lastError`). */
export type ContentFeedStatus = (typeof CONTENT_FEED_STATUSES)[number];

/**
 * An RSS, Atom or JSON feed a shop watches for one `topic` (niche). `etag` and `lastModified`
 * (the header's text, as sent) are replayed on the next fetch as a conditional GET.
 */
@Entity({ name: 'content_feed' })
export class ContentFeedEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) title!: string;
  /** Unique in the workspace. */
  @Column({ type: 'text' }) url!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ type: 'text', nullable: true }) etag!: string | null;
  @Column({ type: 'text', nullable: true }) lastModified!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) lastFetchedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) lastStatus!: ContentFeedStatus | null;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
