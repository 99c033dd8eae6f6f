import { z } from 'zod';
import type {
  FinancialRatiosReport,
  RatiosService,
} from '../../../modules/reporting/ratios.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';

export const asOfInput = z.object({ asOf: z.iso.date() });

/**
 * The fourteen ratios over the trailing twelve complete months to asOf, each against the
 * industry benchmark for the shop's NAICS code, with the alerts in words; every figure the
 * engine's, traced to its statement lines.
 */
export function computeFinancialRatiosTool(
  ratios: RatiosService,
): Tool<z.infer<typeof asOfInput>, FinancialRatiosReport> {
  return {
    name: 'compute_financial_ratios',
    description:
      'Financial ratios as of a date (margins, ROA, ROE, current, quick, cash, DSO, DPO, DIO, inventory turnover, debt to equity, interest coverage) over the trailing twelve complete months, compared with the industry benchmark ranges for the shop, with alerts.',
    input: asOfInput,
    execute: (ctx, { asOf }) => ratios.financialRatios(ctx.workspaceId, asOf),
    summarize: (report) =>
      `${report.ratios.filter((r) => r.value !== null).length} ratios as of ${report.asOf} ` +
      `(${report.window.from} to ${report.window.to}); ${report.alerts.length} outside the industry range`,
  };
}
