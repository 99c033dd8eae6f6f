import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmailOutboxService } from '../../../modules/leads/mail/outbox.service.js';
import { SmtpMailer } from '../../../modules/leads/mail/smtp-mailer.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import type { ToolContext } from '../../../runtime/tool-registry.js';
import { ToolError } from '../../../runtime/tool-registry.js';
import { draftFollowUpEmailTool } from './draft-follow-up-email.tool.js';
import { sendEmailTool } from './send-email.tool.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
// The SMTP peer refuses this recipient, as a real server refuses an unknown mailbox.
const BOUNCING = 'bounce@brightdesk.example';

let s: SeededServices;
let smtp: SMTPServer;
const received: Array<{ to: string[]; raw: string }> = [];
let outbox: EmailOutboxService;
let runId: string;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'api_key:send-email-spec' });
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(address.address === BOUNCING ? new Error('550 No such mailbox') : undefined);
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  outbox = new EmailOutboxService(
    s.db.dataSource,
    { now: () => NOW },
    new SmtpMailer(`smtp://127.0.0.1:${port}`),
    'Juniper Lane Goods <hello@juniperlane.example>',
  );
  const [run] = (await s.db.dataSource.query(
    `INSERT INTO run (workspace_id, agent_id, status)
     SELECT workspace_id, id, 'RUNNING' FROM agent WHERE key = 'sales' RETURNING id`,
  )) as Array<{ id: string }>;
  runId = run?.id ?? '';
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await s?.close();
});

function toolContext(approvalId?: string): ToolContext {
  return {
    workspaceId: s.ctx.workspaceId,
    runId,
    agentKey: 'sales',
    now: NOW,
    ...(approvalId ? { approvalId } : {}),
  };
}

/** An approval row, as a person's decision leaves it (the outbox refers to it). */
async function approval(): Promise<string> {
  const [row] = (await s.db.dataSource.query(
    `INSERT INTO approval (workspace_id, run_id, status, action_kind, policy, reason, tool_name,
                           tool_call_id, tool_input, proposed_output, expires_at, decided_at)
     VALUES ($1, $2, 'APPROVED', 'TOOL_CALL', 'outbound_untrusted', 'test', 'send_email',
             'call_' || floor(random() * 1e9)::text, '{}', 'body', now() + interval '1 day', now())
     RETURNING id`,
    [s.ctx.workspaceId, runId],
  )) as Array<{ id: string }>;
  return row?.id ?? '';
}

async function draftFor(email: string, consent = true) {
  await s.services.leads.capture(s.ctx, { name: 'Priya Raman', email, consent });
  await s.services.leads.enrich(s.ctx, email);
  const draft = draftFollowUpEmailTool({
    leads: s.services.leads,
    outbox,
  });
  return draft.execute(toolContext(), { leadEmail: email, persona: 'END_USER' });
}

async function failure(work: Promise<unknown>): Promise<ToolError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ToolError);
  return error as ToolError;
}

describe('send_email', () => {
  it('declares itself outbound, reviewing the body', () => {
    expect(sendEmailTool(outbox).review).toEqual({ kind: 'outbound', textField: 'body' });
  });

  it('sends once per approval: a second call with the same approval returns the first send', async () => {
    const draft = await draftFor('priya@brightdesk.example');
    const tool = sendEmailTool(outbox);
    const approvalId = await approval();
    const call = { outboxId: draft.outboxId, subject: draft.subject, body: 'Edited body.' };

    const first = await tool.execute(toolContext(approvalId), call);
    const second = await tool.execute(toolContext(approvalId), call);

    expect(second).toEqual(first);
    expect(first).toMatchObject({ to: 'priya@brightdesk.example', status: 'SENT' });
    expect(received.filter((m) => m.to.includes('priya@brightdesk.example'))).toHaveLength(1);
    const row = await outbox.find(s.ctx, draft.outboxId);
    expect(row).toMatchObject({ status: 'SENT', approvalId, body: 'Edited body.', sentAt: NOW });
  });

  it('refuses to send the same draft again under another approval: EMAIL_ALREADY_SENT', async () => {
    const [row] = await outbox.list(s.ctx);
    const error = await failure(
      sendEmailTool(outbox).execute(toolContext(await approval()), {
        outboxId: row?.id ?? '',
        subject: 'Again',
        body: 'Again',
      }),
    );

    expect(error.errorCode).toBe('EMAIL_ALREADY_SENT');
    expect(received).toHaveLength(1);
  });

  it('records FAILED with the SMTP error when the server refuses the recipient', async () => {
    const draft = await draftFor(BOUNCING);

    const error = await failure(
      sendEmailTool(outbox).execute(toolContext(await approval()), {
        outboxId: draft.outboxId,
        subject: draft.subject,
        body: draft.body,
      }),
    );

    expect(error.errorCode).toBe('MAIL_DELIVERY_FAILED');
    const row = await outbox.find(s.ctx, draft.outboxId);
    expect(row?.status).toBe('FAILED');
    expect(row?.error).toContain('550 No such mailbox');
    expect(error.message).toContain('550 No such mailbox');
    expect(received).toHaveLength(1);
  });

  it('refuses to send to a lead who withdrew consent after the draft: CONSENT_REQUIRED, nothing changes', async () => {
    const draft = await draftFor('later@brightdesk.example');
    await s.services.leads.capture(s.ctx, {
      name: 'Priya Raman',
      email: 'later@brightdesk.example',
      consent: false,
    });

    const error = await failure(
      sendEmailTool(outbox).execute(toolContext(await approval()), {
        outboxId: draft.outboxId,
        subject: draft.subject,
        body: draft.body,
      }),
    );

    expect(error.errorCode).toBe('CONSENT_REQUIRED');
    expect(await outbox.find(s.ctx, draft.outboxId)).toMatchObject({
      status: 'DRAFT',
      claimedAt: null,
      approvalId: null,
    });
    expect(received).toHaveLength(1);
  });
});

