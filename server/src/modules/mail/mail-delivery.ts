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
