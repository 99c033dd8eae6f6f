import { z } from 'zod';
import type {
  CertificatesReport,
  ComplianceCalendarReport,
  ComplianceService,
} from '../../../modules/tax/compliance/compliance.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const complianceCalendarInput = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export interface ComplianceOverview {
  calendar: ComplianceCalendarReport;
  certificates: CertificatesReport;
}

/**
 * The compliance calendar (sales tax returns per registration and filing frequency, registration
 * deadlines where nexus is met, 1040-ES, Form 1040, the Texas franchise tax report, certificate
 * expiries) from today for 120 days unless a range is given, and the certificates needing
 * attention with the resale and exempt sales none covers. Every date is the compliance engine's.
 */
export function complianceCalendarTool(
  compliance: ComplianceService,
): Tool<z.infer<typeof complianceCalendarInput>, ComplianceOverview> {
  return {
    name: 'compliance_calendar',
    description:
      "The shop's compliance calendar: sales tax return due dates per registered state and filing frequency (moved past weekends and holidays), registration deadlines in states where economic nexus is met, 1040-ES installments, Form 1040 and the Texas franchise tax report, each with reminder date, status (UPCOMING, DUE_SOON, OVERDUE) and cited rule; plus resale/exemption certificates expiring or expired and the exempt sales without a valid certificate, with amounts.",
    input: complianceCalendarInput,
    execute: async (ctx, { from, to }) => {
      const [calendar, certificates] = await Promise.all([
        compliance.calendar(ctx.workspaceId, from ?? null, to ?? null),
        compliance.certificates(ctx.workspaceId),
      ]);
      return { calendar, certificates };
    },
    summarize: ({ calendar, certificates }) =>
      `${calendar.from} to ${calendar.to}: ${calendar.events.length} dates (${calendar.events.filter((e) => e.status === 'OVERDUE').length} overdue); ${certificates.needingAttention.length} certificates need attention; ${certificates.uncoveredSales.length} exempt sales uncovered`,
  };
}
