/// <reference lib="dom" />
// The admin console as shipped (admin/dist served by the hub at /admin) in Chromium, against
// real hubs: one whose Claude provider is a fake Messages API (so the test sees the prompt the
// hub sends), one with a settable clock (session expiry).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser } from './browser.js';
import { text, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import { startHubWithFakeModel, startTestHub, type TestHub } from './harness.js';
import { START_RUN } from './operations.js';

const OWNER_EMAIL = 'owner@juniperlane.example';
const OWNER_PASSWORD = 'correct horse battery staple';
const ADMIN_ENV = { HUB_ADMIN_EMAIL: OWNER_EMAIL, HUB_ADMIN_PASSWORD: OWNER_PASSWORD };
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let browser: Browser;
let t: TestHub;
let fake: FakeMessagesApi;

beforeAll(async () => {
  [browser, { hub: t, fake }] = await Promise.all([
    launchBrowser(),
    startHubWithFakeModel({ ...ADMIN_ENV, HUB_MODEL_MAX_RETRIES: '0' }),
  ]);
});

// Each test starts from an empty script, so one test's unconsumed replies never reach the next.
beforeEach(() => {
  fake.reset();
  // Every model call no test scripted gets a plain reply.
  fake.setFallback(text('Happy to help with that.'));
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Waits (up to 15 s, polling) for a value, instead of sleeping. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

interface Console {
  page: Page;
  context: BrowserContext;
  /** CSP violations the page reported. */
  cspViolations: string[];
}

async function openConsole(
  hub: TestHub,
  options: { width?: number; bypassCSP?: boolean; path?: string } = {},
): Promise<Console> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) cspViolations.push(m.text());
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(`${hub.hub.url}${options.path ?? '/admin'}`);
  return { page, context, cspViolations };
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
}

async function signedInConsole(
  hub: TestHub,
  options: { width?: number; bypassCSP?: boolean; path?: string } = {},
  credentials = { email: OWNER_EMAIL, password: OWNER_PASSWORD },
): Promise<Console> {
  const opened = await openConsole(hub, options);
  await signIn(opened.page, credentials.email, credentials.password);
  // Attached, not visible: on a phone the signed-in user sits in the folded menu.
  await opened.page.locator('[data-user] [data-role]').waitFor({ state: 'attached' });
  return opened;
}

async function goTo(page: Page, label: string): Promise<void> {
  await page.locator('nav[aria-label=Console] a', { hasText: label }).click();
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

const supportPrompt = async () =>
  (
    await t.query<{ system_prompt: string }>(
      `SELECT system_prompt FROM agent WHERE key = 'support'`,
    )
  )[0]?.system_prompt;

describe('the admin console', () => {
  it('is served at /admin with a strict CSP, and deep links get the app', async () => {
    const page = await fetch(`${t.hub.url}/admin/agents/support`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<zac-admin-app>');
    const script = await fetch(`${t.hub.url}/admin/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${t.hub.url}/admin/missing.js`)).status).toBe(404);
  });

  it('signs the owner in, shows who is signed in, and signs out', async () => {
    const { page, context, cspViolations } = await openConsole(t);
    await signIn(page, OWNER_EMAIL, OWNER_PASSWORD);
    await poll(() => page.locator('[data-user] [data-role]').getAttribute('data-role')).toBe(
      'OWNER',
    );
    await poll(() => page.locator('h1').first().innerText()).toBe('Dashboard');
    await page.locator('[data-kpi=Runs]').waitFor();
    await page.screenshot({ path: `${ARTIFACTS_DIR}admin-dashboard.png` });
    await page.locator('[data-action=sign-out]').click();
    await poll(() => page.locator('[data-notice]').innerText()).toBe('You signed out.');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('edits the support agent’s system prompt, and the next run sends it to the model', async () => {
    const { page, context, cspViolations } = await signedInConsole(t, { path: '/admin/agents' });
    await page.locator('a[data-agent=support]').click();
    const prompt = page.locator('#systemPrompt');
    await prompt.waitFor();
    // Client-side validation first: a blank prompt is refused next to the field.
    await prompt.fill('   ');
    await poll(() => page.locator('[data-error-for=systemPrompt]').innerText()).toContain(
      'cannot be blank',
    );
    const newPrompt = 'You are Juniper Lane support. Always sign off with "— the Juniper team".';
    await prompt.fill(newPrompt);
    await page.locator('[data-action=save]').click();
    await page.locator('[data-saved]').waitFor();
    expect(await supportPrompt()).toBe(newPrompt);

    fake.requests.length = 0;
    await goTo(page, 'Scenarios');
    await page.locator('[data-scenario=faq-resolution] [data-action=open]').click();
    await page.locator('[data-action=start]').click();
    await poll(() => page.locator('[data-run-status]').innerText()).toBe('succeeded');
    const system = JSON.stringify(fake.requests.at(-1)?.body.system);
    expect(system).toContain('Always sign off with');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('streams a scenario run’s steps into the timeline as they happen', async () => {
    // The model answers only after a pause, so the first steps are on screen before the last.
    fake.script({ kind: 'delay', delayMs: 1_000, then: text('Refunds take 5 business days.') });
    const { page, context } = await signedInConsole(t, { path: '/admin/scenarios' });
    await page.locator('[data-scenario=faq-resolution] [data-action=open]').click();
    // The form's input as JSON: the sample question, then a half-typed object.
    await page.locator('[data-action=json]').click();
    const input = page.locator('#input');
    await poll(() => input.inputValue()).toContain('"question"');
    await input.fill('{ "question": ');
    await poll(() => page.locator('[data-error-for=input]').innerText()).toContain(
      'Not valid JSON',
    );
    await input.fill('{ "question": "How long do refunds take?" }');
    await page.locator('[data-action=start]').click();

    const steps = page.locator('zac-run-timeline li[data-seq]');
    await steps.first().waitFor();
    expect(await page.locator('zac-run-timeline li[data-kind=COMPLETED]').count()).toBe(0);
    await page.locator('zac-run-timeline li[data-kind=COMPLETED]').waitFor();
    const kinds = await steps.evaluateAll((li) => li.map((e) => e.getAttribute('data-kind')));
    expect(kinds[0]).toBe('TRIGGER');
    expect(kinds.at(-1)).toBe('COMPLETED');

    // A step opens to its data, tokens, cost and duration.
    const first = steps.first();
    await first.locator('button.toggle').click();
    await poll(() => first.locator('button.toggle').getAttribute('aria-expanded')).toBe('true');
    await poll(() => first.locator('[data-step-details] dl').innerText()).toContain('Input tokens');
    await poll(() => first.locator('[data-step-details] pre').innerText()).toMatch(/^\{/);
    await context.close();
  });

  it('approves a refund over the limit from the review inbox, and the run finishes', async () => {
    const [order] = await t.query<{ number: string; total_cents: string }>(
      'SELECT number, total_cents FROM customer_order WHERE total_cents > 50000 ORDER BY number LIMIT 1',
    );
    if (!order) throw new Error('the demo shop needs an order over $500 for this test');
    const amountCents = Number(order.total_cents) - 5_000;
    fake.script(
      toolUse([
        {
          id: 'toolu_refund',
          name: 'issue_refund',
          input: { orderNumber: order.number, amountCents, reason: 'Arrived broken twice' },
        },
      ]),
      text('Your refund is on its way.'),
    );
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question: `Please refund order ${order.number}, it broke.` },
      },
    });

    const { page, context } = await signedInConsole(t, { path: '/admin/review' });
    const item = page.locator(`li[data-run="${startRun.id}"]`);
    await poll(async () => {
      if (!(await item.count())) await page.reload();
      return item.count();
    }).toBe(1);
    await poll(() => item.locator('[data-amount]').innerText()).toBe(
      `$${(amountCents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    );
    await poll(() => item.locator('[data-reason]').innerText()).not.toBe('');
    await item.locator('[data-action=approve]').click();

    const decided = page.locator(`tr[data-decided="${startRun.id}"] [data-run-status]`);
    await poll(() => decided.innerText()).toBe('succeeded');
    const [refund] = await t.query<{ amount_cents: string }>(
      'SELECT amount_cents::text AS amount_cents FROM refund WHERE run_id = $1',
      [startRun.id],
    );
    expect(refund?.amount_cents).toBe(String(amountCents));
    await context.close();
  });

  it('takes over a widget conversation, and the reply reaches the visitor live', async () => {
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const shop = await visitor.newPage();
    await shop.goto(`${t.hub.url}/demo`);
    await shop.locator('button[part=launcher]').click();
    await shop.locator('textarea[part=input]').fill('My parcel arrived damaged, can someone help?');
    await shop.keyboard.press('Enter');
    await shop.locator('li[data-role=AGENT][data-id]').first().waitFor();

    const [conversation] = await t.query<{ id: string }>(
      `SELECT c.id FROM conversation c JOIN conversation_message m ON m.conversation_id = c.id
       WHERE m.text = 'My parcel arrived damaged, can someone help?'`,
    );
    const { page, context } = await signedInConsole(t, { path: '/admin/conversations' });
    await page.locator('button', { hasText: 'Bot' }).click();
    await page.locator(`a[data-conversation="${conversation?.id}"]`).click();
    await page.locator('[data-action=take-over]').click();
    await poll(() => page.locator('[data-handoff-state]').innerText()).toBe('person');
    const reply = 'Hi, Dana here. A replacement ships today.';
    await page.locator('#reply').fill(reply);
    await page.locator('[data-action=send]').click();
    await page.locator('ol.messages li[data-role=HUMAN]').waitFor();

    const human = shop.locator('li[data-role=HUMAN]');
    await human.waitFor();
    await poll(() => human.innerText()).toContain(reply);

    await page.locator('[data-action=resolve]').click();
    await poll(() => page.locator('[data-handoff-state]').innerText()).toBe('resolved');
    await visitor.close();
    await context.close();
  });

  it('lets a viewer read but not change an agent: the forced save is refused and nothing is written', async () => {
    const owner = await signedInConsole(t, { path: '/admin/settings' });
    const email = 'viewer@juniperlane.example';
    const password = 'viewer password 123';
    await owner.page.locator('#u-name').fill('Vic Viewer');
    await owner.page.locator('#u-email').fill(email);
    await owner.page.locator('#u-password').fill(password);
    await owner.page.locator('#u-role').selectOption('VIEWER');
    await owner.page.locator('[data-action=add-user]').click();
    await owner.page.locator(`tr[data-user-row="${email}"]`).waitFor();
    await owner.context.close();

    const before = await supportPrompt();
    const { page, context } = await signedInConsole(
      t,
      { path: '/admin/agents/support' },
      { email, password },
    );
    await poll(() => page.locator('[data-user] [data-role]').getAttribute('data-role')).toBe(
      'VIEWER',
    );
    await page.locator('[data-readonly]').waitFor();
    await poll(() => page.locator('#systemPrompt').isDisabled()).toBe(true);
    await poll(() => page.locator('[data-action=save]').isDisabled()).toBe(true);

    // Forced: re-enable the form in the page and save anyway; the hub refuses it.
    await page
      .locator('zac-agent-editor')
      .evaluate((el) =>
        el.shadowRoot?.querySelector('fieldset[data-editor-fields]')?.removeAttribute('disabled'),
      );
    await page.locator('#systemPrompt').fill('A viewer was here.');
    await page.locator('[data-action=save]').click();
    const refusal = page.locator('[data-server-error]');
    await refusal.waitFor();
    await poll(() => refusal.innerText()).toMatch(/not allowed|viewer|forbidden|permission/i);
    expect(await supportPrompt()).toBe(before);
    await context.close();
  });

  it('opens every page from the navigation at tablet width without an error', async () => {
    const { page, context, cspViolations } = await signedInConsole(t, { width: 820 });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const pages = [
      'Dashboard',
      'Agents',
      'Scenarios',
      'Activity',
      'Review inbox',
      'Conversations',
      'Knowledge base',
      'Leads',
      'Finance',
      'Reports',
      'Tax',
      'Content',
      'Settings',
      'Audit log',
    ];
    for (const label of pages) {
      await goTo(page, label);
      await poll(() => page.locator('main h1').first().innerText()).toBe(label);
      await poll(() => page.locator('p.state[role=status]').count()).toBe(0);
      expect(await page.locator('[role=alert].error').count(), label).toBe(0);
    }
    // The activity feed links each run to its detail.
    await goTo(page, 'Activity');
    await page.locator('tr[data-run] a').first().click();
    await page.locator('zac-run-page zac-run-timeline li[data-seq]').first().waitFor();
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('has no axe violations on the dashboard and the agents page, at desktop and tablet width', async () => {
    for (const width of [1280, 820]) {
      const { page, context } = await signedInConsole(t, { bypassCSP: true, width });
      await page.locator('[data-kpi=Runs]').waitFor();
      await page.locator('[data-chart=runs]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await goTo(page, 'Agents');
      await page.locator('#systemPrompt').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      if (width === 820) await page.screenshot({ path: `${ARTIFACTS_DIR}admin-agents-820.png` });
      await context.close();
    }
  });
});

describe('the admin console sign-in', () => {
  const NOW = new Date('2026-11-26T15:00:00.000Z');
  let now = NOW;
  let clocked: TestHub;

  beforeAll(async () => {
    clocked = await startTestHub(
      { ...ADMIN_ENV, HUB_ADMIN_SESSION_HOURS: '1' },
      { clock: { now: () => now } },
    );
  });
  afterAll(() => clocked?.close());

  it('says plainly that the email or password is wrong', async () => {
    const { page, context } = await openConsole(clocked);
    await signIn(page, OWNER_EMAIL, 'not the password at all');
    await poll(() => page.locator('[data-error]').innerText()).toBe('Wrong email or password.');
    await poll(() => page.locator('#password').inputValue()).toBe('');
    await context.close();
  });

  it('sends an expired session back to sign-in with the reason, then returns to the page', async () => {
    const { page, context } = await signedInConsole(clocked, { path: '/admin/agents' });
    await page.locator('#systemPrompt').waitFor();
    now = new Date(NOW.getTime() + 61 * 60_000);
    await goTo(page, 'Leads');
    await poll(() => page.locator('[data-notice]').innerText()).toBe(
      'Your session expired; sign in again.',
    );
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    await signIn(page, OWNER_EMAIL, OWNER_PASSWORD);
    await poll(() => page.locator('h1').first().innerText()).toBe('Leads');
    await context.close();
  });
});

// One offline hub for both areas (a hub's start is seconds of CI): neither touches what the other
// reads (the draft's run and content item; the schedules, endpoints and thresholds).
describe('the console on the offline provider', () => {
  let offline: TestHub;

  beforeAll(async () => {
    offline = await startTestHub(ADMIN_ENV);
  });
  afterAll(() => offline?.close());

  describe('the Content area', () => {
    it('rescores a blog draft live as the owner writes it, and Approve & publish keeps the written post', async () => {
      const { startRun } = await offline.client.request(START_RUN, {
        input: { agentKey: 'content', scenarioKey: 'blog-post-draft' },
      });
      const drafted = () =>
        offline.query<{ id: string; status: string }>(
          `SELECT c.id, r.status FROM content_item c JOIN run r ON r.id = c.run_id WHERE c.run_id = $1`,
          [startRun.id],
        );
      await poll(async () => (await drafted())[0]?.status).toBe('WAITING_FOR_HUMAN');
      const [draft] = await drafted();
      if (!draft) throw new Error('no draft was saved');

      const { page, context } = await signedInConsole(offline, {
        path: `/admin/content/drafts/${draft.id}`,
      });
      const score = page.locator('[data-seo-score]');
      await poll(() => score.innerText()).toMatch(/^\d+$/);
      const outlineScore = await score.innerText();
      await page
        .locator('textarea#draft-body')
        .fill(
          [
            '# Stoneware care: how to care for stoneware mugs',
            '',
            'Stoneware care is simple once you know what the clay dislikes: sudden heat and long soaks.',
            '',
            '## Is stoneware dishwasher safe?',
            '',
            'Yes. Our mugs are fired to cone 6 and the glaze is sealed, so the dishwasher is fine.',
          ].join('\n'),
        );
      await poll(() => score.innerText()).not.toBe(outlineScore);
      await page.locator('[data-action=approve-publish]').click();

      // No WordPress is connected: approved with the written body, and the editor says so.
      await poll(
        async () =>
          (
            await offline.query<{ state: string; body: string }>(
              'SELECT state, body FROM content_item WHERE id = $1',
              [draft.id],
            )
          )[0],
      ).toMatchObject({ state: 'APPROVED', body: expect.stringContaining('fired to cone 6') });
      await poll(() => page.locator('[data-decision-notice]').innerText()).toMatch(
        /not published/i,
      );
      await context.close();
    });
  });

  describe('the Automation area', () => {
    it('lists the demo schedules with their fire times, previews an edited cron, shows a new endpoint’s secret once, and opens every tab at 1280 and 390 px', async () => {
      const { page, context, cspViolations } = await signedInConsole(offline);
      await goTo(page, 'Automation');
      await poll(() => page.locator('main h1').first().innerText()).toBe('Automation');
      const rows = page.locator('tr[data-schedule]');
      await poll(() => rows.count()).toBe(6);
      const keys = await rows.evaluateAll((trs) =>
        trs.map((tr) => tr.getAttribute('data-schedule')),
      );
      expect([...keys].sort()).toEqual([
        'cash-flow-report',
        'compliance-monitoring',
        'expense-categorization',
        'late-invoice-detection',
        'monthly-pnl',
        'trend-monitoring',
      ]);
      // Monday 07:00 on the shop's clock (America/Chicago), five times ahead.
      const cashFlow = page.locator('tr[data-schedule=cash-flow-report]');
      await poll(() => cashFlow.locator('[data-cron]').innerText()).toBe('0 7 * * 1');
      expect(await cashFlow.locator('[data-description]').innerText()).toMatch(/07:00.*Monday/);
      const times = await cashFlow.locator('[data-fire-times] li').allInnerTexts();
      expect(times).toHaveLength(5);
      for (const time of times) expect(time).toMatch(/^Mon, .*7:00 AM C[SD]T$/);
      await page.screenshot({ path: '/tmp/automation-schedules-1280.png', fullPage: true });

      // Edit: the preview follows the cron as typed; an impossible one is said inline.
      await cashFlow.locator('[data-action=edit]').click();
      const words = page.locator('[data-cron-words]');
      await poll(() => words.innerText()).toMatch(/07:00.*Monday/);
      await page.locator('#s-cron').fill('0 25 * * *');
      await poll(() => page.locator('[data-cron-error]').innerText()).not.toBe('');
      await page.locator('#s-cron').fill('30 8 * * 1-5');
      await poll(() => words.innerText()).toMatch(/08:30.*Monday through Friday/);
      await page.screenshot({ path: '/tmp/automation-schedule-form-1280.png', fullPage: true });
      await page.locator('[data-action=save-schedule]').click();
      await poll(() => cashFlow.locator('[data-cron]').innerText()).toBe('30 8 * * 1-5');
      const [saved] = await offline.query<{ cron: string; time_zone: string | null }>(
        `SELECT s.cron, s.time_zone FROM schedule s JOIN scenario c ON c.id = s.scenario_id
       WHERE c.key = 'cash-flow-report'`,
      );
      expect(saved).toEqual({ cron: '30 8 * * 1-5', time_zone: null });

      // A new inbound endpoint: its secret is shown once, then gone from the page.
      await page.locator('[role=tab]', { hasText: 'Inbound webhooks' }).click();
      await page.locator('[data-action=add-endpoint]').click();
      await page.locator('#e-name').fill('Website lead form');
      await page.locator('#e-scenario').selectOption('lead-qualification');
      await page.locator('[data-action=create-endpoint]').click();
      const dialog = page.locator('dialog[data-secret-dialog]');
      await poll(() => dialog.isVisible()).toBe(true);
      const secret = await dialog.locator('[data-secret]').innerText();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
      expect(await dialog.innerText()).toContain('Copy it now: the hub will not show it again');
      await page.screenshot({ path: '/tmp/automation-inbound-secret-1280.png' });
      await dialog.locator('[data-action=close-secret]').click();
      await poll(() => dialog.isVisible()).toBe(false);
      expect(await page.locator('main').innerText()).not.toContain(secret);

      // The secret signs a real delivery; the endpoint's log shows it accepted with its run.
      const endpoint = page.locator('li[data-endpoint]');
      const url = await endpoint.locator('[data-url]').innerText();
      const [lead] = await offline.query<{ sample_input: Record<string, unknown> }>(
        `SELECT sample_input FROM scenario WHERE key = 'lead-qualification' LIMIT 1`,
      );
      const body = JSON.stringify({
        type: 'lead.created',
        timestamp: new Date().toISOString(),
        data: lead?.sample_input,
      });
      const id = 'msg_console_e2e_1';
      const timestamp = Math.floor(Date.now() / 1000);
      const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
      const signature = createHmac('sha256', key)
        .update(`${id}.${timestamp}.${body}`)
        .digest('base64');
      const answer = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': `v1,${signature}`,
        },
        body,
      });
      expect(answer.status).toBe(202);
      await page.locator('[role=tab]', { hasText: 'Outbound webhooks' }).click();
      await poll(() => page.locator('[data-action=add-subscription]').count()).toBe(1);
      await page.locator('[role=tab]', { hasText: 'Inbound webhooks' }).click();
      await endpoint.locator('[data-deliveries] summary').click();
      await poll(() => endpoint.locator('tr[data-delivery] .badge').first().innerText()).toBe(
        'accepted',
      );
      expect(await endpoint.locator('tr[data-delivery] a').first().getAttribute('href')).toMatch(
        /^\/admin\/runs\//,
      );
      await page.screenshot({ path: '/tmp/automation-inbound-1280.png', fullPage: true });

      await page.locator('[role=tab]', { hasText: 'Outbound webhooks' }).click();
      await poll(() => page.locator('[data-empty]').innerText()).toBe('No subscriptions yet.');
      await page.screenshot({ path: '/tmp/automation-outbound-1280.png', fullPage: true });
      await page.locator('[role=tab]', { hasText: 'Thresholds' }).click();
      await poll(() => page.locator('li[data-threshold]').count()).toBe(4);
      await page.screenshot({ path: '/tmp/automation-thresholds-1280.png', fullPage: true });
      expect(cspViolations).toEqual([]);
      await context.close();

      // A phone: every tab without an axe violation and without widening the page.
      const phone = await signedInConsole(offline, {
        width: 390,
        bypassCSP: true,
        path: '/admin/automation/schedules',
      });
      for (const [tab, ready] of [
        ['schedules', 'tr[data-schedule]'],
        ['inbound', 'li[data-endpoint]'],
        ['outbound', '[data-action=add-subscription]'],
        ['thresholds', 'li[data-threshold]'],
      ] as const) {
        await phone.page.goto(`${offline.hub.url}/admin/automation/${tab}`);
        await phone.page.locator(ready).first().waitFor();
        expect(await axeViolations(phone.page), tab).toEqual([]);
        const widths = await phone.page.evaluate(() => [
          document.documentElement.scrollWidth,
          window.innerWidth,
        ]);
        expect(widths[0], tab).toBeLessThanOrEqual(widths[1] ?? 0);
        await phone.page.screenshot({ path: `/tmp/automation-${tab}-390.png`, fullPage: true });
      }
      await phone.context.close();
    });
  });
});
