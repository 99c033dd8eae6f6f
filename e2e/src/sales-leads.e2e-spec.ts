import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCodeOf,
  expectEventually,
  finishedRun,
  startTestHub,
  type TestHub,
} from './harness.js';
import type { FollowUpWaitingQuery } from './gql/console/graphql.js';
import { graphql } from './gql/console/index.js';
import { RUN, START_RUN } from './operations.js';

const PRIYA = {
  name: 'Priya Raman',
  email: 'priya@brightdesk.example',
  company: 'BrightDesk',
  pagesViewed: 9,
  pricingPageVisits: 3,
  minutesOnSite: 14,
  consent: true,
};
const SUBMIT_LEAD = graphql(`
  mutation SubmitSalesLead($input: SubmitLeadInput!) {
    submitLead(input: $input) {
      id
      email
      captures
      pagesViewed
      score
      tier
    }
  }
`);
const LEAD = graphql(`
  query LeadByEmail($email: String!) {
    lead(email: $email) {
      email
      score
      tier
      stage
      consent
      scoreFactors {
        feature
        label
        value
        contribution
      }
    }
  }
`);
const WAITING = graphql(`
  query FollowUpWaiting($id: ID!) {
    run(id: $id) {
      id
      status
      pendingApproval {
        id
        toolName
        policy
        proposedOutput
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveFollowUp($id: ID!, $editedOutput: String) {
    approveRun(id: $id, editedOutput: $editedOutput) {
      id
      status
    }
  }
`);
const REJECT = graphql(`
  mutation RejectFollowUp($id: ID!, $reason: String!) {
    rejectRun(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

type PendingApproval = NonNullable<NonNullable<FollowUpWaitingQuery['run']>['pendingApproval']>;

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP peer in this process: accepts every message and keeps it. */
async function startSmtpPeer(): Promise<{
  port: number;
  mails: ReceivedMail[];
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom;
        mails.push({
          from: from ? from.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text body of a single-part message, decoded from quoted-printable when it is. */
function textBody(raw: string): string {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const headers = text.slice(0, split);
  const body = text.slice(split + 2).replace(/\n$/, '');
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return body;
  const bytes = body
    .replace(/=\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function header(raw: string, name: string): string | undefined {
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw)?.[1]?.trim();
}

describe('the sales agent: leads, scoring and follow-up emails (offline provider)', () => {
  let t: TestHub;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await startTestHub({
      HUB_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      HUB_MAIL_FROM: 'Juniper Lane Goods <hello@juniperlane.example>',
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  async function startRun(scenarioKey: string, input: Record<string, unknown>): Promise<string> {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'sales', scenarioKey, input },
    });
    return startRun.id;
  }

  async function pendingApproval(id: string): Promise<PendingApproval> {
    let approval: PendingApproval | null = null;
    await expectEventually(async () => {
      const { run } = await t.client.request(WAITING, { id });
      expect(run?.status).toBe('WAITING_FOR_HUMAN');
      approval = run?.pendingApproval ?? null;
      expect(approval).not.toBeNull();
    });
    if (!approval) throw new Error(`run ${id} never waited for approval`);
    return approval;
  }

  const outbox = (runId: string) =>
    t.query<{
      status: string;
      to: string;
      subject: string;
      body: string;
      drafted_body: string;
      message_id: string | null;
      approval_id: string | null;
      sent_at: Date | null;
    }>(
      `SELECT status, "to", subject, body, drafted_body, message_id, approval_id, sent_at
       FROM email_outbox WHERE run_id = $1`,
      [runId],
    );

  it('qualifies Priya: the lead row holds score 89, HOT, and the factors, pricing visits first', async () => {
    const id = await startRun('lead-qualification', PRIYA);

    const run = await finishedRun(t.client, RUN, id);

    expect(run.status).toBe('SUCCEEDED');
    expect(String(run.output?.text)).toContain('scores 89/100, HOT');
    // `output` is a JSON scalar: this narrowing is the scenario's output, not a contract shape.
    expect((run.output?.data as { nextStep: { chatOpening: string } }).nextStep.chatOpening).toBe(
      'Hi Priya! I saw you were looking at our corporate gifting prices for BrightDesk. Want me to put together a quote or a sample box for your team?',
    );
    const [row] = await t.query<{
      score: number;
      tier: string;
      stage: string;
      consent: boolean;
      score_factors: Array<{ feature: string }>;
      enrichment: { industry: string };
    }>('SELECT score, tier, stage, consent, score_factors, enrichment FROM lead WHERE email = $1', [
      PRIYA.email,
    ]);
    expect(row).toMatchObject({ score: 89, tier: 'HOT', stage: 'QUALIFIED', consent: true });
    expect(row?.enrichment.industry).toBe('Software');
    expect(row?.score_factors.map((f) => f.feature)).toEqual([
      'pricingPageVisits',
      'profileFit',
      'targetIndustry',
      'pagesViewed',
      'minutesOnSite',
      'companySize',
    ]);
    const { lead } = await t.client.request(LEAD, { email: 'Priya@BrightDesk.example' });
    expect(lead).toMatchObject({ score: 89, tier: 'HOT' });
    expect(lead?.scoreFactors[0]?.label).toBe('Pricing-page visits');
  });

  it('keeps one lead when the same email is submitted twice, adding up the engagement', async () => {
    const input = { name: 'Sam Okafor', email: 'sam@maplecrest.example', pagesViewed: 3 };

    const first = await t.client.request(SUBMIT_LEAD, { input });
    const second = await t.client.request(SUBMIT_LEAD, {
      input: { ...input, email: 'SAM@maplecrest.example', pagesViewed: 2, pricingPageVisits: 1 },
    });

    expect(second.submitLead).toMatchObject({
      id: first.submitLead.id,
      captures: 2,
      pagesViewed: 5,
    });
    const rows = await t.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM lead WHERE email = $1',
      ['sam@maplecrest.example'],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses a malformed email with INVALID_INPUT and writes no lead', async () => {
    const code = await errorCodeOf(
      t.client.request(SUBMIT_LEAD, { input: { name: 'Bad Email', email: 'not-an-email' } }),
    );

    expect(code).toBe('INVALID_INPUT');
    const rows = await t.query<{ n: number }>('SELECT count(*)::int AS n FROM lead');
    expect(rows[0]?.n).toBe(2);
  });

  it('drafts the follow-up, waits for approval, and sends the edited body once through SMTP', async () => {
    const id = await startRun('follow-up-email', {
      leadEmail: PRIYA.email,
      persona: 'EXECUTIVE',
    });

    const approval = await pendingApproval(id);
    const [draft] = await outbox(id);
    expect(draft).toMatchObject({ status: 'DRAFT', to: PRIYA.email, message_id: null });
    expect(approval).toMatchObject({ toolName: 'send_email', policy: 'outbound_untrusted' });
    expect(approval.proposedOutput).toBe(draft?.drafted_body);
    expect(approval.proposedOutput).toContain('Hi Priya,');
    expect(approval.proposedOutput).toContain('Teams in software use our gifts');
    expect(smtp.mails).toHaveLength(0);

    const edited =
      'Hi Priya,\n\nThanks for stopping by. Could we talk on Tuesday?\n\nBest,\nJuniper Lane Goods';
    await t.client.request(APPROVE, { id, editedOutput: edited });
    const run = await finishedRun(t.client, RUN, id);

    expect(run.status).toBe('SUCCEEDED');
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail?.to).toEqual([PRIYA.email]);
    expect(mail?.from).toBe('hello@juniperlane.example');
    expect(textBody(mail?.raw ?? '')).toBe(edited);
    expect(header(mail?.raw ?? '', 'Subject')).toBe(
      'Corporate gifts for BrightDesk, without the admin',
    );
    const [sent] = await outbox(id);
    expect(sent).toMatchObject({ status: 'SENT', body: edited, drafted_body: draft?.drafted_body });
    expect(sent?.message_id).toBe(header(mail?.raw ?? '', 'Message-ID'));
    expect(sent?.approval_id).toBe(approval.id);
    const [lead] = await t.query<{ stage: string }>('SELECT stage FROM lead WHERE email = $1', [
      PRIYA.email,
    ]);
    expect(lead?.stage).toBe('CONTACTED');

    // A second approval of the same run is refused, and nothing more is sent.
    expect(await errorCodeOf(t.client.request(APPROVE, { id, editedOutput: 'again' }))).toBe(
      'RUN_ALREADY_FINISHED',
    );
    expect(smtp.mails).toHaveLength(1);
  });

  it('sends nothing when the person rejects the email; the draft stays a draft', async () => {
    const id = await startRun('follow-up-email', {
      leadEmail: PRIYA.email,
      persona: 'TECHNICAL_DECISION_MAKER',
    });
    await pendingApproval(id);

    await t.client.request(REJECT, { id, reason: 'Too soon after the last email.' });
    const run = await finishedRun(t.client, RUN, id);

    expect(run.status).toBe('SUCCEEDED');
    expect(String(run.output?.text)).toBe(
      `The follow-up email to ${PRIYA.email} was not sent: it was rejected (Too soon after the last email.).`,
    );
    expect(smtp.mails).toHaveLength(1);
    expect((await outbox(id)).map((r) => [r.status, r.message_id, r.approval_id])).toEqual([
      ['DRAFT', null, null],
    ]);
  });

  it('refuses to draft for a lead without consent: the run fails CONSENT_REQUIRED, nothing waits', async () => {
    const id = await startRun('follow-up-email', {
      leadEmail: 'sam@maplecrest.example',
      persona: 'END_USER',
    });

    const run = await finishedRun(t.client, RUN, id);

    expect([run.status, run.errorCode]).toEqual(['FAILED', 'CONSENT_REQUIRED']);
    expect(await outbox(id)).toEqual([]);
  });
});

const OUTBOX = graphql(`
  query FollowUpOutbox {
    caughtEmails(first: 10) {
      delivery
      totalItems
      items {
        id
        messageId
        fromAddress
        toAddress
        subject
        textBody
        headers
        sentAt
      }
    }
  }
`);

/** Submits Priya, runs the follow-up scenario to its approval and approves it as drafted. */
async function approvedFollowUp(t: TestHub) {
  await t.client.request(SUBMIT_LEAD, { input: { ...PRIYA } });
  const { startRun } = await t.client.request(START_RUN, {
    input: {
      agentKey: 'sales',
      scenarioKey: 'follow-up-email',
      input: { leadEmail: PRIYA.email, persona: 'END_USER' },
    },
  });
  await expectEventually(async () => {
    const { run } = await t.client.request(WAITING, { id: startRun.id });
    expect(run?.status).toBe('WAITING_FOR_HUMAN');
  });
  await t.client.request(APPROVE, { id: startRun.id });
  return { id: startRun.id, run: await finishedRun(t.client, RUN, startRun.id) };
}

describe('follow-up email on a fresh hub without HUB_SMTP_URL (the development mail catcher)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t?.close());

  it('succeeds, and the Outbox holds the email as the lead would receive it', async () => {
    const { id, run } = await approvedFollowUp(t);

    expect([run.status, run.errorCode], run.error ?? '').toEqual(['SUCCEEDED', null]);
    const [row] = await t.query<{ status: string; subject: string; message_id: string }>(
      'SELECT status, subject, message_id FROM email_outbox WHERE run_id = $1',
      [id],
    );
    expect(row?.status).toBe('SENT');
    const { caughtEmails } = await t.client.request(OUTBOX, {});
    expect(caughtEmails.delivery).toBe('CATCHER');
    expect(caughtEmails.totalItems).toBe(1);
    const [mail] = caughtEmails.items;
    expect(mail).toMatchObject({
      toAddress: PRIYA.email,
      subject: row?.subject,
      messageId: row?.message_id,
      fromAddress: 'Juniper Lane Goods <hello@juniperlane.example>',
    });
    expect(mail?.subject).not.toBe('');
    expect(mail?.textBody).toContain('Priya');
    expect(mail?.headers).toMatchObject({ To: PRIYA.email, 'Message-ID': row?.message_id });
    const [lead] = await t.query<{ stage: string }>('SELECT stage FROM lead WHERE email = $1', [
      PRIYA.email,
    ]);
    expect(lead?.stage).toBe('CONTACTED');
  });
});

describe('follow-up email in production without HUB_SMTP_URL', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ NODE_ENV: 'production' });
  });
  afterAll(() => t?.close());

  it('fails the approved send with MAIL_NOT_CONFIGURED and keeps the draft (no catcher)', async () => {
    const { id, run } = await approvedFollowUp(t);

    expect([run.status, run.errorCode], run.error ?? '').toEqual(['FAILED', 'MAIL_NOT_CONFIGURED']);
    expect(run.error).toContain('HUB_SMTP_URL');
    const rows = await t.query<{ status: string }>(
      'SELECT status FROM email_outbox WHERE run_id = $1',
      [id],
    );
    expect(rows).toEqual([{ status: 'DRAFT' }]);
    const { caughtEmails } = await t.client.request(OUTBOX, {});
    expect([caughtEmails.delivery, caughtEmails.totalItems]).toEqual(['NONE', 0]);
  });
});
