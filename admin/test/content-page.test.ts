import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import type { ZacContentPage } from '../src/pages/content.page.js';
import type { ZacContentCalendar } from '../src/pages/content/content-calendar.js';
import { addMonths, monthRange } from '../src/pages/content/content-format.js';
import { FakeClient, refusal } from './fake-client.js';
import { CALENDAR_2026_03, CANDLE_CARE, TEA_IDEA } from './content-fixtures.js';

defineConsoleElements();
// The area loads on demand in the console (its own chunk); here before any test renders it.
before(() => loadConsoleArea('content'));

const OWNER: SignedInUser = { id: 'u1', email: 'owner@example.com', name: 'Olive', role: 'OWNER' };
const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };

/** Lets pending requests answer and every nested element render them. */
async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 6; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        const update = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root.parentElement ?? root);
    await Promise.all(pending);
  }
}

function shadow(el: Element | null | undefined): ShadowRoot {
  return (el as Element).shadowRoot as ShadowRoot;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input'): void {
  input.value = value;
  input.dispatchEvent(new Event(event));
}

/** Runs `body` with `?month=` in the address (the test runner's own query kept), then puts it back. */
async function withMonth(month: string, body: () => Promise<void>): Promise<void> {
  const before = location.href;
  const url = new URL(location.href);
  url.searchParams.set('month', month);
  history.replaceState(null, '', url);
  try {
    await body();
  } finally {
    history.replaceState(null, '', before);
  }
}

describe('Content: the area', () => {
  it('opens on the Trends tab and names its four tabs', async () => {
    const client = new FakeClient();
    const page = await fixture<ZacContentPage>(
      html`<zac-content-page .client=${client} .user=${VIEWER}></zac-content-page>`,
    );
    const tabs = [...shadow(page).querySelectorAll('[role=tab]')].map((t) => text(t));
    expect(tabs).to.deep.equal(['Trends', 'Drafts', 'Social', 'Calendar']);
    expect(text(shadow(page).querySelector('[role=tab][aria-selected=true]'))).to.equal('Trends');
  });

  it('opens the Drafts tab for an address naming a draft, even with another tab picked', async () => {
    const page = await fixture<ZacContentPage>(
      html`<zac-content-page
        .client=${new FakeClient()}
        .user=${VIEWER}
        .section=${'calendar'}
      ></zac-content-page>`,
    );
    expect(text(shadow(page).querySelector('[role=tab][aria-selected=true]'))).to.equal('Calendar');
    page.itemId = CANDLE_CARE.id;
    await page.updateComplete;
    expect(text(shadow(page).querySelector('[role=tab][aria-selected=true]'))).to.equal('Drafts');
  });
});

