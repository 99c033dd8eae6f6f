import type { ContentDraftingService } from '../../modules/content/drafting/content-drafting.service.js';
import type { ContentPublishingService } from '../../modules/content/publishing/content-publishing.service.js';
import type { SocialContentService } from '../../modules/content/social/social-content.service.js';
import type { TrendService } from '../../modules/content/trends/trend.service.js';
import { defineAgent } from '../agent-definition.js';
import { CONTENT_PLAYBOOKS } from './playbooks.js';
import { adaptForSocialTool } from './tools/adapt-for-social.tool.js';
import { draftBlogPostTool } from './tools/draft-blog-post.tool.js';
import { monitorTrendsTool } from './tools/monitor-trends.tool.js';
import { publishBlogPostTool } from './tools/publish-blog-post.tool.js';
import { scheduleSocialPostsTool } from './tools/schedule-social-posts.tool.js';

/** The services content's tools use. */
export interface ContentServices {
  /** Blog drafting: keyword research, outline, offline draft, SEO pass and readability. */
  contentDrafting: ContentDraftingService;
  /** Blog posts to WordPress: drafts pushed, approved posts published once. */
  contentPublishing: ContentPublishingService;
  /** Rising topics and content gaps from stored series, keywords, feed items and the archive. */
  trends: TrendService;
  /** Social posts adapted from blog posts, and their scheduling once a person approves. */
  socialContent: SocialContentService;
}

/**
 * Content marketing: trend monitoring, blog drafting and social adaptation (CONTENT-AGENT.md).
 * Its two publishing tools, publish_blog_post and schedule_social_posts, are publications:
 * they always wait for a person's approval.
 */
export const contentAgent = defineAgent({
  key: 'content',
  playbooks: CONTENT_PLAYBOOKS,
  defaultScenario: 'blog-post-draft',
  tools: (services: ContentServices) => [
    monitorTrendsTool(services.trends),
    draftBlogPostTool(services.contentDrafting, services.contentPublishing),
    publishBlogPostTool(services.contentPublishing, services.contentDrafting),
    adaptForSocialTool(services.socialContent),
    scheduleSocialPostsTool(services.socialContent, services.contentPublishing),
  ],
});
