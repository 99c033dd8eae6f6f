import { defineAgent } from '../agent-definition.js';
import { CONTENT_PLAYBOOKS } from './playbooks.js';

/** Content marketing. Its tools are not built yet: its scenarios fail naming the missing tool. */
export const contentAgent = defineAgent({
  key: 'content',
  playbooks: CONTENT_PLAYBOOKS,
  defaultScenario: 'blog-post-draft',
  tools: () => [],
});
