import { z } from 'zod';
import type { ToolResult } from '../../runtime/model-gateway.js';
import { singleToolPlaybook, type Playbook } from '../../runtime/playbook.js';

const lead = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email(),
  company: z.string().trim().max(200).optional(),
  pagesViewed: z.number().int().min(0).optional(),
  pricingPageVisits: z.number().int().min(0).optional(),
  minutesOnSite: z.number().min(0).optional(),
});

const leadQualification: Playbook<z.infer<typeof lead>> = {
  agentKey: 'sales',
  scenarioKey: 'lead-qualification',
  input: lead,
  plan: (input, previous) => {
    if (previous.length === 0) return [{ name: 'enrich_lead', input }];
    if (previous.length === 1)
      return [{ name: 'score_lead', input: { ...input, enrichment: previous[0]?.output } }];
    return [];
  },
  respond: (_input, results) => ({
    text: 'Lead scored.',
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { score: results[1]?.output ?? null },
  }),
};

const followUpEmail = singleToolPlaybook({
  agentKey: 'sales',
  scenarioKey: 'follow-up-email',
  tool: 'draft_follow_up_email',
  input: z.object({
    leadEmail: z.email(),
    persona: z.enum(['TECHNICAL_DECISION_MAKER', 'EXECUTIVE', 'END_USER']),
  }),
  describe: () => 'Follow-up email drafted for approval.',
});

const meeting = z.object({
  leadEmail: z.email(),
  timeZone: z.string().min(1).max(64),
  durationMinutes: z.number().int().min(15).max(180),
});

/**
 * Before a demo is booked, finance checks the prospect's payment history (a child run through
 * `ask_agent`): a RISK verdict stops the booking until the owner signs off or the prospect
 * prepays; otherwise the slots are found and one is booked.
 */
const meetingScheduling: Playbook<z.infer<typeof meeting>> = {
  agentKey: 'sales',
  scenarioKey: 'meeting-scheduling',
  input: meeting,
  plan: (input, previous) => {
    if (previous.length === 0) {
      return [
        {
          name: 'ask_agent',
          input: { agentKey: 'finance', input: { customerEmail: input.leadEmail } },
        },
      ];
    }
    if (paymentCheckOf(previous[0])?.verdict === 'RISK') return [];
    if (previous.length === 1) return [{ name: 'find_free_slots', input }];
    if (previous.length === 2)
      return [{ name: 'book_meeting', input: { ...input, slots: previous[1]?.output } }];
    return [];
  },
  respond: (input, results) => {
    const check = paymentCheckOf(results[0]);
    const childRunId = (results[0]?.output as { childRunId?: string } | undefined)?.childRunId;
    const paymentCheck = { childRunId: childRunId ?? null, ...check };
    if (check?.verdict === 'RISK') {
      return {
        text:
          `I have not booked the demo with ${input.leadEmail}: finance rates their payment ` +
          `history RISK. ${check.reason} The demo needs the owner's sign-off or prepayment first.`,
        citations: [],
        confidence: null,
        handoffSuggested: false,
        data: { paymentCheck, booking: null },
      };
    }
    return {
      text: 'Meeting booked.',
      citations: [],
      confidence: null,
      handoffSuggested: false,
      data: { paymentCheck, booking: results[2]?.output ?? null },
    };
  },
};

/** The finance child run's verdict, from ask_agent's result (`output.data.paymentHistory`). */
function paymentCheckOf(
  result: ToolResult | undefined,
): { verdict: string; reason: string } | undefined {
  const output = result?.output as
    | { output?: { data?: { paymentHistory?: { verdict?: unknown; reason?: unknown } } } }
    | undefined;
  const history = output?.output?.data?.paymentHistory;
  return typeof history?.verdict === 'string'
    ? { verdict: history.verdict, reason: String(history.reason ?? '') }
    : undefined;
}

export const SALES_PLAYBOOKS = [leadQualification, followUpEmail, meetingScheduling] as Playbook[];
export const SALES_DEFAULT_SCENARIO = 'lead-qualification';
