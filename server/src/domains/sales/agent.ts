import { z } from 'zod';
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

const meetingScheduling: Playbook<z.infer<typeof meeting>> = {
  agentKey: 'sales',
  scenarioKey: 'meeting-scheduling',
  input: meeting,
  plan: (input, previous) => {
    if (previous.length === 0) return [{ name: 'find_free_slots', input }];
    if (previous.length === 1)
      return [{ name: 'book_meeting', input: { ...input, slots: previous[0]?.output } }];
    return [];
  },
  respond: (_input, results) => ({
    text: 'Meeting booked.',
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { booking: results[1]?.output ?? null },
  }),
};

export const SALES_PLAYBOOKS = [leadQualification, followUpEmail, meetingScheduling] as Playbook[];
export const SALES_DEFAULT_SCENARIO = 'lead-qualification';
