import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleContext } from '../../console-context.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

// Names instead of ids: actors of the audit log, who started a run, a held email's recipient.

let fixture: SeededServices;
let keyId: string;
let userId: string;

const sql = async (text: string, params: unknown[] = []) =>
  (await fixture.db.dataSource.query(text, params)) as { id: string }[];

beforeAll(async () => {
  fixture = await openSeededServices({
    now: new Date('2026-11-26T15:00:00Z'),
    actor: 'api_key:readable-names-spec',
  });
  const { services, ctx } = fixture;
  keyId = (await services.apiKeys.createForConsole({ ...ctx, role: 'OWNER' }, 'Zapier')).apiKey.id;
  const [user] = await sql(
    `INSERT INTO admin_user (workspace_id, email, name, role, password_hash)
     VALUES ($1, 'maya@example.com', 'Maya Chen', 'ADMIN', 'x') RETURNING id`,
    [ctx.workspaceId],
  );
  userId = user?.id ?? '';
}, 120_000);

afterAll(() => fixture?.close());

describe('ActorNameService', () => {
  it('names people, keys, agents and the hub; unknown ones read as what they are', async () => {
    const { services, ctx } = fixture;
    const names = await services.actorNames.names(ctx.workspaceId, [
      `user:${userId}`,
      `api_key:${keyId}`,
      'api_key:00000000-0000-4000-8000-000000000000',
      'agent:support',
      'system:scheduler',
      'system',
      'visitor:not-a-uuid',
      'publishable_key:x',
    ]);
    expect(Object.fromEntries(names)).toEqual({
      [`user:${userId}`]: 'Maya Chen',
      [`api_key:${keyId}`]: 'API key “Zapier”',
      'api_key:00000000-0000-4000-8000-000000000000': 'A deleted API key',
      'agent:support': expect.stringMatching(/^The .+ agent$/),
      'system:scheduler': 'The hub (scheduler)',
      system: 'The hub',
      'visitor:not-a-uuid': 'A storefront visitor',
      'publishable_key:x': 'The storefront widget',
    });
    expect(names.get('agent:support')).not.toBe('The support agent');
  });

  it("does not name another workspace's key", async () => {
    const [other = { id: '' }] = await sql(
      `INSERT INTO workspace (slug, name, widget_identity_secret, visitor_token_secret)
       VALUES ('elsewhere', 'Elsewhere', 's1', 's2') RETURNING id`,
    );
    const names = await fixture.services.actorNames.names(other.id, [`api_key:${keyId}`]);
    expect(names.get(`api_key:${keyId}`)).toBe('A deleted API key');
  });
});

describe('a visitor by name', () => {
  it("gives a visitor's name, else their email, else nothing, and names them as an actor", async () => {
    const { services, ctx } = fixture;
    const [key] = await sql(
      `INSERT INTO publishable_key (workspace_id, key, name) VALUES ($1, 'pk_test_names', 'Shop')
       RETURNING id`,
      [ctx.workspaceId],
    );
    const visitor = async (name: string | null, email: string | null) =>
      (
        await sql(
          `INSERT INTO visitor (workspace_id, publishable_key_id, name, email)
           VALUES ($1, $2, $3, $4) RETURNING id`,
          [ctx.workspaceId, key?.id, name, email],
        )
      )[0]?.id ?? '';
    const [ana, bo, anonymous] = [
      await visitor('Ana Lima', 'ana@example.com'),
      await visitor(null, 'bo@example.com'),
      await visitor(null, null),
    ];
    expect(
      await Promise.all([ana, bo, anonymous].map((id) => services.actorNames.visitorName(ctx, id))),
    ).toEqual(['Ana Lima', 'bo@example.com', null]);
    const names = await services.actorNames.names(ctx.workspaceId, [
      `visitor:${ana}`,
      `visitor:${anonymous}`,
    ]);
    expect([...names.values()]).toEqual(['Storefront visitor Ana Lima', 'A storefront visitor']);
  });
});

describe('TargetNameService', () => {
  it('names a run by its agent and scenario, an agent, a team member and a key; null otherwise', async () => {
    const { services, ctx } = fixture;
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      input: { question: 'Do you gift wrap?' },
    });
    const [agent] = await sql(`SELECT id FROM agent WHERE workspace_id = $1 AND key = 'support'`, [
      ctx.workspaceId,
    ]);
    const [runName, agentName, userName, keyName, listName, goneName] = await Promise.all([
      services.targetNames.name(ctx, 'run', run.id),
      services.targetNames.name(ctx, 'agent', agent?.id ?? ''),
      services.targetNames.name(ctx, 'admin_user', userId),
      services.targetNames.name(ctx, 'api_key', keyId),
      services.targetNames.name(ctx, 'list', 'leads'),
      services.targetNames.name(ctx, 'run', '00000000-0000-4000-8000-000000000000'),
    ]);
    expect(runName).toMatch(/^.+: .+$/);
    expect(runName?.startsWith(`${agentName}: `)).toBe(true);
    expect(userName).toBe('Maya Chen');
    expect(keyName).toBe('API key “Zapier”');
    expect(listName).toBeNull();
    expect(goneName).toBeNull();
  });
});

describe('Run.startedBy and Approval.email', () => {
  it('names the team member who started a run, and the email a held approval would send', async () => {
    const { services, ctx } = fixture;
    const maya = createConsoleContext(services, ctx.workspaceId, `user:${userId}`, {
      role: 'ADMIN',
      userId,
    });
    const run = await services.runs.start(maya, {
      agentKey: 'support',
      input: { question: 'Where is my order?' },
    });
    expect(await services.runStartedBy.startedBy(maya, run)).toBe('Maya Chen');
    expect(await services.runStartedBy.startedByMany(ctx.workspaceId, [run])).toEqual([
      'Maya Chen',
    ]);

    const [lead] = await sql(`SELECT id FROM lead WHERE workspace_id = $1 AND email = $2`, [
      ctx.workspaceId,
      'priya@brightdesk.example',
    ]);
    const [outbox] = await sql(
      `INSERT INTO email_outbox (workspace_id, lead_id, "to", persona, subject, body, drafted_body)
       VALUES ($1, $2, 'priya@brightdesk.example', 'EXECUTIVE', 'Your demo', 'Hi Priya', 'Hi Priya')
       RETURNING id`,
      [ctx.workspaceId, lead?.id],
    );
    const [approval] = await sql(
      `INSERT INTO approval (workspace_id, run_id, action_kind, policy, reason, tool_name,
                             tool_call_id, tool_input, proposed_output, expires_at)
       VALUES ($1, $2, 'TOOL_CALL', 'outbound', 'Outbound email', 'send_email', 'call-1', $3,
               'Hi Priya', now() + interval '1 day')
       RETURNING id`,
      [
        ctx.workspaceId,
        run.id,
        JSON.stringify({ outboxId: outbox?.id, subject: 'Your demo', body: 'Hi Priya' }),
      ],
    );
    const [held] = await services.approvals.forRun(ctx, run.id);
    if (!held) throw new Error('the approval was not found');
    expect(held.id).toBe(approval?.id);
    expect(await services.approvalEmails.email(ctx, held)).toEqual({
      to: 'priya@brightdesk.example',
      toName: 'Priya Raman',
      subject: 'Your demo',
      body: 'Hi Priya',
    });
    expect(
      await services.approvalEmails.email(ctx, { ...held, toolName: 'issue_refund' }),
    ).toBeNull();
  });
});
