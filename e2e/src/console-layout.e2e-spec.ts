/// <reference lib="dom" />
// Every console page as shipped (admin/dist served by the hub), in Chromium at a phone's width
// (390 px) and a desktop's (1280 px), in the light and the dark theme: the page never scrolls
// sideways (measured) and axe finds no WCAG A/AA or best-practice violation. One hub and one
// browser for the whole matrix, one signed-in browser context per width and theme, and in-app
// navigation between pages, so the matrix costs seconds per combination rather than a hub each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser } from './browser.js';
import { startTestHub, type TestHub } from './harness.js';

const OWNER_EMAIL = 'owner@layout.example';
const OWNER_PASSWORD = 'a long enough layout password';
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Every page of the navigation, plus an agent's editor (the widest form). */
const PAGES = [
  '/',
  '/agents',
  '/agents/support',
  '/scenarios',
  '/activity',
  '/review',
  '/conversations',
  '/knowledge',
  '/leads',
  '/finance',
  '/reports',
  '/tax',
  '/content',
  '/automation',
  '/settings',
  '/audit',
];
const WIDTHS = [390, 1280] as const;
const THEMES = ['light', 'dark'] as const;

let browser: Browser;
let t: TestHub;

beforeAll(async () => {
  [browser, t] = await Promise.all([
    launchBrowser(),
    startTestHub({ HUB_ADMIN_EMAIL: OWNER_EMAIL, HUB_ADMIN_PASSWORD: OWNER_PASSWORD }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')})`,
    );
  });
}

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * The deepest elements (through shadow roots) that reach past the window's right edge and are
 * not inside a scrolling container: what to fix when a page overflows.
 */
const overflowingElements = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.classList.length ? `.${Array.from(el.classList).join('.')}` : '');
    const walk = (root: Element | ShadowRoot, path: string) => {
      for (const el of Array.from(root.children)) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
        const here = `${path} > ${name(el)}`;
        const before = found.length;
        if (el.shadowRoot) walk(el.shadowRoot, here);
        walk(el, here);
        const right = el.getBoundingClientRect().right;
        if (found.length === before && right > window.innerWidth + 1) {
          found.push(`${here} (right edge ${Math.round(right)})`);
        }
      }
    };
    walk(document.body, 'body');
    return found.slice(0, 5);
  });

/** A context whose system preference is `theme` (the console follows it by default). */
async function openContext(width: number, theme: 'light' | 'dark'): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: 850 },
    colorScheme: theme,
    // axe is injected by evaluate; the console's own CSP is checked in admin-console.e2e-spec.
    bypassCSP: true,
  });
}

async function signIn(page: Page): Promise<void> {
  await page.locator('#email').fill(OWNER_EMAIL);
  await page.locator('#password').fill(OWNER_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.locator('[data-user] [data-role]').waitFor({ state: 'attached' });
}

/** Moves in the app (no reload) and waits until the page has its heading and its data. */
async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', `/admin${to === '/' ? '' : to}`);
    window.dispatchEvent(new Event('zac-navigate'));
  }, path);
  await page.locator('main h1').first().waitFor();
  await expect
    .poll(() => page.locator('[role=status]', { hasText: /Loading/ }).count(), { timeout: 15_000 })
    .toBe(0);
}

describe('the console layout', () => {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      it(`has no horizontal overflow and no axe violation on any page at ${width} px, ${theme}`, async () => {
        const context = await openContext(width, theme);
        const page = await context.newPage();
        await page.goto(`${t.hub.url}/admin/sign-in`);
        await page.locator('#email').waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
        const problems: Record<string, { overflow: number; axe: string[]; wide?: string[] }> = {};
        const check = async (name: string) => {
          const overflow = await horizontalOverflow(page);
          const axe = await axeViolations(page);
          if (overflow > 0 || axe.length > 0) {
            problems[name] = { overflow, axe };
            if (overflow > 0) problems[name].wide = await overflowingElements(page);
            await page.screenshot({
              path: `${ARTIFACTS_DIR}layout-${width}-${theme}-${name.replaceAll('/', '_')}.png`,
              fullPage: true,
            });
          }
        };
        await check('sign-in');
        await signIn(page);
        for (const path of PAGES) {
          await visit(page, path);
          await check(path);
        }
        expect(problems).toEqual({});
        await context.close();
      }, 240_000);
    }
  }
});

