// <zac-content-calendar>: the Calendar tab. A month of the editorial calendar (the shop's days):
// every item on the day it was published, is scheduled or is planned, with its state as a
// badge; a month grid on a wide screen and a list of the days that have items on a phone. An
// item opens below the month with the moves the calendar allows it (a move back asks why), and
// a form plans a new idea. Publishing and scheduling are not moves a person makes here: only an
// approved publication reaches them, and the hub says so when asked.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsoleError } from '../../api/client.js';
import { errorMessage } from '../../format.js';
import { t } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { href } from '../../router.js';
import {
  CONTENT_CALENDAR,
  EDITORIAL_STATES,
  MOVE_CONTENT_ITEM,
  PLAN_CONTENT_IDEA,
  type CalendarDay,
  type CalendarEntry,
  type CalendarItem,
  type EditorialCalendarView,
  type EditorialState,
} from '../content.operations.js';
import {
  addMonths,
  channelLabel,
  currentMonth,
  longDay,
  monthLabel,
  monthRange,
  sentenceCase,
  shortDateTime,
  shortDay,
  stateLabel,
  weekdayNames,
} from './content-format.js';
import { contentStyles } from './content.styles.js';

/** A move to an earlier state (IN_REVIEW -> DRAFTING, APPROVED -> IN_REVIEW): it needs a reason. */
export function isBackMove(from: EditorialState, to: EditorialState): boolean {
  return EDITORIAL_STATES.indexOf(to) < EDITORIAL_STATES.indexOf(from);
}

/** "Blog post", "X post", "LinkedIn post". */
function kindLabel(item: CalendarItem): string {
  return item.kind === 'SOCIAL_POST'
    ? t('content.kind.socialPost', { channel: channelLabel(item.channel ?? '') })
    : t('content.kind.blogPost');
}

/**
 * Today in the shop's time zone, YYYY-MM-DD (the calendar's days are its days). en-CA writes
 * the ISO form: a key to compare with, never shown.
 */
function todayIn(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  } catch {
    return new Intl.DateTimeFormat('en-CA').format(new Date());
  }
}

interface IdeaForm {
  title: string;
  plannedFor: string;
  focusKeyword: string;
}

