/// <reference lib="dom" />
// Page callbacks (page.evaluate) run in the browser: their code sees the DOM.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser, startForeignStorefront } from './browser.js';
import { graphql } from './gql/console/index.js';
import { expectEventually, startTestHub, type TestHub } from './harness.js';

const ROTATE_SHOP_IDENTITY_SECRET = graphql(`
  mutation RotateShopIdentitySecret {
    rotateWidgetIdentitySecret {
      secret
    }
  }
`);

// The team's calendars in the demo seed are relative to this instant.
const NOW = new Date('2026-11-26T15:00:00.000Z');
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let t: TestHub;
let browser: Browser;

beforeAll(async () => {
  [t, browser] = await Promise.all([
    startTestHub({}, { clock: { now: () => NOW } }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A fresh browser profile (own storage) on the hub's hostile test page (/demo/hostile). */
async function openDemo(options: { bypassCSP?: boolean; path?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: options.bypassCSP ?? false,
    timezoneId: 'America/Los_Angeles',
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(`${t.hub.url}${options.path ?? '/demo/hostile'}`);
  return page;
}

async function openChat(page: Page): Promise<void> {
  await page.locator('button[part=launcher]').click();
  await page.locator('textarea[part=input]').waitFor();
}

async function ask(page: Page, question: string): Promise<void> {
  await page.locator('textarea[part=input]').fill(question);
  await page.keyboard.press('Enter');
}

/** Waits (up to 15 s, polling) for a value, instead of sleeping. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

/** The page's `window.Zactonics` (the widget's JS API), as page callbacks see it. */
interface WithApi {
  Zactonics: { identify(identity: Record<string, string>): void; reset(): void };
}

const agentMessages = (page: Page) => page.locator('li[data-role=AGENT][data-id]');

describe('the demo storefront at /demo', () => {
  it("looks like the demo shop at 390 and 1280 px: its own sans-serif styles, no overflow, no CSP violation, the widget's launcher", async () => {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on(
        'console',
        (m) => m.text().includes('Content Security Policy') && violations.push(m.text()),
      );
      await page.goto(`${t.hub.url}/demo`);
      await page.locator('button[part=launcher]').waitFor();
      expect(await page.locator('h1').innerText()).toContain('made in Austin');
      expect(await page.locator('[data-sku]').count()).toBe(8);
      await expect(page.locator('[data-demo-hint]').innerText()).resolves.toContain('JL-1042');
      const look = await page.evaluate(() => ({
        font: getComputedStyle(document.body).fontFamily,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(look.font).toMatch(/^system-ui/);
      expect(look.overflow).toBe(0);
      await page.screenshot({ path: `${ARTIFACTS_DIR}demo-storefront-${width}.png` });
      expect(violations).toEqual([]);
      await context.close();
    }
  });
});

describe('the widget on the hostile test page', () => {
  it('answers an FAQ with its source, on top of the page, keyboard-first, under a strict CSP', async () => {
    const page = await openDemo();
    const violations: string[] = [];
    page.on(
      'console',
      (m) => m.text().includes('Content Security Policy') && violations.push(m.text()),
    );

    const launcher = page.locator('button[part=launcher]');
    await poll(() => launcher.getAttribute('aria-label')).toBe('Open chat');
    await openChat(page);
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('ZAC-WIDGET');
    await ask(page, 'How long do refunds take?');

    const answer = agentMessages(page).first();
    await answer.waitFor();
    await poll(() => answer.innerText()).toContain('within 5 business days');
    await poll(() => answer.locator('.cites span').allInnerTexts()).toEqual([
      'Returns and refunds',
    ]);
    await poll(() => page.locator('[data-announcer]').innerText()).toContain('5 business days');

    // Layout on the hostile page: the panel is inside the viewport, above the launcher, and
    // nothing of the page (its max z-index promo bar) covers either of them.
    const panel = await page.locator('[part=panel]').boundingBox();
    const button = await launcher.boundingBox();
    expect(panel && button).toBeTruthy();
    if (!panel || !button) return;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(1280);
    expect(panel.y).toBeGreaterThanOrEqual(0);
    expect(panel.y + panel.height).toBeLessThanOrEqual(button.y);
    expect(panel.width).toBeGreaterThanOrEqual(320);
    const onTop = await page.evaluate(
      (points) => points.map(([x, y]) => document.elementFromPoint(x, y)?.tagName),
      [
        [button.x + button.width / 2, button.y + button.height - 4],
        [panel.x + panel.width / 2, panel.y + panel.height - 10],
      ] as [number, number][],
    );
    expect(onTop).toEqual(['ZAC-WIDGET', 'ZAC-WIDGET']);
    const fontSize = await page
      .locator('textarea[part=input]')
      .evaluate((el) => getComputedStyle(el).fontSize);
    expect(fontSize).not.toBe('30px'); // the page's `textarea { font-size: 30px !important }`
    await page.screenshot({ path: `${ARTIFACTS_DIR}widget-on-hostile-page.png` });
    expect(violations).toEqual([]);

    await page.keyboard.press('Escape');
    await poll(() => launcher.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('shows the conversation again after a reload', async () => {
    const page = await openDemo();
    await openChat(page);
    await ask(page, 'Do you ship to Canada?');
    await agentMessages(page).first().waitFor();

    await page.reload();
    await openChat(page);

    await poll(() =>
      page
        .locator('li[part=message][data-id]')
        .evaluateAll((li) => li.map((e) => e.getAttribute('data-role'))),
    ).toEqual(['VISITOR', 'AGENT']);
    await poll(() => page.locator('li[data-role=VISITOR]').innerText()).toBe(
      'Do you ship to Canada?',
    );
    await page.context().close();
  });

  it('shows hostile chat text as text: nothing in an XSS corpus runs or becomes markup', async () => {
    const page = await openDemo();
    await openChat(page);
    const corpus = [
      '<img src=x onerror="window.__xss=1">',
      '<script>window.__xss=2</script>',
      '[click me](javascript:window.__xss=3)',
      '<svg onload="window.__xss=4"></svg>',
      '"><iframe src="javascript:window.__xss=5"></iframe>',
      '<a href="data:text/html,<script>alert(6)</script>">x</a>',
    ];
    for (const [i, payload] of corpus.entries()) {
      await ask(page, payload);
      await poll(() => page.locator('li[data-role=VISITOR][data-id]').count()).toBe(i + 1);
    }
    await poll(() => agentMessages(page).count()).toBe(corpus.length);

    const shown = await page.locator('li[data-role=VISITOR][data-id]').allInnerTexts();
    expect(shown).toEqual(corpus);
    const injected = await page.evaluate(() => {
      const root = document
        .querySelector('zac-widget')
        ?.shadowRoot?.querySelector('zac-chat')?.shadowRoot;
      return {
        xss: (window as { __xss?: unknown }).__xss ?? null,
        elements: root
          ? root.querySelectorAll('li img, li script, li iframe, li svg, li [onerror], li [onload]')
              .length
          : -1,
        scriptLinks: root
          ? Array.from(root.querySelectorAll('a')).filter(
              (a) => !/^https?:|^mailto:/.test(a.getAttribute('href') ?? ''),
            ).length
          : -1,
      };
    });
    expect(injected).toEqual({ xss: null, elements: 0, scriptLinks: 0 });
    await page.context().close();
  });

  it("shows a person's reply from the console live, with the handoff banner", async () => {
    const page = await openDemo();
    await openChat(page);
    await ask(page, 'My parcel arrived damaged');
    await agentMessages(page).first().waitFor();
    const [conversation] = await t.query<{ id: string }>(
      `SELECT c.id FROM conversation c JOIN conversation_message m ON m.conversation_id = c.id
       WHERE m.text = 'My parcel arrived damaged'`,
    );

    await t.client.request(
      `mutation($id: ID!) { takeOverConversation(id: $id) { handoffState } }`,
      {
        id: conversation?.id,
      },
    );
    await t.client.request(
      `mutation($id: ID!, $text: String!) { sendHumanMessage(conversationId: $id, text: $text) { id } }`,
      { id: conversation?.id, text: 'Hi, Dana here. I am sending a replacement today.' },
    );

    const human = page.locator('li[data-role=HUMAN]');
    await human.waitFor();
    await poll(() => human.innerText()).toContain(
      'Hi, Dana here. I am sending a replacement today.',
    );
    await poll(() => human.locator('.who').innerText()).toBe('Person');
    await poll(() => page.locator('.banner[data-handoff]').innerText()).toBe(
      'A person will reply here',
    );
    await page.context().close();
  });

  it('takes a hot lead from the form to a booked meeting with a calendar file', async () => {
    const page = await openDemo();
    // This visit so far: 8 pages (the demo page makes 9), 3 of them pricing, over 14 minutes.
    await page.evaluate(() =>
      sessionStorage.setItem(
        'zac:visit',
        JSON.stringify({ start: Date.now() - 14 * 60_000, pages: 8, pricing: 3 }),
      ),
    );
    await page.reload();
    await openChat(page);
    await page.locator('[data-action=lead]').click();
    await page.locator('#name').fill('Priya Raman');
    await page.locator('#email').fill('priya@brightdesk.example');
    await page.locator('#company').fill('BrightDesk');
    await page.locator('#consent').check();
    await page.locator('zac-lead-form button[type=submit]').click();

    const slots = page.locator('button[data-slot-id]');
    await slots.first().waitFor();
    const label = await slots.first().innerText();
    await slots.first().click();

    const confirmation = page.locator('[data-booking]');
    await confirmation.waitFor();
    await poll(() => confirmation.innerText()).toContain(`You're booked: ${label}`);
    const ics = page.locator('a[data-ics]');
    await poll(() => ics.getAttribute('download')).toBe('meeting.ics');
    await poll(() => ics.getAttribute('href')).toMatch(/^blob:/);
    const [lead] = await t.query<{
      tier: string;
      pages_viewed: number;
      pricing_page_visits: number;
    }>(
      `SELECT tier, pages_viewed, pricing_page_visits FROM lead WHERE email = 'priya@brightdesk.example'`,
    );
    expect(lead).toEqual({ tier: 'HOT', pages_viewed: 9, pricing_page_visits: 3 });
    await expectEventually(async () => {
      const bookings = await t.query<{ time_zone: string }>(
        `SELECT time_zone FROM booking WHERE lead_email = 'priya@brightdesk.example'`,
      );
      expect(bookings).toEqual([{ time_zone: 'America/Los_Angeles' }]);
    });
    await page.context().close();
  });

  it('has no axe violations on the open widget, in English and in Spanish', async () => {
    for (const path of ['/demo/hostile', '/demo/hostile?lang=es']) {
      const page = await openDemo({ bypassCSP: true, path });
      await openChat(page);
      await ask(page, path.endsWith('es') ? '¿Hacen envíos a Canadá?' : 'Do you ship to Canada?');
      await agentMessages(page).first().waitFor();
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: unknown,
                options: unknown,
              ): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(
          { include: [['zac-widget']] },
          { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
        );
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await page.context().close();
    }
  });

  // Asks right after identify() without waiting for it: the message must wait for the identified
  // session (it could go to the anonymous one, whose reply this page never shows: the likely
  // cause of a 30 s hang seen once in CI under load, fixed in the widget's client).
  it("never shows one identity's history to another on the same browser (identify, reset)", async () => {
    // Shown once, to an owner (the bootstrap key acts as one), when rotated.
    const { rotateWidgetIdentitySecret } = await t.client.request(ROTATE_SHOP_IDENTITY_SECRET);
    const maya = {
      id: 'cust_maya',
      email: 'maya@example.com',
      name: 'Maya',
      // The shop's server signs the id and the email it vouches for.
      hash: createHmac('sha256', rotateWidgetIdentitySecret.secret)
        .update('cust_maya\nmaya@example.com')
        .digest('hex'),
    };
    const shownTexts = () => page.locator('li[part=message][data-id]').allInnerTexts();
    const page = await openDemo();
    await openChat(page);
    await ask(page, 'A question before signing in');
    await agentMessages(page).first().waitFor();

    await page.evaluate(
      (identity) => (window as unknown as WithApi).Zactonics.identify(identity),
      maya,
    );
    await poll(() => page.locator('li[part=message][data-id]').count()).toBe(0);
    await ask(page, 'Hello, this is Maya');
    await agentMessages(page).first().waitFor();
    await page.evaluate(() => (window as unknown as WithApi).Zactonics.reset());
    await poll(() => page.locator('li[part=message][data-id]').count()).toBe(0);
    await page.evaluate(
      (identity) => (window as unknown as WithApi).Zactonics.identify(identity),
      maya,
    );
    await poll(async () => (await shownTexts())[0]).toBe('Hello, this is Maya');

    expect((await shownTexts()).join(' ')).not.toContain('A question before signing in');
    await page.context().close();
  });

  it('speaks Spanish on a Spanish page', async () => {
    const page = await openDemo({ path: '/demo/hostile?lang=es' });
    await poll(() => page.locator('button[part=launcher]').getAttribute('aria-label')).toBe(
      'Abrir chat',
    );
    await openChat(page);
    await poll(() => page.locator('button[part=send]').innerText()).toBe('Enviar');
    await page.context().close();
  });
});

describe('the widget on a site whose origin is not allowed', () => {
  it('says plainly that the chat is not enabled there, and writes nothing', async () => {
    const foreign = await startForeignStorefront(t.hub.url, t.hub.demoPublishableKey);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const [before] = await t.query<{ n: string }>('SELECT count(*)::text AS n FROM visitor');
      await page.goto(foreign.url);
      await openChat(page);
      await ask(page, 'Hello?');

      const alert = page.locator('zac-chat [role=alert]');
      await alert.waitFor();
      await poll(() => alert.innerText()).toBe('This chat is not enabled on this site.');
      await poll(() => page.locator('textarea[part=input]').inputValue()).toBe('Hello?');
      const [after] = await t.query<{ n: string }>('SELECT count(*)::text AS n FROM visitor');
      expect(after?.n).toBe(before?.n);
    } finally {
      await context.close();
      await foreign.close();
    }
  });
});