describe('the console theme and menu', () => {
  it('keeps a chosen theme across reloads, painted before the app starts, and folds the navigation into a menu on a phone', async () => {
    const context = await openContext(390, 'light');
    const page = await context.newPage();
    await page.goto(`${t.hub.url}/admin/sign-in`);
    await signIn(page);
    // Folded: the links are hidden until the menu opens.
    const menu = page.locator('button[data-action=menu]');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('nav a', { hasText: 'Settings' }).isVisible()).toBe(false);
    await menu.click();
    await page.locator('nav a', { hasText: 'Settings' }).click();
    await page.locator('main h1', { hasText: 'Settings' }).waitFor();
    // Following a link folds the menu again.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.click();
    await page.locator('[data-theme-choice]').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const darkBackground = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    expect(darkBackground).toBe('rgb(3, 7, 18)');

    // Reloaded: the stored choice is on <html> before any module script ran.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse =
          document.documentElement.dataset['theme'];
      });
    });
    await page.reload();
    await page.locator('[data-user]').waitFor({ state: 'attached' });
    expect(
      await page.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse),
    ).toBe('dark');

    // Back to "System": the light preference of this context wins again.
    await page.locator('button[data-action=menu]').click();
    await page.locator('[data-theme-choice]').selectOption('system');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(await page.evaluate(() => localStorage.getItem('zac-admin-theme'))).toBeNull();
    await context.close();
  });

  it('switches the console to Spanish and back, re-rendering the open page', async () => {
    const context = await openContext(1280, 'light');
    const page = await context.newPage();
    await page.goto(`${t.hub.url}/admin/sign-in`);
    await signIn(page);
    await page.locator('main h1', { hasText: 'Dashboard' }).waitFor();
    await page.locator('[data-language]').selectOption('es');
    await page.locator('nav a', { hasText: 'Configuración' }).waitFor();
    // The open page re-rendered too: its heading is in Spanish.
    await page.locator('main h1', { hasText: 'Panel' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.title()).toBe('Panel · Consola de Zactonics');
    await page.reload();
    await page.locator('nav a', { hasText: 'Configuración' }).waitFor();
    await page.locator('[data-language]').selectOption('');
    await page.locator('nav a', { hasText: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });

  it("shows each widget key's exact script tag in Settings, copies it, and previews the widget with the chosen options", async () => {
    const keys = await t.query<{ key: string }>(
      `SELECT key FROM publishable_key WHERE revoked_at IS NULL ORDER BY created_at LIMIT 1`,
    );
    const demoKey = keys[0]?.key ?? 'no key';
    const context = await openContext(1280, 'light');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.hub.url });
    const page = await context.newPage();
    await page.goto(`${t.hub.url}/admin/settings`);
    await signIn(page);
    const snippet = page.locator('[data-embed]');
    const tag = `<script src="${t.hub.url}/widget.js" data-key="${demoKey}" async></script>`;
    await expect.poll(() => snippet.locator('[data-tag]').first().innerText()).toBe(tag);
    await snippet.locator('[data-action=copy]').first().click();
    await snippet.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tag);

    // The preview frame runs the real widget with the snippet's options: left corner, Spanish.
    await snippet.locator('#embed-position').selectOption('left');
    await snippet.locator('#embed-locale').selectOption('es');
    await expect
      .poll(() => snippet.locator('[data-tag]').first().innerText())
      .toBe(tag.replace(' async', ' data-position="left" data-locale="es" async'));
    // The frame loads lazily: a new src is fetched once it is near the view, as a person sees it.
    await page.locator('iframe[data-preview]').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe[data-preview]');
    await expect
      .poll(() => frame.locator('zac-widget button').getAttribute('aria-label'), {
        timeout: 15_000,
      })
      .toBe('Abrir chat');
    expect(await frame.locator('zac-widget').getAttribute('data-position')).toBe('left');
    await context.close();
  });

  it("reads in the workspace's locale and currency until the user picks a language", async () => {
    await t.query(`UPDATE workspace SET locale = 'es-ES', currency = 'EUR'`);
    try {
      const context = await openContext(1280, 'light');
      const page = await context.newPage();
      await page.goto(`${t.hub.url}/admin/finance/cash-flow`);
      await signIn(page);
      await page.locator('nav a', { hasText: 'Finanzas' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      // The shop's money in euros, Spanish style: "1.234,56 €".
      await page
        .locator('main')
        .getByText(/\d,\d\d\s€/)
        .first()
        .waitFor();
      // The user's own choice wins over the workspace's.
      await page.locator('[data-language]').selectOption('en');
      await page.locator('nav a', { hasText: 'Finance' }).waitFor();
      await context.close();
    } finally {
      await t.query(`UPDATE workspace SET locale = 'en-US', currency = 'USD'`);
    }
  }, 90_000);
});
