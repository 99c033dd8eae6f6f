import { z } from 'zod';
import type {
  ArticleMatch,
  KnowledgeService,
} from '../../../modules/knowledge/knowledge.service.js';
import { searchTerms } from '../../../modules/knowledge/search-terms.js';
import { MAX_TEXT_FIELD_LENGTH } from '../../../runtime/guardrails/index.js';
import type { Tool } from '../../../runtime/tool-registry.js';

const input = z.object({
  // Any message a customer may send (the playbook passes it whole); the search itself reads at
  // most MAX_SEARCH_TERMS distinct words of it (search-terms.ts).
  query: z.string().trim().min(1).max(MAX_TEXT_FIELD_LENGTH),
  limit: z.number().int().min(1).max(10).default(3),
});

export interface KnowledgeSearchOutput {
  matches: ArticleMatch[];
  /** The words searched for (bounded; empty when the query held only stop words or symbols). */
  terms?: string[];
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
      const terms = searchTerms(query);
      if (terms.length === 0) return { matches: [], terms };
      return { matches: await knowledge.search(ctx.workspaceId, query, limit), terms };
    },
    summarize({ matches, terms }) {
      if (terms?.length === 0) return 'No words to search for';
      const best = matches[0];
      if (!best) return 'No article matches';
      return `${matches.length} article(s); best "${best.title}" (confidence ${best.confidence})`;
    },
  };
}
