import { z } from 'zod';
import type { EmailOutboxService } from '../../../modules/leads/mail/outbox.service.js';
import { ToolError, type Tool } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

const input = z.object({
  outboxId: z.uuid(),
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(10_000),
});

export interface SendEmailOutput {
  outboxId: string;
  to: string;
  status: 'SENT';
  messageId: string;
  sentAt: string;
}

/**
 * Sends a drafted email to its lead over SMTP. Declared outbound: until the owner trusts the
 * agent a person approves it first and may edit the body; the approved email is sent once.
 */
export function sendEmailTool(
  outbox: EmailOutboxService,
): Tool<z.infer<typeof input>, SendEmailOutput> {
  return {
    name: 'send_email',
    description:
      'Sends a drafted follow-up email (by its outboxId) to its lead, with the subject and body given. Waits for approval until the agent is trusted.',
    input,
    review: { kind: 'outbound', textField: 'body' },
    execute: (ctx, call) =>
      asTool(async () => {
        const email = await outbox.send(ctx, {
          outboxId: call.outboxId,
          subject: call.subject,
          body: call.body,
          runId: ctx.runId,
          approvalId: ctx.approvalId ?? null,
        });
        if (email.status !== 'SENT' || !email.messageId || !email.sentAt) {
          throw new ToolError(
            'MAIL_DELIVERY_FAILED',
            `The email to ${email.to} could not be delivered: ${email.error ?? 'no outcome was recorded'}.`,
          );
        }
        return {
          outboxId: email.id,
          to: email.to,
          status: 'SENT',
          messageId: email.messageId,
          sentAt: email.sentAt.toISOString(),
        };
      }),
    summarize: (o) => `Sent to ${o.to} (message ${o.messageId})`,
  };
}
