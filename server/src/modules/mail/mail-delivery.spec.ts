import { describe, expect, it } from 'vitest';
import { parseMailConfig } from '../leads/mail/mail-config.js';
import { mailDeliveryLine, mailDeliveryOf } from './mail-delivery.js';

const delivery = (env: Record<string, string>) =>
  mailDeliveryOf(parseMailConfig(env, (m) => new Error(m)));

describe('how the hub delivers email', () => {
  it('catches mail without HUB_SMTP_URL outside production, and the banner says so loudly', () => {
    expect(delivery({})).toBe('CATCHER');
    expect(mailDeliveryLine('CATCHER')).toBe(
      "CAUGHT, not sent (no HUB_SMTP_URL): read it in the console's Outbox",
    );
  });

  it('sends through SMTP whenever HUB_SMTP_URL is set, production or not', () => {
    expect(delivery({ HUB_SMTP_URL: 'smtp://127.0.0.1:2525' })).toBe('SMTP');
    expect(delivery({ HUB_SMTP_URL: 'smtp://127.0.0.1:2525', NODE_ENV: 'production' })).toBe(
      'SMTP',
    );
  });

  it('sends nothing in production without HUB_SMTP_URL, and names what to set', () => {
    expect(delivery({ NODE_ENV: 'production' })).toBe('NONE');
    expect(mailDeliveryLine('NONE')).toContain('set HUB_SMTP_URL');
  });
});
