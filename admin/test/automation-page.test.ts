import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import type { ZacActivityPage } from '../src/pages/activity.page.js';
import type { ZacAutomationPage } from '../src/pages/automation.page.js';
import {
  centsToDollars,
  dollarsToCents,
  zonedDateTime,
} from '../src/pages/automation/automation-format.js';
import { PREVIEW_DEBOUNCE_MS } from '../src/pages/automation/schedule-form.js';
import { thresholdParams } from '../src/pages/automation/threshold-form.js';
import {
  CASH_FLOW_SCHEDULE,
  CASH_THRESHOLD,
  DISABLED_SUBSCRIPTION,
  LEAD_ENDPOINT,
  OVERDUE_THRESHOLD,
  PNL_SCHEDULE,
  SCENARIOS,
  TEST_DELIVERY,
} from './automation-fixtures.js';
import { find, findAll, settle } from './dom.js';
import { FakeClient, refusal } from './fake-client.js';

defineConsoleElements();
// The area loads on demand in the console (its own chunk); here before any test renders it.
before(() => loadConsoleArea('automation'));

const OWNER: SignedInUser = { id: 'u1', email: 'owner@example.com', name: 'Olive', role: 'OWNER' };
const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input'): void {
  input.value = value;
  input.dispatchEvent(new Event(event));
}

function click(root: Element, selector: string): void {
  find<HTMLButtonElement>(root, selector).click();
}

function requestsOf(client: FakeClient, name: string) {
  return client.requests.filter((r) => r.query.includes(name));
}

async function openTab(client: FakeClient, section: string, user = OWNER): Promise<Element> {
  const page = await fixture<ZacAutomationPage>(
    html`<zac-automation-page
      .client=${client}
      .user=${user}
      .section=${section}
    ></zac-automation-page>`,
  );
  await settle(page);
  return page;
}

function scheduleClient(): FakeClient {
  return new FakeClient()
    .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
    .on('query AutomationSchedules', () => ({ schedules: [CASH_FLOW_SCHEDULE, PNL_SCHEDULE] }))
    .on('query SchedulePreview', (v) => {
      if (v.cron === '0 25 * * *') {
        throw refusal('INVALID_CRON', 'Hour 25 is out of range (0-23).', 'cron');
      }
      return {
        schedulePreview:
          v.cron === '30 8 * * *'
            ? {
                description: 'At 08:30',
                timeZone: v.timeZone ?? 'America/Chicago',
                nextFireTimes: ['2027-02-17T14:30:00.000Z', '2027-02-18T14:30:00.000Z'],
              }
            : {
                description: CASH_FLOW_SCHEDULE.description,
                timeZone: v.timeZone ?? 'America/Chicago',
                nextFireTimes: CASH_FLOW_SCHEDULE.nextFireTimes,
              },
      };
    });
}

describe('Automation: the area', () => {
  it('opens on Schedules and names its four tabs', async () => {
    const page = await openTab(scheduleClient(), '');
    expect(findAll(page, '[role=tab]').map((t) => text(t))).to.deep.equal([
      'Schedules',
      'Inbound webhooks',
      'Outbound webhooks',
      'Thresholds',
    ]);
    expect(text(find(page, '[role=tab][aria-selected=true]'))).to.equal('Schedules');
  });

  it('formats fire times on the clock of the zone, with the abbreviation across DST', () => {
    expect(zonedDateTime('2027-03-01T13:00:00.000Z', 'America/Chicago')).to.contain('7:00 AM CST');
    expect(zonedDateTime('2027-03-15T12:00:00.000Z', 'America/Chicago')).to.contain('7:00 AM CDT');
    expect(zonedDateTime('2027-03-15T12:00:00.000Z', 'Asia/Tokyo')).to.contain('9:00 PM GMT+9');
  });

  it('reads dollars as text into exact cents, and back', () => {
    expect(dollarsToCents('0.29')).to.equal(29); // 0.29 * 100 is 28.999… in floats
    expect(dollarsToCents('$1,234.5')).to.equal(123450);
    expect(dollarsToCents('10000')).to.equal(1_000_000);
    expect(dollarsToCents('12.345')).to.equal(null);
    expect(dollarsToCents('-5')).to.equal(null);
    expect(dollarsToCents('abc')).to.equal(null);
    expect(centsToDollars(1_000_029)).to.equal('10000.29');
  });
});

