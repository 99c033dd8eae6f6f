import { z } from 'zod';
import type { ToolResult } from '../../runtime/model-gateway.js';
import type { Playbook } from '../../runtime/playbook.js';
import { followUpEmail, leadQualification } from './lead-playbooks.js';
import type { BookingView } from '../../modules/meetings/booking.service.js';
import type { FreeSlotsResult } from './tools/find-free-slots.tool.js';
import { knownTimeZone } from './tools/meeting-tool-input.js';

// Lead qualification and follow-up email live in lead-playbooks.ts.

const meeting = z.object({
  leadEmail: z.email(),
  // Checked before the run starts: an unknown zone is refused with nothing written.
  timeZone: knownTimeZone,
  durationMinutes: z.number().int().min(15).max(180),
  leadName: z.string().trim().min(1).max(200).optional(),
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
    if (previous.length === 2) {
      // None free: answer now. Otherwise book the first free slot as it is at booking time
      // (no slotStart): a concurrent run that took the slot just found moves this one to the
      // next, instead of failing it with SLOT_TAKEN.
      const slots = (previous[1]?.output as FreeSlotsResult | undefined)?.slots ?? [];
      return slots.length > 0 ? [{ name: 'book_meeting', input }] : [];
    }
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
    const booking = results[2]?.output as BookingView | undefined;
    if (!booking) {
      return {
        text:
          `Nobody on the team is free for ${input.durationMinutes} minutes between 08:00 and ` +
          `18:00 (${input.timeZone}) in the next 7 days, so nothing is booked yet.`,
        citations: [],
        confidence: null,
        handoffSuggested: false,
        data: { paymentCheck, booking: null, ics: null },
      };
    }
    return {
      text:
        `Booked: ${booking.localLabel} (${booking.timeZone}) with ${booking.member.name}, ` +
        `link ${booking.videoUrl}; invite attached.`,
      citations: [],
      confidence: null,
      handoffSuggested: false,
      data: { paymentCheck, booking, ics: booking.ics },
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

export const SALES_PLAYBOOKS: Playbook[] = [leadQualification, followUpEmail, meetingScheduling];
