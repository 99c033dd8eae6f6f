import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, startTestHub, type TestHub } from './harness.js';
import { RUN_STEPS, START_RUN } from './operations.js';

const QUESTIONS = [
  'How long do I have to return an item?',
  'Do you ship to Canada?',
  'Can I put my mug in the dishwasher?',
  'my mug arrived broken',
  'Do gift cards expire?',
];

describe('many runs at once', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('finishes 50 concurrent runs, each step persisted exactly once and streamed in order', async () => {
    const started = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.client.request(START_RUN, {
          input: {
            agentKey: 'support',
            scenarioKey: 'faq-resolution',
            input: { question: QUESTIONS[i % QUESTIONS.length] },
          },
        }),
      ),
    );
    const ids = started.map((s) => s.startRun.id);
    const streams = await Promise.all(
      ids.map((runId) => collect(t.client.subscribe(RUN_STEPS, { runId }))),
    );
    for (const stream of streams) {
      expect(stream.map((d) => d.runSteps.seq)).toEqual(stream.map((_, i) => i + 1));
      expect(stream.at(-1)?.runSteps.kind).toBe('COMPLETED');
    }

    const rows: Array<{
      run_id: string;
      status: string;
      last_seq: number;
      steps: string;
      distinct_seqs: string;
      max_seq: number;
      terminals: string;
    }> = await t.hub.database.dataSource.query(
      `SELECT r.id AS run_id, r.status, r.last_seq,
                count(s.id) AS steps, count(DISTINCT s.seq) AS distinct_seqs, max(s.seq) AS max_seq,
                count(*) FILTER (WHERE s.kind IN ('COMPLETED', 'FAILED', 'CANCELLED')) AS terminals
           FROM run r JOIN run_step s ON s.run_id = r.id
          WHERE r.id = ANY($1)
          GROUP BY r.id`,
      [ids],
    );
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      expect(row.status).toBe('SUCCEEDED');
      expect(Number(row.steps)).toBe(row.last_seq);
      expect(Number(row.distinct_seqs)).toBe(row.last_seq);
      expect(row.max_seq).toBe(row.last_seq);
      expect(Number(row.terminals)).toBe(1);
    }
    const streamed = streams.reduce((n, s) => n + s.length, 0);
    expect(streamed).toBe(rows.reduce((n, r) => n + r.last_seq, 0));
  });
});
