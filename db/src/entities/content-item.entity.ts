import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const CONTENT_ITEM_KINDS = ['BLOG_POST', 'SOCIAL_POST'] as const;
export type ContentItemKind = (typeof CONTENT_ITEM_KINDS)[number];

/** The editorial calendar's states, in their forward order (moves: engines/content/editorial). */
export const CONTENT_ITEM_STATES = [
  'IDEA',
  'DRAFTING',
  'IN_REVIEW',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
] as const;
export type ContentItemState = (typeof CONTENT_ITEM_STATES)[number];

/** The social networks a post is written for (also the platforms of the engagement stats). */
export const SOCIAL_CHANNELS = ['x', 'linkedin', 'instagram', 'facebook'] as const;
export type SocialChannel = (typeof SOCIAL_CHANNELS)[number];

/**
 * One piece of the editorial calendar: a blog post (markdown `body`) or a social post for one
 * `channel` (the post's text in `body`; an X thread's posts or an Instagram carousel's slides in
 * `parts`), adapted from the blog post `sourceItemId`. SCHEDULED has `scheduledFor`, PUBLISHED
 * has `publishedAt` (checked by the database). `approvalId` is unique among blog posts: an
 * approved publication is carried out once (one approval schedules several social posts).
 */
@Entity({ name: 'content_item' })
export class ContentItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) kind!: ContentItemKind;
  /** Required for a SOCIAL_POST, null for a BLOG_POST. */
  @Column({ type: 'text', nullable: true }) channel!: SocialChannel | null;
  @Column({ type: 'text' }) state!: ContentItemState;
  @Column({ type: 'text' }) title!: string;
  /** A blog post's URL slug, unique among the workspace's blog posts. */
  @Column({ type: 'text', nullable: true }) slug!: string | null;
  @Column({ type: 'text', nullable: true }) focusKeyword!: string | null;
  @Column({ type: 'text', default: '' }) body!: string;
  @Column({ type: 'jsonb', nullable: true }) parts!: string[] | null;
  /** Without '#'. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" }) hashtags!: string[];
  @Column({ type: 'text', nullable: true }) metaDescription!: string | null;
  /** Drafting research: keywords, outline, section briefs. */
  @Column({ type: 'jsonb', nullable: true }) brief!: Record<string, unknown> | null;
  /** The SEO pass: score and checklist. */
  @Column({ type: 'jsonb', nullable: true }) seo!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) readability!: Record<string, unknown> | null;
  @Column({ type: 'uuid', nullable: true }) sourceItemId!: string | null;
  /** The calendar day it is planned for (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true }) plannedFor!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) scheduledFor!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  /** The CMS it was pushed to ('wordpress'), with its id and public URL there. */
  @Column({ type: 'text', nullable: true }) cms!: string | null;
  @Column({ type: 'text', nullable: true }) externalId!: string | null;
  @Column({ type: 'text', nullable: true }) externalUrl!: string | null;
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvalId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
