/// <reference lib="dom" />
// Cost budgets in the console as shipped (admin/dist served at /admin), in Chromium: an owner sets
// the workspace's budget in Settings, the Dashboard shows where the month stands, and the shell's
// banner appears on every page once model cost recorded this month passes the warning and then
// the limit.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestHub, type TestHub } from './harness.js';

const OWNER_EMAIL = 'owner@juniperlane.example';
const OWNER_PASSWORD = 'correct horse battery staple';

let browser: Browser;
let t: TestHub;
let page: Page;

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

/** A finished run of the support agent whose one reasoning step cost `costUsd` now. */
async function recordSpend(costUsd: string): Promise<void> {
  await t.query(
    `WITH agent AS (SELECT id, workspace_id FROM agent WHERE key = 'support' LIMIT 1),
          run AS (INSERT INTO run (workspace_id, agent_id, status, cost_usd, last_seq,
                              started_at, finished_at)
                  SELECT workspace_id, id, 'SUCCEEDED', $1::numeric, 1, now(), now() FROM agent
                  RETURNING id, workspace_id)
     INSERT INTO run_step (workspace_id, run_id, seq, kind, title, started_at, cost_usd)
     SELECT workspace_id, id, 1, 'REASONING', 'Decided to answer', now(), $1::numeric FROM run`,
    [costUsd],
  );
}

const bannerText = () =>
  page
    .locator('zac-budget-banner p')
    .allInnerTexts()
    .then((texts) => texts.map((s) => s.replace(/\s+/g, ' ').trim()));

beforeAll(async () => {
  [browser, t] = await Promise.all([
    launchBrowser(),
    startTestHub({ HUB_ADMIN_EMAIL: OWNER_EMAIL, HUB_ADMIN_PASSWORD: OWNER_PASSWORD }),
  ]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${t.hub.url}/admin`);
  await page.locator('#email').fill(OWNER_EMAIL);
  await page.locator('#password').fill(OWNER_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.locator('[data-user]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('cost budgets in the console', () => {
  it('sets the workspace budget in Settings and lists it with this month at $0.00', async () => {
    await page.goto(`${t.hub.url}/admin/settings`);
    await page.locator('#budget-limit').fill('2.00');
    await page.locator('#budget-policy').selectOption('REQUIRE_APPROVAL');
    await page.locator('zac-budget-settings button[type=submit]').click();

    const row = page.locator('zac-budget-settings tr[data-budget=workspace]');
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('$0.00 of $2.00 (0%)');
    expect(await row.innerText()).toContain('Wait for a person to approve');
    expect(await bannerText()).toEqual([]);
  });

  it('shows the warning banner past 80% and the alert at the limit, and the dashboard bars', async () => {
    await recordSpend('1.700000');
    await page.goto(`${t.hub.url}/admin/activity`);
    await poll(bannerText).toEqual(['Cost budget warning: Workspace, $1.70 of $2.00 (85%).']);

    await recordSpend('0.300000');
    await page.goto(`${t.hub.url}/admin`);
    await poll(bannerText).toEqual([
      'Cost budget reached: Workspace, $2.00 of $2.00 (100%). Runs wait for a person to approve paid model calls.',
    ]);
    const bar = page.locator('zac-budget-state [role=meter]');
    await poll(() => bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await page.locator('zac-budget-state li').getAttribute('data-status')).toBe('EXHAUSTED');
  });
});
