import type { DataSource } from 'typeorm';
import type { Clock } from '../../runtime/clock.js';
import type { MailConfig } from '../leads/mail/mail-config.js';
import { SmtpMailer, type Mailer } from '../leads/mail/smtp-mailer.js';
import { CatchingMailer } from './catching-mailer.js';

/** How this hub delivers email: a real SMTP server, the development catcher, or not at all. */
export type MailDelivery = 'SMTP' | 'CATCHER' | 'NONE';

export function mailDeliveryOf(config: MailConfig | undefined): MailDelivery {
  if (config?.smtpUrl) return 'SMTP';
  return config?.catcher ? 'CATCHER' : 'NONE';
}

/** The start banner's line about email: the development catcher must be impossible to miss. */
export function mailDeliveryLine(delivery: MailDelivery): string {
  switch (delivery) {
    case 'SMTP':
      return 'sent through the SMTP server in HUB_SMTP_URL';
    case 'CATCHER':
      return "CAUGHT, not sent (no HUB_SMTP_URL): read it in the console's Outbox";
    case 'NONE':
      return 'not sent: set HUB_SMTP_URL (sends fail with MAIL_NOT_CONFIGURED)';
    default:
      return exhaustive(delivery);
  }
}

/**
 * The hub's one mailer: SMTP when HUB_SMTP_URL is set, else the catcher outside production, else
 * none (null: sending then fails with MAIL_NOT_CONFIGURED and drafts are kept).
 */
export function createMailer(
  config: MailConfig | undefined,
  dataSource: DataSource,
  clock: Clock,
): Mailer | null {
  const delivery = mailDeliveryOf(config);
  switch (delivery) {
    case 'SMTP':
      return new SmtpMailer(config?.smtpUrl as string);
    case 'CATCHER':
      return new CatchingMailer(dataSource, clock);
    case 'NONE':
      return null;
    default:
      return exhaustive(delivery);
  }
}

function exhaustive(value: never): never {
  throw new Error(`Unknown mail delivery ${String(value)}`);
}