describe('Automation: schedules', () => {
  it('shows each schedule: words and cron, zone and policy, next fire times in its zone, the last run', async () => {
    const page = await openTab(scheduleClient(), 'schedules', VIEWER);
    const rows = findAll(page, 'tr[data-schedule]');
    expect(rows.map((r) => r.dataset.schedule)).to.deep.equal(['cash-flow-report', 'monthly-pnl']);
    const [cash, pnl] = rows as [HTMLElement, HTMLElement];
    expect(text(cash.querySelector('td strong'))).to.equal('Cash flow report');
    expect(text(cash.querySelector('td .meta'))).to.equal('Finance & ops');
    expect(text(cash.querySelector('[data-description]'))).to.equal('At 07:00, only on Monday');
    expect(text(cash.querySelector('[data-cron]'))).to.equal('0 7 * * 1');
    expect(text(cash.querySelector('[data-label=When] .meta'))).to.equal(
      'America/Chicago · missed ticks: run once, late',
    );
    const times = [...cash.querySelectorAll('[data-fire-times] li')].map((li) => text(li));
    expect(times).to.have.length(5);
    expect(times[0]).to.match(/^Mon, Feb 22(, 2027)?, 7:00 AM CST$/);
    expect(times[2]).to.match(/^Mon, Mar 8(, 2027)?, 7:00 AM CST$/);
    expect(times[3]).to.match(/^Mon, Mar 15(, 2027)?, 7:00 AM CDT$/);
    const last = cash.querySelector('[data-label="Last run"] a') as HTMLAnchorElement;
    expect(last.getAttribute('href')).to.equal(`/admin/runs/${CASH_FLOW_SCHEDULE.lastRunId}`);

    expect(text(pnl.querySelector('[data-label="Next fire times"]'))).to.equal(
      'None while disabled.',
    );
    expect(text(pnl.querySelector('[data-label="Last run"]'))).to.equal('Not yet');
    // A viewer reads the state and has nothing to press.
    expect(text(pnl.querySelector('[data-label=State]'))).to.equal('disabled');
    expect(findAll(page, 'button[data-action]')).to.have.length(0);
    expect(findAll(page, 'input[type=checkbox]')).to.have.length(0);
  });

  it('previews a cron as it is typed, says an invalid one inline, and saves on the shop zone', async () => {
    const client = scheduleClient().on('mutation SaveSchedule', (v) => ({
      saveSchedule: {
        ...CASH_FLOW_SCHEDULE,
        cron: (v.input as { cron: string }).cron,
        description: 'At 08:30',
      },
    }));
    const page = await openTab(client, 'schedules');
    click(page, `tr[data-schedule=cash-flow-report] [data-action=edit]`);
    await settle(page);
    await new Promise((r) => setTimeout(r, 20));
    await settle(page);
    expect(text(find(page, '[data-cron-words]'))).to.equal('At 07:00, only on Monday');
    expect(find<HTMLSelectElement>(page, '#s-scenario').disabled).to.equal(true);
    // The shop's zone (most schedules' zone): sent as null, so the schedule keeps following it.
    expect(find<HTMLSelectElement>(page, '#s-zone').value).to.equal('');

    const cron = find<HTMLInputElement>(page, '#s-cron');
    type(cron, '0 25 * * *');
    await new Promise((r) => setTimeout(r, PREVIEW_DEBOUNCE_MS + 50));
    await settle(page);
    expect(text(find(page, '[data-cron-error]'))).to.equal('Hour 25 is out of range (0-23).');
    expect(cron.getAttribute('aria-invalid')).to.equal('true');

    type(cron, '30 8 * * *');
    await new Promise((r) => setTimeout(r, PREVIEW_DEBOUNCE_MS + 50));
    await settle(page);
    expect(text(find(page, '[data-cron-words]'))).to.equal('At 08:30');
    expect(findAll(page, '[data-cron-preview] li').map((li) => text(li))[0]).to.match(
      /8:30 AM CST$/,
    );

    type(find<HTMLTextAreaElement>(page, '#s-input'), '{ "weeks": ');
    click(page, '[data-action=save-schedule]');
    await settle(page);
    expect(text(find(page, '[data-error-for=input]'))).to.match(/^Not valid JSON/);
    expect(requestsOf(client, 'SaveSchedule')).to.have.length(0);

    type(find<HTMLTextAreaElement>(page, '#s-input'), '{ "weeks": 8 }');
    click(page, 'input#policy-SKIP');
    click(page, '[data-action=save-schedule]');
    await settle(page);
    expect(requestsOf(client, 'SaveSchedule')[0]?.variables).to.deep.equal({
      input: {
        scenarioKey: 'cash-flow-report',
        cron: '30 8 * * *',
        timeZone: null,
        enabled: true,
        missedTickPolicy: 'SKIP',
        input: { weeks: 8 },
      },
    });
    expect(text(find(page, '[data-saved]'))).to.equal(
      'Saved the schedule of Cash flow report: At 08:30.',
    );
    expect(findAll(page, 'zac-schedule-form')).to.have.length(0);
  });

  it('adds a schedule only for a scenario without one, and shows a refusal in words', async () => {
    const client = scheduleClient().on('mutation SaveSchedule', () => {
      throw refusal('INVALID_INPUT', 'email: Required', 'input');
    });
    const page = await openTab(client, 'schedules');
    click(page, '[data-action=add-schedule]');
    await settle(page);
    const options = findAll<HTMLOptionElement>(page, '#s-scenario option').map((o) => o.value);
    expect(options).to.not.include('cash-flow-report');
    expect(options).to.include('lead-qualification');
    click(page, '[data-action=save-schedule]');
    await settle(page);
    expect(text(find(page, '[data-error-for=scenario]'))).to.equal(
      'Pick the scenario the schedule starts.',
    );
    const select = find<HTMLSelectElement>(page, '#s-scenario');
    select.value = 'lead-qualification';
    select.dispatchEvent(new Event('change'));
    click(page, '[data-action=save-schedule]');
    await settle(page);
    expect(text(find(page, '[data-error-for=input]'))).to.equal('email: Required');
  });

  it('switches a schedule off and deletes one after asking', async () => {
    const client = scheduleClient()
      .on('mutation SaveSchedule', (v) => ({
        saveSchedule: { ...CASH_FLOW_SCHEDULE, enabled: (v.input as { enabled: boolean }).enabled },
      }))
      .on('mutation DeleteSchedule', () => ({ deleteSchedule: true }));
    const page = await openTab(client, 'schedules');
    const toggle = find<HTMLInputElement>(page, 'tr[data-schedule=cash-flow-report] input');
    toggle.click();
    await settle(page);
    expect(requestsOf(client, 'SaveSchedule')[0]?.variables.input).to.include({
      enabled: false,
      timeZone: null,
      cron: '0 7 * * 1',
    });

    click(page, 'tr[data-schedule=monthly-pnl] [data-action=delete]');
    await settle(page);
    expect(requestsOf(client, 'DeleteSchedule')).to.have.length(0);
    expect(text(find(page, 'tr[data-schedule=monthly-pnl] [data-confirm] span'))).to.equal(
      'Delete the schedule of Monthly P&L?',
    );
    click(page, 'tr[data-schedule=monthly-pnl] [data-action=confirm]');
    await settle(page);
    expect(requestsOf(client, 'DeleteSchedule')[0]?.variables).to.deep.equal({
      id: PNL_SCHEDULE.id,
    });
    expect(findAll(page, 'tr[data-schedule]').map((r) => r.dataset.schedule)).to.deep.equal([
      'cash-flow-report',
    ]);
  });
});