describe('draft_follow_up_email', () => {
  it('fills each persona template from the lead and company facts', async () => {
    await s.services.leads.capture(s.ctx, {
      name: 'Priya Raman',
      email: 'priya@brightdesk.example',
      sourcePage: 'corporate gifting',
      pricingPageVisits: 2,
    });
    const tool = draftFollowUpEmailTool({
      leads: s.services.leads,
      outbox,
    });
    const draft = (persona: 'TECHNICAL_DECISION_MAKER' | 'EXECUTIVE' | 'END_USER') =>
      tool.execute(toolContext(), {
        leadEmail: 'priya@brightdesk.example',
        persona,
        notes: 'a welcome gift for 12 new hires',
      });

    const technical = await draft('TECHNICAL_DECISION_MAKER');
    const executive = await draft('EXECUTIVE');
    const endUser = await draft('END_USER');

    expect(technical.subject).toBe('How gift ordering would work for BrightDesk');
    expect(technical.body).toContain('for a team of about 120 people');
    expect(technical.body).toContain('reading our corporate gifting page');
    expect(executive.body).toBe(
      [
        'Hi Priya,',
        '',
        'Thanks for your interest in Juniper Lane Goods and for reading our corporate gifting page. Teams in software use our gifts to thank clients and welcome new hires. We handle sourcing, wrapping and delivery for a company like BrightDesk of about 120 people, with one invoice.',
        '',
        'You mentioned a welcome gift for 12 new hires; I saw you looked at our pricing, so I can put a tailored quote together. Would a 15-minute call next week be useful?',
        '',
        'Best,',
        'Juniper Lane Goods',
      ].join('\n'),
    );
    expect(endUser.subject).toBe('Gifts your team will actually like');
    expect(endUser.writtenBy).toBe('template');
  });

  it("records the model's own subject and body when it wrote them", async () => {
    const tool = draftFollowUpEmailTool({
      leads: s.services.leads,
      outbox,
    });

    const draft = await tool.execute(toolContext(), {
      leadEmail: 'priya@brightdesk.example',
      persona: 'EXECUTIVE',
      subject: 'Quick question',
      body: 'Hi Priya, a short note from the model.',
    });

    expect(draft).toMatchObject({ subject: 'Quick question', writtenBy: 'model' });
    expect((await outbox.find(s.ctx, draft.outboxId))?.status).toBe('DRAFT');
  });

  it('refuses a lead without consent and a lead never captured, writing no draft', async () => {
    const tool = draftFollowUpEmailTool({
      leads: s.services.leads,
      outbox,
    });
    const before = (await outbox.list(s.ctx)).length;

    const noConsent = await failure(
      tool.execute(toolContext(), { leadEmail: 'later@brightdesk.example', persona: 'END_USER' }),
    );
    const unknown = await failure(
      tool.execute(toolContext(), { leadEmail: 'ghost@brightdesk.example', persona: 'END_USER' }),
    );

    expect([noConsent.errorCode, unknown.errorCode]).toEqual([
      'CONSENT_REQUIRED',
      'LEAD_NOT_FOUND',
    ]);
    expect(await outbox.list(s.ctx)).toHaveLength(before);
  });
});

describe('a hostile lead through draft and SMTP', () => {
  it('delivers one Subject header and no injected header, with the lead text inert in the body', async () => {
    const email = 'eve@hostile.example';
    await s.services.leads.capture(s.ctx, {
      name: 'Eve',
      email,
      consent: true,
      company: 'Evil Corp\r\nBcc: everyone@example.com\r\nX-Injected: yes',
      sourcePage: '[pricing](javascript:alert(1))',
    });
    const draft = await draftFollowUpEmailTool({
      leads: s.services.leads,
      outbox,
    }).execute(toolContext(), { leadEmail: email, persona: 'EXECUTIVE' });
    const before = received.length;

    await sendEmailTool(outbox).execute(toolContext(await approval()), {
      outboxId: draft.outboxId,
      // A model or a person may also edit the subject on approval: still one line.
      subject: `${draft.subject}\r\nBcc: late@example.com`,
      body: draft.body,
    });

    const [message] = received.slice(before);
    expect(message?.to).toEqual([email]);
    const headers = message?.raw.split(/\r?\n\r?\n/)[0] ?? '';
    const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
    expect(unfolded.match(/^Subject: .*$/gim)).toEqual([
      'Subject: Corporate gifts for Evil Corp Bcc: everyone@example.com X-Injected: yes, without the admin Bcc: late@example.com',
    ]);
    expect(unfolded).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(draft.body).toContain(
      'Thanks for your interest in Juniper Lane Goods and for reading our pricing(javascript alert(1)) page.',
    );
  });
});
