import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import type { DueDate } from './filing-packet.js';
import type { SalesTaxFilingPacketView } from './sales-tax-filing.service.js';
import { SalesTaxFilingPacket, type FilingDueDateView } from './sales-tax-filing.type.js';

function dueDateView(d: DueDate): FilingDueDateView {
  return {
    nominal: d.nominal,
    due: d.due,
    skipped: d.skipped.map((s) => `${s.date} ${s.reason}`),
    ruleIds: d.ruleIds,
  };
}

export function salesTaxFilingPacketView(view: SalesTaxFilingPacketView): SalesTaxFilingPacket {
  const { content } = view;
  const w = content.returnWorksheet;
  return {
    id: view.id,
    state: view.state,
    period: view.period,
    status: view.status,
    preparedAt: view.preparedAt,
    preparedBy: view.preparedBy,
    returnWorksheet: {
      state: w.state,
      formTitle: w.form.title,
      periodStart: w.period.start,
      periodEnd: w.period.end,
      filingFrequency: w.filingFrequency,
      frequencySource: w.frequencySource,
      lines: w.lines,
      jurisdictions: w.jurisdictions,
      outlets: w.locations,
      dueDate: dueDateView(w.dueDate),
      deadlineStatus: w.deadlineStatus,
      prepaymentDueDate: w.prepayment ? dueDateView(w.prepayment.dueDate) : null,
      prepaymentDiscountIfPrepaidCents: w.prepayment?.discountIfPrepaidCents ?? null,
      netTaxDueIfLateCents: w.netTaxDueIfLateCents,
      reconciliation: w.reconciliation,
      notes: w.notes,
      salesTaxRuleSetVersion: w.salesTaxRuleSetVersion,
    },
    scheduleC: content.scheduleC,
    checklist: content.checklist,
    rules: content.rules.map((r) => ({
      id: r.id,
      concept: r.concept,
      summary: r.summary,
      citationTitle: r.citation.title,
      citationUrl: r.citation.url,
      published: r.citation.published,
      readAt: r.readAt,
      ruleSetVersion: r.ruleSetVersion,
    })),
    files: view.files,
  };
}

/**
 * Filing preparation on the console schema (console sessions and secret keys; preparing is a
 * mutation, so viewers may read a packet and download its files but not prepare one).
 */
@Resolver()
export class SalesTaxFilingResolver {
  @Mutation(() => SalesTaxFilingPacket, {
    description:
      "Prepares a state's sales tax return worksheet for a filing period, with the Schedule C summary, the CPA's document checklist and the CPA packet (PDF, CSV): a new packet each time. INVALID_INPUT (details.reason) for a state the shop is not registered in (NOT_REGISTERED), a malformed period (BAD_PERIOD), a period that does not match the registration's filing frequency (FREQUENCY_MISMATCH), or one that has not ended (PERIOD_NOT_ENDED: pass preliminary: true for a preview).",
  })
  async prepareSalesTaxFiling(
    @Ctx() ctx: ConsoleContext,
    @Arg('state', { description: 'Two-letter code: TX.' }) state: string,
    @Arg('period', { description: '2026-Q3 (a quarter) or 2026-07 (a month).' }) period: string,
    @Arg('preliminary', () => Boolean, {
      defaultValue: false,
      description: 'Allow a period still running: the packet is marked PRELIMINARY.',
    })
    preliminary: boolean,
  ): Promise<SalesTaxFilingPacket> {
    return salesTaxFilingPacketView(
      await ctx.services.salesTaxFiling.prepare({
        workspaceId: ctx.workspaceId,
        actor: ctx.actor,
        state,
        period,
        preliminary,
      }),
    );
  }

  @Query(() => SalesTaxFilingPacket, {
    description:
      'A prepared sales tax filing packet, as prepared, with fresh download links; REPORT_NOT_FOUND otherwise.',
  })
  async filingPacket(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<SalesTaxFilingPacket> {
    return salesTaxFilingPacketView(await ctx.services.salesTaxFiling.get(ctx.workspaceId, id));
  }
}
