import { defineAgent } from '../agent-definition.js';
import { TAX_PLAYBOOKS } from './playbooks.js';

/** Tax and compliance. Its tools are not built yet: its scenarios fail naming the missing tool. */
export const taxAgent = defineAgent({
  key: 'tax',
  playbooks: TAX_PLAYBOOKS,
  defaultScenario: 'sales-tax-calculation',
  tools: () => [],
});
