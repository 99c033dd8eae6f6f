import {
  CustomerEntity,
  InvoiceEntity,
  InvoiceReminderEntity,
  WorkspaceEntity,
} from '@zactonics/db';
import { IsNull, type DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import {
  REMINDER_STAGES,
  agingReport,
  reminderStageDue,
  reminderText,
  type AgingReport,
  type ReceivableInvoice,
} from '../../engines/accounting/index.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import { headerLine, plainTextBody } from '../../engines/lead-text/lead-text.js';
import { isId } from '../ids.js';
import type { Mailer } from '../leads/mail/smtp-mailer.js';
import { emitInvoiceReminderSent } from '../automation/outbound-webhooks/webhook-emissions.js';

export interface OverdueInvoice {
  invoiceId: string;
  number: string;
  customer: string;
  customerEmail: string;
  dueOn: string;
  openCents: number;
  daysOverdue: number;
  bucket: string;
  /** Stages already drafted (or sent) for it, lowest first. */
  draftedStages: number[];
  /** The stage due now, or null when the due stage was already drafted. */
  stageDue: number | null;
}

export interface ReminderView {
  id: string;
  invoiceId: string;
  invoiceNumber: string;
  customer: string;
  stage: number;
  daysOverdue: number;
  subject: string;
  body: string;
  status: string;
  sentAt: Date | null;
  createdAt: Date;
}

export interface DraftedReminder {
  reminderId: string;
  invoiceNumber: string;
  customer: string;
  stage: number;
  daysOverdue: number;
  subject: string;
}

/**
 * Receivables: the aging of open invoices as of any date, which reminder stage each overdue
 * invoice is due for, and the reminders themselves. A stage is drafted at most once per invoice
 * (a unique index), so however often the check runs, a customer never gets the same reminder
 * twice. Sending is a person's act (or an approved agent's): one attempt per reminder.
 */
export class ReceivablesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** SMTP or the development catcher; null when neither (production without HUB_SMTP_URL). */
    private readonly mailer: Mailer | null,
    private readonly from: string,
  ) {}

  async aging(workspaceId: string, asOf: string): Promise<AgingReport> {
    return agingReport(await this.receivables(workspaceId, asOf), asOf);
  }

  /** Every invoice past due as of `asOf`, most overdue first, with its reminder state. */
  async overdue(workspaceId: string, asOf: string): Promise<OverdueInvoice[]> {
    const report = await this.aging(workspaceId, asOf);
    const stages = await this.draftedStages(workspaceId);
    const emails = await this.customerEmails(workspaceId);
    return report.rows
      .filter((row) => row.daysOverdue > 0)
      .map((row) => {
        const drafted = stages.get(row.id) ?? [];
        return {
          invoiceId: row.id,
          number: row.number,
          customer: row.customer,
          customerEmail: emails.get(row.id) ?? '',
          dueOn: row.dueOn,
          openCents: row.openCents,
          daysOverdue: row.daysOverdue,
          bucket: row.bucket,
          draftedStages: drafted,
          stageDue: reminderStageDue(row.daysOverdue, drafted)?.stage ?? null,
        };
      });
  }

  /**
   * Drafts the reminder each overdue invoice is due for. A stage another run drafted a moment
   * ago is skipped by the database (ON CONFLICT DO NOTHING on the unique stage), not sent again.
   */
  async draftDueReminders(
    workspaceId: string,
    asOf: string,
    runId: string | null,
  ): Promise<DraftedReminder[]> {
    const workspace = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
      id: workspaceId,
    });
    const drafted: DraftedReminder[] = [];
    for (const invoice of await this.overdue(workspaceId, asOf)) {
      const stage = REMINDER_STAGES.find((s) => s.stage === invoice.stageDue);
      if (!stage) continue;
      const text = reminderText(stage, {
        customer: invoice.customer,
        number: invoice.number,
        openCents: invoice.openCents,
        dueOn: invoice.dueOn,
        daysOverdue: invoice.daysOverdue,
        shopName: workspace.name,
      });
      const result = await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(InvoiceReminderEntity)
        .values({
          workspaceId,
          invoiceId: invoice.invoiceId,
          stage: stage.stage,
          daysOverdue: invoice.daysOverdue,
          subject: headerLine(text.subject),
          body: plainTextBody(text.body),
          runId,
          createdAt: this.clock.now(),
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (result.raw as Array<{ id: string }>)[0]?.id;
      if (!id) continue;
      drafted.push({
        reminderId: id,
        invoiceNumber: invoice.number,
        customer: invoice.customer,
        stage: stage.stage,
        daysOverdue: invoice.daysOverdue,
        subject: text.subject,
      });
    }
    return drafted;
  }

  /** Reminders newest first, each with its invoice's number and customer. */
  async reminderViews(workspaceId: string, limit: number): Promise<ReminderView[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.id, r.invoice_id, i.number, coalesce(c.company, c.name) AS customer, r.stage,
              r.days_overdue, r.subject, r.body, r.status, r.sent_at, r.created_at
         FROM invoice_reminder r
         JOIN invoice i ON i.id = r.invoice_id
         JOIN customer c ON c.id = i.customer_id
        WHERE r.workspace_id = $1
        ORDER BY r.created_at DESC, r.stage DESC
        LIMIT $2`,
      [workspaceId, Math.min(Math.max(limit, 1), 100)],
    )) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      id: String(row.id),
      invoiceId: String(row.invoice_id),
      invoiceNumber: String(row.number),
      customer: String(row.customer),
      stage: Number(row.stage),
      daysOverdue: Number(row.days_overdue),
      subject: String(row.subject),
      body: String(row.body),
      status: String(row.status),
      sentAt: row.sent_at ? new Date(row.sent_at as string) : null,
      createdAt: new Date(row.created_at as string),
    }));
  }

  /**
   * Sends a drafted reminder to the invoice's customer. The draft is claimed in one statement
   * before the SMTP server is spoken to, so two clicks or two processes send it once.
   */
  async send(
    ctx: RequestContext,
    reminderId: string,
    /** A person's edit of the draft (through an approval); the draft as written otherwise. */
    edited?: { subject: string; body: string },
  ): Promise<InvoiceReminderEntity> {
    const reminder = isId(reminderId)
      ? await this.dataSource.manager.findOneBy(InvoiceReminderEntity, {
          workspaceId: ctx.workspaceId,
          id: reminderId,
        })
      : null;
    if (!reminder) {
      throw new DomainError('NOT_FOUND', 'There is no such invoice reminder in this workspace.');
    }
    if (reminder.status !== 'DRAFTED' || reminder.sentAt) {
      throw new DomainError(
        'REMINDER_NOT_DRAFTED',
        `Reminder stage ${reminder.stage} is ${reminder.status.toLowerCase()}, not a draft: it is not sent again.`,
      );
    }
    if (!this.mailer) {
      throw new DomainError(
        'MAIL_NOT_CONFIGURED',
        'Outbound email is not configured (set HUB_SMTP_URL), so the reminder was not sent; the draft is kept.',
      );
    }
    const invoice = await this.dataSource.manager.findOneByOrFail(InvoiceEntity, {
      id: reminder.invoiceId,
    });
    const customer = await this.dataSource.manager.findOneByOrFail(CustomerEntity, {
      id: invoice.customerId,
    });
    const claimedAt = this.clock.now();
    const subject = headerLine(edited?.subject ?? reminder.subject);
    const body = plainTextBody(edited?.body ?? reminder.body);
    const claim = await this.dataSource.manager.update(
      InvoiceReminderEntity,
      { id: reminder.id, status: 'DRAFTED', sentAt: IsNull() },
      { sentAt: claimedAt, subject, body },
    );
    if ((claim.affected ?? 0) !== 1) {
      return this.dataSource.manager.findOneByOrFail(InvoiceReminderEntity, { id: reminder.id });
    }
    let status: InvoiceReminderEntity['status'] = 'SENT';
    try {
      await this.mailer.send({
        workspaceId: reminder.workspaceId,
        from: this.from,
        to: customer.email,
        subject,
        text: body,
      });
    } catch {
      status = 'FAILED';
    }
    await this.dataSource.manager.update(InvoiceReminderEntity, { id: reminder.id }, { status });
    await emitInvoiceReminderSent(
      this.dataSource.manager,
      reminder,
      invoice,
      customer.email,
      status,
    );
    return this.dataSource.manager.findOneByOrFail(InvoiceReminderEntity, { id: reminder.id });
  }

  private async receivables(workspaceId: string, asOf: string): Promise<ReceivableInvoice[]> {
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.number, coalesce(c.company, c.name) AS customer,
              to_char(i.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(i.due_on, 'YYYY-MM-DD') AS due_on,
              i.amount_cents, i.paid_cents
         FROM invoice i JOIN customer c ON c.id = i.customer_id
        WHERE i.workspace_id = $1 AND i.issued_on <= $2 AND i.paid_cents < i.amount_cents
        ORDER BY i.due_on, i.number`,
      [workspaceId, asOf],
    )) as Array<{
      id: string;
      number: string;
      customer: string;
      issued_on: string;
      due_on: string;
      amount_cents: string;
      paid_cents: string;
    }>;
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      customer: row.customer,
      issuedOn: row.issued_on,
      dueOn: row.due_on,
      amountCents: Number(row.amount_cents),
      paidCents: Number(row.paid_cents),
    }));
  }

  private async draftedStages(workspaceId: string): Promise<Map<string, number[]>> {
    const rows = await this.dataSource.manager.find(InvoiceReminderEntity, {
      where: { workspaceId },
      order: { stage: 'ASC' },
    });
    const byInvoice = new Map<string, number[]>();
    for (const row of rows) {
      byInvoice.set(row.invoiceId, [...(byInvoice.get(row.invoiceId) ?? []), row.stage]);
    }
    return byInvoice;
  }

  private async customerEmails(workspaceId: string): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(
      `SELECT i.id, c.email FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE i.workspace_id = $1`,
      [workspaceId],
    )) as Array<{ id: string; email: string }>;
    return new Map(rows.map((row) => [row.id, row.email]));
  }
}
