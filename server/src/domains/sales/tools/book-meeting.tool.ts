import { z } from 'zod';
import type { BookingService, BookingView } from '../../../modules/meetings/booking.service.js';
import { SchedulingError } from '../../../modules/meetings/scheduling-error.js';
import type { Tool, ToolContext } from '../../../runtime/tool-registry.js';
import { asToolError } from './find-free-slots.tool.js';
import { meetingRequest } from './meeting-tool-input.js';

const input = meetingRequest.extend({
  leadName: z.string().trim().min(1).max(200).optional(),
  /** A start from find_free_slots; without it the first free slot is booked. */
  slotStart: z.iso.datetime({ offset: true }).optional(),
  /** Who to book with; without it, the member offered for the slot. */
  memberEmail: z.email().optional(),
});
type Input = z.infer<typeof input>;

/**
 * Attempts at "the first free slot": each loss means another booking committed, so this covers
 * five runs booking at once.
 */
const FIRST_SLOT_ATTEMPTS = 5;

/**
 * Books a meeting with a lead and returns it with its video link and .ics invite. Booking is
 * transactional: a slot taken meanwhile fails with SLOT_TAKEN and writes nothing.
 */
export function bookMeetingTool(bookings: BookingService): Tool<Input, BookingView> {
  return {
    name: 'book_meeting',
    description:
      "Books a meeting with a lead at slotStart (a start from find_free_slots, UTC ISO) or, without it, at the first free slot; returns the booking with its time in the lead's zone, the video link and the .ics invite. Fails with SLOT_TAKEN when the slot is no longer free.",
    input,
    execute: (ctx, request) => asToolError(() => book(bookings, ctx, request)),
    summarize: (b) => `Booked ${b.localLabel} (${b.timeZone}) with ${b.member.name}`,
  };
}

async function book(bookings: BookingService, ctx: ToolContext, request: Input) {
  const common = {
    now: ctx.now,
    durationMinutes: request.durationMinutes,
    leadEmail: request.leadEmail,
    leadName: request.leadName,
    leadTimeZone: request.timeZone,
    runId: ctx.runId,
  };
  if (request.slotStart) {
    const start = new Date(request.slotStart);
    const memberId = request.memberEmail
      ? await memberIdOf(bookings, ctx.workspaceId, request.memberEmail)
      : await offeredMemberAt(bookings, ctx, request, start);
    return bookings.book(ctx.workspaceId, { ...common, memberId, start });
  }
  for (let attempt = 1; ; attempt += 1) {
    const [slot] = await bookings.findSlots(ctx.workspaceId, {
      now: ctx.now,
      leadTimeZone: request.timeZone,
      durationMinutes: request.durationMinutes,
      limit: 1,
    });
    if (!slot) {
      throw new SchedulingError(
        'NO_FREE_SLOT',
        `Nobody on the team is free for ${request.durationMinutes} minutes in the next 7 days.`,
      );
    }
    try {
      return await bookings.book(ctx.workspaceId, {
        ...common,
        memberId: slot.memberId,
        start: slot.start,
      });
    } catch (error) {
      // Someone booked that slot between the search and the booking: take the next one.
      const taken = error instanceof SchedulingError && error.errorCode === 'SLOT_TAKEN';
      if (!taken || attempt >= FIRST_SLOT_ATTEMPTS) throw error;
    }
  }
}

async function memberIdOf(bookings: BookingService, workspaceId: string, email: string) {
  const member = await bookings.memberByEmail(workspaceId, email);
  if (!member) throw new SchedulingError('NO_FREE_SLOT', `No team member has the email ${email}.`);
  return member.id;
}

/** The member offered at exactly `start`, or SLOT_TAKEN when nobody is free then any more. */
async function offeredMemberAt(
  bookings: BookingService,
  ctx: ToolContext,
  request: Input,
  start: Date,
): Promise<string> {
  const [slot] = await bookings.findSlots(ctx.workspaceId, {
    now: ctx.now,
    leadTimeZone: request.timeZone,
    durationMinutes: request.durationMinutes,
    from: start,
    days: 1,
    limit: 1,
  });
  if (slot?.start.getTime() !== start.getTime()) {
    throw new SchedulingError(
      'SLOT_TAKEN',
      `Nobody on the team is free at ${start.toISOString()}: taken meanwhile, or not a slot that was offered; find the free slots again and pick another.`,
    );
  }
  return slot.memberId;
}
