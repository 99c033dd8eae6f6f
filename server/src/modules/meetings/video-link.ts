import { createHash } from 'node:crypto';

/**
 * Makes the video link of a booked meeting. The seam for a real provider: a Zoom or Google Meet
 * generator would create the meeting through its API here (with the booking's times and
 * attendees) and return the join URL; `services.ts` picks the implementation. It runs before
 * the booking transaction commits, so an implementation with side effects must tolerate a
 * booking that is then refused (SLOT_TAKEN) — e.g. by creating meetings lazily or cleaning up.
 */
export interface VideoLinkGenerator {
  linkFor(meeting: { bookingId: string; startsAt: Date; endsAt: Date; title: string }): string;
}

/**
 * The default: a Jitsi Meet room named after the booking. Deterministic (the same booking always
 * has the same room) and needs no account; the room is a digest of the id, so its name says
 * nothing about the shop's bookings to someone who sees it.
 */
export class JitsiVideoLinks implements VideoLinkGenerator {
  constructor(
    private readonly baseUrl = 'https://meet.jit.si',
    private readonly roomPrefix = 'juniper-lane',
  ) {}

  linkFor({ bookingId }: { bookingId: string }): string {
    const room = createHash('sha256').update(`room:${bookingId}`).digest('hex').slice(0, 20);
    return `${this.baseUrl}/${this.roomPrefix}-${room}`;
  }
}
