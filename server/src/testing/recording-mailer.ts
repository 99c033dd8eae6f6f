import type { Mailer, OutboundEmail } from '../modules/leads/mail/smtp-mailer.js';

/** A mailer for specs: records what it would deliver, in order, and delivers nothing. */
export class RecordingMailer implements Mailer {
  readonly sent: OutboundEmail[] = [];

  async send(email: OutboundEmail): Promise<{ messageId: string }> {
    this.sent.push(email);
    return { messageId: `<${this.sent.length}@test>` };
  }
}
