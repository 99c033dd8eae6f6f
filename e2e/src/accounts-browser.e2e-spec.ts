import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { graphql } from './gql/console/index.js';
import { expectEventually, finishedRun, startTestHub, type TestHub } from './harness.js';
import { RUN, START_RUN } from './operations.js';

/**
 * The owner's first hour in a real Chromium on a fresh hub without SMTP: the hub's address leads
 * to the console (which says where the demo is), an approved follow-up email is read in the
 * Outbox as the lead would see it, and an invited colleague chooses a password on the link's page.
 */

const SUBMIT = graphql(`
  mutation BrowserOutboxLead($input: SubmitLeadInput!) {
    submitLead(input: $input) {
      id
    }
  }
`);
const WAITING = graphql(`
  query BrowserOutboxWaiting($id: ID!) {
    run(id: $id) {
      status
    }
  }
`);
const APPROVE = graphql(`
  mutation BrowserOutboxApprove($id: ID!) {
    approveRun(id: $id) {
      id
    }
  }
`);
const INVITE = graphql(`
  mutation BrowserInvite($input: InviteAdminUserInput!) {
    inviteAdminUser(input: $input) {
      link
    }
  }
`);

const OWNER_EMAIL = 'owner@juniperlane.example';
const OWNER_PASSWORD = 'correct horse battery staple';
const LEAD = {
  name: 'Priya Raman',
  email: 'priya@brightdesk.example',
  company: 'BrightDesk',
  pagesViewed: 9,
  pricingPageVisits: 3,
  minutesOnSite: 14,
  consent: true,
};

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

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('[data-user] [data-role]').waitFor();
}

describe('a fresh hub in the browser', () => {
  it("opens the console at the hub's address, and the sign-in page says where the demo is", async () => {
    const page = await newPage();
    const response = await page.goto(`${t.hub.url}/`);
    expect(response?.request().redirectedFrom()?.url()).toBe(`${t.hub.url}/`);
    const hint = page.locator('[data-demo-hint] a');
    await hint.waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    expect(await hint.getAttribute('href')).toBe('/demo');
    await page.context().close();
  });

  it('shows the approved follow-up in the Outbox as the lead would read it', async () => {
    await t.client.request(SUBMIT, { input: LEAD });
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'sales',
        scenarioKey: 'follow-up-email',
        input: { leadEmail: LEAD.email, persona: 'END_USER' },
      },
    });
    await expectEventually(async () => {
      const { run } = await t.client.request(WAITING, { id: startRun.id });
      expect(run?.status).toBe('WAITING_FOR_HUMAN');
    });
    await t.client.request(APPROVE, { id: startRun.id });
    const run = await finishedRun(t.client, RUN, startRun.id);
    expect(run.status, run.error ?? '').toBe('SUCCEEDED');
    const [sent] = await t.query<{ subject: string; body: string }>(
      'SELECT subject, body FROM email_outbox WHERE run_id = $1',
      [startRun.id],
    );

    const page = await newPage();
    await page.goto(`${t.hub.url}/admin`);
    await signIn(page, OWNER_EMAIL, OWNER_PASSWORD);
    await page.locator('nav a', { hasText: 'Outbox' }).click();
    const row = page.locator('tr[data-mail]').first();
    await row.waitFor();
    expect(await row.locator('[data-to]').textContent()).toBe(LEAD.email);
    expect(await row.locator('[data-action=open]').textContent()).toContain(sent?.subject);
    await row.locator('[data-action=open]').click();
    expect(await page.locator('#mail-subject').textContent()).toBe(sent?.subject);
    expect(await page.locator('[data-body]').textContent()).toBe(sent?.body);
    expect(await page.locator('[data-headers]').textContent()).toContain(LEAD.email);
    await page.context().close();
  });

  it('lets an invited colleague choose a password on the link, then sign in with it', async () => {
    const { inviteAdminUser } = await t.client.request(INVITE, {
      input: { email: 'rosa@juniperlane.example', name: 'Rosa', role: 'VIEWER' },
    });
    const link = inviteAdminUser.link.replace(/^https?:\/\/[^/]+/, t.hub.url);

    const page = await newPage();
    await page.goto(link);
    await page.locator('[data-link-for]').waitFor();
    expect(await page.locator('[data-link-for]').textContent()).toContain(
      'rosa@juniperlane.example',
    );
    // The token leaves the address bar (history, screen sharing) as soon as the page has it.
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('#password').fill('rosa picks a password');
    await page.locator('#confirm').fill('rosa picks a password');
    await page.locator('button[type=submit]').click();
    await page.locator('[data-done]').waitFor();
    await page.locator('[data-done] a').click();
    await signIn(page, 'rosa@juniperlane.example', 'rosa picks a password');
    expect(await page.locator('[data-user] [data-role]').getAttribute('data-role')).toBe('VIEWER');
    await page.context().close();
  });
});