describe('Automation: inbound webhooks', () => {
  function inboundClient(): FakeClient {
    return new FakeClient()
      .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
      .on('query AutomationInbound', () => ({ webhookEndpoints: [LEAD_ENDPOINT] }));
  }

  it('shows an endpoint with its URL to copy and its deliveries in words; how to call it', async () => {
    const page = await openTab(inboundClient(), 'inbound', VIEWER);
    const card = find(page, `li[data-endpoint="${LEAD_ENDPOINT.id}"]`);
    expect(text(card.querySelector('h2'))).to.equal('Website lead form');
    expect(text(card.querySelector('[data-url]'))).to.equal(LEAD_ENDPOINT.url);
    expect(find(card, 'zac-copy-button')).to.have.property('text', LEAD_ENDPOINT.url);
    expect(text(card.querySelector('dl'))).to.contain('Starts Lead qualification (Sales & leads)');
    const rows = [...card.querySelectorAll('[data-deliveries] tr[data-delivery]')];
    expect(rows.map((r) => text(r.querySelector('.badge')))).to.deep.equal([
      'rejected',
      'accepted',
    ]);
    expect(text(rows[0]?.querySelector('[data-error-words]'))).to.equal(
      'the signature did not match the secret',
    );
    expect(rows[1]?.querySelector('a')?.getAttribute('href')).to.equal(
      `/admin/runs/${LEAD_ENDPOINT.deliveries[1]?.runId}`,
    );
    const howTo = text(find(page, '[data-howto]'));
    for (const header of ['webhook-id:', 'webhook-timestamp:', 'webhook-signature: v1,']) {
      expect(howTo).to.contain(header);
    }
    expect(howTo).to.contain('"data": { …the scenario\'s input… }');
    expect(findAll(page, 'button[data-action]').filter((b) => b.closest('li'))).to.have.length(0);
  });

  it('creates an endpoint and shows its secret once, in a dialog', async () => {
    const client = inboundClient().on('mutation CreateWebhookEndpoint', (v) => ({
      createWebhookEndpoint: {
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        endpoint: { ...LEAD_ENDPOINT, id: 'e2', name: (v.input as { name: string }).name },
      },
    }));
    const page = await openTab(client, 'inbound');
    click(page, '[data-action=add-endpoint]');
    await settle(page);
    click(page, '[data-action=create-endpoint]');
    await settle(page);
    expect(text(find(page, '[data-action-error]'))).to.equal(
      'Name the endpoint and pick its scenario.',
    );
    type(find<HTMLInputElement>(page, '#e-name'), 'Shopify orders');
    const select = find<HTMLSelectElement>(page, '#e-scenario');
    select.value = 'lead-qualification';
    select.dispatchEvent(new Event('change'));
    click(page, '[data-action=create-endpoint]');
    await settle(page);
    expect(requestsOf(client, 'CreateWebhookEndpoint')[0]?.variables).to.deep.equal({
      input: { name: 'Shopify orders', scenarioKey: 'lead-qualification' },
    });
    const dialog = find<HTMLDialogElement>(page, 'dialog[data-secret-dialog]');
    expect(dialog.open).to.equal(true);
    expect(text(dialog.querySelector('[data-secret]'))).to.equal(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    );
    expect(text(dialog)).to.contain('Copy it now: the hub will not show it again');
    expect(findAll(page, 'li[data-endpoint]')).to.have.length(2);

    click(page, '[data-action=close-secret]');
    await settle(page);
    expect(dialog.open).to.equal(false);
    expect(text(dialog.querySelector('[data-secret]'))).to.equal('');
  });

  it('rotates a secret only after asking, and says a refusal in words', async () => {
    let refuse = true;
    const client = inboundClient().on('mutation RotateWebhookEndpointSecret', () => {
      if (refuse) throw refusal('FORBIDDEN', 'Only owners and admins can change endpoints.');
      return { rotateWebhookEndpointSecret: { secret: 'whsec_new', endpoint: LEAD_ENDPOINT } };
    });
    const page = await openTab(client, 'inbound');
    click(page, '[data-action=rotate-secret]');
    await settle(page);
    expect(requestsOf(client, 'RotateWebhookEndpointSecret')).to.have.length(0);
    click(page, '[data-action=confirm]');
    await settle(page);
    expect(text(find(page, '[data-action-error]'))).to.equal(
      'Only owners and admins can change endpoints.',
    );
    refuse = false;
    click(page, '[data-action=rotate-secret]');
    await settle(page);
    click(page, '[data-action=confirm]');
    await settle(page);
    expect(text(find(page, '[data-secret]'))).to.equal('whsec_new');
  });
});

