import type { InvoiceService } from '../../modules/finance/invoice.service.js';
import { defineAgent } from '../agent-definition.js';
import { FINANCE_PLAYBOOKS } from './playbooks.js';
import { paymentHistoryTool } from './tools/payment-history.tool.js';

/** The services finance's tools use. */
export interface FinanceServices {
  invoices: InvoiceService;
}

/**
 * Finance and operations. Only the payment check exists yet; its scenarios that need the
 * accounting engine fail naming the missing tool until it lands.
 */
export const financeAgent = defineAgent({
  key: 'finance',
  playbooks: FINANCE_PLAYBOOKS,
  defaultScenario: 'finance-desk',
  tools: (services: FinanceServices) => [paymentHistoryTool(services.invoices)],
});
