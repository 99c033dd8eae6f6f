import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/chat/index.js';
import type { ZacLeadForm } from '../../src/chat/zac-lead-form.js';
import { get, must, sr, text } from '../helpers.js';
import { FakeClient } from './fake-client.js';

const $ = (el: Element, sel: string) => sr(el).querySelector<HTMLElement>(sel);
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;

function fill(el: ZacLeadForm, values: { name?: string; email?: string; consent?: boolean }) {
  get<HTMLInputElement>(el, '#name').value = values.name ?? '';
  get<HTMLInputElement>(el, '#email').value = values.email ?? '';
  get<HTMLInputElement>(el, '#consent').checked = values.consent ?? false;
  get<HTMLButtonElement>(el, 'button[type=submit]').click();
}

function scripted() {
  const client = new FakeClient();
  client.slots = [
    {
      id: 's1',
      start: '2030-12-03T15:00:00Z',
      end: '2030-12-03T15:30:00Z',
      label: 'Tue, Dec 3, 10:00 AM',
      hostName: 'Ana',
    },
    {
      id: 's2',
      start: '2030-12-03T16:00:00Z',
      end: '2030-12-03T16:30:00Z',
      label: 'Tue, Dec 3, 11:00 AM',
      hostName: 'Ana',
    },
  ];
  client.booking = {
    ...must(client.slots[1]),
    id: 'b1',
    videoUrl: 'https://meet.example/abc',
    ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  };
  return client;
}

describe('<zac-lead-form>', () => {
  it('requires name, a valid email and consent before submitting', async () => {
    const client = scripted();
    const el = await fixture<ZacLeadForm>(
      html`<zac-lead-form .client=${client} locale="en"></zac-lead-form>`,
    );
    fill(el, {});
    await el.updateComplete;
    expect(text($(el, '#email-err'))).to.equal('Please enter your email.');
    expect(text($(el, '#consent-err'))).to.equal('Please agree to be contacted.');
    expect(get(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    fill(el, { name: 'Bo', email: 'not-an-email', consent: true });
    await el.updateComplete;
    expect(text($(el, '#email-err'))).to.equal('Please enter a valid email address.');
    fill(el, { name: 'Bo', email: 'bo@example.com', consent: false });
    await el.updateComplete;
    expect(text($(el, '#consent-err'))).to.equal('Please agree to be contacted.');
    expect(client.called('submitLead').length).to.equal(0);
  });

  it('submits, offers slots in the visitor time zone, books and offers the .ics file', async () => {
    const client = scripted();
    const el = await fixture<ZacLeadForm>(
      html`<zac-lead-form .client=${client} locale="en"></zac-lead-form>`,
    );
    const lead = oneEvent(window, 'zac-lead');
    fill(el, { name: 'Bo', email: 'bo@example.com', consent: true });
    expect((await lead).detail).to.deep.equal({ id: 'lead1', hot: true });
    expect(must(client.called('submitLead')[0]).args[0]).to.deep.include({
      name: 'Bo',
      email: 'bo@example.com',
      consent: true,
      sourcePage: location.href,
    });
    await waitUntil(() => $(el, '[data-slot-id]'));
    expect(must(client.called('meetingSlots')[0]).args).to.deep.equal([tz]);
    const slots = [...sr(el).querySelectorAll<HTMLButtonElement>('[data-slot-id]')];
    expect(slots.map(text)).to.deep.equal(['Tue, Dec 3, 10:00 AM', 'Tue, Dec 3, 11:00 AM']);
    expect(must(slots[1]).getAttribute('aria-label')).to.equal('Tue, Dec 3, 11:00 AM with Ana');
    const booked = oneEvent(window, 'zac-booking');
    must(slots[1]).click();
    expect((await booked).detail).to.deep.equal({
      id: 'b1',
      start: '2030-12-03T16:00:00Z',
      end: '2030-12-03T16:30:00Z',
    });
    expect(must(client.called('bookMeeting')[0]).args).to.deep.equal(['s2', tz]);
    await el.updateComplete;
    expect(text($(el, '[data-booking]'))).to.equal("You're booked: Tue, Dec 3, 11:00 AM with Ana.");
    const ics = get<HTMLAnchorElement>(el, 'a[data-ics]');
    expect(ics.getAttribute('download')).to.equal('meeting.ics');
    expect(ics.href).to.match(/^blob:/);
    expect(text(ics)).to.equal('Download calendar file (.ics)');
    expect(await (await fetch(ics.href)).text()).to.equal(must(client.booking).ics);
    await expect(el).to.be.accessible();
  });

  it('thanks the lead when no meeting is offered; Spanish labels with locale es', async () => {
    const client = scripted();
    client.lead = { id: 'l2', hot: false, offerMeeting: false };
    const el = await fixture<ZacLeadForm>(
      html`<zac-lead-form .client=${client} locale="es"></zac-lead-form>`,
    );
    expect(text($(el, 'label[for=email]'))).to.equal('Correo electrónico');
    fill(el, { name: 'Bo', email: 'bo@example.com', consent: true });
    await waitUntil(() => $(el, '[data-step=thanks]'));
    expect(text($(el, '[data-step=thanks]'))).to.equal('¡Gracias! Te contactaremos pronto.');
    expect(client.called('meetingSlots').length).to.equal(0);
  });

  it('is reachable from the chat panel via "Contact sales"', async () => {
    const client = scripted();
    const chat = await fixture(html`<zac-chat .client=${client} locale="en"></zac-chat>`);
    get<HTMLButtonElement>(chat, '[data-action=lead]').click();
    await waitUntil(() => sr(chat).querySelector('zac-lead-form'));
    const form = sr(chat).querySelector('zac-lead-form') as ZacLeadForm;
    await form.updateComplete;
    expect(form.client).to.equal(client);
    expect(text($(form, 'h2'))).to.equal('Contact sales');
  });
});
