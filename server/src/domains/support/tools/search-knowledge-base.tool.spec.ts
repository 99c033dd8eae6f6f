import { describe, expect, it } from 'vitest';
import type { AuditService } from '../../../modules/audit/audit.service.js';
import type { KnowledgeService } from '../../../modules/knowledge/knowledge.service.js';
import { ToolRegistry } from '../../../runtime/tool-registry.js';
import { searchKnowledgeBaseTool } from './search-knowledge-base.tool.js';

// Definitions never search or audit, so neither service is reached.
const registry = new ToolRegistry({} as AuditService).register(
  searchKnowledgeBaseTool({} as KnowledgeService),
);

describe('the search_knowledge_base definition a model receives', () => {
  it('has a JSON Schema with a required string query and an optional limit', () => {
    const [definition] = registry.definitions(['search_knowledge_base']);

    expect(definition?.name).toBe('search_knowledge_base');
    expect(definition?.description).toMatch(/help-centre articles/);
    expect(definition?.inputSchema).toMatchObject({
      type: 'object',
      properties: {
        query: { type: 'string', minLength: 1, maxLength: 4000 },
        limit: { type: 'integer', minimum: 1, maximum: 10, default: 3 },
      },
      required: ['query'],
    });
    expect(definition?.inputSchema).not.toHaveProperty('$schema');
  });

  it('skips tools that are not registered yet', () => {
    expect(
      registry.definitions(['track_order', 'search_knowledge_base']).map((d) => d.name),
    ).toEqual(['search_knowledge_base']);
  });
});
