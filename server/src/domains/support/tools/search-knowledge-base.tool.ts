import { z } from 'zod';
import type {
  ArticleMatch,
  KnowledgeService,
} from '../../../modules/knowledge/knowledge.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';

const input = z.object({
  query: z.string().trim().min(1).max(2000),
  limit: z.number().int().min(1).max(10).default(3),
});

export interface KnowledgeSearchOutput {
  matches: ArticleMatch[];
}

export function searchKnowledgeBaseTool(
  knowledge: KnowledgeService,
): Tool<z.infer<typeof input>, KnowledgeSearchOutput> {
  return {
    name: 'search_knowledge_base',
    description:
      "Full-text search of the shop's help-centre articles; returns the best matches with an excerpt and a 0-1 confidence.",
    input,
    async execute(ctx, { query, limit }) {
      return { matches: await knowledge.search(ctx.workspaceId, query, limit) };
    },
    summarize({ matches }) {
      const best = matches[0];
      if (!best) return 'No article matches';
      return `${matches.length} article(s); best "${best.title}" (confidence ${best.confidence})`;
    },
  };
}
