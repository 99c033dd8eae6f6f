import { describe, expect, it } from 'vitest';
import type { ToolResult } from '../../runtime/model-gateway.js';
import { SALES_PLAYBOOKS } from './playbooks.js';

const playbook = SALES_PLAYBOOKS.find((p) => p.scenarioKey === 'meeting-scheduling');
if (!playbook) throw new Error('no meeting-scheduling playbook');

const input = {
  leadEmail: 'priya@brightdesk.example',
  timeZone: 'America/New_York',
  durationMinutes: 30,
};
const result = (name: string, output: unknown): ToolResult => ({
  callId: name,
  name,
  ok: true,
  output,
});
const paymentCheck = (verdict: string) =>
  result('ask_agent', {
    childRunId: 'child-1',
    output: { data: { paymentHistory: { verdict, reason: 'No invoices on record.' } } },
  });

describe('the meeting-scheduling playbook', () => {
  it('refuses a time zone that does not exist, and a fixed offset, at the door', () => {
    for (const timeZone of ['Mars/Olympus_Mons', 'UTC+2', 'EST']) {
      const parsed = playbook.input.safeParse({ ...input, timeZone });
      expect({ timeZone, ok: parsed.success }).toEqual({ timeZone, ok: false });
    }
    expect(playbook.input.safeParse(input).success).toBe(true);
  });

  it('books the first free slot after a GOOD check, with the input as given', () => {
    const slots = result('find_free_slots', { slots: [{ start: '2026-11-26T18:00:00.000Z' }] });
    expect(playbook.plan(input, [paymentCheck('GOOD')])).toEqual([
      { name: 'find_free_slots', input },
    ]);
    expect(playbook.plan(input, [paymentCheck('GOOD'), slots])).toEqual([
      { name: 'book_meeting', input },
    ]);
  });

  it('answers without booking when nobody is free in the window', () => {
    const none = [paymentCheck('GOOD'), result('find_free_slots', { slots: [] })];

    expect(playbook.plan(input, none)).toEqual([]);
    expect(playbook.respond(input, none)).toMatchObject({
      text: 'Nobody on the team is free for 30 minutes between 08:00 and 18:00 (America/New_York) in the next 7 days, so nothing is booked yet.',
      data: { paymentCheck: { childRunId: 'child-1', verdict: 'GOOD' }, booking: null, ics: null },
    });
  });

  it('says when, with whom and the link, and attaches the booking and its invite', () => {
    const booking = {
      localLabel: 'Tue 1 Dec, 10:00',
      timeZone: 'America/New_York',
      member: { name: 'Jordan Ellis' },
      videoUrl: 'https://meet.jit.si/juniper-lane-0123456789abcdef0123',
      ics: 'BEGIN:VCALENDAR\r\n',
    };
    const answer = playbook.respond(input, [
      paymentCheck('GOOD'),
      result('find_free_slots', { slots: [{}] }),
      result('book_meeting', booking),
    ]);

    expect(answer.text).toBe(
      'Booked: Tue 1 Dec, 10:00 (America/New_York) with Jordan Ellis, link https://meet.jit.si/juniper-lane-0123456789abcdef0123; invite attached.',
    );
    expect(answer.data).toMatchObject({ booking, ics: 'BEGIN:VCALENDAR\r\n' });
  });
});
