import { z } from 'zod';
import { formatCents, type AgingReport } from '../../../engines/accounting/index.js';
import type { LedgerService } from '../../../modules/ledger/ledger.service.js';
import type {
  DraftedReminder,
  OverdueInvoice,
  ReceivablesService,
} from '../../../modules/finance/receivables.service.js';
import { callerContext } from '../../../context.js';
import { ToolError, type Tool, type ToolContext } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

const input = z.object({ asOf: z.iso.date().optional() });

export interface OverdueInvoicesOutput {
  asOf: string;
  buckets: AgingReport['buckets'];
  totalOpenCents: number;
  overdueCents: number;
  overdue: OverdueInvoice[];
}

/** Today on the shop's calendar (its time zone), for "as of now". */
export type ShopCalendar = Pick<LedgerService, 'today'>;

/** The run's day on the shop's calendar, unless the caller names one ("as of last month end"). */
function asOfDate(calendar: ShopCalendar, ctx: ToolContext, asOf: string | undefined) {
  return asOf ? Promise.resolve(asOf) : calendar.today(ctx.workspaceId, ctx.now);
}

/** The aging of receivables and every overdue invoice with the reminder stage it is due for. */
export function findOverdueInvoicesTool(
  receivables: ReceivablesService,
  calendar: ShopCalendar,
): Tool<z.infer<typeof input>, OverdueInvoicesOutput> {
  return {
    name: 'find_overdue_invoices',
    description:
      'Ages open invoices (current, 1-30, 31-60, 61-90, over 90 days) as of a date and lists the overdue ones with days overdue, open amount in cents and the reminder stage due.',
    input,
    async execute(ctx, call) {
      const asOf = await asOfDate(calendar, ctx, call.asOf);
      const aging = await receivables.aging(ctx.workspaceId, asOf);
      return {
        asOf,
        buckets: aging.buckets,
        totalOpenCents: aging.totalOpenCents,
        overdueCents: aging.overdueCents,
        overdue: await receivables.overdue(ctx.workspaceId, asOf),
      };
    },
    summarize: (o) =>
      `${o.overdue.length} overdue invoice(s), ${formatCents(o.overdueCents)} of ${formatCents(o.totalOpenCents)} open`,
  };
}

/** Drafts the reminder stage each overdue invoice is due for; a stage is never drafted twice. */
export function draftInvoiceRemindersTool(
  receivables: ReceivablesService,
  calendar: ShopCalendar,
): Tool<z.infer<typeof input>, { asOf: string; drafted: DraftedReminder[] }> {
  return {
    name: 'draft_invoice_reminders',
    description:
      'Drafts the due reminder (stage 1-4 at 3, 7, 14 and 30 days overdue) for each overdue invoice; stages already drafted are skipped. Drafts are sent from the console.',
    input,
    async execute(ctx, call) {
      const asOf = await asOfDate(calendar, ctx, call.asOf);
      return {
        asOf,
        drafted: await receivables.draftDueReminders(ctx.workspaceId, asOf, ctx.runId),
      };
    },
    summarize: (o) =>
      o.drafted.length === 0
        ? 'No reminder due'
        : o.drafted.map((d) => `${d.invoiceNumber}: stage ${d.stage}`).join(', '),
  };
}

const sendInput = z.object({
  reminderId: z.uuid(),
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(10_000),
});

/**
 * Sends a drafted reminder to the invoice's customer over SMTP, once. Declared outbound: until
 * the owner trusts the finance agent a person approves it first (and may edit the body).
 */
export function sendInvoiceReminderTool(
  receivables: ReceivablesService,
): Tool<z.infer<typeof sendInput>, { reminderId: string; stage: number; status: string }> {
  return {
    name: 'send_invoice_reminder',
    description:
      "Sends a drafted invoice reminder (by its reminderId) to the invoice's customer with the subject and body given; each reminder is sent once. Waits for approval until the agent is trusted.",
    input: sendInput,
    review: { kind: 'outbound', textField: 'body' },
    execute: (ctx, call) =>
      asTool(async () => {
        const sent = await receivables.send(
          callerContext(ctx.workspaceId, `agent:${ctx.agentKey}`),
          call.reminderId,
          { subject: call.subject, body: call.body },
        );
        if (sent.status !== 'SENT') {
          throw new ToolError(
            'MAIL_DELIVERY_FAILED',
            `Reminder stage ${sent.stage} could not be delivered; it is marked ${sent.status}.`,
          );
        }
        return { reminderId: sent.id, stage: sent.stage, status: sent.status };
      }),
    summarize: (o) => `Reminder stage ${o.stage} sent`,
  };
}
