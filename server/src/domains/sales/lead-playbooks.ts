import { EMAIL_PERSONAS } from '@zactonics/db';
import { z } from 'zod';
import type { Playbook } from '../../runtime/playbook.js';
import { captureLeadSchema } from '../../modules/leads/lead.service.js';
import { leadText } from '../../engines/lead-text/lead-text.js';
import type { DraftFollowUpOutput } from './tools/draft-follow-up-email.tool.js';
import type { ScoreLeadOutput } from './tools/score-lead.tool.js';
import type { SendEmailOutput } from './tools/send-email.tool.js';

type Lead = z.infer<typeof captureLeadSchema>;

/** Records (or updates) the lead and enriches it, then scores it; the reply says what next. */
export const leadQualification: Playbook<Lead> = {
  agentKey: 'sales',
  scenarioKey: 'lead-qualification',
  input: captureLeadSchema,
  plan: (input, previous) => {
    if (previous.length === 0) return [{ name: 'enrich_lead', input }];
    if (previous.length === 1) return [{ name: 'score_lead', input: { email: input.email } }];
    return [];
  },
  respond: (input, results) => {
    const scored = results[1]?.output as ScoreLeadOutput | undefined;
    if (!scored) {
      return {
        text: 'The lead could not be scored.',
        citations: [],
        confidence: null,
        handoffSuggested: false,
      };
    }
    const top = scored.factors
      .slice(0, 3)
      .map((f) => `${f.label.toLowerCase()} (${f.contribution >= 0 ? 'raises' : 'lowers'} it)`)
      .join(', ');
    const next =
      scored.nextStep.tier === 'HOT'
        ? `Open a chat: "${scored.nextStep.chatOpening}"`
        : scored.nextStep.tier === 'WARM'
          ? `Start the follow-up sequence on ${scored.nextStep.sequence.map((s) => s.date).join(', ')}.`
          : scored.nextStep.note;
    const name = leadText(input.name, 100);
    const company = leadText(scored.company, 100);
    const who = company ? `${name} (${company})` : name;
    return {
      text: `${who} scores ${scored.score}/100, ${scored.tier}. Main factors: ${top}. ${next}`,
      citations: [],
      confidence: null,
      handoffSuggested: false,
      data: {
        lead: results[0]?.output ?? null,
        score: scored.score,
        tier: scored.tier,
        factors: scored.factors,
        nextStep: scored.nextStep,
        model: scored.model,
      },
    };
  },
};

const followUp = z.object({
  leadEmail: z.email(),
  persona: z.enum(EMAIL_PERSONAS),
  notes: z.string().trim().min(1).max(500).optional(),
});

/** Drafts the persona's email, then sends it: the send waits for a person until trusted. */
export const followUpEmail: Playbook<z.infer<typeof followUp>> = {
  agentKey: 'sales',
  scenarioKey: 'follow-up-email',
  input: followUp,
  plan: (input, previous) => {
    if (previous.length === 0) return [{ name: 'draft_follow_up_email', input }];
    const draft = previous[0];
    if (previous.length === 1 && draft?.ok) {
      const { outboxId, subject, body } = draft.output as DraftFollowUpOutput;
      return [{ name: 'send_email', input: { outboxId, subject, body } }];
    }
    return [];
  },
  respond: (input, results) => {
    const draft = results[0]?.output as DraftFollowUpOutput | undefined;
    const sent = results[1];
    if (sent && !sent.ok) {
      const reason = (sent.output as { reason?: string | null } | undefined)?.reason;
      return {
        text: `The follow-up email to ${input.leadEmail} was not sent: it was rejected${reason ? ` (${reason})` : ''}.`,
        citations: [],
        confidence: null,
        handoffSuggested: false,
        data: { draft: draft ?? null, sent: null },
      };
    }
    const receipt = sent?.output as SendEmailOutput | undefined;
    return {
      text: receipt
        ? `Sent the follow-up email "${draft?.subject ?? ''}" to ${receipt.to}.`
        : `Drafted the follow-up email to ${input.leadEmail}.`,
      citations: [],
      confidence: null,
      handoffSuggested: false,
      data: { draft: draft ?? null, sent: receipt ?? null },
    };
  },
};
