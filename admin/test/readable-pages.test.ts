// Names, words and downloads instead of ids and JSON: the run page, the review inbox, the audit
// log and the CSV links, rendered in Chromium from scripted answers.
import { expect, fixture, html } from '@open-wc/testing';
import type { Approval, RunDetail, RunStep, RunSummary } from '../src/api/operations.js';
import { csvHref } from '../src/components/csv-download.js';
import { keyWords } from '../src/components/key-values.js';
import { defineConsoleElements } from '../src/define.js';
import type { AuditEvent } from '../src/pages/audit.operations.js';
import type { Conversation } from '../src/pages/conversations.operations.js';
import { FakeClient } from './fake-client.js';
import { $, $$, text, settled } from './dom.js';

defineConsoleElements();

const OWNER = { id: 'u1', email: 'maya@example.com', name: 'Maya Chen', role: 'OWNER' };
const BOOKING_ID = '0b000000-0000-4000-8000-000000000001';

const summary = (partial: Partial<RunSummary> = {}): RunSummary => ({
  id: '1a2b3c4d-0000-4000-8000-000000000001',
  status: 'FAILED',
  trigger: 'MANUAL',
  triggerSummary: 'By hand in the console',
  createdAt: '2026-11-26T14:00:00.000Z',
  startedAt: '2026-11-26T14:00:00.000Z',
  finishedAt: '2026-11-26T14:00:01.200Z',
  costUsd: 0,
  errorCode: 'TOOL_NOT_AVAILABLE',
  agent: { key: 'sales', name: 'Sales & Leads' },
  scenario: { key: 'book-demo', title: 'Book a demo' },
  ...partial,
});

const step = (seq: number, kind: RunStep['kind'], data: Record<string, unknown>): RunStep => ({
  seq,
  kind,
  title: `${kind} title`,
  detail: null,
  data,
  durationMs: 10,
  inputTokens: 0,
  outputTokens: 0,
  costUsd: 0,
  streaming: false,
  startedAt: '2026-11-26T14:00:00.000Z',
});

const approval = (partial: Partial<Approval> = {}): Approval => ({
  id: 'ap-1',
  status: 'PENDING',
  actionKind: 'TOOL_CALL',
  policy: 'outbound',
  reason: 'Outbound email waits for a person.',
  toolName: 'send_email',
  amountCents: null,
  proposedOutput: 'Hi Priya, thanks for your interest.',
  editedOutput: null,
  editable: true,
  email: {
    to: 'priya@brightdesk.example',
    toName: 'Priya Raman',
    subject: 'Your demo',
    body: 'Hi Priya, thanks for your interest.',
  },
  decidedBy: null,
  decisionNote: null,
  createdAt: '2026-11-26T14:00:00.000Z',
  expiresAt: '2026-11-27T14:00:00.000Z',
  ...partial,
});

/** A run's detail as the Run query returns it: no relatives, no approvals unless given. */
const runDetail = (
  partial: Partial<RunDetail> & Pick<RunDetail, 'steps' | 'lastSeq'>,
): RunDetail => ({
  ...summary(),
  startedBy: 'Maya Chen',
  input: {},
  output: null,
  error: null,
  provider: 'offline',
  inputTokens: 0,
  outputTokens: 0,
  parentRun: null,
  childRuns: [],
  approvals: [],
  pendingApproval: null,
  ...partial,
});

