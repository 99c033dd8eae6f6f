import { z } from 'zod';
import type { DeductionSummary } from '../../modules/tax/deduction-summary.js';
import { singleToolPlaybook, type Playbook } from '../../runtime/playbook.js';
import type { NexusReport } from '../../modules/tax/nexus.service.js';
import { deductionsAnswer } from './answers.js';
import { nexusAnswer } from './nexus-answer.js';
import { salesTaxAnswer } from './sales-tax-answer.js';
import {
  calculateSalesTaxInput,
  type CalculateSalesTaxInput,
  type CalculateSalesTaxResult,
} from './tools/calculate-sales-tax.tool.js';
import { checkNexusInput } from './tools/check-nexus.tool.js';
import { taxYearInput } from './tools/track-deductions.tool.js';

const usState = z.string().regex(/^[A-Z]{2}$/, 'a two-letter US state code');

/** The year's deductions from the ledger, told from the service's own figures and rules. */
const deductionTracking: Playbook<{ taxYear: number }> = {
  agentKey: 'tax',
  scenarioKey: 'deduction-tracking',
  input: taxYearInput,
  plan: (input, previous) => (previous.length === 0 ? [{ name: 'track_deductions', input }] : []),
  respond: (_input, results) =>
    deductionsAnswer(
      results.find((r) => r.name === 'track_deductions' && r.ok)?.output as
        DeductionSummary | undefined,
    ),
};

/** Economic nexus in every state, told register-now first, then watch, from the engine's reasons. */
const complianceMonitoring: Playbook<{ taxYear: number }> = {
  agentKey: 'tax',
  scenarioKey: 'compliance-monitoring',
  input: checkNexusInput,
  plan: (input, previous) => (previous.length === 0 ? [{ name: 'check_nexus', input }] : []),
  respond: (_input, results) =>
    nexusAnswer(
      results.find((r) => r.name === 'check_nexus' && r.ok)?.output as NexusReport | undefined,
    ),
};

/** Sales tax on an order or an amount, told from the engine's figures and the shop's collection. */
const salesTaxCalculation: Playbook<CalculateSalesTaxInput> = {
  agentKey: 'tax',
  scenarioKey: 'sales-tax-calculation',
  input: calculateSalesTaxInput,
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'calculate_sales_tax', input }] : [],
  respond: (_input, results) =>
    salesTaxAnswer(
      results.find((r) => r.name === 'calculate_sales_tax' && r.ok)?.output as
        CalculateSalesTaxResult | undefined,
    ),
  // A routed message can name the order; an amount and a state are too easy to misread.
  fromMessage: (message) => {
    const orderNumber = /\b[A-Z]{2}-\d{3,}\b/.exec(message)?.[0];
    return orderNumber ? { orderNumber } : null;
  },
};

export const TAX_PLAYBOOKS: Playbook[] = [
  salesTaxCalculation as Playbook,
  deductionTracking as Playbook,
  singleToolPlaybook({
    agentKey: 'tax',
    scenarioKey: 'filing-preparation',
    tool: 'prepare_sales_tax_filing',
    input: z.object({ state: usState, period: z.string().regex(/^\d{4}-(Q[1-4]|\d{2})$/) }),
    describe: () => 'Filing prepared.',
  }),
  complianceMonitoring as Playbook,
];
