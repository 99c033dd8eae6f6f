/// <reference lib="dom" />
// The console's Scenarios page as shipped (admin/dist at /admin) in Chromium against a real hub
// on the offline provider: the grid of every agent's scenarios, a schema-built form that
// validates and starts a run, and "run all of this agent" following several runs at once.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser } from './browser.js';
import { startTestHub, type TestHub } from './harness.js';

const OWNER_EMAIL = 'owner@juniperlane.example';
const OWNER_PASSWORD = 'correct horse battery staple';

let browser: Browser;
let t: TestHub;
let page: Page;

/** Waits (up to 20 s, polling) for a value, instead of sleeping. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 50 });

beforeAll(async () => {
  [browser, t] = await Promise.all([
    launchBrowser(),
    startTestHub({ HUB_ADMIN_EMAIL: OWNER_EMAIL, HUB_ADMIN_PASSWORD: OWNER_PASSWORD }),
  ]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${t.hub.url}/admin/scenarios`);
  await page.locator('#email').fill(OWNER_EMAIL);
  await page.locator('#password').fill(OWNER_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.locator('[data-user] [data-role]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the console Scenarios page', () => {
  it("shows every agent's scenarios as a grid, each one available, none run yet", async () => {
    const groups = page.locator('zac-scenario-grid section[data-agent]');
    await groups.first().waitFor();
    expect(await groups.evaluateAll((s) => s.map((e) => e.getAttribute('data-agent')))).toEqual([
      'support',
      'sales',
      'finance',
      'content',
      'tax',
      'reporting',
    ]);
    const [{ n = 0 } = {}] = await t.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM scenario',
    );
    expect(await page.locator('[data-scenario]').count()).toBe(n);
    expect(n).toBeGreaterThanOrEqual(20);
    // Every seeded scenario's playbook and tools exist today.
    expect(await page.locator('[data-scenario][data-available=false]').count()).toBe(0);
    expect(await page.locator('[data-scenario] [data-last-run]').first().innerText()).toBe(
      'Not run yet',
    );
  });

  it('validates the schema-built form in words, then starts the run and sees it finish', async () => {
    const card = page.locator('[data-scenario=order-tracking]');
    await card.locator('[data-action=open]').click();
    const order = page.locator('#field-orderNumber');
    await poll(() => order.inputValue()).toBe('JL-1042');
    await order.fill('order 1042 please');
    await page.locator('[data-action=start]').click();
    await poll(() => page.locator('[data-error-for=orderNumber]').innerText()).toBe(
      'Order number is not in the expected form (like JL-1042).',
    );
    expect(await t.query('SELECT id FROM run')).toEqual([]);

    await order.fill('JL-1042');
    await page.locator('#field-customerEmail').fill('maya.chen@example.com');
    await page.locator('[data-action=start]').click();
    const run = page.locator('.runs li[data-run]').first();
    await poll(() => run.locator('[data-run-status]').innerText()).toBe('succeeded');
    await run.locator('zac-run-timeline li[data-kind=COMPLETED]').waitFor();
    const [started] = await t.query<{ input: unknown; status: string }>(
      'SELECT input, status FROM run',
    );
    expect(started).toEqual({
      input: { orderNumber: 'JL-1042', customerEmail: 'maya.chen@example.com' },
      status: 'SUCCEEDED',
    });
    // The card shows the latest run and how long it took.
    await poll(() => card.locator('[data-last-run] .badge').innerText()).toBe('succeeded');
    await card.locator('[data-duration]').waitFor();
  });

  it("runs all of an agent's scenarios with their sample input and follows each live", async () => {
    await page.locator('section[data-agent=support] [data-action=run-all]').click();
    const runs = page.locator('.runs li[data-run]');
    // The three support runs, on top of the one from the form.
    await poll(() => runs.count()).toBe(4);
    for (const i of [0, 1, 2]) {
      await poll(() => runs.nth(i).locator('[data-run-status]').innerText()).toBe('succeeded');
      await runs.nth(i).locator('zac-run-timeline li[data-kind=COMPLETED]').waitFor();
    }
    const started = await t.query<{ key: string; status: string }>(
      `SELECT s.key, r.status FROM run r JOIN scenario s ON s.id = r.scenario_id
        ORDER BY r.created_at OFFSET 1`,
    );
    expect(started.map((r) => r.key).sort()).toEqual([
      'faq-resolution',
      'order-tracking',
      'ticket-escalation',
    ]);
    expect(new Set(started.map((r) => r.status))).toEqual(new Set(['SUCCEEDED']));
    await page.screenshot({ path: `${ARTIFACTS_DIR}console-scenarios.png`, fullPage: true });
  });
});
