import { CaughtEmailEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { DEFAULT_MAIL_FROM } from '../leads/mail/mail-config.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;

beforeAll(async () => {
  s = await openSeededServices({
    now: NOW,
    actor: 'user:catcher-spec',
    mail: { smtpUrl: undefined, from: DEFAULT_MAIL_FROM, catcher: true },
  });
});
afterAll(() => s?.close());

describe('the development mail catcher', () => {
  it('sends an invoice reminder on a hub without SMTP: it is SENT, and caught as the customer would read it', async () => {
    await s.services.receivables.draftDueReminders(s.ctx.workspaceId, '2026-11-26', null);
    const drafts = await s.services.receivables.reminderViews(s.ctx.workspaceId, 10);
    const draft = drafts.find((d) => d.invoiceNumber === 'INV-2026-002');
    expect(draft).toBeDefined();

    const sent = await s.services.receivables.send(s.ctx, draft?.id as string);

    expect(sent).toMatchObject({ status: 'SENT', sentAt: NOW });
    const caught = await s.db.dataSource.manager.findBy(CaughtEmailEntity, {
      workspaceId: s.ctx.workspaceId,
    });
    expect(caught).toHaveLength(1);
    expect(caught[0]).toMatchObject({
      fromAddress: DEFAULT_MAIL_FROM,
      subject: sent.subject,
      textBody: sent.body,
      confidential: false,
      sentAt: NOW,
    });
    expect(caught[0]?.messageId).toMatch(/^<[0-9a-f-]{36}@juniperlane\.example>$/);
    expect(caught[0]?.headers).toMatchObject({
      To: caught[0]?.toAddress,
      'Message-ID': caught[0]?.messageId,
      'Content-Type': 'text/plain; charset=utf-8',
    });
    const outbox = await s.services.caughtEmails.list(s.ctx, { first: 10, offset: 0 });
    expect([s.services.caughtEmails.delivery, outbox.totalItems]).toEqual(['CATCHER', 1]);
  });
});
