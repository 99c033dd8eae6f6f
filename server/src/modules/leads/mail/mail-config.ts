/** Outbound email settings (HUB_SMTP_URL, HUB_MAIL_FROM, NODE_ENV). */
export interface MailConfig {
  /**
   * e.g. smtp://127.0.0.1:2525 or smtps://user:pass@mail.example. Absent: outside production the
   * mail catcher keeps every email for the console's Outbox; in production sending is refused.
   */
  readonly smtpUrl: string | undefined;
  /** The From header of every email the hub sends. */
  readonly from: string;
  /**
   * True without HUB_SMTP_URL when NODE_ENV is not production: email is stored (caught_email)
   * instead of sent, so scenarios that email finish on a fresh hub.
   */
  readonly catcher: boolean;
}

export const DEFAULT_MAIL_FROM = 'Juniper Lane Goods <hello@juniperlane.example>';

export function parseMailConfig(
  env: NodeJS.ProcessEnv,
  error: (message: string) => Error,
): MailConfig {
  const smtpUrl = env.HUB_SMTP_URL || undefined;
  if (smtpUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(smtpUrl);
    } catch {
      url = undefined;
    }
    if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
      throw error(
        `HUB_SMTP_URL must look like smtp://host:port or smtps://host:port, got "${smtpUrl}"`,
      );
    }
  }
  const from = env.HUB_MAIL_FROM || DEFAULT_MAIL_FROM;
  if (!/@[^@\s>]+\.[^@\s>]+>?\s*$/.test(from)) {
    throw error(`HUB_MAIL_FROM must be an email address or "Name <address>", got "${from}"`);
  }
  const catcher = smtpUrl === undefined && env.NODE_ENV !== 'production';
  return Object.freeze({ smtpUrl, from, catcher });
}
