import { z } from 'zod';
import type { DeductionSummary } from '../../../modules/tax/deduction-summary.js';
import type { TaxService } from '../../../modules/tax/tax.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { formatCents } from '../../../engines/accounting/index.js';

export const taxYearInput = z.object({ taxYear: z.number().int().min(2020).max(2100) });

/**
 * The year's Schedule C deductions from the ledger and the owner's tax profile, each figure with
 * its rules and citations, and the deductions likely missed. The tax rules engine computes every
 * figure; a model may only explain them.
 */
export function trackDeductionsTool(
  tax: TaxService,
): Tool<z.infer<typeof taxYearInput>, DeductionSummary> {
  return {
    name: 'track_deductions',
    description:
      "Schedule C deductions for a tax year from the books: expenses by Schedule C line, meals at 50%, the vehicle's standard mileage vs actual costs, Section 179 on equipment within the business income limit, home office simplified vs actual, net profit, and likely missed deductions, each figure with the rules and citations behind it.",
    input: taxYearInput,
    execute: (ctx, { taxYear }) => tax.deductionSummary(ctx.workspaceId, taxYear),
    summarize: (summary) =>
      `${summary.taxYear}: ${summary.lines.length} Schedule C lines, expenses ${formatCents(summary.totalExpenses.cents)}, ` +
      `net profit ${formatCents(summary.netProfit.cents)}; ${summary.missedDeductions.length} possible missed deductions`,
  };
}