export class ZacContentCalendar extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    contentStyles,
    css`
      .month-nav {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        margin-bottom: 0.75rem;
      }
      .month-nav h2 {
        margin: 0 0.5rem 0 0;
        min-width: 10rem;
      }
      .weekdays,
      ol.month {
        display: grid;
        grid-template-columns: repeat(7, minmax(0, 1fr));
        gap: 4px;
      }
      .weekdays {
        color: var(--zac-admin-muted);
        font-size: 0.8rem;
        font-weight: 600;
        margin-bottom: 4px;
      }
      .weekdays span {
        padding: 0 0.35rem;
      }
      ol.month {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ol.month > li {
        min-height: 6.5rem;
        min-width: 0;
        border: 1px solid var(--zac-admin-border);
        border-radius: 6px;
        padding: 0.3rem;
        background: var(--zac-admin-bg);
      }
      ol.month > li[data-today] {
        border-color: var(--zac-admin-primary);
        box-shadow: inset 0 0 0 1px var(--zac-admin-primary);
      }
      ol.month > li[data-offset='1'] {
        grid-column-start: 2;
      }
      ol.month > li[data-offset='2'] {
        grid-column-start: 3;
      }
      ol.month > li[data-offset='3'] {
        grid-column-start: 4;
      }
      ol.month > li[data-offset='4'] {
        grid-column-start: 5;
      }
      ol.month > li[data-offset='5'] {
        grid-column-start: 6;
      }
      ol.month > li[data-offset='6'] {
        grid-column-start: 7;
      }
      h3.day {
        margin: 0 0 0.25rem;
        font-size: 0.85rem;
        font-weight: 600;
      }
      h3.day .name {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      ul.entries {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 3px;
      }
      button.entry {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 2px;
        width: 100%;
        text-align: left;
        background: var(--zac-admin-subtle);
        color: var(--zac-admin-fg);
        border: 1px solid var(--zac-admin-border);
        padding: 0.2rem 0.3rem;
        font-size: 0.8rem;
        line-height: 1.25;
      }
      button.entry[aria-pressed='true'] {
        border-color: var(--zac-admin-primary);
        box-shadow: inset 0 0 0 1px var(--zac-admin-primary);
      }
      button.entry .badge {
        align-self: flex-start;
        font-size: 0.72rem;
      }
      button.entry .title {
        overflow-wrap: anywhere;
        display: -webkit-box;
        -webkit-line-clamp: 3;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      button.entry .what {
        color: var(--zac-admin-muted);
        font-size: 0.72rem;
      }
      .detail {
        margin-top: 1rem;
      }
      .detail h3 {
        font-size: 1.05rem;
      }
      .detail dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2rem 1rem;
        margin: 0.5rem 0;
      }
      .detail dt {
        color: var(--zac-admin-muted);
      }
      .detail dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      form.plan {
        margin-top: 1.25rem;
      }
      form.plan h2 {
        margin-top: 0;
      }
      ul.undated {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        gap: 4px;
      }
      form.plan .row .field {
        flex: 1 1 12rem;
        margin-bottom: 0;
      }
      form.plan .row .field.title {
        flex: 3 1 18rem;
      }
      /* A phone: the days that have items, one under the other, each named in full. */
      @media (max-width: 700px) {
        .weekdays {
          display: none;
        }
        ol.month {
          display: flex;
          flex-direction: column;
          gap: 0.5rem;
        }
        ol.month > li {
          min-height: 0;
          padding: 0.5rem;
        }
        ol.month > li:not([data-has-items]) {
          display: none;
        }
        h3.day .num {
          display: none;
        }
        h3.day .name {
          position: static;
          width: auto;
          height: auto;
          overflow: visible;
          clip: auto;
        }
        button.entry {
          flex-direction: row;
          flex-wrap: wrap;
          align-items: center;
          gap: 0.25rem 0.5rem;
          font-size: 0.9rem;
          padding: 0.4rem 0.5rem;
        }
        button.entry .title {
          flex: 1 1 12rem;
        }
        .detail dl {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _month: { state: true },
    _calendar: { state: true },
    _undated: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _selected: { state: true },
    _moveTo: { state: true },
    _reason: { state: true },
    _moveError: { state: true },
    _busy: { state: true },
    _notice: { state: true },
    _idea: { state: true },
    _ideaError: { state: true },
  };

  /** The month shown, YYYY-MM. */
  declare _month: string;
  declare _calendar: EditorialCalendarView | null;
  /** Items in progress with no day on the calendar (no plan, schedule or publication yet). */
  declare _undated: CalendarItem[];
  declare _loading: boolean;
  declare _error: unknown;
  /** The item opened below the month. */
  declare _selected: string;
  declare _moveTo: EditorialState | '';
  declare _reason: string;
  declare _moveError: string;
  declare _busy: boolean;
  declare _notice: string;
  declare _idea: IdeaForm;
  /** The message and the field it concerns ('' for the form as a whole). */
  declare _ideaError: { field: string; message: string } | null;
  /** Answers to older requests are dropped: the month may change while one is in flight. */
  private loadSeq = 0;

  constructor() {
    super();
    this._month = currentMonth();
    this._calendar = null;
    this._undated = [];
    this._loading = true;
    this._error = null;
    this._selected = '';
    this._moveTo = '';
    this._reason = '';
    this._moveError = '';
    this._busy = false;
    this._notice = '';
    this._idea = { title: '', plannedFor: '', focusKeyword: '' };
    this._ideaError = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const asked = new URLSearchParams(location.search).get('month');
    if (asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked)) this._month = asked;
    void this.load();
  }

  async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this._loading = true;
    try {
      const answer = await this.client.request(CONTENT_CALENDAR, monthRange(this._month));
      if (seq !== this.loadSeq) return;
      this._calendar = answer.editorialCalendar;
      this._undated = answer.contentItems.items.filter(
        (i) => !i.plannedFor && !i.scheduledFor && !i.publishedAt,
      );
      this._error = null;
    } catch (error) {
      if (seq !== this.loadSeq) return;
      this._error = error;
    } finally {
      if (seq === this.loadSeq) this._loading = false;
    }
  }

  private showMonth(month: string): void {
    this._month = month;
    this._selected = '';
    this._notice = '';
    const url = new URL(location.href);
    url.searchParams.set('month', month);
    history.replaceState(null, '', url);
    void this.load();
  }

  /** The month's entries, then the undated items (as entries without a day). */
  private entries(): CalendarEntry[] {
    const undated = this._undated.map((item) => ({ basis: 'PLANNED' as const, at: null, item }));
    return [...(this._calendar?.days ?? []).flatMap((d) => d.entries), ...undated];
  }

  private select(entry: CalendarEntry): void {
    const same = this._selected === entry.item.id;
    this._selected = same ? '' : entry.item.id;
    this._moveTo = '';
    this._reason = '';
    this._moveError = '';
    if (!same) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.detail h3')?.focus(),
      );
    }
  }

  private async move(entry: CalendarEntry): Promise<void> {
    const item = entry.item;
    const to = this._moveTo;
    if (!to) {
      this._moveError = t('content.calendar.pickState');
      return;
    }
    const reason = this._reason.trim();
    if (isBackMove(item.state, to) && !reason) {
      this._moveError = t('content.calendar.sayWhy', { state: stateLabel(to).toLowerCase() });
      this.renderRoot.querySelector<HTMLInputElement>('#move-reason')?.focus();
      return;
    }
    this._busy = true;
    this._moveError = '';
    try {
      const { moveContentItem } = await this.client.request(MOVE_CONTENT_ITEM, {
        id: item.id,
        state: to,
        reason,
      });
      this._notice = t('content.calendar.moved', {
        title: moveContentItem.title,
        state: stateLabel(moveContentItem.state).toLowerCase(),
      });
      this._moveTo = '';
      this._reason = '';
      await this.load();
    } catch (error) {
      this._moveError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private async plan(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const title = this._idea.title.trim();
    if (title.length < 3 || title.length > 300) {
      this._ideaError = { field: 'title', message: t('content.calendar.titleLength') };
      this.renderRoot.querySelector<HTMLInputElement>('#idea-title')?.focus();
      return;
    }
    this._busy = true;
    this._ideaError = null;
    try {
      const { planContentIdea } = await this.client.request(PLAN_CONTENT_IDEA, {
        input: {
          title,
          plannedFor: this._idea.plannedFor || null,
          focusKeyword: this._idea.focusKeyword.trim() || null,
        },
      });
      this._idea = { title: '', plannedFor: '', focusKeyword: '' };
      const day = planContentIdea.plannedFor;
      // Showing another month clears the notice: it is set once the month is there.
      if (day && day.slice(0, 7) !== this._month) this.showMonth(day.slice(0, 7));
      else await this.load();
      this._notice = day
        ? t('content.calendar.plannedFor', { title: planContentIdea.title, day: shortDay(day) })
        : t('content.calendar.plannedNoDay', { title: planContentIdea.title });
    } catch (error) {
      const field = error instanceof ConsoleError ? (error.field ?? '') : '';
      this._ideaError = { field, message: errorMessage(error) };
    } finally {
      this._busy = false;
    }
  }

  private entry(entry: CalendarEntry): TemplateResult {
    const item = entry.item;
    return html`<li>
      <button
        type="button"
        class="entry"
        data-item=${item.id}
        data-state=${item.state}
        aria-pressed=${this._selected === item.id ? 'true' : 'false'}
        @click=${() => this.select(entry)}
      >
        <span class="badge" data-state=${item.state}>${stateLabel(item.state)}</span>
        <span class="title">${item.title}</span>
        <span class="what">${kindLabel(item)}</span>
      </button>
    </li>`;
  }

  private day(d: CalendarDay, index: number, today: string): TemplateResult {
    const count = d.entries.length;
    const day =
      d.date === today ? t('content.calendar.today', { day: longDay(d.date) }) : longDay(d.date);
    return html`<li
      data-date=${d.date}
      data-offset=${index === 0 ? String(d.weekday - 1) : nothing}
      ?data-today=${d.date === today}
      ?data-has-items=${count > 0}
    >
      <h3 class="day">
        <span class="num" aria-hidden="true">${Number(d.date.slice(8))}</span>
        <span class="name">${count ? t('content.calendar.dayItems', { day, count }) : day}</span>
      </h3>
      ${
        count
          ? html`<ul class="entries">
              ${d.entries.map((e) => this.entry(e))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private detail(entry: CalendarEntry): TemplateResult {
    const item = entry.item;
    const next = item.nextStates;
    const back = this._moveTo !== '' && isBackMove(item.state, this._moveTo);
    return html`<section
      class="card detail"
      aria-label=${t('content.calendar.selected')}
      data-detail=${item.id}
    >
      <h3 tabindex="-1">${item.title}</h3>
      <dl>
        <dt>${t('content.field.state')}</dt>
        <dd><span class="badge" data-state=${item.state}>${stateLabel(item.state)}</span></dd>
        <dt>${t('content.calendar.what')}</dt>
        <dd>
          ${
            item.focusKeyword
              ? t('content.calendar.kindWithKeyword', {
                  kind: kindLabel(item),
                  keyword: item.focusKeyword,
                })
              : kindLabel(item)
          }
        </dd>
        ${
          item.plannedFor
            ? html`<dt>${t('content.field.plannedFor')}</dt>
                <dd>${shortDay(item.plannedFor)}</dd>`
            : nothing
        }
        ${
          item.scheduledFor
            ? html`<dt>${t('content.calendar.scheduledFor')}</dt>
                <dd>${shortDateTime(item.scheduledFor)}</dd>`
            : nothing
        }
        ${
          item.publishedAt
            ? html`<dt>${t('content.calendar.published')}</dt>
                <dd>${shortDateTime(item.publishedAt)}</dd>`
            : nothing
        }
        ${
          item.externalUrl
            ? html`<dt>${t('content.calendar.link')}</dt>
                <dd>
                  <a href=${item.externalUrl} target="_blank" rel="noopener">${item.externalUrl}</a>
                </dd>`
            : nothing
        }
      </dl>
      <p>
        ${
          item.kind === 'BLOG_POST'
            ? html`<a href=${href(`/content/drafts/${encodeURIComponent(item.id)}`)}
                >${t('content.calendar.openEditor')}</a
              >`
            : html`<a href=${href('/content/social')}>${t('content.calendar.seeSocial')}</a>`
        }
      </p>
      ${
        this.canWrite && next.length
          ? html`<div class="row">
                <div class="field">
                  <label for="move-to">${t('content.calendar.moveTo')}</label>
                  <select
                    id="move-to"
                    .value=${this._moveTo}
                    @change=${(e: Event) => {
                      this._moveTo = (e.target as HTMLSelectElement).value as EditorialState;
                      this._moveError = '';
                    }}
                  >
                    <option value="">${t('content.calendar.choose')}</option>
                    ${next.map((s) => html`<option value=${s}>${stateLabel(s)}</option>`)}
                  </select>
                </div>
                ${
                  back
                    ? html`<div class="field">
                        <label for="move-reason">${t('content.calendar.whyBack')}</label>
                        <input
                          id="move-reason"
                          .value=${this._reason}
                          @input=${(e: Event) => (this._reason = (e.target as HTMLInputElement).value)}
                        />
                      </div>`
                    : nothing
                }
                <div class="field">
                  <button
                    type="button"
                    data-action="move"
                    ?disabled=${this._busy}
                    @click=${() => this.move(entry)}
                  >
                    ${t('content.calendar.move')}
                  </button>
                </div>
              </div>
              <p class="meta">${t('content.calendar.onlyOnApproval')}</p>`
          : this.canWrite
            ? html`<p class="meta">
                ${
                  item.state === 'PUBLISHED'
                    ? t('content.calendar.publishedFinal')
                    : t('content.calendar.movesOnApproval')
                }
              </p>`
            : nothing
      }
      <p class="field-error" role="alert" data-move-error>${this._moveError}</p>
    </section>`;
  }

  private ideaForm(): TemplateResult {
    const err = this._ideaError;
    const fieldError = (field: string) =>
      err && err.field === field
        ? html`<span class="field-error" id="idea-${field}-error">${err.message}</span>`
        : nothing;
    return html`<form class="card plan" @submit=${this.plan} novalidate>
      <h2>${t('content.calendar.planIdea')}</h2>
      <div class="row">
        <div class="field title">
          <label for="idea-title">${t('content.field.title')}</label>
          <input
            id="idea-title"
            required
            maxlength="300"
            .value=${this._idea.title}
            aria-invalid=${err?.field === 'title' ? 'true' : 'false'}
            aria-describedby="idea-title-error"
            @input=${(e: Event) =>
              (this._idea = { ...this._idea, title: (e.target as HTMLInputElement).value })}
          />
          ${fieldError('title')}
        </div>
        <div class="field">
          <label for="idea-day"
            >${t('content.field.plannedFor')}
            <span class="hint">${t('content.field.optional')}</span></label
          >
          <input
            id="idea-day"
            type="date"
            .value=${this._idea.plannedFor}
            aria-invalid=${err?.field === 'plannedFor' ? 'true' : 'false'}
            @change=${(e: Event) =>
              (this._idea = { ...this._idea, plannedFor: (e.target as HTMLInputElement).value })}
          />
          ${fieldError('plannedFor')}
        </div>
        <div class="field">
          <label for="idea-keyword"
            >${t('content.field.focusKeyword')}
            <span class="hint">${t('content.field.optional')}</span></label
          >
          <input
            id="idea-keyword"
            .value=${this._idea.focusKeyword}
            aria-invalid=${err?.field === 'focusKeyword' ? 'true' : 'false'}
            @input=${(e: Event) =>
              (this._idea = { ...this._idea, focusKeyword: (e.target as HTMLInputElement).value })}
          />
          ${fieldError('focusKeyword')}
        </div>
        <button type="submit" data-action="plan" ?disabled=${this._busy}>
          ${t('content.calendar.planIt')}
        </button>
      </div>
      ${
        err && !['title', 'plannedFor', 'focusKeyword'].includes(err.field)
          ? html`<p class="error" role="alert">${err.message}</p>`
          : nothing
      }
    </form>`;
  }

  override render() {
    const c = this._calendar;
    const today = c ? todayIn(c.timeZone) : '';
    const selected = this.entries().find((e) => e.item.id === this._selected);
    const empty = c !== null && c.days.every((d) => d.entries.length === 0);
    const undated = this.entries().filter((e) => !e.item.plannedFor && !e.at);
    return html`<div class="month-nav">
        <h2 aria-live="polite" data-month=${this._month}>
          ${sentenceCase(monthLabel(this._month))}
        </h2>
        <button
          type="button"
          class="secondary"
          data-action="previous-month"
          aria-label=${t('content.calendar.previousMonth')}
          @click=${() => this.showMonth(addMonths(this._month, -1))}
        >
          ‹ ${t('content.calendar.previous')}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="this-month"
          ?disabled=${this._month === currentMonth()}
          @click=${() => this.showMonth(currentMonth())}
        >
          ${t('content.calendar.thisMonth')}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="next-month"
          aria-label=${t('content.calendar.nextMonth')}
          @click=${() => this.showMonth(addMonths(this._month, 1))}
        >
          ${t('content.calendar.next')} ›
        </button>
      </div>
      ${this._notice ? html`<p class="notice" role="status">${this._notice}</p>` : nothing}
      ${loadState({ loading: this._loading && !c, error: this._error, empty: false }, '')}
      ${
        c
          ? html`<div class="weekdays" aria-hidden="true">
                ${weekdayNames().map((d) => html`<span>${d}</span>`)}
              </div>
              <ol
                class="month"
                aria-label=${t('content.calendar.daysOf', { month: monthLabel(this._month) })}
                data-calendar
              >
                ${c.days.map((d, i) => this.day(d, i, today))}
              </ol>
              ${
                empty
                  ? html`<p class="state">
                      ${t('content.calendar.empty', { month: monthLabel(this._month) })}
                    </p>`
                  : nothing
              }
              <p class="meta">${t('content.calendar.timeZone', { zone: c.timeZone })}</p>
              ${
                undated.length
                  ? html`<h2>${t('content.calendar.undated')}</h2>
                      <ul class="entries undated" data-undated>
                        ${undated.map((e) => this.entry(e))}
                      </ul>`
                  : nothing
              }`
          : nothing
      }
      ${selected ? this.detail(selected) : nothing} ${this.canWrite ? this.ideaForm() : nothing}`;
  }
}
