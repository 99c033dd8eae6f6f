import { randomUUID } from 'node:crypto';
import { BookingEntity, TeamMemberEntity, WorkspaceEntity } from '@zactonics/db';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  findFreeSlots,
  localTime,
  type FreeSlot,
  type Interval,
} from '../../engines/scheduling/free-slots.js';
import { buildInvite } from '../../engines/scheduling/ics.js';
import { SchedulingError } from './scheduling-error.js';
import { requireIanaZone, UnknownTimeZone } from '../../engines/scheduling/time-zone.js';
import type { VideoLinkGenerator } from './video-link.js';

export interface SlotQuery {
  now: Date;
  leadTimeZone: string;
  durationMinutes: number;
  from?: Date | undefined;
  days?: number | undefined;
  limit?: number | undefined;
}

export interface OfferedSlot extends FreeSlot {
  member: TeamMemberEntity;
}

export interface BookCommand {
  now: Date;
  memberId: string;
  start: Date;
  durationMinutes: number;
  leadEmail: string;
  leadName?: string | null | undefined;
  leadTimeZone: string;
  runId?: string | null | undefined;
}

/** A booking as tools and GraphQL show it: UTC instants plus the lead's local start. */
export interface BookingView {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  localStart: string;
  localLabel: string;
  member: { id: string; name: string; email: string; timeZone: string };
  leadEmail: string;
  leadName: string | null;
  videoUrl: string;
  ics: string;
  createdAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead slots are searched at most, so a search stays a bounded query. */
export const MAX_SEARCH_DAYS = 30;
const UNIQUE_VIOLATION = '23505';

/**
 * The team's calendars and bookings. Booking is one transaction that locks the member's row
 * first: two requests for the same member queue there, and the second sees the first's booking
 * when it checks for overlaps, so a slot is never booked twice (the unique index on confirmed
 * start times is the backstop).
 */
export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly videoLinks: VideoLinkGenerator,
  ) {}

  /** Free slots across the workspace's team, earliest first. */
  async findSlots(workspaceId: string, query: SlotQuery): Promise<OfferedSlot[]> {
    const leadTimeZone = zoneOrThrow(query.leadTimeZone);
    const days = Math.min(query.days ?? 7, MAX_SEARCH_DAYS);
    const members = await this.dataSource.manager.find(TeamMemberEntity, {
      where: { workspaceId },
      order: { position: 'ASC', name: 'ASC' },
    });
    const from = Math.max(query.now.getTime(), query.from?.getTime() ?? 0);
    const busy = await busyByMember(
      this.dataSource.manager,
      members.map((m) => m.id),
      // A day either side: covers the notice and any meeting that started before the window.
      { start: from - DAY_MS, end: from + (days + 1) * DAY_MS },
    );
    const slots = findFreeSlots({
      members: members.map((m) => ({ ...m, busy: busy.get(m.id) ?? [] })),
      now: query.now,
      durationMinutes: query.durationMinutes,
      leadTimeZone,
      from: query.from,
      days,
      limit: query.limit,
    });
    const byId = new Map(members.map((m) => [m.id, m]));
    return slots.map((slot) => ({ ...slot, member: byId.get(slot.memberId) as TeamMemberEntity }));
  }

  /**
   * Books `start` with the member, or throws SLOT_TAKEN when the member is busy then (a booking
   * or a calendar block) and NO_FREE_SLOT when the time is not one the member is offered for
   * (outside their hours or the lead's, or too soon). Nothing is written unless it succeeds.
   */
  async book(workspaceId: string, command: BookCommand): Promise<BookingView> {
    const leadTimeZone = zoneOrThrow(command.leadTimeZone);
    const start = command.start.getTime();
    const end = start + command.durationMinutes * 60_000;
    try {
      return await this.dataSource.transaction(async (tx) => {
        const member = await tx.findOne(TeamMemberEntity, {
          where: { workspaceId, id: command.memberId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!member) {
          throw new SchedulingError(
            'NO_FREE_SLOT',
            `No team member with id "${command.memberId}".`,
          );
        }
        const busy = (await busyByMember(tx, [member.id], { start, end })).get(member.id) ?? [];
        if (busy.length > 0) throw slotTaken(command.start, member);
        const offered = findFreeSlots({
          members: [{ ...member, busy: [] }],
          now: command.now,
          durationMinutes: command.durationMinutes,
          leadTimeZone,
          from: command.start,
          days: 1,
          limit: 1,
        });
        if (offered[0]?.start.getTime() !== start) {
          throw new SchedulingError(
            'NO_FREE_SLOT',
            `${command.start.toISOString()} is not a time ${member.name} can meet: outside their working hours, outside 08:00-18:00 in ${leadTimeZone}, or too soon.`,
          );
        }
        const workspace = await tx.findOneByOrFail(WorkspaceEntity, { id: workspaceId });
        const booking = await this.insert(tx, workspaceId, member, workspace.name, {
          ...command,
          leadTimeZone,
          startsAt: command.start,
          endsAt: new Date(end),
        });
        return view(booking, member);
      });
    } catch (error) {
      // Reached only if a writer skipped the member lock: the unique index still refuses it.
      if (isUniqueViolation(error, 'uq_booking_member_starts_confirmed')) {
        throw slotTaken(command.start, null);
      }
      throw error;
    }
  }

  /** A member of the workspace's team by email (any case), or null. */
  memberByEmail(workspaceId: string, email: string): Promise<TeamMemberEntity | null> {
    return this.dataSource.manager.findOneBy(TeamMemberEntity, {
      workspaceId,
      email: email.toLowerCase(),
    });
  }

  /** The workspace's bookings, newest first, with their members. */
  async list(workspaceId: string, page: { first: number; offset: number }): Promise<BookingView[]> {
    const bookings = await this.dataSource.manager.find(BookingEntity, {
      where: { workspaceId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: page.first,
      skip: page.offset,
    });
    if (bookings.length === 0) return [];
    const members = await this.dataSource.manager.findBy(TeamMemberEntity, { workspaceId });
    const byId = new Map(members.map((m) => [m.id, m]));
    return bookings.map((b) => view(b, byId.get(b.memberId) as TeamMemberEntity));
  }

  private async insert(
    tx: EntityManager,
    workspaceId: string,
    member: TeamMemberEntity,
    shopName: string,
    command: BookCommand & { startsAt: Date; endsAt: Date },
  ): Promise<BookingEntity> {
    const id = randomUUID();
    const leadEmail = command.leadEmail.toLowerCase();
    const title = `${shopName} demo with ${command.leadName ?? leadEmail}`;
    const videoUrl = this.videoLinks.linkFor({
      bookingId: id,
      startsAt: command.startsAt,
      endsAt: command.endsAt,
      title,
    });
    const ics = buildInvite({
      uid: `${id}@zactonics-hub`,
      stamp: command.now,
      start: command.startsAt,
      end: command.endsAt,
      summary: title,
      description: `Join the video call: ${videoUrl}\nWith ${member.name} (${shopName}).`,
      videoUrl,
      organizer: { name: member.name, email: member.email },
      attendee: { name: command.leadName ?? null, email: leadEmail },
    });
    return tx.save(
      tx.create(BookingEntity, {
        id,
        workspaceId,
        memberId: member.id,
        leadEmail,
        leadName: command.leadName ?? null,
        startsAt: command.startsAt,
        endsAt: command.endsAt,
        timeZone: command.leadTimeZone,
        status: 'CONFIRMED',
        videoUrl,
        ics,
        runId: command.runId ?? null,
      }),
    );
  }
}

/** Confirmed bookings and calendar blocks overlapping `window`, per member. */
async function busyByMember(
  manager: EntityManager,
  memberIds: string[],
  window: Interval,
): Promise<Map<string, Interval[]>> {
  const busy = new Map<string, Interval[]>();
  if (memberIds.length === 0) return busy;
  const rows: Array<{ member_id: string; starts_at: Date; ends_at: Date }> = await manager.query(
    `SELECT member_id, starts_at, ends_at FROM booking
      WHERE member_id = ANY($1::uuid[]) AND status = 'CONFIRMED' AND starts_at < $3 AND ends_at > $2
     UNION ALL
     SELECT member_id, starts_at, ends_at FROM calendar_event
      WHERE member_id = ANY($1::uuid[]) AND starts_at < $3 AND ends_at > $2`,
    [memberIds, new Date(window.start), new Date(window.end)],
  );
  for (const row of rows) {
    const list = busy.get(row.member_id) ?? [];
    list.push({ start: new Date(row.starts_at).getTime(), end: new Date(row.ends_at).getTime() });
    busy.set(row.member_id, list);
  }
  return busy;
}

function zoneOrThrow(zone: string): string {
  try {
    return requireIanaZone(zone);
  } catch (error) {
    if (error instanceof UnknownTimeZone) {
      throw new SchedulingError('TIME_ZONE_UNKNOWN', error.message);
    }
    throw error;
  }
}

function slotTaken(start: Date, member: TeamMemberEntity | null): SchedulingError {
  return new SchedulingError(
    'SLOT_TAKEN',
    `The slot at ${start.toISOString()} is already taken${member ? ` for ${member.name}` : ''}; find the free slots again and pick another.`,
  );
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === UNIQUE_VIOLATION && driver.constraint === constraint;
}

export function view(booking: BookingEntity, member: TeamMemberEntity): BookingView {
  const local = localTime(booking.startsAt, booking.timeZone);
  return {
    id: booking.id,
    status: booking.status,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    timeZone: booking.timeZone,
    localStart: local.iso,
    localLabel: local.label,
    member: { id: member.id, name: member.name, email: member.email, timeZone: member.timeZone },
    leadEmail: booking.leadEmail,
    leadName: booking.leadName,
    videoUrl: booking.videoUrl,
    ics: booking.ics,
    createdAt: booking.createdAt.toISOString(),
  };
}
