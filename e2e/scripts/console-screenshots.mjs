#!/usr/bin/env node
/* global document, history, window */
// Screenshots of every console page of a running hub, to look at as a person would before
// calling a page done: each page at a phone's and a laptop's width, light and dark, in a language.
//
//   node e2e/scripts/console-screenshots.mjs --url http://127.0.0.1:4000 \
//     --email owner@... --password '...' [--out test-artifacts/screens] [--lang en|es]
//     [--widths 390,1280] [--themes light,dark] [--pages /,/agents,...]
//
// Writes <out>/<lang>-<width>-<theme>-<page>.png (full page) and prints each file with the
// page's horizontal overflow in px (0 is right).
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const PAGES = [
  '/sign-in',
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
  '/outbox',
  '/account',
];

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    email: { type: 'string' },
    password: { type: 'string' },
    out: { type: 'string', default: 'test-artifacts/screens' },
    lang: { type: 'string', default: 'en' },
    widths: { type: 'string', default: '390,1280' },
    themes: { type: 'string', default: 'light,dark' },
    pages: { type: 'string', default: PAGES.join(',') },
  },
});
if (!values.email || !values.password) {
  console.error('--email and --password are required (the hub prints its owner at first start).');
  process.exit(2);
}
await mkdir(values.out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** Moves in the app (no reload) and waits for the heading and for every "Loading…" to go. */
async function visit(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, '', `/admin${to === '/' ? '' : to}`);
    window.dispatchEvent(new Event('zac-navigate'));
  }, path);
  await page.locator('main h1').first().waitFor();
  for (let i = 0; i < 60; i++) {
    const busy = await page.locator('[role=status]', { hasText: /Loading|Cargando/ }).count();
    if (busy === 0) break;
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(300);
}

try {
  for (const width of values.widths.split(',').map(Number)) {
    for (const theme of values.themes.split(',')) {
      const context = await browser.newContext({
        viewport: { width, height: 850 },
        colorScheme: theme,
      });
      await context.addInitScript((lang) => {
        localStorage.setItem('zac-admin-language', lang);
      }, values.lang);
      const page = await context.newPage();
      const shoot = async (name) => {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        const file = `${values.out}/${values.lang}-${width}-${theme}-${name.replace(/^\//, '').replaceAll('/', '_') || 'dashboard'}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file}\toverflow ${overflow}px`);
      };
      await page.goto(`${values.url}/admin/sign-in`);
      await page.locator('#email').waitFor();
      const pages = values.pages.split(',');
      if (pages.includes('/sign-in')) await shoot('sign-in');
      await page.locator('#email').fill(values.email);
      await page.locator('#password').fill(values.password);
      await page.locator('button[type=submit]').click();
      await page.locator('[data-user] [data-role]').waitFor({ state: 'attached' });
      for (const path of pages.filter((p) => p !== '/sign-in')) {
        await visit(page, path);
        await shoot(path);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
