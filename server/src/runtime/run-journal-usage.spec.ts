import { RunEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';

let fixture: SeededServices;

beforeAll(async () => {
  fixture = await openSeededServices({
    now: new Date('2026-11-26T15:00:00.000Z'),
    actor: 'api_key:journal-usage-spec',
  });
});

afterAll(() => fixture?.close());

describe('RunJournal.append with usage', () => {
  it('adds each step tokens and cost to the run totals, which equal the sum of the steps', async () => {
    const { services, ctx, db } = fixture;
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
    });

    await Promise.all([
      services.journal.append(run.id, {
        kind: 'REASONING',
        title: 'one',
        inputTokens: 2_100,
        outputTokens: 40,
        costUsd: '0.000253',
      }),
      services.journal.append(run.id, {
        kind: 'REASONING',
        title: 'two',
        inputTokens: 2_400,
        outputTokens: 35,
        costUsd: '0.000177',
      }),
      services.journal.append(run.id, { kind: 'TOOL_CALL', title: 'no usage' }),
    ]);

    const row = await db.dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
    expect([row.inputTokens, row.outputTokens, row.costUsd]).toEqual([4_500, 75, '0.000430']);
    const [sums] = await db.dataSource.query<
      Array<{ input: number; output: number; cost: string }>
    >(
      `SELECT sum(input_tokens)::int AS input, sum(output_tokens)::int AS output,
              sum(cost_usd)::numeric(14, 6)::text AS cost
         FROM run_step WHERE run_id = $1`,
      [run.id],
    );
    expect(sums).toEqual({ input: 4_500, output: 75, cost: '0.000430' });
  });
});
