import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import type { CertificatesReport } from './compliance.service.js';
import {
  ComplianceCalendarView,
  ExemptionCertificatesView,
  RegulatoryChangeView,
} from './compliance.type.js';

export function certificatesView(report: CertificatesReport): ExemptionCertificatesView {
  return {
    asOf: report.asOf,
    certificates: report.certificates.map((c) => ({
      ...c.certificate,
      status: c.status,
      daysToExpiry: c.daysToExpiry,
      alertDates: c.alertDates,
      message: c.message,
    })),
    uncoveredSales: report.uncoveredSales.map((u) => ({
      saleId: u.sale.id,
      soldOn: u.sale.soldOn,
      state: u.sale.state,
      buyerName: u.sale.buyerName,
      treatment: u.sale.treatment,
      goodsCents: u.sale.goodsCents,
      reason: u.reason,
      certificateNumber: u.certificate?.number ?? null,
      message: u.message,
    })),
    uncoveredCents: report.uncoveredCents,
  };
}

/** The compliance calendar, certificates and regulatory changes (the Tax & Compliance agent). */
@Resolver()
export class ComplianceResolver {
  @Query(() => ComplianceCalendarView, {
    description:
      'Sales tax returns, registration deadlines, federal and Texas dates and certificate expiries due in a range, each with its rule, citation, reminder and status (INVALID_INPUT for a date that is not YYYY-MM-DD or a range ending before it starts).',
  })
  async complianceCalendar(
    @Ctx() ctx: ConsoleContext,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM-DD; default today.' })
    from: string | null,
    @Arg('to', () => String, {
      nullable: true,
      description: 'YYYY-MM-DD; default from + 120 days.',
    })
    to: string | null,
  ): Promise<ComplianceCalendarView> {
    const calendar = await ctx.services.compliance.calendar(ctx.workspaceId, from, to);
    return {
      ...calendar,
      events: calendar.events.map((e) => ({ ...e, reminders: [...e.reminders] })),
      frequencyChecks: calendar.frequencyChecks.map((c) => ({ ...c, quarters: [...c.quarters] })),
    };
  }

  @Query(() => ExemptionCertificatesView, {
    description:
      'Resale and exemption certificates with their expiry status (alerts 60 and 30 days before), and the exempt or resale sales none covers on the sale date.',
  })
  async exemptionCertificates(
    @Ctx() ctx: ConsoleContext,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD; default today.' })
    asOf: string | null,
  ): Promise<ExemptionCertificatesView> {
    return certificatesView(await ctx.services.compliance.certificates(ctx.workspaceId, asOf));
  }

  @Query(() => [RegulatoryChangeView], {
    description:
      'Rule changes dated after `since` (enactment, else effective date), oldest first, from the regulatory-change feed (offline: the shipped nexus and federal rule sets).',
  })
  async regulatoryChanges(
    @Ctx() ctx: ConsoleContext,
    @Arg('since', () => String, { description: 'YYYY-MM-DD.' }) since: string,
  ): Promise<RegulatoryChangeView[]> {
    return ctx.services.compliance.regulatoryChanges(since);
  }
}
