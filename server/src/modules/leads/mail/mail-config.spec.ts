import { describe, expect, it } from 'vitest';
import { DEFAULT_MAIL_FROM, parseMailConfig } from './mail-config.js';

const parse = (env: Record<string, string>) => parseMailConfig(env, (m) => new Error(m));

describe('parseMailConfig', () => {
  it('catches mail by default outside production, with the default sender', () => {
    expect(parse({})).toEqual({ smtpUrl: undefined, from: DEFAULT_MAIL_FROM, catcher: true });
    expect(parse({ NODE_ENV: 'development' }).catcher).toBe(true);
  });

  it('neither sends nor catches in production without SMTP', () => {
    expect(parse({ NODE_ENV: 'production' })).toMatchObject({ smtpUrl: undefined, catcher: false });
  });

  it('accepts smtp:// and smtps:// URLs and a named sender', () => {
    expect(
      parse({ HUB_SMTP_URL: 'smtp://127.0.0.1:2525', HUB_MAIL_FROM: 'Shop <a@shop.example>' }),
    ).toEqual({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'Shop <a@shop.example>', catcher: false });
    expect(parse({ HUB_SMTP_URL: 'smtps://u:p@mail.example' }).smtpUrl).toBe(
      'smtps://u:p@mail.example',
    );
  });

  it('refuses another scheme or a sender that is not an address, naming the variable', () => {
    expect(() => parse({ HUB_SMTP_URL: 'http://mail.example' })).toThrow(/^HUB_SMTP_URL must/);
    expect(() => parse({ HUB_MAIL_FROM: 'nobody' })).toThrow(/^HUB_MAIL_FROM must/);
  });
});