describe('Content: calendar', () => {
  function calendarClient(): FakeClient {
    return new FakeClient().on('query ContentCalendar', () => ({
      editorialCalendar: CALENDAR_2026_03,
    }));
  }

  async function march(client: FakeClient, user = OWNER): Promise<ShadowRoot> {
    let root: ShadowRoot | undefined;
    await withMonth('2026-03', async () => {
      const el = await fixture<ZacContentCalendar>(
        html`<zac-content-calendar .client=${client} .user=${user}></zac-content-calendar>`,
      );
      await settle(el);
      root = shadow(el);
    });
    return root as ShadowRoot;
  }

  it('asks for the month the address names and shows each item on its day with its state as a badge', async () => {
    const client = calendarClient();
    const root = await march(client);
    expect(client.requests[0]?.variables).to.deep.equal({ from: '2026-03-01', to: '2026-03-31' });
    expect(text(root.querySelector('[data-month]'))).to.equal('March 2026');

    const days = [...root.querySelectorAll<HTMLElement>('ol.month > li')];
    expect(days).to.have.length(31);
    // March 2026 starts on a Sunday: the first day sits in the seventh column.
    expect(days[0]?.dataset.offset).to.equal('6');

    const badges = (date: string) =>
      [...root.querySelectorAll(`li[data-date="${date}"] .badge`)].map((b) => text(b));
    expect(badges('2026-03-03')).to.deep.equal(['Published']);
    expect(badges('2026-03-10')).to.deep.equal(['In review', 'Idea']);
    expect(badges('2026-03-17')).to.deep.equal(['Scheduled']);
    expect(badges('2026-03-04')).to.deep.equal([]);
    expect(text(root.querySelector('li[data-date="2026-03-17"] .what'))).to.equal('X post');
    expect(text(root.querySelector('li[data-date="2026-03-10"] h3 .name'))).to.equal(
      'Tuesday, March 10, 2 items',
    );
  });

  it('steps to the next month', async () => {
    const client = calendarClient();
    const root = await march(client);
    (root.querySelector('[data-action=next-month]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(client.requests.at(-1)?.variables).to.deep.equal(monthRange(addMonths('2026-03', 1)));
    expect(text(root.querySelector('[data-month]'))).to.equal('April 2026');
  });

  it('moves an item where the calendar allows, asking why for a move back, and shows a refusal in words', async () => {
    const client = calendarClient();
    let refuse = true;
    client.on('mutation MoveContentItem', (v) => {
      if (refuse) {
        throw refusal(
          'CONTENT_STATE_INVALID',
          'Publishing happens only when a person approves the publication in the review inbox.',
        );
      }
      return { moveContentItem: { ...CANDLE_CARE, state: v.state } };
    });
    const root = await march(client);
    (root.querySelector(`button[data-item="${CANDLE_CARE.id}"]`) as HTMLButtonElement).click();
    await settle(root.host);
    const detail = root.querySelector('[data-detail]') as HTMLElement;
    expect(text(detail.querySelector('h3'))).to.equal(CANDLE_CARE.title);
    const select = detail.querySelector('#move-to') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent?.trim())).to.deep.equal([
      'Choose…',
      'Drafting',
      'Approved',
    ]);

    select.value = 'DRAFTING';
    select.dispatchEvent(new Event('change'));
    await settle(root.host);
    (root.querySelector('[data-action=move]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-move-error]'))).to.equal(
      'Say why it goes back to drafting.',
    );
    expect(client.requests.some((r) => r.query.includes('MoveContentItem'))).to.equal(false);

    type(root.querySelector('#move-reason') as HTMLInputElement, 'The intro needs a rewrite');
    (root.querySelector('[data-action=move]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-move-error]'))).to.equal(
      'Publishing happens only when a person approves the publication in the review inbox.',
    );

    refuse = false;
    (root.querySelector('[data-action=move]') as HTMLButtonElement).click();
    await settle(root.host);
    const move = client.requests.filter((r) => r.query.includes('MoveContentItem')).at(-1);
    expect(move?.variables).to.deep.equal({
      id: CANDLE_CARE.id,
      state: 'DRAFTING',
      reason: 'The intro needs a rewrite',
    });
    expect(text(root.querySelector('.notice'))).to.equal(
      `Moved “${CANDLE_CARE.title}” to drafting.`,
    );
  });

  it('plans an idea for a day and refuses a too-short title before asking the hub', async () => {
    const client = calendarClient().on('mutation PlanContentIdea', (v) => ({
      planContentIdea: { ...TEA_IDEA, ...(v.input as object), id: 'new' },
    }));
    const root = await march(client);
    const title = root.querySelector('#idea-title') as HTMLInputElement;
    type(title, 'ab');
    (root.querySelector('[data-action=plan]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('#idea-title-error'))).to.equal(
      'A title takes 3 to 300 characters.',
    );
    expect(title.getAttribute('aria-invalid')).to.equal('true');

    type(title, 'Matcha versus sencha');
    type(root.querySelector('#idea-day') as HTMLInputElement, '2026-03-24', 'change');
    type(root.querySelector('#idea-keyword') as HTMLInputElement, 'Matcha');
    (root.querySelector('[data-action=plan]') as HTMLButtonElement).click();
    await settle(root.host);
    const plan = client.requests.find((r) => r.query.includes('PlanContentIdea'));
    expect(plan?.variables).to.deep.equal({
      input: { title: 'Matcha versus sencha', plannedFor: '2026-03-24', focusKeyword: 'Matcha' },
    });
    expect(text(root.querySelector('.notice'))).to.equal(
      'Planned “Matcha versus sencha” for Mar 24.',
    );
  });

  it('shows a viewer the calendar without the planning form or moves', async () => {
    const root = await march(calendarClient(), VIEWER);
    expect(root.querySelector('form.plan')).to.equal(null);
    (root.querySelector(`button[data-item="${CANDLE_CARE.id}"]`) as HTMLButtonElement).click();
    await settle(root.host);
    expect(root.querySelector('#move-to')).to.equal(null);
  });
});
