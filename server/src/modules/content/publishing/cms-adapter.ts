/**
 * The seam between the editorial calendar and the shop's CMS. WordPress implements it
 * (wordpress-cms.ts); another CMS (Ghost, a headless one) would too. Failures are DomainErrors
 * with CMS_AUTH_FAILED (the credentials were refused), CMS_REJECTED (the CMS refused the post,
 * its own message kept) or CMS_UNAVAILABLE (it did not answer, after retries).
 */

/** What the hub sends about a post; the body is markdown, the adapter converts it. */
export interface CmsPostContent {
  title: string;
  /** Markdown. */
  body: string;
  /** The meta description (WordPress: the excerpt, which themes and SEO plugins read). */
  summary: string | null;
  slug: string | null;
}

/** The CMS's statuses the hub uses: a draft, published now, or published at `date`. */
export type CmsPostStatus = 'draft' | 'publish' | 'future';

export interface CmsPostUpdate extends Partial<CmsPostContent> {
  status: CmsPostStatus;
  /** Required with `future`: when the CMS publishes it. */
  date?: Date | null;
}

export interface CmsPost {
  /** The CMS's id of the post (WordPress: a number, kept as text). */
  externalId: string;
  /** Where it is read: the permalink once published, a preview link before. */
  url: string;
  /** As the CMS reports it (WordPress also has 'pending', 'private', 'trash'). */
  status: string;
  /** The post's date (UTC): when it went out, or will. */
  date: Date | null;
  title: string;
}

export interface CmsAdapter {
  /** The CMS's name as recorded on the item (`content_item.cms`). */
  readonly cms: string;
  /** A new post in the CMS's draft state, for a person to look at there. */
  createDraft(content: CmsPostContent): Promise<CmsPost>;
  /** Changes a post's content and status; CMS_REJECTED with details.status 404 when it is gone. */
  updatePost(externalId: string, update: CmsPostUpdate): Promise<CmsPost>;
  /** The post, or null when the CMS has none with that id. */
  getPost(externalId: string): Promise<CmsPost | null>;
}