describe('the run page', () => {
  it('names who started it, says the error in words, lists input as key/values and offers the invite', async () => {
    const run = runDetail({
      input: { leadEmail: 'priya@brightdesk.example', durationMinutes: 30 },
      error: 'No tool named "crm_sync" is registered.',
      lastSeq: 2,
      steps: [
        step(1, 'TRIGGER', { actor: 'user:u1' }),
        step(2, 'TOOL_RESULT', {
          tool: 'book_meeting',
          output: {
            id: BOOKING_ID,
            ics: 'BEGIN:VCALENDAR',
            localLabel: 'Mon 30 Nov, 15:00',
            timeZone: 'Europe/London',
            leadName: 'Priya Raman',
            member: { name: 'Jordan Ellis' },
          },
        }),
      ],
    });
    const client = new FakeClient().on('query Run(', () => ({ run }));
    const page = await fixture(
      html`<zac-run-page .client=${client} .user=${OWNER} runId=${run.id}></zac-run-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Sales & Leads: Book a demo');
    expect(text($(page, '[data-started-by]'))).to.equal('Maya Chen');
    expect(text($(page, '[data-duration]'))).to.equal('1.2 s');
    const error = $(page, '[data-error-code="TOOL_NOT_AVAILABLE"]');
    expect(text(error)).to.contain('A tool this scenario needs is not built yet.');
    expect(error.querySelector('details')?.open).to.equal(false);
    const input = $(page, '[data-key-values="Input"]');
    expect([...input.querySelectorAll('dt')].map(text)).to.deep.equal([
      'Lead email',
      'Duration minutes',
    ]);
    expect(input.querySelector('details > summary')?.textContent).to.equal('Raw JSON');
    const invite = $<HTMLAnchorElement>(page, 'a[data-ics]');
    expect(invite.getAttribute('href')).to.equal(`/downloads/bookings/${BOOKING_ID}/invite.ics`);
    expect(invite.hasAttribute('download')).to.equal(true);
    expect(text($(page, `[data-booking="${BOOKING_ID}"]`))).to.contain(
      'Mon 30 Nov, 15:00 (Europe/London): Priya Raman with Jordan Ellis',
    );
  });
});

describe('the run page at phone width', () => {
  it('keeps nested output with long unbroken values inside its card', async () => {
    // No hyphen or space to break at, as a message id's local part or a hash often is.
    const messageId = `<${'2e061705a60c4ca5a91c71b5f2db0697'.repeat(2)}@juniperlane.example>`;
    const run = runDetail({
      input: { leadEmail: 'priya@brightdesk.example' },
      output: {
        data: {
          sent: { to: 'priya@brightdesk.example', messageId, sentAt: '2026-12-04T22:39:13Z' },
        },
      },
      lastSeq: 1,
      steps: [step(1, 'TRIGGER', { actor: 'user:u1' })],
    });
    const client = new FakeClient().on('query Run(', () => ({ run }));
    const frame = await fixture(
      html`<div style="width: 360px">
        <zac-run-page .client=${client} .user=${OWNER} runId=${run.id}></zac-run-page>
      </div>`,
    );
    const page = frame.querySelector('zac-run-page') as HTMLElement;
    await settled(page as never);
    const output = $(page, '[data-key-values="Output"]');
    expect(text(output)).to.contain('juniperlane.example');
    // Nested values stack under their labels and long words wrap: nothing is wider than the page.
    const pageRight = page.getBoundingClientRect().right;
    expect(output.getBoundingClientRect().right).to.be.at.most(pageRight);
    expect(output.scrollWidth).to.be.at.most(output.clientWidth);
  });
});

describe('the review inbox', () => {
  it("shows an email's recipient and subject, and no Amount row when nothing is at stake", async () => {
    const refund = approval({
      id: 'ap-2',
      toolName: 'issue_refund',
      amountCents: 61_200,
      email: null,
      editable: false,
    });
    const client = new FakeClient().on('query Approvals', () => ({
      approvals: {
        totalItems: 2,
        items: [
          { ...approval(), run: summary({ status: 'WAITING_FOR_HUMAN', errorCode: null }) },
          { ...refund, run: summary({ id: 'run-2', status: 'WAITING_FOR_HUMAN' }) },
        ],
      },
    }));
    const page = await fixture(
      html`<zac-review-page .client=${client} .user=${OWNER}></zac-review-page>`,
    );
    await settled(page as never);
    const [email, money] = $$(page, 'li[data-approval]');
    expect(text(email?.querySelector('h2'))).to.equal(
      'Sales & Leads: Send an email to Priya Raman',
    );
    expect(text(email?.querySelector('[data-email-to]'))).to.equal(
      'Priya Raman <priya@brightdesk.example>',
    );
    expect(text(email?.querySelector('[data-email-subject]'))).to.equal('Your demo');
    expect(email?.querySelector('[data-amount]')).to.equal(null);
    expect([...(email?.querySelectorAll('dt') ?? [])].map(text)).not.to.include('Amount');
    expect(text(money?.querySelector('h2'))).to.equal('Sales & Leads: Issue refund');
    expect(text(money?.querySelector('[data-amount]'))).to.equal('$612.00');
  });
});

describe('the audit log', () => {
  const event = (i: number): AuditEvent => ({
    id: `ev-${i}`,
    action: i === 0 ? 'agent.update' : 'list.export',
    actor: 'api_key:0c000000-0000-4000-8000-000000000001',
    actorName: 'API key “Zapier”',
    targetType: i === 0 ? 'agent' : 'list',
    targetId: i === 0 ? '0a000000-0000-4000-8000-000000000001' : 'leads',
    targetName: i === 0 ? 'Customer Support' : null,
    data: i === 0 ? { changes: { model: { before: 'a', after: 'b' } } } : {},
    createdAt: '2026-11-26T14:00:00.000Z',
  });

  it('reads as who did what to what, with details behind a disclosure, and pages by 50', async () => {
    const client = new FakeClient().on('query Audit', (variables) => ({
      auditEvents: {
        totalItems: 120,
        items: Array.from({ length: 50 }, (_, i) => event(i + Number(variables['offset']))),
      },
    }));
    const page = await fixture(
      html`<zac-audit-page .client=${client} .user=${OWNER}></zac-audit-page>`,
    );
    await settled(page as never);
    const first = $(page, 'tbody tr');
    const cells = [...first.querySelectorAll('td')].map(text);
    expect(cells.slice(1, 4)).to.deep.equal([
      'API key “Zapier”',
      'Changed an agent’s settings',
      'Customer Support',
    ]);
    expect(text($(page, 'tbody tr:nth-child(2) [data-target]'))).to.equal('list leads');
    const details = first.querySelector('details');
    expect(details?.open).to.equal(false);
    expect(text(details?.querySelector('dt'))).to.equal('Changes');
    expect(text($(page, '[data-page-range]'))).to.equal('1–50 of 120');

    $<HTMLButtonElement>(page, 'button[data-page="older"]').click();
    await settled(page as never);
    expect(client.requests.at(-1)?.variables).to.include({ offset: 50, first: 50 });
    expect(text($(page, '[data-page-range]'))).to.equal('51–100 of 120');
  });

  it('sends its filters to the list and to the CSV download alike', async () => {
    const client = new FakeClient().on('query Audit', () => ({
      auditEvents: { totalItems: 1, items: [event(0)] },
    }));
    const page = await fixture(
      html`<zac-audit-page .client=${client} .user=${OWNER}></zac-audit-page>`,
    );
    await settled(page as never);
    $<HTMLInputElement>(page, '#action').value = 'agent.update';
    $<HTMLInputElement>(page, '#from').value = '2026-11-20';
    $<HTMLFormElement>(page, 'form').requestSubmit();
    await settled(page as never);
    const sent = client.requests.at(-1)?.variables ?? {};
    expect(sent['actions']).to.deep.equal(['agent.update']);
    const from = new Date(2026, 10, 20).toISOString();
    expect(sent['from']).to.equal(from);
    const link = $<HTMLAnchorElement>(page, 'a[data-csv="audit"]');
    expect(link.getAttribute('href')).to.equal(
      `/exports/audit.csv?action=agent.update&from=${encodeURIComponent(from)}`,
    );
  });
});

describe('the conversations inbox', () => {
  it("names a visitor who gave a name, and downloads the tab's conversations as CSV", async () => {
    const conversation = (id: string, visitorName: string | null): Conversation => ({
      id,
      handoffState: 'HUMAN_REQUESTED',
      customerEmail: null,
      visitorId: '0d000000-0000-4000-8000-000000000001',
      visitorName,
      updatedAt: '2026-11-26T14:00:00.000Z',
      lastMessage: { role: 'CUSTOMER', text: 'Hello?', createdAt: '2026-11-26T14:00:00.000Z' },
      messages: [],
    });
    const client = new FakeClient().on('query Conversations', () => ({
      conversations: {
        totalItems: 2,
        items: [conversation('c1', 'Ana Lima'), conversation('c2', null)],
      },
    }));
    const page = await fixture(
      html`<zac-conversations-page .client=${client} .user=${OWNER}></zac-conversations-page>`,
    );
    await settled(page as never);
    expect($$(page, 'ul.list strong').map(text)).to.deep.equal(['Ana Lima', 'Anonymous visitor']);
    expect($<HTMLAnchorElement>(page, 'a[data-csv]').getAttribute('href')).to.equal(
      '/exports/conversations.csv?state=HUMAN_REQUESTED',
    );
  });
});

describe('csvHref and keyWords', () => {
  it('sends filters as query parameters, lists as repeats, and leaves empty ones out', () => {
    expect(csvHref('leads')).to.equal('/exports/leads.csv');
    expect(
      csvHref('conversations', { state: ['HUMAN', 'HUMAN_REQUESTED'], search: '', x: null }),
    ).to.equal('/exports/conversations.csv?state=HUMAN&state=HUMAN_REQUESTED');
    expect(csvHref('runs', { agent: 'sales', status: 'FAILED' })).to.equal(
      '/exports/runs.csv?agent=sales&status=FAILED',
    );
  });

  it('turns JSON keys into words', () => {
    expect(keyWords('leadEmail')).to.equal('Lead email');
    expect(keyWords('due_on')).to.equal('Due on');
    expect(keyWords('issue_refund')).to.equal('Issue refund');
  });
});
