import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existingRun, expectEventually, startTestHub, type TestHub } from './harness.js';
import { RUN, START_RUN } from './operations.js';

describe('restarts', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  const runOf = (id: string) => existingRun(t.client, RUN, id);

  it('keeps data across a restart, and fails a run a dead process left RUNNING instead of leaving it', async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution' },
    });
    await expectEventually(async () => expect((await runOf(startRun.id)).status).toBe('SUCCEEDED'));

    // What a process that died mid-run leaves behind: RUNNING, its heartbeat long gone stale.
    const { startRun: orphan } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution' },
    });
    await expectEventually(async () => expect((await runOf(orphan.id)).status).toBe('SUCCEEDED'));
    await t.hub.database.dataSource.query(`DELETE FROM run_step WHERE run_id = $1 AND seq > 3`, [
      orphan.id,
    ]);
    await t.hub.database.dataSource.query(
      `UPDATE run SET status = 'RUNNING', finished_at = NULL, output = NULL, last_seq = 3,
              heartbeat_at = now() - interval '1 hour', locked_by = 'hub-dead' WHERE id = $1`,
      [orphan.id],
    );

    await t.restart();

    expect((await runOf(startRun.id)).status).toBe('SUCCEEDED');
    const recovered = await runOf(orphan.id);
    expect(recovered.status).toBe('FAILED');
    expect(recovered.errorCode).toBe('RUN_INTERRUPTED');
    expect(recovered.steps.map((s) => s.seq)).toEqual([1, 2, 3, 4]);
    expect(recovered.steps.at(-1)?.kind).toBe('FAILED');
  });

  it('executes runs that were still QUEUED when the hub stopped', async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution' },
    });
    await expectEventually(async () => expect((await runOf(startRun.id)).status).toBe('SUCCEEDED'));
    await t.hub.database.dataSource.query(`DELETE FROM run_step WHERE run_id = $1 AND seq > 1`, [
      startRun.id,
    ]);
    await t.hub.database.dataSource.query(
      `UPDATE run SET status = 'QUEUED', started_at = NULL, finished_at = NULL, output = NULL, last_seq = 1 WHERE id = $1`,
      [startRun.id],
    );

    await t.restart();

    await expectEventually(async () => expect((await runOf(startRun.id)).status).toBe('SUCCEEDED'));
    const run = await runOf(startRun.id);
    expect(run.steps.map((s) => s.seq)).toEqual(run.steps.map((_, i) => i + 1));
    expect(run.steps.filter((s) => s.kind === 'COMPLETED')).toHaveLength(1);
  });
});
