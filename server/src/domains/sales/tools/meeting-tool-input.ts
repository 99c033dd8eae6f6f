import { z } from 'zod';
import { isIanaZone } from '../../../engines/scheduling/time-zone.js';

/**
 * What both meeting tools take. The zone is only checked for shape here: an unknown zone must
 * fail the run with TIME_ZONE_UNKNOWN (a code the owner can act on), not a generic invalid input.
 */
export const meetingRequest = z.object({
  leadEmail: z.email().max(320),
  timeZone: z.string().trim().min(1).max(64),
  durationMinutes: z.number().int().min(15).max(180),
});

/** The playbook's stricter check: a run is refused at the door for a zone that does not exist. */
export const knownTimeZone = z.string().trim().min(1).max(64).refine(isIanaZone, {
  message: 'not a known IANA time zone; use a name like "America/New_York"',
});
