import type { EntityManager } from 'typeorm';
import { CalendarEventEntity } from '../entities/calendar-event.entity.js';
import { TeamMemberEntity, type WorkingHours } from '../entities/team-member.entity.js';

const HOUR_MS = 60 * 60 * 1000;
const HALF_HOUR_MS = HOUR_MS / 2;

const weekdays = (start: string, end: string): WorkingHours => ({
  mon: { start, end },
  tue: { start, end },
  wed: { start, end },
  thu: { start, end },
  fri: { start, end },
});

/** The shop's sales team: three people in three time zones, each with their own hours. */
export const DEMO_TEAM = [
  {
    name: 'Jordan Ellis',
    email: 'jordan@juniperlanegoods.example',
    timeZone: 'America/New_York',
    workingHours: weekdays('09:00', '17:00'),
  },
  {
    name: 'Sam Okafor',
    email: 'sam@juniperlanegoods.example',
    timeZone: 'America/Chicago',
    workingHours: weekdays('08:00', '16:00'),
  },
  {
    name: 'Olivia Hart',
    email: 'olivia@juniperlanegoods.example',
    timeZone: 'Europe/London',
    workingHours: weekdays('09:00', '17:00'),
  },
] as const;

/**
 * Busy blocks in hours from `now` rounded down to the half hour, so the demo's calendars look
 * the same whenever it is seeded: everyone is busy for the next few hours, and Jordan has a
 * review the next day at the same time.
 */
const DEMO_BUSY: ReadonlyArray<{ email: string; title: string; from: number; to: number }> = [
  { email: 'jordan@juniperlanegoods.example', title: 'Customer calls', from: 0, to: 3 },
  { email: 'jordan@juniperlanegoods.example', title: 'Pipeline review', from: 24, to: 26 },
  { email: 'sam@juniperlanegoods.example', title: 'Warehouse walk-through', from: 0, to: 4 },
  { email: 'olivia@juniperlanegoods.example', title: 'Supplier call', from: -1, to: 2 },
];

/** Seeds the team and its busy blocks (inside the demo seed's transaction). */
export async function seedDemoTeam(
  tx: EntityManager,
  workspaceId: string,
  now: Date,
): Promise<void> {
  const members = await tx.save(
    DEMO_TEAM.map((m, position) =>
      tx.create(TeamMemberEntity, {
        ...m,
        workingHours: { ...m.workingHours },
        workspaceId,
        position,
      }),
    ),
  );
  const base = Math.floor(now.getTime() / HALF_HOUR_MS) * HALF_HOUR_MS;
  await tx.insert(
    CalendarEventEntity,
    DEMO_BUSY.map((b) => {
      const member = members.find((m) => m.email === b.email);
      if (!member) throw new Error(`demo busy block names an unknown member ${b.email}`);
      return {
        workspaceId,
        memberId: member.id,
        title: b.title,
        startsAt: new Date(base + b.from * HOUR_MS),
        endsAt: new Date(base + b.to * HOUR_MS),
      };
    }),
  );
}
