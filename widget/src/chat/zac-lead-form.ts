// <zac-lead-form>: "contact sales" form -> meeting slots (when the lead is hot) -> booking.
// Used inside <zac-chat> or standalone (then give it `key` and `base` attributes).
import { LitElement, html, nothing } from 'lit';
import { pickLocale, stringsFor, type Strings } from '../i18n/index.js';
import { visitSignals } from '../visit.js';
import { createHubClient } from './client.js';
import { errorText } from './errors.js';
import { isSafeUrl } from './markdown.js';
import { leadStyles, theme } from './styles.js';
import type { HubClient, MeetingSlot, VisitorBooking } from './types.js';
import { emit, timeZone } from './util.js';

type Step = 'form' | 'slots' | 'thanks' | 'booked';
type Field = 'name' | 'email' | 'consent';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class ZacLeadForm extends LitElement {
  static override styles = [theme, leadStyles];
  static override properties = {
    key: { type: String },
    base: { type: String },
    locale: { type: String },
    client: { attribute: false },
    _step: { state: true },
    _invalid: { state: true },
    _error: { state: true },
    _busy: { state: true },
    _slots: { state: true },
    _booking: { state: true },
  };

  declare key: string;
  declare base: string;
  declare locale: string | null;
  declare client: HubClient | null;
  declare _step: Step;
  declare _invalid: Partial<Record<Field, string>>;
  declare _error: string;
  declare _busy: boolean;
  declare _slots: MeetingSlot[];
  declare _booking: VisitorBooking | null;
  private icsUrl = '';

  constructor() {
    super();
    this.key = '';
    this.base = '';
    this.locale = null;
    this.client = null;
    this._step = 'form';
    this._invalid = {};
    this._error = '';
    this._busy = false;
    this._slots = [];
    this._booking = null;
  }

  get t(): Strings {
    return stringsFor(pickLocale(this.locale));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = '';
  }

  private hubClient(): HubClient {
    this.client ??= createHubClient({ base: this.base.replace(/\/$/, ''), key: this.key });
    return this.client;
  }

  private async run(task: () => Promise<void>): Promise<void> {
    this._busy = true;
    this._error = '';
    try {
      await task();
    } catch (err) {
      this._error = errorText(err, this.t);
    } finally {
      this._busy = false;
    }
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const company = String(data.get('company') ?? '').trim();
    const consent = data.get('consent') === 'on';
    const l = this.t.lead;
    const invalid: Partial<Record<Field, string>> = {};
    if (!name) invalid.name = l.nameRequired;
    if (!email) invalid.email = l.emailRequired;
    else if (!EMAIL.test(email)) invalid.email = l.emailInvalid;
    if (!consent) invalid.consent = l.consentRequired;
    this._invalid = invalid;
    const first = Object.keys(invalid)[0];
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    await this.run(async () => {
      const client = this.hubClient();
      const lead = await client.submitLead({
        name,
        email,
        ...(company ? { company } : {}),
        consent,
        sourcePage: location.href,
        ...visitSignals(),
      });
      emit(this, 'zac-lead', { id: lead.id, hot: lead.hot });
      if (lead.offerMeeting) {
        this._slots = await client.meetingSlots(timeZone());
        this._step = 'slots';
      } else {
        this._step = 'thanks';
      }
    });
  }

  private async book(slot: MeetingSlot): Promise<void> {
    await this.run(async () => {
      const booking = await this.hubClient().bookMeeting(slot.id, timeZone());
      if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
      this.icsUrl = URL.createObjectURL(new Blob([booking.ics], { type: 'text/calendar' }));
      this._booking = booking;
      this._step = 'booked';
      emit(this, 'zac-booking', { id: booking.id, start: booking.start, end: booking.end });
    });
  }

  private field(id: Field, label: string, type: string, autocomplete: string) {
    const err = this._invalid[id];
    return html`<label for=${id}>${label}</label>
      <input
        id=${id}
        name=${id}
        type=${type}
        autocomplete=${autocomplete}
        required
        aria-invalid=${err ? 'true' : 'false'}
        aria-describedby="${id}-err"
      />
      <p class="err" id="${id}-err">${err ?? ''}</p>`;
  }

  override render() {
    const t = this.t;
    const l = t.lead;
    const error = this._error ? html`<p class="err" role="alert">${this._error}</p>` : nothing;
    switch (this._step) {
      case 'thanks':
        return html`<div class="done" role="status" data-step="thanks">${l.thanks}</div>`;
      case 'slots':
        return html`<div class="done" data-step="slots">
          <p>${this._slots.length ? l.pickSlot : l.noSlots}</p>
          <ul>
            ${this._slots.map(
              (s) =>
                html`<li>
                  <button
                    type="button"
                    data-slot-id=${s.id}
                    aria-label=${l.slotWith(s.label, s.hostName)}
                    ?disabled=${this._busy}
                    @click=${() => this.book(s)}
                  >
                    ${s.label}
                  </button>
                </li>`,
            )}
          </ul>
          ${error}
        </div>`;
      case 'booked': {
        const b = this._booking as VisitorBooking;
        return html`<div class="done" data-step="booked">
          <p role="status" data-booking>${l.booked(b.label, b.hostName)}</p>
          ${
            isSafeUrl(b.videoUrl)
              ? html`<a href=${b.videoUrl} target="_blank" rel="noopener noreferrer"
                  >${l.joinCall}</a
                >`
              : nothing
          }
          <a href=${this.icsUrl} download="meeting.ics" data-ics>${l.ics}</a>
        </div>`;
      }
      default:
        return html`<form novalidate aria-labelledby="title" @submit=${this.submit}>
          <h2 id="title">${l.title}</h2>
          <p>${l.intro}</p>
          ${this.field('name', l.name, 'text', 'name')}
          ${this.field('email', l.email, 'email', 'email')}
          <label for="company">${l.company}</label>
          <input id="company" name="company" autocomplete="organization" />
          <label class="check">
            <input
              id="consent"
              name="consent"
              type="checkbox"
              required
              aria-invalid=${this._invalid.consent ? 'true' : 'false'}
              aria-describedby="consent-err"
            />
            <span>${l.consent}</span>
          </label>
          <p class="err" id="consent-err">${this._invalid.consent ?? ''}</p>
          <button type="submit" class="primary" ?disabled=${this._busy}>${l.submit}</button>
          ${error}
        </form>`;
    }
  }
}

if (!customElements.get('zac-lead-form')) customElements.define('zac-lead-form', ZacLeadForm);

declare global {
  interface HTMLElementTagNameMap {
    'zac-lead-form': ZacLeadForm;
  }
}
