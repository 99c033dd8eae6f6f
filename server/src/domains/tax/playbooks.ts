import { z } from 'zod';
import type { DeductionSummary } from '../../modules/tax/deduction-summary.js';
import type { Playbook } from '../../runtime/playbook.js';
import { yearOfDate } from '../../engines/automation/tick-dates.js';
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
import {
  prepareSalesTaxFilingInput,
  type SalesTaxFilingToolOutput,
} from './tools/prepare-sales-tax-filing.tool.js';
import { filingAnswer } from './filing-answer.js';
import type { ComplianceOverview } from './tools/compliance-calendar.tool.js';
import { taxYearInput } from './tools/track-deductions.tool.js';

/** The year's deductions from the ledger, told from the service's own figures and rules. */
const deductionTracking: Playbook<{ taxYear: number }> = {
  agentKey: 'tax',
  scenarioKey: 'deduction-tracking',
  input: taxYearInput,
  // The year to date: the tax year the tick falls in.
  scheduledInput: (tick) => ({ taxYear: yearOfDate(tick.date) }),
  plan: (input, previous) => (previous.length === 0 ? [{ name: 'track_deductions', input }] : []),
  respond: (_input, results) =>
    deductionsAnswer(
      results.find((r) => r.name === 'track_deductions' && r.ok)?.output as
        DeductionSummary | undefined,
    ),
};

/**
 * Economic nexus in every state (check_nexus), then the compliance calendar and certificates
 * (compliance_calendar), told register-now, watch, next deadlines, certificates needing attention.
 */
const complianceMonitoring: Playbook<{ taxYear: number }> = {
  agentKey: 'tax',
  scenarioKey: 'compliance-monitoring',
  input: checkNexusInput,
  // Nexus is measured over the current year's sales: the tax year the tick falls in.
  scheduledInput: (tick) => ({ taxYear: yearOfDate(tick.date) }),
  plan: (input, previous) =>
    previous.length === 0
      ? [{ name: 'check_nexus', input }]
      : previous.length === 1
        ? [{ name: 'compliance_calendar', input: {} }]
        : [],
  respond: (_input, results) =>
    nexusAnswer(
      results.find((r) => r.name === 'check_nexus' && r.ok)?.output as NexusReport | undefined,
      results.find((r) => r.name === 'compliance_calendar' && r.ok)?.output as
        ComplianceOverview | undefined,
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

/** A state's sales tax return, the Schedule C summary, the CPA checklist and packet, told plainly. */
const filingPreparation: Playbook<z.infer<typeof prepareSalesTaxFilingInput>> = {
  agentKey: 'tax',
  scenarioKey: 'filing-preparation',
  input: prepareSalesTaxFilingInput,
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'prepare_sales_tax_filing', input }] : [],
  respond: (_input, results) =>
    filingAnswer(
      results.find((r) => r.name === 'prepare_sales_tax_filing' && r.ok)?.output as
        SalesTaxFilingToolOutput | undefined,
    ),
};

export const TAX_PLAYBOOKS: Playbook[] = [
  salesTaxCalculation as Playbook,
  deductionTracking as Playbook,
  filingPreparation as Playbook,
  complianceMonitoring as Playbook,
];
