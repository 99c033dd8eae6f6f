import { z } from 'zod';
import { singleToolPlaybook, type Playbook } from '../../runtime/playbook.js';

export const CONTENT_PLAYBOOKS: Playbook[] = [
  singleToolPlaybook({
    agentKey: 'content',
    scenarioKey: 'trend-monitoring',
    tool: 'monitor_trends',
    input: z.object({ topics: z.array(z.string().trim().min(1).max(100)).min(1).max(20) }),
    describe: () => 'Trends summarized.',
  }),
  singleToolPlaybook({
    agentKey: 'content',
    scenarioKey: 'blog-post-draft',
    tool: 'draft_blog_post',
    input: z.object({
      topic: z.string().trim().min(3).max(300),
      keywords: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
    }),
    describe: () => 'Blog post drafted.',
    // A routed message ("write a post about caring for stoneware") is the topic itself.
    fromMessage: (message) => ({ topic: message }),
  }),
  singleToolPlaybook({
    agentKey: 'content',
    scenarioKey: 'social-adaptation',
    tool: 'adapt_for_social',
    input: z.object({
      sourceTitle: z.string().trim().min(3).max(300),
      channels: z.array(z.enum(['instagram', 'linkedin', 'x', 'facebook'])).min(1),
    }),
    describe: () => 'Social posts drafted.',
  }),
];
