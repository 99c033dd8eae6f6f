import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordingMailer } from '../../../testing/recording-mailer.js';
import { ReceivablesService } from '../../../modules/finance/receivables.service.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { sendInvoiceReminderTool } from './overdue-invoices.tool.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;
let mailer: RecordingMailer;
let receivables: ReceivablesService;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:send-reminder-spec' });
  mailer = new RecordingMailer();
  receivables = new ReceivablesService(
    s.db.dataSource,
    { now: () => NOW },
    mailer,
    'shop@example.com',
  );
  await receivables.draftDueReminders(s.ctx.workspaceId, '2026-11-26', null);
});
afterAll(() => s?.close());

describe('send_invoice_reminder', () => {
  it("lets the agent send only through an approval, with the person's edit", async () => {
    const tool = sendInvoiceReminderTool(receivables);
    expect(tool.review).toEqual({ kind: 'outbound', textField: 'body' });
    const drafts = await receivables.reminderViews(s.ctx.workspaceId, 10);
    const bramble = drafts.find((d) => d.invoiceNumber === 'INV-2026-005');
    await tool.execute(
      { workspaceId: s.ctx.workspaceId, runId: crypto.randomUUID(), agentKey: 'finance', now: NOW },
      {
        reminderId: bramble?.id as string,
        subject: 'Invoice INV-2026-005',
        body: 'Edited by Sam.',
      },
    );
    expect(mailer.sent.at(-1)).toMatchObject({
      subject: 'Invoice INV-2026-005',
      text: 'Edited by Sam.',
    });
    const [row] = (await s.db.dataSource.query(
      `SELECT body, status FROM invoice_reminder WHERE id = $1`,
      [bramble?.id],
    )) as Array<{ body: string; status: string }>;
    expect(row).toEqual({ body: 'Edited by Sam.', status: 'SENT' });
  });
});
