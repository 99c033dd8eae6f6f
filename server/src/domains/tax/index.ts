import type { NexusService } from '../../modules/tax/nexus.service.js';
import type { TaxService } from '../../modules/tax/tax.service.js';
import { defineAgent } from '../agent-definition.js';
import { TAX_PLAYBOOKS } from './playbooks.js';
import { checkNexusTool } from './tools/check-nexus.tool.js';
import { trackDeductionsTool } from './tools/track-deductions.tool.js';

/** The services tax's tools use. */
export interface TaxServices {
  tax: TaxService;
  nexus: NexusService;
}

/**
 * Tax and compliance. Deduction tracking and economic nexus monitoring are built; the sales tax
 * and filing scenarios' tools are not yet, so those scenarios fail naming the missing tool.
 */
export const taxAgent = defineAgent({
  key: 'tax',
  playbooks: TAX_PLAYBOOKS,
  defaultScenario: 'sales-tax-calculation',
  tools: (services: TaxServices) => [
    trackDeductionsTool(services.tax),
    checkNexusTool(services.nexus),
  ],
});
