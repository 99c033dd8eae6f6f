// A run's booked meetings (the book_meeting tool's results) with their calendar invites as files:
// each links to GET /downloads/bookings/<id>/invite.ics, which the hub serves as an attachment
// (text/calendar) to the signed-in console, so the browser saves a .ics a calendar opens.
import { html, nothing } from 'lit';
import type { RunStep } from '../api/operations.js';
import { t } from '../i18n/index.js';

interface BookedMeeting {
  id: string;
  when: string;
  with: string;
  lead: string;
}

function bookedMeeting(step: RunStep): BookedMeeting | null {
  if (step.kind !== 'TOOL_RESULT' || step.data['tool'] !== 'book_meeting') return null;
  const output = step.data['output'] as Record<string, unknown> | undefined;
  if (!output || typeof output['id'] !== 'string' || typeof output['ics'] !== 'string') return null;
  const member = output['member'] as { name?: unknown } | undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id: output['id'],
    when: `${text(output['localLabel'])} (${text(output['timeZone'])})`,
    with: text(member?.name),
    lead: text(output['leadName']) || text(output['leadEmail']),
  };
}

export function inviteHref(bookingId: string): string {
  return `/downloads/bookings/${encodeURIComponent(bookingId)}/invite.ics`;
}

/** A card listing the run's booked meetings, each with its .ics download; nothing without one. */
export function meetingInvites(steps: readonly RunStep[]) {
  const meetings = steps.flatMap((s) => bookedMeeting(s) ?? []);
  if (meetings.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="meetings-title">
    <h2 id="meetings-title">${t('runs.bookedMeetings')}</h2>
    <ul>
      ${meetings.map(
        (m) =>
          html`<li data-booking=${m.id}>
            ${t('runs.meeting', { when: m.when, lead: m.lead, member: m.with })} ·
            <a href=${inviteHref(m.id)} download="meeting.ics" data-ics
              >${t('runs.downloadInvite')}</a
            >
          </li>`,
      )}
    </ul>
  </section>`;
}