describe('Automation: outbound webhooks', () => {
  function outboundClient(): FakeClient {
    return new FakeClient()
      .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
      .on('query AutomationOutbound', () => ({ webhookSubscriptions: [DISABLED_SUBSCRIPTION] }));
  }

  it('shows a subscription disabled by the hub with why, and its delivery log opening to attempts and payload', async () => {
    const client = outboundClient()
      .on('mutation RedeliverWebhook', () => ({
        redeliverWebhook: { ...TEST_DELIVERY, id: 'msg_2xLq9b' },
      }))
      .on('mutation UpdateWebhookSubscription', () => ({
        updateWebhookSubscription: {
          ...DISABLED_SUBSCRIPTION,
          enabled: true,
          disabledReason: null,
          consecutiveFailures: 0,
        },
      }));
    const page = await openTab(client, 'outbound');
    const card = find(page, 'li[data-subscription]');
    expect(findAll(card, '.chip').map((c) => text(c))).to.deep.equal([
      'Run failed',
      'Approval requested',
    ]);
    expect(text(card.querySelector('.badge'))).to.equal('disabled');
    expect(text(card.querySelector('[data-disabled-reason]'))).to.equal(
      DISABLED_SUBSCRIPTION.disabledReason,
    );
    expect(text(card.querySelector('[data-failures]'))).to.equal('8');

    const row = find(card, 'tr[data-delivery]');
    expect(text(row.querySelector('[data-label=Status]'))).to.equal('failed');
    expect(text(row.querySelector('[data-label="Last code"]'))).to.equal('503');
    click(card, '[data-action=open-delivery]');
    await settle(page);
    const attempts = findAll(card, '[data-attempts] tbody tr').map((r) => text(r));
    expect(attempts[1]).to.contain('timed out after 10 s');
    expect(attempts[1]).to.contain('10.0 s');
    expect(JSON.parse(text(find(card, '[data-payload]')))).to.deep.equal(
      DISABLED_SUBSCRIPTION.deliveries[0]?.payload,
    );
    click(card, '[data-action=redeliver]');
    await settle(page);
    expect(requestsOf(client, 'RedeliverWebhook')[0]?.variables).to.deep.equal({
      deliveryId: 'msg_2xLq9b',
    });
    expect(text(find(card, 'tr[data-delivery] [data-label=Status]'))).to.equal('retrying');

    click(card, '[data-action=enable]');
    await settle(page);
    expect(requestsOf(client, 'UpdateWebhookSubscription')[0]?.variables).to.deep.equal({
      id: DISABLED_SUBSCRIPTION.id,
      input: { enabled: true },
    });
    expect(text(find(page, 'li[data-subscription] .badge'))).to.equal('enabled');
    expect(text(find(page, 'li[data-subscription] [role=status]'))).to.equal(
      'Enabled again; the failure count starts over.',
    );
  });

  it('creates a subscription for the events checked and shows its secret once; sends a test event', async () => {
    const client = new FakeClient()
      .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
      .on('query AutomationOutbound', () => ({ webhookSubscriptions: [] }))
      .on('mutation CreateWebhookSubscription', (v) => ({
        createWebhookSubscription: {
          secret: 'whsec_out',
          subscription: {
            ...DISABLED_SUBSCRIPTION,
            ...(v.input as object),
            enabled: true,
            disabledReason: null,
            deliveries: [],
          },
        },
      }))
      .on('mutation SendTestWebhook', () => ({ sendTestWebhook: TEST_DELIVERY }));
    const page = await openTab(client, 'outbound');
    expect(text(find(page, '[data-empty]'))).to.equal('No subscriptions yet.');
    click(page, '[data-action=add-subscription]');
    await settle(page);
    type(find<HTMLInputElement>(page, '#o-url'), 'ops.example.com');
    click(page, '[data-action=save-subscription]');
    await settle(page);
    expect(text(find(page, '[data-action-error]'))).to.equal(
      'Give the receiver’s full address (https://…).',
    );
    type(find<HTMLInputElement>(page, '#o-url'), 'https://ops.example.com/hook');
    click(page, '#o-event-RUN_FAILED'); // off (RUN_SUCCEEDED and RUN_FAILED start checked)
    click(page, '#o-event-LEAD_SCORED_HOT');
    click(page, '[data-action=save-subscription]');
    await settle(page);
    expect(requestsOf(client, 'CreateWebhookSubscription')[0]?.variables).to.deep.equal({
      input: {
        url: 'https://ops.example.com/hook',
        description: null,
        eventTypes: ['RUN_SUCCEEDED', 'LEAD_SCORED_HOT'],
      },
    });
    expect(text(find(page, '[data-secret]'))).to.equal('whsec_out');
    expect(text(find(page, 'dialog'))).to.contain('Copy it now: the hub will not show it again');

    click(page, '[data-action=send-test]');
    await settle(page);
    expect(findAll(page, 'tr[data-delivery]').map((r) => r.dataset.delivery)).to.deep.equal([
      'msg_test1',
    ]);
  });
});

