import { z } from 'zod';
import type { SalesTaxFilingPacketContent } from '../../../modules/tax/filing/filing-packet.js';
import type {
  SalesTaxFilingPacketView,
  SalesTaxFilingService,
} from '../../../modules/tax/filing/sales-tax-filing.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';

export const prepareSalesTaxFilingInput = z.object({
  state: z.string().regex(/^[A-Z]{2}$/, 'a two-letter US state code'),
  period: z.string().regex(/^\d{4}-(Q[1-4]|\d{2})$/, 'YYYY-Qn or YYYY-MM'),
});

/**
 * What the run keeps and the answer quotes: the packet's id, the return's lines and dates, the
 * reconciliation, the Schedule C bottom line, the checklist and the files' links. The packet
 * itself (every rule and formula) stays in filingPacket(id) and the files, which keeps the run
 * record small.
 */
export interface SalesTaxFilingToolOutput {
  packetId: string;
  state: string;
  period: SalesTaxFilingPacketContent['period'];
  status: SalesTaxFilingPacketView['status'];
  preparedOn: string;
  formTitle: string;
  lines: Array<{
    key: string;
    item: string;
    label: string;
    cents: number;
    formEntry: string;
    ruleIds: string[];
  }>;
  jurisdictions: Array<{ level: string; name: string; rate: string; taxOwedCents: number }>;
  dueDate: string;
  dueDateRuleIds: string[];
  deadlineStatus: string;
  /** Texas only (its prepayment discount); null for another state. */
  prepaymentDueDate: string | null;
  totalDiscountIfPrepaidCents: number | null;
  netTaxDueIfLateCents: number;
  reconciliation: SalesTaxFilingPacketContent['returnWorksheet']['reconciliation'];
  scheduleC: {
    taxYear: number;
    netProfitCents: number;
    booksThrough: string | null;
    partialYear: boolean;
  } | null;
  checklist: Array<{ key: string; title: string; status: string }>;
  notes: string[];
  files: Array<{ format: string; filename: string; bytes: number; url: string; expiresAt: Date }>;
  ruleSetVersion: string;
}

export function filingToolOutput(view: SalesTaxFilingPacketView): SalesTaxFilingToolOutput {
  const { content } = view;
  const w = content.returnWorksheet;
  return {
    packetId: view.id,
    state: view.state,
    period: content.period,
    status: view.status,
    preparedOn: content.preparedOn,
    formTitle: w.form.title,
    lines: w.lines.map((l) => ({
      key: l.key,
      item: l.item,
      label: l.label,
      cents: l.cents,
      formEntry: l.formEntry,
      ruleIds: l.ruleIds,
    })),
    jurisdictions: w.jurisdictions.map((j) => ({
      level: j.level,
      name: j.name,
      rate: j.rate,
      taxOwedCents: j.taxOwedCents,
    })),
    dueDate: w.dueDate.due,
    dueDateRuleIds: w.dueDate.ruleIds,
    deadlineStatus: w.deadlineStatus,
    prepaymentDueDate: w.prepayment?.dueDate.due ?? null,
    totalDiscountIfPrepaidCents: w.prepayment?.totalDiscountIfPrepaidCents ?? null,
    netTaxDueIfLateCents: w.netTaxDueIfLateCents,
    reconciliation: w.reconciliation,
    scheduleC: content.scheduleC && {
      taxYear: content.scheduleC.taxYear,
      netProfitCents: content.scheduleC.netProfitCents,
      booksThrough: content.scheduleC.booksThrough,
      partialYear: content.scheduleC.partialYear,
    },
    checklist: content.checklist.map((c) => ({ key: c.key, title: c.title, status: c.status })),
    notes: w.notes,
    files: view.files.map((f) => ({
      format: f.format,
      filename: f.filename,
      bytes: f.bytes,
      url: f.url,
      expiresAt: f.expiresAt,
    })),
    ruleSetVersion: content.ruleSetVersion,
  };
}

/**
 * A state's sales tax return worksheet for a filing period (Texas Form 01-114 items from the
 * period's liability per jurisdiction, discounts, due date), the Schedule C summary, the CPA's
 * document checklist and the CPA packet (PDF, CSV) with download links. A period still running
 * is refused (the API can preview it as PRELIMINARY).
 */
export function prepareSalesTaxFilingTool(
  filing: SalesTaxFilingService,
): Tool<z.infer<typeof prepareSalesTaxFilingInput>, SalesTaxFilingToolOutput> {
  return {
    name: 'prepare_sales_tax_filing',
    description:
      "Prepare a state's sales tax return for a closed filing period (Texas Form 01-114: total and taxable sales, state and local tax per jurisdiction, the timely filing and prepayment discounts, the due date; any other registered state: a summary worksheet of gross, exempt, resale and taxable sales, state and local tax, and the due date), with the Schedule C summary, the CPA's document checklist and a CPA packet (PDF and CSV) with download links. Only states where the shop is registered.",
    input: prepareSalesTaxFilingInput,
    execute: async (ctx, { state, period }) =>
      filingToolOutput(
        await filing.prepare({
          workspaceId: ctx.workspaceId,
          actor: `run:${ctx.runId}`,
          state,
          period,
        }),
      ),
    summarize: (output) => {
      const net = output.lines.find((l) => l.key === 'NET_TAX_DUE');
      return `${output.state} ${output.period.key}: net tax due ${net?.formEntry ?? '?'}, due ${output.dueDate}; ${output.files.map((f) => `${f.format} ${Math.round(f.bytes / 1024)} KB`).join(', ')}`;
    },
  };
}
