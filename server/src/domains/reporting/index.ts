import { defineAgent } from '../agent-definition.js';
import { REPORTING_PLAYBOOKS } from './playbooks.js';

/**
 * P&L and financial filing. Its tools are not built yet: its scenarios fail naming the missing
 * tool.
 */
export const reportingAgent = defineAgent({
  key: 'reporting',
  playbooks: REPORTING_PLAYBOOKS,
  defaultScenario: 'monthly-pnl',
  tools: () => [],
});