describe('Automation: thresholds', () => {
  function thresholdClient(): FakeClient {
    return new FakeClient()
      .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
      .on('query AutomationThresholds', () => ({
        thresholdTriggers: [OVERDUE_THRESHOLD, CASH_THRESHOLD],
      }));
  }

  it('shows each trigger in words with its crossings; a baseline says it was already over', async () => {
    const page = await openTab(thresholdClient(), 'thresholds', VIEWER);
    expect(
      findAll(page, 'li[data-threshold] [data-description]').map((h) => text(h)),
    ).to.deep.equal(['An invoice overdue', 'Cash below $10,000.00']);
    const rows = findAll(page, 'li[data-threshold=INVOICE_OVERDUE] tr[data-crossing]');
    expect(text(rows[0]?.querySelector('[data-label=Cleared]'))).to.equal('still over');
    expect(rows[0]?.querySelector('[data-label=Run] a')?.getAttribute('href')).to.equal(
      `/admin/runs/${OVERDUE_THRESHOLD.crossings[0]?.runId}`,
    );
    expect(text(rows[1]?.querySelector('[data-label=Run]'))).to.equal('already over when armed');
    expect(text(find(page, 'li[data-threshold=CASH_BELOW_FLOOR]'))).to.contain(
      'Nothing has crossed this line yet.',
    );
    expect(findAll(page, 'button[data-action], input[type=checkbox]')).to.have.length(0);
  });

  it('edits a cash floor typed in dollars into exact cents, refusing a bad amount first', async () => {
    const client = thresholdClient().on('mutation SaveThresholdTrigger', (v) => ({
      saveThresholdTrigger: {
        ...CASH_THRESHOLD,
        params: (v.input as { params: object }).params,
        description: 'Cash below $5,000.29',
      },
    }));
    const page = await openTab(client, 'thresholds');
    click(page, 'li[data-threshold=CASH_BELOW_FLOOR] [data-action=edit]');
    await settle(page);
    const floor = find<HTMLInputElement>(page, '#t-floor');
    expect(floor.value).to.equal('10000.00');
    type(floor, '5,000.299');
    click(page, '[data-action=save-threshold]');
    await settle(page);
    expect(text(find(page, '[data-error-for=floor]'))).to.equal(
      'The floor in dollars, e.g. 5000 or 5,000.00.',
    );
    type(floor, '5,000.29');
    click(page, '[data-action=save-threshold]');
    await settle(page);
    expect(requestsOf(client, 'SaveThresholdTrigger')[0]?.variables).to.deep.equal({
      input: {
        id: CASH_THRESHOLD.id,
        condition: 'CASH_BELOW_FLOOR',
        params: { floorCents: 500029 },
        scenarioKey: 'cash-flow-report',
        enabled: true,
      },
    });
    expect(text(find(page, '[data-saved]'))).to.equal('Saved: Cash below $5,000.29.');
  });

  it("takes each condition's own fields", () => {
    expect(thresholdParams('INVOICE_OVERDUE', { graceDays: '3' })).to.deep.equal({
      ok: true,
      params: { graceDays: 3 },
    });
    expect(thresholdParams('NEXUS_EXPOSURE', { percent: '80.5' })).to.deep.equal({
      ok: true,
      params: { percent: 80.5 },
    });
    expect(
      thresholdParams('NEGATIVE_SENTIMENT_SPIKE', { count: '1', windowMinutes: '60' }),
    ).to.have.property('field', 'count');
    expect(
      thresholdParams('NEGATIVE_SENTIMENT_SPIKE', { count: '4', windowMinutes: '30' }),
    ).to.deep.equal({ ok: true, params: { count: 4, windowMinutes: 30 } });
  });
});

