import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { RecordingMailer } from '../../testing/recording-mailer.js';
import { ReceivablesService } from './receivables.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const TODAY = '2026-11-26';

let s: SeededServices;
let mailer: RecordingMailer;
let receivables: ReceivablesService;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:receivables-spec' });
  mailer = new RecordingMailer();
  receivables = new ReceivablesService(
    s.db.dataSource,
    { now: () => NOW },
    mailer,
    'Juniper Lane Goods <hello@juniperlane.example>',
  );
});
afterAll(() => s?.close());

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('receivable reminders', () => {
  it('ages the demo invoices into the five buckets as of today, to the cent', async () => {
    const aging = await receivables.aging(s.ctx.workspaceId, TODAY);
    expect(aging.rows.map((r) => [r.number, r.daysOverdue, r.bucket, r.openCents])).toEqual([
      ['INV-2026-002', 75, 'DAYS_61_90', 231_200],
      ['INV-2026-004', 45, 'DAYS_31_60', 84_250],
      ['INV-2026-005', 20, 'DAYS_1_30', 59_800],
      ['INV-2026-006', 5, 'DAYS_1_30', 115_600],
      expect.arrayContaining(['INV-2026-007', 0, 'CURRENT']),
      expect.arrayContaining(['INV-2026-008', 0, 'CURRENT']),
    ]);
    expect(aging.overdueCents).toBe(231_200 + 84_250 + 59_800 + 115_600);
  });

  it('drafts each due stage once, however often the check runs', async () => {
    const first = await receivables.draftDueReminders(s.ctx.workspaceId, TODAY, null);
    expect(first.map((d) => [d.invoiceNumber, d.stage])).toEqual([
      ['INV-2026-002', 4],
      ['INV-2026-004', 4],
      ['INV-2026-005', 3],
      ['INV-2026-006', 1],
    ]);
    expect(await receivables.draftDueReminders(s.ctx.workspaceId, TODAY, null)).toEqual([]);
    // Two days later INV-2026-006 is 7 days overdue: its next stage is due, the others are not.
    const later = await receivables.draftDueReminders(s.ctx.workspaceId, '2026-11-28', null);
    expect(later.map((d) => [d.invoiceNumber, d.stage])).toEqual([['INV-2026-006', 2]]);
  });

  it('keeps the draft and says why when no SMTP server is configured', async () => {
    const [draft] = await s.services.receivables.reminderViews(s.ctx.workspaceId, 10);
    const error = await refusal(s.services.receivables.send(s.ctx, draft?.id as string));
    expect(error.errorCode).toBe('MAIL_NOT_CONFIGURED');
    const [still] = await s.services.receivables.reminderViews(s.ctx.workspaceId, 10);
    expect(still).toMatchObject({ id: draft?.id, status: 'DRAFTED', sentAt: null });
  });

  it("sends a draft to the invoice's customer once; a second send is refused", async () => {
    const drafts = await receivables.reminderViews(s.ctx.workspaceId, 10);
    const harbor = drafts.find((d) => d.invoiceNumber === 'INV-2026-002');
    const sent = await receivables.send(s.ctx, harbor?.id as string);
    expect(sent).toMatchObject({ status: 'SENT', sentAt: NOW });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ subject: harbor?.subject, text: harbor?.body });
    expect(mailer.sent[0]?.text).toContain('$2,312.00');
    expect((await refusal(receivables.send(s.ctx, harbor?.id as string))).errorCode).toBe(
      'REMINDER_NOT_DRAFTED',
    );
    expect(mailer.sent).toHaveLength(1);
  });
});
