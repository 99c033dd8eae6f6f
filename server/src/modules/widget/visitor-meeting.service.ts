import type { Clock } from '../../runtime/clock.js';
import { DomainError } from '../../errors.js';
import type { BookingService, BookingView } from '../meetings/booking.service.js';
import { localTime } from '../../engines/scheduling/free-slots.js';
import type { VisitorLeadService } from './visitor-lead.service.js';
import type { VisitorPrincipal } from './visitor-session.service.js';

export interface MeetingSlotView {
  id: string;
  start: Date;
  end: Date;
  label: string;
  hostName: string;
}

const MEETING_MINUTES = 30;
const SLOTS_OFFERED = 6;

/** Meetings the widget offers a hot lead: free slots in the visitor's time zone, and booking one. */
export class VisitorMeetingService {
  constructor(
    private readonly clock: Clock,
    private readonly bookings: BookingService,
    private readonly visitorLeads: VisitorLeadService,
  ) {}

  /** Free slots for the visitor's hot lead, labelled in the visitor's time zone. */
  async slots(visitor: VisitorPrincipal, timeZone: string): Promise<MeetingSlotView[]> {
    await this.visitorLeads.hotLead(visitor);
    const slots = await this.bookings.findSlots(visitor.workspaceId, {
      now: this.clock.now(),
      leadTimeZone: timeZone,
      durationMinutes: MEETING_MINUTES,
      limit: SLOTS_OFFERED,
    });
    return slots.map((slot) => ({
      id: `${slot.member.id}_${slot.start.getTime()}`,
      start: slot.start,
      end: slot.end,
      label: localTime(slot.start, timeZone).label,
      hostName: slot.member.name,
    }));
  }

  /** Books a slot `slots` offered (its id names the team member and the start). */
  async book(visitor: VisitorPrincipal, slotId: string, timeZone: string): Promise<BookingView> {
    const lead = await this.visitorLeads.hotLead(visitor);
    const [, memberId, startMs] = /^([0-9a-f-]{36})_(\d{1,15})$/.exec(slotId) ?? [];
    if (!memberId || !startMs) {
      throw new DomainError('INVALID_INPUT', 'slotId is not a slot this widget offered.');
    }
    return this.bookings.book(visitor.workspaceId, {
      now: this.clock.now(),
      memberId,
      start: new Date(Number(startMs)),
      durationMinutes: MEETING_MINUTES,
      leadEmail: lead.email,
      leadName: lead.name,
      leadTimeZone: timeZone,
    });
  }
}
