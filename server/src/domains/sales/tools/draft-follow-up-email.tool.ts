import { EMAIL_PERSONAS } from '@zactonics/db';
import { z } from 'zod';
import { DomainError } from '../../../errors.js';
import type { EmailOutboxService } from '../../../modules/leads/mail/outbox.service.js';
import { companyOf, type LeadService } from '../../../modules/leads/lead.service.js';
import { headerLine, plainTextBody } from '../../../engines/lead-text/lead-text.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { draftFollowUp } from '../engine/follow-up-templates.js';
import { asTool } from '../../domain-tool-error.js';

const input = z.object({
  leadEmail: z.string().trim().pipe(z.email()),
  persona: z.enum(EMAIL_PERSONAS),
  notes: z.string().trim().min(1).max(500).optional(),
  // A model may write the email itself; without it the persona's template does.
  subject: z.string().trim().min(1).max(200).optional(),
  body: z.string().trim().min(1).max(10_000).optional(),
});

export interface DraftFollowUpOutput {
  outboxId: string;
  to: string;
  persona: string;
  subject: string;
  body: string;
  writtenBy: 'template' | 'model';
}

/**
 * Drafts a follow-up email for a lead and records it in the outbox as a DRAFT; sending is a
 * separate step that waits for a person's approval. Refused for a lead without consent, so
 * nobody is asked to approve an email that may not be sent.
 */
export function draftFollowUpEmailTool(deps: {
  leads: LeadService;
  outbox: EmailOutboxService;
}): Tool<z.infer<typeof input>, DraftFollowUpOutput> {
  return {
    name: 'draft_follow_up_email',
    description:
      'Drafts a follow-up email to a recorded lead for a persona (TECHNICAL_DECISION_MAKER, EXECUTIVE or END_USER) from the lead and company facts, or records the subject and body given; returns the draft (outboxId, subject, body) for sending.',
    input,
    execute: (ctx, call) =>
      asTool(async () => {
        const lead = await deps.leads.require(ctx, call.leadEmail);
        if (!lead.consent) {
          throw new DomainError(
            'CONSENT_REQUIRED',
            `${lead.email} has not consented to emails, so no follow-up was drafted.`,
          );
        }
        const written =
          call.subject && call.body
            ? // A model's email may quote the lead: one subject line, a body without controls.
              { subject: headerLine(call.subject), body: plainTextBody(call.body) }
            : draftFollowUp(call.persona, {
                shopName: await deps.outbox.senderName(ctx),
                lead,
                company: companyOf(lead),
                notes: call.notes,
              });
        const draft = await deps.outbox.draft(ctx, {
          lead,
          persona: call.persona,
          subject: written.subject,
          body: written.body,
          runId: ctx.runId,
        });
        return {
          outboxId: draft.id,
          to: draft.to,
          persona: draft.persona,
          subject: draft.subject,
          body: draft.body,
          writtenBy: call.subject && call.body ? 'model' : 'template',
        };
      }),
    summarize: (o) => `Drafted "${o.subject}" to ${o.to} (${o.persona}, ${o.writtenBy})`,
  };
}
