import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import type { ZacContentPage } from '../src/pages/content.page.js';
import type { ZacContentCalendar } from '../src/pages/content/content-calendar.js';
import {
  ANALYZE_DEBOUNCE_MS,
  type ZacContentDraftEditor,
} from '../src/pages/content/content-draft-editor.js';
import type { ZacContentSocial } from '../src/pages/content/content-social.js';
import type { ZacContentTrends } from '../src/pages/content/content-trends.js';
import { addMonths, monthRange } from '../src/pages/content/content-format.js';
import { FakeClient, refusal } from './fake-client.js';
import {
  ANALYSIS_AFTER,
  ANALYSIS_BEFORE,
  CALENDAR_2026_03,
  CANDLE_CARE,
  FEEDS,
  INSTAGRAM_POST,
  INSTAGRAM_PREVIEW,
  LINKEDIN_POST,
  LINKEDIN_PREVIEW,
  STONEWARE_DRAFT,
  TEA_IDEA,
  TREND_REPORT,
  UNDATED_DRAFT,
  X_PART_LENGTHS,
  X_THREAD_POST,
  weeklySeries,
} from './content-fixtures.js';
import { settle, shadow } from './dom.js';

defineConsoleElements();
// The area loads on demand in the console (its own chunk); here before any test renders it.
before(() => loadConsoleArea('content'));

const OWNER: SignedInUser = { id: 'u1', email: 'owner@example.com', name: 'Olive', role: 'OWNER' };
const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };

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
      contentItems: { items: [CANDLE_CARE, TEA_IDEA, UNDATED_DRAFT] },
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
    // An item in progress without a day is listed apart, not lost.
    const undated = [...root.querySelectorAll('[data-undated] button.entry')];
    expect(undated.map((b) => text(b))).to.deep.equal([
      `In review ${UNDATED_DRAFT.title} Blog post`,
    ]);
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

