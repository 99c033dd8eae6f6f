import { randomUUID } from 'node:crypto';
import { CaughtEmailEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../runtime/clock.js';
import type { Mailer, OutboundEmail } from '../leads/mail/smtp-mailer.js';

/**
 * The development mail catcher: with no HUB_SMTP_URL outside production, every email the hub
 * sends is stored (caught_email) as the recipient would have received it, headers included,
 * instead of leaving the machine. The console's Outbox reads it back. Sending succeeds, so a
 * follow-up or a reminder finishes on a fresh hub exactly as it would with a real server.
 */
export class CatchingMailer implements Mailer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async send(email: OutboundEmail): Promise<{ messageId: string }> {
    const sentAt = this.clock.now();
    const messageId = `<${randomUUID()}@${senderDomain(email.from)}>`;
    await this.dataSource.manager.insert(CaughtEmailEntity, {
      workspaceId: email.workspaceId,
      messageId,
      fromAddress: email.from,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: null,
      // What an SMTP server would have been given with the message (nodemailer sends these).
      headers: {
        From: email.from,
        To: email.to,
        Subject: email.subject,
        Date: sentAt.toUTCString(),
        'Message-ID': messageId,
        'MIME-Version': '1.0',
        'Content-Type': 'text/plain; charset=utf-8',
      },
      confidential: email.confidential ?? false,
      sentAt,
    });
    return { messageId };
  }
}

/** The domain of `Name <user@domain>` or `user@domain`, for a Message-ID like a server's. */
function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  const domain = address.slice(address.lastIndexOf('@') + 1).trim();
  return /^[A-Za-z0-9.-]+$/.test(domain) ? domain : 'hub.invalid';
}
