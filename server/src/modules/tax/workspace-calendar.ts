import type { DataSource } from 'typeorm';
import { DomainError } from '../../errors.js';

/**
 * Tax dates (due dates, measurement windows, "as of", the day an order was placed) are the
 * shop's calendar days, not UTC's: a sale at 9 pm in Austin on June 30 belongs to the second
 * quarter. These read the workspace's time zone and turn an instant into its date there.
 */

/** The calendar date (YYYY-MM-DD) of `now` in `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The workspace's IANA time zone; an unknown workspace is NOT_FOUND. */
export async function workspaceTimeZone(
  dataSource: DataSource,
  workspaceId: string,
): Promise<string> {
  const rows = (await dataSource.query('SELECT time_zone FROM workspace WHERE id = $1', [
    workspaceId,
  ])) as Array<{ time_zone: string }>;
  const timeZone = rows[0]?.time_zone;
  if (!timeZone) throw new DomainError('NOT_FOUND', 'No such workspace.');
  return timeZone;
}