describe('Content: draft editor', () => {
  /** Answers analyzeDraft as the hub did, by whether the typed sentence is in the body. */
  function editorClient(): FakeClient {
    return new FakeClient()
      .on('query ContentDraft(', () => ({ contentItem: STONEWARE_DRAFT }))
      .on('query AnalyzeDraft', (v) => ({
        analyzeDraft: String((v.input as { body: string }).body).includes(
          'Stoneware care is simple',
        )
          ? ANALYSIS_AFTER
          : ANALYSIS_BEFORE,
      }));
  }

  async function editor(client: FakeClient, user = OWNER): Promise<ShadowRoot> {
    const el = await fixture<ZacContentDraftEditor>(
      html`<zac-content-draft-editor
        .client=${client}
        .user=${user}
        .itemId=${STONEWARE_DRAFT.id}
      ></zac-content-draft-editor>`,
    );
    await settle(el);
    return shadow(el);
  }

  const typed = `${STONEWARE_DRAFT.body}\n\nStoneware care is simple: wash it, dry it, use it again.`;

  async function afterDebounce(root: ShadowRoot): Promise<void> {
    await new Promise((r) => setTimeout(r, ANALYZE_DEBOUNCE_MS + 50));
    await settle(root.host);
  }

  function check(root: ShadowRoot, id: string): string | undefined {
    return (root.querySelector(`[data-check=${id}]`) as HTMLElement | null)?.dataset.passed;
  }

  it('fills the form from the post and scores it: checklist, score and readability as the hub says', async () => {
    const client = editorClient();
    const root = await editor(client);
    expect((root.querySelector('#draft-title') as HTMLInputElement).value).to.equal(
      STONEWARE_DRAFT.title,
    );
    expect((root.querySelector('#draft-keyword') as HTMLInputElement).value).to.equal(
      'stoneware care',
    );
    expect(text(root.querySelector('[data-meta-counter]'))).to.equal('75/160');
    expect(text(root.querySelector('[data-seo-score]'))).to.equal('48');
    expect(root.querySelectorAll('[data-checklist] li')).to.have.length(11);
    expect(text(root.querySelector('[data-check=KEYWORD_DENSITY]'))).to.equal(
      '✗ Failed: Keyword density within 0.5%-2.5% 3.57% (1 in 28 words): use it less.',
    );
    expect(text(root.querySelector('[data-reading-ease]'))).to.equal('77.3 (fairly easy)');
    expect(text(root.querySelector('[data-grade]'))).to.equal('3.9');
    expect(text(root.querySelector('[data-words]'))).to.equal('28');
    expect(text(root.querySelector('[data-sentences]'))).to.equal('5');
    const analyze = client.requests.find((r) => r.query.includes('AnalyzeDraft'));
    expect(analyze?.variables).to.deep.equal({
      input: {
        title: STONEWARE_DRAFT.title,
        body: STONEWARE_DRAFT.body,
        metaDescription: STONEWARE_DRAFT.metaDescription,
        slug: 'stoneware-care',
        focusKeyword: 'stoneware care',
        secondaryKeywords: ['dishwasher safe mugs'],
        contentItemId: STONEWARE_DRAFT.id,
      },
    });
    expect(text(root.querySelector('#slug-hint'))).to.contain('Suggested: stoneware-care-2');
  });

  it('updates the SEO checklist and readability while typing, once typing pauses', async () => {
    const client = editorClient();
    const root = await editor(client);
    expect(check(root, 'KEYWORD_IN_INTRO')).to.equal('false');
    const asked = () => client.requests.filter((r) => r.query.includes('AnalyzeDraft')).length;
    const before = asked();

    const body = root.querySelector('#draft-body') as HTMLTextAreaElement;
    type(body, `${STONEWARE_DRAFT.body}\n\nStoneware`);
    type(body, typed);
    await settle(root.host);
    // Within the pause nothing is asked yet; after it, one request for the latest text.
    expect(asked()).to.equal(before);
    await afterDebounce(root);
    expect(asked()).to.equal(before + 1);

    expect(check(root, 'KEYWORD_IN_INTRO')).to.equal('true');
    expect(text(root.querySelector('[data-check=KEYWORD_IN_INTRO] .detail'))).to.equal(
      'Has "stoneware care".',
    );
    expect(text(root.querySelector('[data-seo-score]'))).to.equal('58');
    expect(text(root.querySelector('[data-reading-ease]'))).to.equal('78.8 (fairly easy)');
    expect(text(root.querySelector('[data-words]'))).to.equal('39');
    expect(text(root.querySelector('[data-live-summary]'))).to.equal(
      'SEO score 58/100 · reading ease 78.8 · 39 words',
    );
    expect(text(root.querySelector('[data-save-state]'))).to.equal('Unsaved changes');
  });

  it('drops an answer overtaken by a later one', async () => {
    const client = editorClient();
    const root = await editor(client);
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => (release = r));
    client.on('query AnalyzeDraft', async (v) => {
      const body = String((v.input as { body: string }).body);
      if (body.endsWith('first')) {
        await slow;
        return { analyzeDraft: { ...ANALYSIS_BEFORE, seo: { ...ANALYSIS_BEFORE.seo, score: 1 } } };
      }
      return { analyzeDraft: ANALYSIS_AFTER };
    });
    const body = root.querySelector('#draft-body') as HTMLTextAreaElement;
    type(body, `${STONEWARE_DRAFT.body} first`);
    await afterDebounce(root);
    type(body, typed);
    await afterDebounce(root);
    expect(text(root.querySelector('[data-seo-score]'))).to.equal('58');
    release();
    await settle(root.host);
    expect(text(root.querySelector('[data-seo-score]'))).to.equal('58');
  });

  it('counts the meta description live against 160 and marks it over', async () => {
    const root = await editor(editorClient());
    const meta = root.querySelector('#draft-meta') as HTMLTextAreaElement;
    type(meta, 'x'.repeat(161));
    await settle(root.host);
    const count = root.querySelector('[data-meta-counter]') as HTMLElement;
    expect(text(count)).to.equal('161/160');
    expect(count.classList.contains('over')).to.equal(true);
    expect(meta.getAttribute('aria-invalid')).to.equal('true');
  });

  it('saves the form as edited', async () => {
    const client = editorClient().on('mutation UpdateContentDraft', (v) => ({
      updateContentDraft: { ...STONEWARE_DRAFT, ...(v.input as object) },
    }));
    const root = await editor(client);
    type(root.querySelector('#draft-title') as HTMLInputElement, 'Stoneware care, plainly');
    await settle(root.host);
    (root.querySelector('[data-action=save]') as HTMLButtonElement).click();
    await settle(root.host);
    const save = client.requests.find((r) => r.query.includes('UpdateContentDraft'));
    expect(save?.variables).to.deep.equal({
      id: STONEWARE_DRAFT.id,
      input: {
        title: 'Stoneware care, plainly',
        body: STONEWARE_DRAFT.body,
        metaDescription: STONEWARE_DRAFT.metaDescription,
        slug: 'stoneware-care',
        focusKeyword: 'stoneware care',
      },
    });
    expect(text(root.querySelector('[data-save-state]'))).to.match(/^Saved at /);
  });

  it('approves the waiting publication with the body as edited', async () => {
    const published = { ...STONEWARE_DRAFT, state: 'APPROVED' as const, pendingApproval: null };
    let approved = false;
    const client = editorClient()
      .on('query ContentDraft(', () => ({ contentItem: approved ? published : STONEWARE_DRAFT }))
      .on('mutation UpdateContentDraft', (v) => ({
        updateContentDraft: { ...STONEWARE_DRAFT, ...(v.input as object) },
      }))
      .on('mutation ApproveRun', () => {
        approved = true;
        return { approveRun: { id: STONEWARE_DRAFT.runId, status: 'RUNNING' } };
      });
    const root = await editor(client);
    expect(text(root.querySelector('[data-approval] h2'))).to.equal(
      'This post waits for your approval to publish',
    );
    type(root.querySelector('#draft-body') as HTMLTextAreaElement, typed);
    (root.querySelector('[data-action=approve-publish]') as HTMLButtonElement).click();
    await settle(root.host);
    await settle(root.host);
    const approve = client.requests.find((r) => r.query.includes('ApproveRun'));
    expect(approve?.variables).to.deep.equal({ id: STONEWARE_DRAFT.runId, editedOutput: typed });
    // The edits were saved before the approval.
    const order = client.requests.map((r) => r.query.match(/(mutation|query) (\w+)/)?.[2]);
    expect(order.indexOf('UpdateContentDraft')).to.be.lessThan(order.indexOf('ApproveRun'));
    expect(text(root.querySelector('[data-decision-notice]'))).to.equal(
      'Approved, not published yet: no CMS is connected, or it did not answer.',
    );
    expect(root.querySelector('[data-approval]')).to.equal(null);
  });

  it('rejects the publication only with a reason', async () => {
    const client = editorClient().on('mutation RejectRun', () => ({
      rejectRun: { id: STONEWARE_DRAFT.runId, status: 'RUNNING' },
    }));
    const root = await editor(client);
    (root.querySelector('[data-action=reject]') as HTMLButtonElement).click();
    await settle(root.host);
    (root.querySelector('[data-action=confirm-reject]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-decision-error]'))).to.equal(
      'Give a reason for the rejection.',
    );
    type(root.querySelector('#reject-reason') as HTMLTextAreaElement, 'Write the sections first');
    (root.querySelector('[data-action=confirm-reject]') as HTMLButtonElement).click();
    await settle(root.host);
    const reject = client.requests.find((r) => r.query.includes('RejectRun'));
    expect(reject?.variables).to.deep.equal({
      id: STONEWARE_DRAFT.runId,
      reason: 'Write the sections first',
    });
  });

  it('shows a viewer the post read-only, without the decision buttons working', async () => {
    const root = await editor(editorClient(), VIEWER);
    expect((root.querySelector('#draft-body') as HTMLTextAreaElement).readOnly).to.equal(true);
    expect(root.querySelector('[data-action=save]')).to.equal(null);
    expect(
      (root.querySelector('[data-action=approve-publish]') as HTMLButtonElement).disabled,
    ).to.equal(true);
  });
});

