import type { LeadEntity, LeadTier } from '@zactonics/db';
import { leadText } from '../lead-text/lead-text.js';

/** What the sales agent does next with a scored lead, by tier. */
export type LeadNextStep =
  | { tier: 'HOT'; action: 'PROACTIVE_CHAT'; chatOpening: string }
  | {
      tier: 'WARM';
      action: 'FOLLOW_UP_SEQUENCE';
      sequence: Array<{ day: number; date: string; touch: string }>;
    }
  | { tier: 'COLD'; action: 'NURTURE'; note: string };

// Day 0, 3 and 7: close enough to stay in mind, far enough apart not to nag.
const SEQUENCE = [
  { day: 0, touch: 'Follow-up email: thanks and the most relevant gift collection' },
  { day: 3, touch: 'Follow-up email: a customer story from a similar company' },
  { day: 7, touch: 'Follow-up email: offer a sample box or a short call' },
] as const;

/**
 * HOT leads (over 70) get a chat opening line for the widget to start a conversation with;
 * WARM ones (40-70) a follow-up email sequence dated from `today`; COLD ones stay in the
 * newsletter (only with consent).
 */
export function nextStepFor(
  lead: Pick<LeadEntity, 'name' | 'company' | 'pricingPageVisits'> & { tier: LeadTier },
  companyName: string | null,
  today: Date,
): LeadNextStep {
  // Shown in the visitor's chat and the console: the visitor's own words, made inert.
  const first = firstName(leadText(lead.name, 100)) || 'there';
  const company = leadText(companyName ?? lead.company, 100);
  if (lead.tier === 'HOT') {
    const about =
      lead.pricingPageVisits > 0
        ? `I saw you were looking at our corporate gifting prices`
        : `I saw you were looking at our corporate gifting`;
    return {
      tier: 'HOT',
      action: 'PROACTIVE_CHAT',
      chatOpening: `Hi ${first}! ${about}${company ? ` for ${company}` : ''}. Want me to put together a quote or a sample box for your team?`,
    };
  }
  if (lead.tier === 'WARM') {
    return {
      tier: 'WARM',
      action: 'FOLLOW_UP_SEQUENCE',
      sequence: SEQUENCE.map((s) => ({
        day: s.day,
        date: new Date(today.getTime() + s.day * 86_400_000).toISOString().slice(0, 10),
        touch: s.touch,
      })),
    };
  }
  return {
    tier: 'COLD',
    action: 'NURTURE',
    note: 'Not ready yet: keep in the monthly newsletter (with consent) and score again after the next visit.',
  };
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
