import { z } from 'zod';
import { formatCents, type WeeklyCashFlow } from '../../../engines/accounting/index.js';
import type { CashFlowService } from '../../../modules/finance/cash-flow.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import type { ShopCalendar } from './overdue-invoices.tool.js';

export const cashFlowInput = z.object({
  /** The last day of the week reported; the run's day by default. */
  weekEnding: z.iso.date().optional(),
  historyWeeks: z.number().int().min(4).max(52).default(13),
});

/** The weekly cash-flow report: every figure from the engine over the bank feed, in cents. */
export function cashFlowReportTool(
  cashFlow: CashFlowService,
  calendar: ShopCalendar,
): Tool<z.infer<typeof cashFlowInput>, WeeklyCashFlow> {
  return {
    name: 'cash_flow_report',
    description:
      'Weekly cash flow: inflows and outflows by category, net, the prior week and the same week last year, anomalies (median/MAD) explained, the trend and the runway, all in cents.',
    input: cashFlowInput,
    execute: async (ctx, call) =>
      cashFlow.weekly(
        ctx.workspaceId,
        call.weekEnding ?? (await calendar.today(ctx.workspaceId, ctx.now)),
        call.historyWeeks,
      ),
    summarize: (r) =>
      `Week ${r.week.start} to ${r.week.end}: in ${formatCents(r.totalInCents)}, out ${formatCents(r.totalOutCents)}, net ${formatCents(r.netCents)}; ${r.anomalies.length} anomal${r.anomalies.length === 1 ? 'y' : 'ies'}`,
  };
}