describe('Content: social', () => {
  function socialClient(queue: unknown[] = []): FakeClient {
    return new FakeClient()
      .on('query ContentSocial', () => ({
        contentItems: { totalItems: 3, items: [LINKEDIN_POST, INSTAGRAM_POST, X_THREAD_POST] },
        socialQueue: {
          totalItems: queue.length,
          dueCount: queue.filter((q) => (q as { due: boolean }).due).length,
          items: queue,
        },
      }))
      .on('query PreviewSocialPost', (v) => {
        if (v.platform === 'LINKEDIN') return { previewSocialPost: LINKEDIN_PREVIEW };
        if (v.platform === 'INSTAGRAM') return { previewSocialPost: INSTAGRAM_PREVIEW };
        const index = (X_THREAD_POST.parts ?? []).indexOf(String(v.text));
        return {
          previewSocialPost: {
            ...LINKEDIN_PREVIEW,
            hook: null,
            limit: 280,
            hashtagCount: 0,
            length: X_PART_LENGTHS[index] ?? -1,
          },
        };
      });
  }

  async function social(client: FakeClient): Promise<ShadowRoot> {
    const el = await fixture<ZacContentSocial>(
      html`<zac-content-social .client=${client} .user=${OWNER}></zac-content-social>`,
    );
    await settle(el);
    return shadow(el);
  }

  it('groups the posts under their blog post and counts each X post in weighted characters of 280', async () => {
    const client = socialClient();
    const root = await social(client);
    const group = root.querySelector('[data-source]') as HTMLElement;
    expect(text(group.querySelector('h3'))).to.equal(
      'From “Why we fire our stoneware twice” · read the post',
    );
    const x = root.querySelector('[data-channel=X]') as HTMLElement;
    const posts = [...x.querySelectorAll('ol.thread > li')];
    expect(posts.map((p) => text(p.querySelector('[data-count]')))).to.deep.equal([
      '134/280',
      '157/280',
      '38/280',
      '101/280',
      '74/280',
      '118/280',
    ]);
    // The hub measures (twitter-text): '.example' is no top-level domain, so the last post's
    // address counts as its characters, not as a 23-character link.
    expect(X_THREAD_POST.parts?.[5]?.length).to.equal(118);
    // Each post was measured once, by the hub.
    const xPreviews = client.requests.filter(
      (r) => r.query.includes('PreviewSocialPost') && r.variables.platform === 'X',
    );
    expect(xPreviews.map((r) => r.variables.text)).to.deep.equal(X_THREAD_POST.parts);
    expect(text(x.querySelector('header'))).to.match(/^X In review suggested time Dec 7, /);
  });

  it('marks LinkedIn’s "see more" fold without splitting a word, and counts the hook and the post', async () => {
    const root = await social(socialClient());
    const li = root.querySelector('[data-channel=LINKEDIN]') as HTMLElement;
    const above = text(li.querySelector('[data-linkedin] > .text'));
    expect(above.length).to.be.at.most(210);
    expect(LINKEDIN_POST.body.replace(/\s+/g, ' ').startsWith(above)).to.equal(true);
    expect(above.endsWith('it is')).to.equal(true);
    expect(li.querySelector('.fold')).to.not.equal(null);
    expect(text(li.querySelector('.below-fold')).startsWith('still fragile greenware')).to.equal(
      true,
    );
    expect(text(li.querySelector('[data-hook]'))).to.equal('First line 130/210 before the fold');
    expect(text(li.querySelector('.limits [data-count]'))).to.equal('642/3000');
  });

  it('shows an Instagram carousel slide by slide, with the caption against 2,200 and hashtags against 30', async () => {
    const root = await social(socialClient());
    const ig = root.querySelector('[data-channel=INSTAGRAM]') as HTMLElement;
    expect(ig.querySelectorAll('ol.slides > li')).to.have.length(6);
    expect(text(ig.querySelector('[data-slide="1"]'))).to.equal(
      '1/6 Why we fire our stoneware twice',
    );
    expect(text(ig.querySelector('.limits [data-count]'))).to.equal('231/2200');
    expect(text(ig.querySelector('[data-hashtags]'))).to.equal('Hashtags 5/30');
  });

  it('highlights a due post in the queue and marks it posted with its address', async () => {
    const due = {
      id: X_THREAD_POST.id,
      channel: 'X',
      title: X_THREAD_POST.title,
      scheduledFor: '2026-12-03T15:00:00.000Z',
      due: true,
      sourceTitle: 'Why we fire our stoneware twice',
    };
    const later = { ...due, id: LINKEDIN_POST.id, channel: 'LINKEDIN', due: false };
    const client = socialClient([due, later]).on('mutation MarkSocialPostPublished', (v) => ({
      markSocialPostPublished: {
        id: v.id,
        state: 'PUBLISHED',
        externalUrl: v.url,
        publishedAt: '2026-12-03T15:05:00.000Z',
      },
    }));
    const root = await social(client);
    const entries = [...root.querySelectorAll<HTMLElement>('[data-queue]')];
    expect(entries.map((e) => e.hasAttribute('data-due'))).to.deep.equal([true, false]);
    expect(text(entries[0]?.querySelector('[data-due-badge]'))).to.equal('Due now');
    expect(text(root.querySelector('[data-queue-summary]'))).to.contain('1 due now');

    (entries[0]?.querySelector('[data-action=open-mark]') as HTMLButtonElement).click();
    await settle(root.host);
    (root.querySelector('[data-action=mark-posted]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector(`#url-error-${due.id}`))).to.equal(
      'Paste the address of the post you made (https://…).',
    );
    type(
      root.querySelector(`#url-${due.id}`) as HTMLInputElement,
      'https://x.com/juniperlane/status/1',
    );
    (root.querySelector('[data-action=mark-posted]') as HTMLButtonElement).click();
    await settle(root.host);
    const mark = client.requests.find((r) => r.query.includes('MarkSocialPostPublished'));
    expect(mark?.variables).to.deep.equal({
      id: due.id,
      url: 'https://x.com/juniperlane/status/1',
    });
    expect(
      [...root.querySelectorAll('[data-queue]')].map((e) => e.getAttribute('data-queue')),
    ).to.deep.equal([LINKEDIN_POST.id]);
    expect(text(root.querySelector('[data-channel=X] header .badge'))).to.equal('Published');
  });
});

describe('Content: trends', () => {
  const SERIES = [
    weeklySeries('handmade ceramics', 60),
    weeklySeries('soy candles', 55),
    weeklySeries('loose-leaf tea', 70),
  ];

  function trendsClient(): FakeClient {
    return new FakeClient().on('query ContentTrends', () => ({
      trendReport: TREND_REPORT,
      searchInterest: SERIES,
      contentFeeds: FEEDS,
    }));
  }

  async function trends(client: FakeClient, user = OWNER): Promise<ShadowRoot> {
    const el = await fixture<ZacContentTrends>(
      html`<zac-content-trends .client=${client} .user=${user}></zac-content-trends>`,
    );
    await settle(el);
    return shadow(el);
  }

  it('asks for the sample topics and lists the rising topics with score and reason', async () => {
    const client = trendsClient();
    const root = await trends(client);
    expect(client.requests[0]?.variables).to.deep.equal({
      topics: ['handmade ceramics', 'soy candles', 'loose-leaf tea'],
    });
    const rows = [...root.querySelectorAll('[data-rising] tbody tr')];
    expect(rows.map((r) => text(r))).to.deep.equal([
      "wabi-sabi decor tracked topic 80 up 52% on the prior 12 weeks and 90% on last year; 6,600 searches a month for 'wabi sabi decor'; difficulty 38 (medium).",
    ]);
  });

  it('charts each picked topic’s 104 weeks with axis labels and a description', async () => {
    const root = await trends(trendsClient());
    const cards = [...root.querySelectorAll<HTMLElement>('[data-topic-cards] article')];
    expect(cards.map((c) => c.dataset.topic)).to.deep.equal([
      'loose-leaf tea',
      'handmade ceramics',
      'soy candles',
    ]);
    const soy = cards[2] as HTMLElement;
    expect(text(soy.querySelector('header'))).to.equal('Soy candles seasonal peak Score 32/100');
    const svg = soy.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('role')).to.equal('img');
    const path = svg.querySelector('path.series')?.getAttribute('d') ?? '';
    expect(path.match(/[ML]/g)).to.have.length(104);
    expect([...svg.querySelectorAll('text.tick')].map((t) => t.textContent)).to.deep.equal([
      '0',
      '50',
      '100',
      'Dec 2024',
      'Nov 2025',
      'Nov 2026',
    ]);
    const desc = svg.querySelector('desc')?.textContent ?? '';
    expect(desc).to.match(
      /^Weekly search interest in soy candles \(0 to 100\), 104 weeks from 2024-12-02 to 2026-11-23: highest 75 \(week of 2024-12-02\), lowest 35 /,
    );
    expect(svg.getAttribute('aria-describedby')).to.equal(svg.querySelector('desc')?.id);
  });

  it('links a gap a post in progress takes on, instead of offering to plan it again', async () => {
    const root = await trends(trendsClient());
    const gap = root.querySelector('[data-gap="stoneware care"]') as HTMLElement;
    expect(text(gap.querySelector('[data-in-progress]'))).to.equal(
      'In progress: Stoneware care: how to care for stoneware mugs (in review)',
    );
    expect(gap.querySelector('[data-in-progress] a')?.getAttribute('href')).to.equal(
      '/admin/content/drafts/f1b7a7de-4c55-4d6c-9a55-2f0f4e1c2b11',
    );
    expect(gap.querySelector('[data-action=plan-gap]')).to.equal(null);
  });

  it('lists the gaps with their suggested titles and plans one as an idea', async () => {
    const client = trendsClient().on('mutation PlanContentIdea', (v) => ({
      planContentIdea: { ...TEA_IDEA, title: (v.input as { title: string }).title },
    }));
    const root = await trends(client);
    const gap = root.querySelector('[data-gap="wabi-sabi decor"]') as HTMLElement;
    expect(text(gap.querySelector('.gap-title'))).to.equal('Wabi-sabi decor: a practical guide');
    expect(text(gap.querySelector('.reason'))).to.equal(
      "no archive post mentions 'wabi-sabi'/'decor'",
    );
    (gap.querySelector('[data-action=plan-gap]') as HTMLButtonElement).click();
    await settle(root.host);
    const plan = client.requests.find((r) => r.query.includes('PlanContentIdea'));
    expect(plan?.variables).to.deep.equal({
      input: {
        title: 'Wabi-sabi decor: a practical guide',
        plannedFor: null,
        focusKeyword: 'wabi-sabi decor',
      },
    });
    expect(text(gap.querySelector('[role=status]'))).to.equal(
      'Planned “Wabi-sabi decor: a practical guide” as an idea (Calendar tab).',
    );
  });

  it('takes topics as chips: Enter adds one, × removes one, and the report follows', async () => {
    const client = trendsClient();
    const root = await trends(client);
    const input = root.querySelector('#topic-input') as HTMLInputElement;
    type(input, '  Matcha  ');
    (root.querySelector('form.topics') as HTMLFormElement).requestSubmit();
    await settle(root.host);
    expect(client.requests.at(-1)?.variables).to.deep.equal({
      topics: ['handmade ceramics', 'soy candles', 'loose-leaf tea', 'matcha'],
    });
    type(input, 'soy candles');
    (root.querySelector('form.topics') as HTMLFormElement).requestSubmit();
    await settle(root.host);
    expect(text(root.querySelector('#topic-error'))).to.equal(
      '“soy candles” is in the report already.',
    );
    (root.querySelector('button[aria-label="Remove soy candles"]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(client.requests.at(-1)?.variables).to.deep.equal({
      topics: ['handmade ceramics', 'loose-leaf tea', 'matcha'],
    });
  });

  it('refreshes the feeds and says what each one did', async () => {
    const client = trendsClient().on('mutation RefreshContentFeeds', () => ({
      refreshContentFeeds: [
        {
          feedId: FEEDS[0]?.id,
          title: 'Studio Pottery Weekly',
          status: 'OK',
          newItems: 3,
          itemsInFeed: 12,
          error: null,
        },
        {
          feedId: FEEDS[1]?.id,
          title: 'Steep & Leaf',
          status: 'ERROR',
          newItems: 0,
          itemsInFeed: 0,
          error: 'The feed answered HTTP 503.',
        },
      ],
    }));
    const root = await trends(client);
    const rows = [...root.querySelectorAll('[data-feeds] tbody tr')];
    expect(text(rows[0]?.querySelector('[data-last-fetch] .badge'))).to.equal('read');
    (root.querySelector('[data-action=refresh-feeds]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(
      client.requests.find((r) => r.query.includes('RefreshContentFeeds'))?.variables,
    ).to.deep.equal({
      ids: null,
    });
    expect([...root.querySelectorAll('[data-outcome]')].map((o) => text(o))).to.deep.equal([
      'read Studio Pottery Weekly: 3 new of 12 in the feed',
      'failed Steep & Leaf: The feed answered HTTP 503.',
    ]);
  });

  it('adds a feed, refusing an address that is not one, and removes a feed after a second click', async () => {
    const added = {
      ...FEEDS[0],
      id: 'f-new',
      title: 'Clay Notes',
      url: 'https://claynotes.example/feed',
    };
    const client = trendsClient()
      .on('mutation AddContentFeed', () => ({ addContentFeed: added }))
      .on('query ContentFeeds', () => ({ contentFeeds: [...FEEDS, added] }))
      .on('mutation RemoveContentFeed', (v) => ({ removeContentFeed: { id: v.id, title: 'x' } }));
    const root = await trends(client);
    type(root.querySelector('#feed-url') as HTMLInputElement, 'claynotes.example/feed');
    type(root.querySelector('#feed-topic') as HTMLInputElement, 'handmade ceramics');
    (root.querySelector('[data-action=add-feed]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-feed-form-error]'))).to.equal(
      'Give the feed’s full address (https://…).',
    );
    type(root.querySelector('#feed-url') as HTMLInputElement, 'https://claynotes.example/feed');
    (root.querySelector('[data-action=add-feed]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(
      client.requests.find((r) => r.query.includes('AddContentFeed'))?.variables,
    ).to.deep.equal({
      input: { url: 'https://claynotes.example/feed', topic: 'handmade ceramics', title: null },
    });
    expect(root.querySelectorAll('[data-feeds] tbody tr')).to.have.length(3);

    const remove = () =>
      root.querySelector(
        `tr[data-feed="${FEEDS[0]?.id}"] [data-action=remove-feed]`,
      ) as HTMLButtonElement;
    remove().click();
    await settle(root.host);
    expect(client.requests.some((r) => r.query.includes('RemoveContentFeed'))).to.equal(false);
    expect(text(remove())).to.equal('Confirm removal');
    remove().click();
    await settle(root.host);
    expect(root.querySelectorAll('[data-feeds] tbody tr')).to.have.length(2);
  });

  it('shows a viewer the report without the feed controls', async () => {
    const root = await trends(trendsClient(), VIEWER);
    expect(root.querySelector('[data-action=refresh-feeds]')).to.equal(null);
    expect(root.querySelector('form.add-feed')).to.equal(null);
    expect(root.querySelector('[data-action=plan-gap]')).to.equal(null);
  });
});
