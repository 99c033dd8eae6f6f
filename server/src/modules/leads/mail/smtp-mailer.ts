import { createTransport, type Transporter } from 'nodemailer';

export interface OutboundEmail {
  /** The workspace it is sent for: the mail catcher files it there; SMTP ignores it. */
  workspaceId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Holds a one-time password link: the mail catcher shows it to owners only. */
  confidential?: boolean;
}

/** Delivers one email; resolves with the message id the transport assigned, or rejects. */
export interface Mailer {
  send(email: OutboundEmail): Promise<{ messageId: string }>;
}

/**
 * Delivery over SMTP (nodemailer) to the server named by HUB_SMTP_URL, e.g.
 * `smtp://user:pass@mail.example:587` or `smtps://...`. One pooled-free transport: sends are
 * rare (each follows a person's approval), so a connection per message is fine.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(smtpUrl: string, timeoutMs = 15_000) {
    const url = new URL(smtpUrl);
    this.transport = createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      ...(url.username
        ? {
            auth: {
              user: decodeURIComponent(url.username),
              pass: decodeURIComponent(url.password),
            },
          }
        : {}),
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(email: OutboundEmail): Promise<{ messageId: string }> {
    const info = (await this.transport.sendMail({
      from: email.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
    })) as { messageId?: string; rejected?: unknown[] };
    if (Array.isArray(info.rejected) && info.rejected.length > 0) {
      throw new Error(`the SMTP server rejected ${email.to}`);
    }
    if (!info.messageId) throw new Error('the SMTP server accepted the message without an id');
    return { messageId: info.messageId };
  }
}
