import { describe, expect, it } from 'vitest';
import { buildInvite, fold, utc } from './ics.js';

const invite = buildInvite({
  uid: '3f2b8c1e-0d6a-4c55-9e1f-7a2b9c0d1e2f@zactonics-hub',
  stamp: new Date('2026-11-26T15:00:00.000Z'),
  start: new Date('2026-12-01T15:00:00.000Z'),
  end: new Date('2026-12-01T15:30:00.000Z'),
  summary: 'Juniper Lane Goods demo with Priya Raman',
  description:
    'Join the video call: https://meet.jit.si/juniper-lane-0123456789abcdef0123\nWith Jordan Ellis (Juniper Lane Goods); bring questions, please.',
  videoUrl: 'https://meet.jit.si/juniper-lane-0123456789abcdef0123',
  organizer: { name: 'Jordan Ellis', email: 'jordan@juniperlanegoods.example' },
  attendee: { name: 'Priya Raman', email: 'priya@brightdesk.example' },
});

/** Content lines with folding undone (RFC 5545 3.1: CRLF followed by one space is removed). */
const unfolded = () => invite.replace(/\r\n /g, '').split('\r\n');

describe('the .ics invite', () => {
  it('ends every line with CRLF and has no bare LF or CR', () => {
    expect(invite.endsWith('\r\n')).toBe(true);
    expect(invite.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is one VEVENT in a VCALENDAR that asks for a reply', () => {
    const lines = unfolded();
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Zactonics//Agent Hub//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
    ]);
    expect(lines.slice(-3)).toEqual(['END:VEVENT', 'END:VCALENDAR', '']);
  });

  it('carries the UID, DTSTAMP and the times in UTC (Z form)', () => {
    const lines = unfolded();
    expect(lines).toContain('UID:3f2b8c1e-0d6a-4c55-9e1f-7a2b9c0d1e2f@zactonics-hub');
    expect(lines).toContain('DTSTAMP:20261126T150000Z');
    expect(lines).toContain('DTSTART:20261201T150000Z');
    expect(lines).toContain('DTEND:20261201T153000Z');
  });

  it('names the organizer and the attendee, and puts the video link in the description', () => {
    const lines = unfolded();
    expect(lines).toContain('ORGANIZER;CN="Jordan Ellis":mailto:jordan@juniperlanegoods.example');
    expect(lines).toContain(
      'ATTENDEE;CN="Priya Raman";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya@brightdesk.example',
    );
    expect(lines).toContain(
      'DESCRIPTION:Join the video call: https://meet.jit.si/juniper-lane-0123456789abcdef0123\\nWith Jordan Ellis (Juniper Lane Goods)\\; bring questions\\, please.',
    );
    expect(lines).toContain('SUMMARY:Juniper Lane Goods demo with Priya Raman');
  });

  it('folds lines longer than 75 octets, each continuation starting with one space', () => {
    const physical = invite.split('\r\n');
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('line folding', () => {
  it('counts octets, not characters, and never splits a multi-byte character', () => {
    const line = `ATTENDEE;CN="${'Zoë Åström-Łukasiewicz '.repeat(4)}":mailto:zoe@example.com`;
    const folded = fold(line);
    const parts = folded.split('\r\n');

    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(fold(line)).toBe(line);
    expect(fold(`${line}y`)).toBe(`${line}\r\n y`);
  });

  it('writes UTC times in the basic format', () => {
    expect(utc(new Date('2026-03-08T07:05:09.123Z'))).toBe('20260308T070509Z');
  });
});
