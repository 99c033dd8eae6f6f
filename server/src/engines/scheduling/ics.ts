/**
 * The invite of a booked meeting as an RFC 5545 calendar (METHOD:REQUEST, one VEVENT).
 * Hand-written rather than with the `ics` package: that package folds lines at 75 characters
 * where RFC 5545 3.1 says 75 octets (a name like "Zoë" breaks it), and it stamps DTSTAMP from
 * the system clock, which tests and replays cannot pin.
 */
export interface Invite {
  /** Globally unique and stable for the booking: a calendar updates the event it already has. */
  uid: string;
  /** When the invite was made (the injected clock). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  videoUrl: string;
  organizer: { name: string; email: string };
  attendee: { name: string | null; email: string };
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function buildInvite(invite: Invite): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zactonics//Agent Hub//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${text(invite.uid)}`,
    `DTSTAMP:${utc(invite.stamp)}`,
    `DTSTART:${utc(invite.start)}`,
    `DTEND:${utc(invite.end)}`,
    `SUMMARY:${text(invite.summary)}`,
    `DESCRIPTION:${text(invite.description)}`,
    `LOCATION:${text(invite.videoUrl)}`,
    `URL:${invite.videoUrl}`,
    `ORGANIZER;CN=${param(invite.organizer.name)}:mailto:${invite.organizer.email}`,
    `ATTENDEE;${invite.attendee.name ? `CN=${param(invite.attendee.name)};` : ''}ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${invite.attendee.email}`,
    'STATUS:CONFIRMED',
    'SEQUENCE:0',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** A UTC DATE-TIME in the form 20261201T150000Z (RFC 5545 3.3.5, form #2). */
export function utc(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** A parameter value, always quoted; DQUOTE and control characters cannot appear in one. */
function param(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): CRLF then one space, which counts toward the
 * next line's 75. A multi-byte UTF-8 character is never split across lines.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}
