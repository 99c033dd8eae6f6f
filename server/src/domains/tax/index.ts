import type { TaxService } from '../../modules/tax/tax.service.js';
import { defineAgent } from '../agent-definition.js';
import { TAX_PLAYBOOKS } from './playbooks.js';
import { trackDeductionsTool } from './tools/track-deductions.tool.js';

/** The services tax's tools use. */
export interface TaxServices {
  tax: TaxService;
}

/**
 * Tax and compliance. Deduction tracking is built; the sales tax, filing and nexus scenarios'
 * tools are not yet, so those scenarios fail naming the missing tool.
 */
export const taxAgent = defineAgent({
  key: 'tax',
  playbooks: TAX_PLAYBOOKS,
  defaultScenario: 'sales-tax-calculation',
  tools: (services: TaxServices) => [trackDeductionsTool(services.tax)],
});
