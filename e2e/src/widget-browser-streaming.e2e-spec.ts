/// <reference lib="dom" />
// Page callbacks (page.evaluate, addInitScript) run in the browser: their code sees the DOM.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { streamedText, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import { SCRIPTED_MODEL_ENV, startHubWithFakeModel, type TestHub } from './harness.js';

let t: TestHub;
let fake: FakeMessagesApi;
let browser: Browser;

beforeAll(async () => {
  [{ hub: t, fake }, browser] = await Promise.all([
    startHubWithFakeModel(SCRIPTED_MODEL_ENV),
    launchBrowser(),
  ]);
});
afterEach(() => fake.reset());
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const TITLE = 'International shipping: do you ship to Canada?';
const REPLY = `Yes, we ship to Canada in 5 to 8 business days; duties are collected at checkout. Details are in "${TITLE}".`;

/** Claude looks the question up, then writes `reply` in small pieces, slowly enough to watch. */
function scriptAnswer(reply: string, delayMs = 40) {
  fake.script(
    toolUse([
      { id: 'toolu_01', name: 'search_knowledge_base', input: { query: 'ship to Canada' } },
    ]),
    streamedText(reply, { chunkChars: 4, delayMs }),
  );
}

/**
 * The demo storefront in a fresh profile. The page records every text the reply bubble shows
 * while it streams, and keeps its WebSockets so a test can drop them.
 */
async function openDemo(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __sockets: WebSocket[]; __streamed: string[] };
    w.__sockets = [];
    w.__streamed = [];
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        w.__sockets.push(this);
      }
    };
    setInterval(() => {
      const root = document
        .querySelector('zac-widget')
        ?.shadowRoot?.querySelector('zac-chat')?.shadowRoot;
      const text = root?.querySelector('li[data-streaming]')?.textContent?.trim();
      if (text && text !== w.__streamed.at(-1)) w.__streamed.push(text);
    }, 10);
  });
  const page = await context.newPage();
  await page.goto(`${t.hub.url}/demo`);
  await page.locator('button[part=launcher]').click();
  await page.locator('textarea[part=input]').waitFor();
  return page;
}

/** Waits (up to 15 s, polling) for a value, instead of sleeping. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

async function ask(page: Page, question: string): Promise<void> {
  await page.locator('textarea[part=input]').fill(question);
  await page.keyboard.press('Enter');
}

const streamed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __streamed: string[] }).__streamed);

describe('the widget streaming a reply in Chromium', () => {
  it('shows the reply growing as Claude writes it, then the cited answer once', async () => {
    scriptAnswer(REPLY);
    const page = await openDemo();

    await ask(page, 'Do you ship to Canada?');
    const answer = page.locator('li[data-role=AGENT][data-id]');
    await answer.waitFor({ timeout: 15_000 });

    const texts = await streamed(page);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    texts.forEach((text) => expect(REPLY.startsWith(text)).toBe(true));
    await poll(() => answer.count()).toBe(1);
    await poll(() => answer.locator('div').first().innerText()).toBe(REPLY);
    await poll(() => answer.locator('.cites span').allInnerTexts()).toEqual([TITLE]);
    await poll(() => page.locator('[data-typing]').count()).toBe(0);
    await page.context().close();
  });

  it('after the socket drops mid-reply, shows the full reply once', async () => {
    scriptAnswer(REPLY, 60);
    const page = await openDemo();

    await ask(page, 'Do you ship to Canada?');
    await page.locator('li[data-streaming]').waitFor({ timeout: 15_000 });
    const dropped = await page.evaluate(() => {
      const sockets = (window as unknown as { __sockets: WebSocket[] }).__sockets;
      const open = sockets.filter((s) => s.readyState === WebSocket.OPEN);
      open.forEach((s) => s.close(4000, 'test: the network dropped'));
      return open.length;
    });
    const partial = (await streamed(page)).at(-1) ?? '';

    const answer = page.locator('li[data-role=AGENT][data-id]');
    await answer.waitFor({ timeout: 15_000 });

    expect(dropped).toBe(1);
    expect(partial.length).toBeLessThan(REPLY.length);
    await poll(() => answer.count()).toBe(1);
    await poll(() => answer.locator('div').first().innerText()).toBe(REPLY);
    await poll(() => page.locator('li[data-role=VISITOR][data-id]').count()).toBe(1);
    await page.context().close();
  });

  it('renders hostile answers inert: markup never becomes elements, only web links are links', async () => {
    // The hub withholds replies with script markup or script URLs (a person answers instead);
    // what it lets through is markdown, which the widget renders from a safe subset.
    const hostile: [string, 'message' | 'a person will reply'][] = [
      [
        'A picture <img src=x onerror="window.__xss=1"> and <script>window.__xss=2</script>.',
        'a person will reply',
      ],
      [
        'See [the help page](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).',
        'a person will reply',
      ],
      [
        'A ![pixel](https://tracker.example/p.png), **bold** and [our site](https://shop.example/help).',
        'message',
      ],
    ];
    for (const [answer, expected] of hostile) {
      scriptAnswer(answer, 5);
      const page = await openDemo();
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      await ask(page, 'Tell me more');
      await page
        .locator('li[data-role=AGENT][data-id], .banner[data-handoff]')
        .first()
        .waitFor({ timeout: 15_000 });

      const found = await page.evaluate(() => {
        const root = document
          .querySelector('zac-widget')
          ?.shadowRoot?.querySelector('zac-chat')?.shadowRoot;
        const log = root?.querySelector('.log');
        return {
          xss: (window as { __xss?: unknown }).__xss ?? null,
          dangerous: log?.querySelectorAll('img, script, iframe, svg, [onerror], [onload]').length,
          links: Array.from(log?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href')),
          shown: log?.querySelector('li[data-role=AGENT][data-id]')
            ? 'message'
            : root?.querySelector('.banner')
              ? 'a person will reply'
              : 'nothing',
        };
      });
      expect(found.xss).toBeNull();
      expect(found.dangerous).toBe(0);
      expect(found.links.every((href) => href?.startsWith('https://'))).toBe(true);
      expect(found.shown).toBe(expected);
      await page.context().close();
    }
  });
});
