import { z } from 'zod';
import type { BookingService } from '../../../modules/meetings/booking.service.js';
import { localTime } from '../../../engines/scheduling/free-slots.js';
import { SchedulingError } from '../../../modules/meetings/scheduling-error.js';
import { ToolError, type Tool } from '../../../runtime/tool-registry.js';
import { meetingRequest } from './meeting-tool-input.js';

const input = meetingRequest.extend({
  from: z.iso.datetime({ offset: true }).optional(),
  days: z.number().int().min(1).max(30).optional(),
});

export interface SlotOffer {
  /** UTC, ISO 8601. */
  start: string;
  end: string;
  /** The same instant in the lead's zone, with its offset, and as a label ("Tue 1 Dec, 10:00"). */
  localStart: string;
  localLabel: string;
  member: { name: string; email: string; timeZone: string };
  /** Members free then; book_meeting falls back to another if the offered one is taken. */
  freeMembers: number;
}

export interface FreeSlotsResult {
  timeZone: string;
  durationMinutes: number;
  slots: SlotOffer[];
}

/** Free meeting slots across the sales team, in the lead's time zone (daylight saving included). */
export function findFreeSlotsTool(
  bookings: BookingService,
): Tool<z.infer<typeof input>, FreeSlotsResult> {
  return {
    name: 'find_free_slots',
    description:
      "Free meeting slots across the team for a lead, earliest first (up to 10 in the next 7 days by default): each with its UTC start, the start in the lead's IANA time zone, and the team member offered.",
    input,
    async execute(ctx, { timeZone, durationMinutes, from, days }) {
      const slots = await asToolError(() =>
        bookings.findSlots(ctx.workspaceId, {
          now: ctx.now,
          leadTimeZone: timeZone,
          durationMinutes,
          from: from ? new Date(from) : undefined,
          days,
        }),
      );
      return {
        timeZone,
        durationMinutes,
        slots: slots.map((slot) => {
          const local = localTime(slot.start, timeZone);
          return {
            start: slot.start.toISOString(),
            end: slot.end.toISOString(),
            localStart: local.iso,
            localLabel: local.label,
            member: {
              name: slot.member.name,
              email: slot.member.email,
              timeZone: slot.member.timeZone,
            },
            freeMembers: slot.freeMembers,
          };
        }),
      };
    },
    summarize: (r) =>
      r.slots[0]
        ? `${r.slots.length} free slot(s), first ${r.slots[0].localLabel} (${r.timeZone}) with ${r.slots[0].member.name}`
        : `No free slot for ${r.durationMinutes} minutes`,
  };
}

/** Runs `work`, turning a scheduling refusal into a ToolError with the same code. */
export async function asToolError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SchedulingError) throw new ToolError(error.errorCode, error.message);
    throw error;
  }
}
