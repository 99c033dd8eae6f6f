import { z } from 'zod';
import type { NexusReport, NexusService } from '../../../modules/tax/nexus.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';

/**
 * The run keeps the states the shop sold into or is registered in: the other states have no sales
 * in any window (BELOW at 0%, or no sales tax), and their rule texts would make every run record
 * about 160 KB instead of about 40 KB. nexusExposure in the API lists every state.
 */
export function statesThatConcernTheShop(report: NexusReport): NexusReport {
  const soldInto = new Set<string>(report.statesSoldInto);
  return {
    ...report,
    states: report.states.filter((s) => soldInto.has(s.state) || s.registered),
  };
}

export const checkNexusInput = z.object({ taxYear: z.number().int().min(2020).max(2100) });

/**
 * Economic nexus for every state and DC from the shop's sales by state: evaluated today when the
 * tax year is the current one, at its December 31 when it is past. The rules engine decides each
 * status from cited, dated thresholds; a model may only explain them.
 */
export function checkNexusTool(
  nexus: NexusService,
): Tool<z.infer<typeof checkNexusInput>, NexusReport> {
  return {
    name: 'check_nexus',
    description:
      "Economic nexus exposure in every US state and DC for a tax year (today if the year is current, else its December 31): the shop's sales and transactions into each state over the window its rule measures, the share of each threshold, MET / APPROACHING (80%+) / BELOW, registration, and what to do (register now, watch), with the rule id and citation.",
    input: checkNexusInput,
    execute: async (ctx, { taxYear }) =>
      statesThatConcernTheShop(await nexus.exposureForTaxYear(ctx.workspaceId, taxYear)),
    summarize: (report) =>
      `${report.asOf}: register now in ${report.registerNow.join(', ') || 'no state'}; watch ${report.watch.join(', ') || 'no state'}; sold into ${report.statesSoldInto.length} states`,
  };
}
