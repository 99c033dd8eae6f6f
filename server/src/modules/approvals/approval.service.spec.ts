import { ApprovalEntity, RunEntity, type HubDatabase } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const LEGAL_QUESTION = 'My lawyer wants to know: how long do I have to return an item?';

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:approval-spec' });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

/** A support FAQ run on a legal topic, executed until it waits for a person. */
async function waitingRun(question = LEGAL_QUESTION): Promise<string> {
  const run = await services.runs.start(ctx, {
    agentKey: 'support',
    scenarioKey: 'faq-resolution',
    input: { question },
  });
  await services.executor.execute(run.id);
  return run.id;
}

function reload(runId: string): Promise<RunEntity> {
  return db.dataSource.manager.findOneByOrFail(RunEntity, { id: runId });
}

async function stepKinds(runId: string): Promise<string[]> {
  return (await services.runs.steps(ctx, runId)).map((s) => s.kind);
}

function approvalsOf(runId: string): Promise<ApprovalEntity[]> {
  return db.dataSource.manager.find(ApprovalEntity, { where: { runId } });
}

async function errorCodeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof DomainError ? error.errorCode : undefined;
}

describe('a reply that needs review', () => {
  it('waits for a person with the proposed reply, the legal reason and a one-day expiry, sending nothing', async () => {
    const runId = await waitingRun();

    expect((await reload(runId)).status).toBe('WAITING_FOR_HUMAN');
    const [approval] = await approvalsOf(runId);
    expect(approval).toMatchObject({
      status: 'PENDING',
      actionKind: 'SEND_REPLY',
      policy: 'legal_topic',
      reason: 'The conversation touches a legal topic ("lawyer").',
      expiresAt: new Date(NOW.getTime() + 24 * 3_600_000),
    });
    expect(approval?.proposedOutput).toContain('30 days');
    const kinds = await stepKinds(runId);
    expect(kinds.at(-1)).toBe('APPROVAL');
    expect(kinds).not.toContain('RESPONSE');
  });

  it('sends the edited reply once approved and finishes, recording who decided', async () => {
    const runId = await waitingRun();

    const resumed = await services.approvals.approve(ctx, runId, 'Edited: 30 days, see Returns.');
    expect(resumed.status).toBe('RUNNING');
    await services.executor.execute(runId);

    const run = await reload(runId);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.output?.text).toBe('Edited: 30 days, see Returns.');
    expect((await stepKinds(runId)).slice(-5)).toEqual([
      'APPROVAL',
      'HUMAN_DECISION',
      'RESPONSE',
      'FEEDBACK',
      'COMPLETED',
    ]);
    const [approval] = await approvalsOf(runId);
    expect(approval).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'api_key:approval-spec',
      editedOutput: 'Edited: 30 days, see Returns.',
      executedAt: NOW,
    });
  });

  it("stores a person's edit without the card number typed into it, and sends it so", async () => {
    const runId = await waitingRun();

    await services.approvals.approve(ctx, runId, 'Refunded to card 4111 1111 1111 1111.');
    await services.executor.execute(runId);

    expect((await approvalsOf(runId))[0]?.editedOutput).toBe('Refunded to card [card ••••1111].');
    expect((await reload(runId)).output?.text).toBe('Refunded to card [card ••••1111].');
  });

  it('lets exactly one of five simultaneous approvals through; the others learn the run no longer waits', async () => {
    const runId = await waitingRun();

    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => errorCodeOf(services.approvals.approve(ctx, runId))),
    );

    expect(outcomes.filter((code) => code === undefined)).toHaveLength(1);
    expect(outcomes.filter((code) => code === 'RUN_NOT_WAITING')).toHaveLength(4);
    expect((await stepKinds(runId)).filter((k) => k === 'HUMAN_DECISION')).toHaveLength(1);
  });

  it('runs the approved action once even when two executors take the resumed run up', async () => {
    const runId = await waitingRun();
    await services.approvals.approve(ctx, runId);

    await Promise.all([services.executor.execute(runId), services.executor.execute(runId)]);

    expect((await reload(runId)).status).toBe('SUCCEEDED');
    expect((await stepKinds(runId)).filter((k) => k === 'RESPONSE')).toHaveLength(1);
  });

  it('ends the run CANCELLED with the reason when the reply is rejected, sending nothing', async () => {
    const runId = await waitingRun();

    const run = await services.approvals.reject(ctx, runId, 'I will answer this one myself.');

    expect(run.status).toBe('CANCELLED');
    expect(run.error).toBe(
      'The reply was rejected by api_key:approval-spec: I will answer this one myself.',
    );
    expect((await stepKinds(runId)).slice(-3)).toEqual(['APPROVAL', 'HUMAN_DECISION', 'CANCELLED']);
    expect((await approvalsOf(runId))[0]?.status).toBe('REJECTED');
  });

  it('fails the run with APPROVAL_EXPIRED when someone approves after the expiry', async () => {
    const runId = await waitingRun();
    fixture.setNow(new Date(NOW.getTime() + 25 * 3_600_000));
    try {
      expect(await errorCodeOf(services.approvals.approve(ctx, runId))).toBe('APPROVAL_EXPIRED');
    } finally {
      fixture.setNow(NOW);
    }

    const run = await reload(runId);
    expect(run.status).toBe('FAILED');
    expect(run.errorCode).toBe('APPROVAL_EXPIRED');
    expect(run.error).toMatch(/^Nobody approved the reply before 2026-11-27T15:00:00.000Z/);
    expect((await approvalsOf(runId))[0]?.status).toBe('EXPIRED');
  });

  it('sweeps expired approvals: the run fails and a later approval is refused as finished', async () => {
    const runId = await waitingRun();
    fixture.setNow(new Date(NOW.getTime() + 25 * 3_600_000));
    try {
      expect(await services.approvals.expireDue()).toContain(runId);
    } finally {
      fixture.setNow(NOW);
    }

    expect((await reload(runId)).errorCode).toBe('APPROVAL_EXPIRED');
    expect(await errorCodeOf(services.approvals.approve(ctx, runId))).toBe('RUN_ALREADY_FINISHED');
  });

  it('withdraws the pending approval when the waiting run is cancelled', async () => {
    const runId = await waitingRun();

    await services.runs.cancel(ctx, runId);

    expect((await approvalsOf(runId))[0]?.status).toBe('WITHDRAWN');
  });
});

describe('decisions on the wrong run', () => {
  it('reports an unknown run as RUN_NOT_FOUND and a run that does not wait as RUN_NOT_WAITING', async () => {
    expect(
      await errorCodeOf(services.approvals.approve(ctx, '00000000-0000-4000-8000-000000000000')),
    ).toBe('RUN_NOT_FOUND');
    const queued = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
    });
    expect(await errorCodeOf(services.approvals.reject(ctx, queued.id, 'no'))).toBe(
      'RUN_NOT_WAITING',
    );
  });

  it('refuses an empty rejection reason and an oversized edit before deciding anything', async () => {
    const runId = await waitingRun();

    expect(await errorCodeOf(services.approvals.reject(ctx, runId, '  '))).toBe('INVALID_INPUT');
    expect(await errorCodeOf(services.approvals.approve(ctx, runId, 'x'.repeat(20_001)))).toBe(
      'INVALID_INPUT',
    );
    expect((await approvalsOf(runId))[0]?.status).toBe('PENDING');
  });

  it('does not hold an ordinary question', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      input: { question: 'How long do I have to return an item?' },
    });
    await services.executor.execute(run.id);

    expect((await reload(run.id)).status).toBe('SUCCEEDED');
    expect(await approvalsOf(run.id)).toEqual([]);
  });
});