describe('Activity: what started each run', () => {
  it('names it in the Started by column', async () => {
    const run = {
      id: '7a1b2c3d-0000-4000-8000-000000000009',
      status: 'SUCCEEDED',
      trigger: 'SCHEDULE',
      triggerSummary: 'Schedule: At 07:00, only on Monday',
      createdAt: '2027-02-15T13:00:01.000Z',
      finishedAt: '2027-02-15T13:00:03.000Z',
      costUsd: 0,
      errorCode: null,
      agent: { key: 'finance', name: 'Finance & ops' },
      scenario: { key: 'cash-flow-report', title: 'Cash flow report' },
    };
    const client = new FakeClient()
      .on('query Runs', () => ({ runs: { totalItems: 1, items: [run] } }))
      .on('query AgentList', () => ({ agents: [] }));
    const page = await fixture<ZacActivityPage>(
      html`<zac-activity-page .client=${client} .user=${VIEWER}></zac-activity-page>`,
    );
    await settle(page);
    const headers = findAll(page, 'th').map((th) => text(th));
    expect(headers).to.include('Started by');
    expect(text(find(page, `tr[data-run="${run.id}"] [data-trigger=SCHEDULE]`))).to.equal(
      'Schedule: At 07:00, only on Monday',
    );
  });
});
