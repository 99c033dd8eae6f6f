import type { ComplianceService } from '../../modules/tax/compliance/compliance.service.js';
import type { NexusService } from '../../modules/tax/nexus.service.js';
import type { SalesTaxService } from '../../modules/tax/sales-tax/sales-tax.service.js';
import type { SalesTaxFilingService } from '../../modules/tax/filing/sales-tax-filing.service.js';
import type { TaxService } from '../../modules/tax/tax.service.js';
import { defineAgent } from '../agent-definition.js';
import { TAX_PLAYBOOKS } from './playbooks.js';
import { calculateSalesTaxTool } from './tools/calculate-sales-tax.tool.js';
import { checkNexusTool } from './tools/check-nexus.tool.js';
import { prepareSalesTaxFilingTool } from './tools/prepare-sales-tax-filing.tool.js';
import { complianceCalendarTool } from './tools/compliance-calendar.tool.js';
import { trackDeductionsTool } from './tools/track-deductions.tool.js';

/** The services tax's tools use. */
export interface TaxServices {
  tax: TaxService;
  nexus: NexusService;
  compliance: ComplianceService;
  salesTax: SalesTaxService;
  salesTaxFiling: SalesTaxFilingService;
}

/**
 * Tax and compliance: sales tax (calculate_sales_tax), deduction tracking, economic nexus
 * monitoring and the compliance calendar are built; a scenario whose tool is not registered fails naming the missing tool.
 */
export const taxAgent = defineAgent({
  key: 'tax',
  playbooks: TAX_PLAYBOOKS,
  defaultScenario: 'sales-tax-calculation',
  tools: (services: TaxServices) => [
    trackDeductionsTool(services.tax),
    checkNexusTool(services.nexus),
    complianceCalendarTool(services.compliance),
    calculateSalesTaxTool(services.salesTax),
    prepareSalesTaxFilingTool(services.salesTaxFiling),
  ],
});
