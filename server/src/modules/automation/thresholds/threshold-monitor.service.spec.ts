import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callerContext, type RequestContext } from '../../../context.js';
import type { ThresholdCondition } from '../../../engines/automation/thresholds.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import type { JournalPoster } from '../../ledger/journal-poster.js';
import { ThresholdMonitor } from './threshold-monitor.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const TODAY = '2026-11-26';
const SYSTEM: JournalPoster = { type: 'SYSTEM', id: 'threshold-monitor.spec' };

let s: SeededServices;
let owner: RequestContext;
let workspaceId: string;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:threshold-spec' });
  workspaceId = s.ctx.workspaceId;
  owner = callerContext(workspaceId, 'user:threshold-spec', { role: 'OWNER' });
});
afterAll(() => s?.close());
beforeEach(() => s.setNow(NOW));
afterEach(async () => {
  await s.services.thresholds.stop();
  await s.db.dataSource.query('DELETE FROM threshold_trigger');
});

interface ThresholdRun {
  id: string;
  trigger: string;
  detail: { thresholdId: string; condition: string; subject: string };
  input: Record<string, unknown>;
  scenarioKey: string;
  step: Record<string, unknown>;
}

/** The runs a trigger started, oldest first, with their TRIGGER step's data. */
async function runsOf(triggerId: string): Promise<ThresholdRun[]> {
  const rows = (await s.db.dataSource.query(
    `SELECT r.id, r.trigger, r.trigger_detail, r.input, sc.key AS scenario_key, st.data
       FROM run r
       JOIN scenario sc ON sc.id = r.scenario_id
       JOIN run_step st ON st.run_id = r.id AND st.kind = 'TRIGGER'
      WHERE r.trigger_detail->>'thresholdId' = $1
      ORDER BY r.created_at, r.id`,
    [triggerId],
  )) as Array<{
    id: string;
    trigger: string;
    trigger_detail: ThresholdRun['detail'];
    input: Record<string, unknown>;
    scenario_key: string;
    data: Record<string, unknown>;
  }>;
  return rows.map((row) => ({
    id: row.id,
    trigger: row.trigger,
    detail: row.trigger_detail,
    input: row.input,
    scenarioKey: row.scenario_key,
    step: row.data,
  }));
}

async function crossingsOf(triggerId: string) {
  return (await s.db.dataSource.query(
    `SELECT id, subject, detail, baseline, run_id, cleared_at FROM threshold_crossing
      WHERE trigger_id = $1 ORDER BY crossed_at, subject`,
    [triggerId],
  )) as Array<{
    id: string;
    subject: string;
    detail: string;
    baseline: boolean;
    run_id: string | null;
    cleared_at: Date | null;
  }>;
}

function save(condition: ThresholdCondition, params: Record<string, unknown>, scenarioKey: string) {
  return s.services.thresholdTriggers.save(owner, { condition, params, scenarioKey });
}

function cash(): Promise<number> {
  return s.services.cashFlow.cashBalance(workspaceId, TODAY);
}

/** Pays `cents` out of the checking account today (an advertising bill), through the ledger. */
function spend(cents: number) {
  return s.services.ledger.post(
    workspaceId,
    {
      occurredOn: TODAY,
      memo: 'Trade show booth',
      sourceType: 'ADJUSTMENT',
      sourceId: null,
      lines: [
        { accountCode: '6010', debitCents: cents, creditCents: 0 },
        { accountCode: '1010', debitCents: 0, creditCents: cents },
      ],
    },
    SYSTEM,
  );
}

describe('the demo shop', () => {
  it('arms its four seeded triggers at the first evaluation: what was already true is a baseline, no run starts', async () => {
    const first = await s.services.thresholds.evaluate(workspaceId);
    expect(first.map((e) => [e.condition, e.armed, e.runIds.length]).sort()).toEqual([
      ['CASH_BELOW_FLOOR', true, 0],
      ['INVOICE_OVERDUE', true, 0],
      ['NEGATIVE_SENTIMENT_SPIKE', true, 0],
      ['NEXUS_EXPOSURE', true, 0],
    ]);
    const byCondition = Object.fromEntries(first.map((e) => [e.condition, e.opened]));
    expect(byCondition).toEqual({
      INVOICE_OVERDUE: [
        'invoice:INV-2026-002',
        'invoice:INV-2026-004',
        'invoice:INV-2026-005',
        'invoice:INV-2026-006',
      ],
      NEXUS_EXPOSURE: ['state:GA', 'state:NJ'],
      CASH_BELOW_FLOOR: [],
      NEGATIVE_SENTIMENT_SPIKE: [],
    });
    const crossings = (await s.db.dataSource.query(
      'SELECT baseline, run_id, detail FROM threshold_crossing',
    )) as Array<{ baseline: boolean; run_id: string | null; detail: string }>;
    expect(crossings).toHaveLength(6);
    expect(crossings.every((c) => c.baseline && c.run_id === null)).toBe(true);
    expect(crossings.map((c) => c.detail)).toContain(
      'Already true when the trigger was armed, so no run was started: Invoice INV-2026-002 (Harbor Point Realty) is 75 days overdue ($2,312.00 open, due 2026-09-12)',
    );

    const again = await s.services.thresholds.evaluate(workspaceId);
    expect(again.every((e) => !e.armed && e.opened.length === 0 && e.runIds.length === 0)).toBe(
      true,
    );
    const counted = (await s.db.dataSource.query(
      "SELECT count(*)::int AS count FROM run WHERE trigger = 'THRESHOLD'",
    )) as Array<{ count: number }>;
    expect(counted).toEqual([{ count: 0 }]);
  });
});

describe('crossings start one run each', () => {
  it('an invoice becoming overdue as days pass starts one late-invoice run, dated the shop day', async () => {
    const trigger = await save('INVOICE_OVERDUE', { graceDays: 0 }, 'late-invoice-detection');
    expect(trigger.armedAt).not.toBeNull();
    expect((await crossingsOf(trigger.id)).map((c) => [c.subject, c.baseline])).toEqual([
      ['invoice:INV-2026-002', true],
      ['invoice:INV-2026-004', true],
      ['invoice:INV-2026-005', true],
      ['invoice:INV-2026-006', true],
    ]);
    expect(await runsOf(trigger.id)).toEqual([]);

    // INV-2026-007 falls due ten days after NOW: on day eleven it is one day overdue.
    s.setNow(new Date('2026-12-07T15:00:00.000Z'));
    const [evaluation] = await s.services.thresholds.evaluate(workspaceId, ['invoices']);
    expect(evaluation?.opened).toEqual(['invoice:INV-2026-007']);
    const runs = await runsOf(trigger.id);
    expect(runs).toEqual([
      {
        id: evaluation?.runIds[0],
        trigger: 'THRESHOLD',
        detail: {
          thresholdId: trigger.id,
          condition: 'An open invoice is past its due date',
          subject: 'invoice:INV-2026-007',
        },
        input: { asOf: '2026-12-07' },
        scenarioKey: 'late-invoice-detection',
        step: expect.objectContaining({
          trigger: 'THRESHOLD',
          actor: 'system:threshold-monitor',
          agentKey: 'finance',
          scenarioKey: 'late-invoice-detection',
          thresholdId: trigger.id,
          subject: 'invoice:INV-2026-007',
        }),
      },
    ]);
    const crossing = (await crossingsOf(trigger.id)).find(
      (c) => c.subject === 'invoice:INV-2026-007',
    );
    expect(crossing).toMatchObject({ baseline: false, run_id: runs[0]?.id, cleared_at: null });
    expect(crossing?.detail).toMatch(/^Invoice INV-2026-007 \(.+\) is 1 day overdue \(\$/);

    for (let i = 0; i < 10; i++) await s.services.thresholds.evaluate(workspaceId);
    expect(await runsOf(trigger.id)).toHaveLength(1);
  });

  it('a state reaching the share of its nexus threshold starts one compliance run for this tax year', async () => {
    const trigger = await save('NEXUS_EXPOSURE', { percent: 80 }, 'compliance-monitoring');
    expect((await crossingsOf(trigger.id)).map((c) => c.subject)).toEqual(['state:GA', 'state:NJ']);
    // Arizona: 21% of its $100,000 of gross sales so far this year; $60,000 more makes it 81%.
    await s.db.dataSource.query(
      `INSERT INTO sale (workspace_id, sold_on, ship_to_state, channel, order_count, goods_cents,
                         shipping_cents, tax_collected_cents, marketplace_facilitated, tax_treatment)
       VALUES ($1, $2, 'AZ', 'WHOLESALE', 4, 6000000, 0, 0, false, 'taxable')`,
      [workspaceId, TODAY],
    );
    const [evaluation] = await s.services.thresholds.evaluate(workspaceId, ['sales']);
    expect(evaluation?.opened).toEqual(['state:AZ']);
    const runs = await runsOf(trigger.id);
    expect(runs.map((r) => [r.detail.subject, r.scenarioKey, r.input])).toEqual([
      ['state:AZ', 'compliance-monitoring', { taxYear: 2026 }],
    ]);
    const az = (await crossingsOf(trigger.id)).find((c) => c.subject === 'state:AZ');
    expect(az?.detail).toBe(
      'Arizona: 81.00% of the economic-nexus threshold (calendar year 2026 to date), not registered',
    );
    await s.services.thresholds.evaluate(workspaceId, ['sales']);
    expect(await runsOf(trigger.id)).toHaveLength(1);
  });

  it('a spike of negative customer messages starts one ticket-escalation run, and clears once it ages out', async () => {
    const trigger = await save(
      'NEGATIVE_SENTIMENT_SPIKE',
      { count: 3, windowMinutes: 60 },
      'ticket-escalation',
    );
    const conversation = await s.services.conversations.start(owner, {});
    const texts = [
      'My order arrived broken and nobody answers. Terrible.',
      'Thanks, the candles smell lovely!',
      'This is awful, the mug is cracked again.',
      'I am very angry, worst service ever.',
    ];
    for (const [i, text] of texts.entries()) {
      s.setNow(new Date(NOW.getTime() + i * 60_000));
      await s.services.conversations.postCustomerMessage(owner, {
        conversationId: conversation.id,
        clientMessageId: `spike-${i}`,
        text,
        agentKey: 'support',
      });
    }
    const [evaluation] = await s.services.thresholds.evaluate(workspaceId, ['messages']);
    expect(evaluation?.opened).toEqual(['sentiment']);
    const [run] = await runsOf(trigger.id);
    expect(run?.scenarioKey).toBe('ticket-escalation');
    expect(run?.detail.condition).toBe('3 or more negative customer messages within 60 minutes');
    expect(run?.input.message).toBe(
      '3 or more negative customer messages within 60 minutes. 3 negative customer messages in the last 60 minutes (latest: "I am very angry, worst service ever."). A manager should review these conversations.',
    );

    s.setNow(new Date(NOW.getTime() + 61 * 60_000));
    const [later] = await s.services.thresholds.evaluate(workspaceId, ['messages']);
    expect(later?.cleared).toEqual(['sentiment']);
    expect(await runsOf(trigger.id)).toHaveLength(1);
  });

  it('cash going under the floor, back over it and under again starts a second run', async () => {
    const before = await cash();
    const trigger = await save(
      'CASH_BELOW_FLOOR',
      { floorCents: before - 10_000 },
      'cash-flow-report',
    );
    expect(await crossingsOf(trigger.id)).toEqual([]);

    const entry = await spend(20_000);
    const [crossed] = await s.services.thresholds.evaluate(workspaceId, ['ledger']);
    expect(crossed?.opened).toEqual(['cash']);
    expect((await runsOf(trigger.id)).map((r) => r.input)).toEqual([
      { weekEnding: TODAY, historyWeeks: 13 },
    ]);
    await s.services.thresholds.evaluate(workspaceId, ['ledger']);
    expect(await runsOf(trigger.id)).toHaveLength(1);

    await s.services.ledger.reverse(workspaceId, entry.id, 'Booth cancelled', SYSTEM);
    const [cleared] = await s.services.thresholds.evaluate(workspaceId, ['ledger']);
    expect(cleared?.cleared).toEqual(['cash']);
    expect(await runsOf(trigger.id)).toHaveLength(1);

    await spend(30_000);
    const [again] = await s.services.thresholds.evaluate(workspaceId, ['ledger']);
    expect(again?.opened).toEqual(['cash']);
    const runs = await runsOf(trigger.id);
    expect(runs).toHaveLength(2);
    const crossings = await crossingsOf(trigger.id);
    expect(crossings.map((c) => [c.subject, c.cleared_at !== null, c.run_id])).toEqual([
      ['cash', true, runs[0]?.id],
      ['cash', false, runs[1]?.id],
    ]);
  });
});

describe('refused runs', () => {
  it('a crossing whose run the launcher refuses records why, and is not retried', async () => {
    const trigger = await save(
      'CASH_BELOW_FLOOR',
      { floorCents: (await cash()) - 10_000 },
      'cash-flow-report',
    );
    await s.db.dataSource.query(
      "UPDATE agent SET enabled = false WHERE workspace_id = $1 AND key = 'finance'",
      [workspaceId],
    );
    try {
      await spend(20_000);
      const [evaluation] = await s.services.thresholds.evaluate(workspaceId, ['ledger']);
      expect(evaluation).toMatchObject({ opened: ['cash'], runIds: [] });
      s.setNow(new Date(NOW.getTime() + 5 * 60_000));
      await s.services.thresholds.evaluate(workspaceId, ['ledger']);
      expect(await runsOf(trigger.id)).toEqual([]);
      const [crossing] = await s.services.thresholdTriggers.crossings(owner, trigger.id, 10);
      expect(crossing).toMatchObject({ subject: 'cash', runId: null });
      expect(crossing?.runError).toBe('AGENT_DISABLED: The agent "finance" is disabled.');
    } finally {
      await s.db.dataSource.query(
        "UPDATE agent SET enabled = true WHERE workspace_id = $1 AND key = 'finance'",
        [workspaceId],
      );
    }
  });
});

describe('arming', () => {
  it('a trigger created while its condition already holds records a baseline crossing and starts no run', async () => {
    const trigger = await save(
      'CASH_BELOW_FLOOR',
      { floorCents: (await cash()) + 100_000 },
      'cash-flow-report',
    );
    const [crossing] = await crossingsOf(trigger.id);
    expect(crossing).toMatchObject({ subject: 'cash', baseline: true, run_id: null });
    expect(crossing?.detail).toMatch(
      /^Already true when the trigger was armed, so no run was started: Cash is \$[\d,]+\.\d\d, below the \$[\d,]+\.\d\d floor$/,
    );
    await s.services.thresholds.evaluate(workspaceId);
    expect(await runsOf(trigger.id)).toEqual([]);
  });

  it('disabling and enabling again takes a new baseline instead of running for what happened meanwhile', async () => {
    const trigger = await save(
      'CASH_BELOW_FLOOR',
      { floorCents: (await cash()) - 10_000 },
      'cash-flow-report',
    );
    await s.services.thresholdTriggers.save(owner, { ...trigger, enabled: false });
    await spend(20_000);
    await s.services.thresholds.evaluate(workspaceId);
    expect(await crossingsOf(trigger.id)).toEqual([]);
    await s.services.thresholdTriggers.save(owner, { ...trigger, enabled: true });
    expect((await crossingsOf(trigger.id)).map((c) => [c.subject, c.baseline])).toEqual([
      ['cash', true],
    ]);
    await s.services.thresholds.evaluate(workspaceId);
    expect(await runsOf(trigger.id)).toEqual([]);
  });
});

describe('evaluated when the data changes', () => {
  it('a ledger posting that drops cash below the floor starts one run through the change notification', async () => {
    const trigger = await save(
      'CASH_BELOW_FLOOR',
      { floorCents: (await cash()) - 10_000 },
      'cash-flow-report',
    );
    s.services.thresholds.start();
    await s.services.thresholds.idle();
    expect(await runsOf(trigger.id)).toEqual([]);

    // Three postings in a burst: one evaluation after the coalescing window, one crossing.
    await spend(5_000);
    await spend(10_000);
    await spend(1_000);
    await s.services.dataChanges.idle();
    const runs = await runsOf(trigger.id);
    expect(runs.map((r) => [r.trigger, r.detail.subject, r.scenarioKey])).toEqual([
      ['THRESHOLD', 'cash', 'cash-flow-report'],
    ]);
    expect(runs[0]?.detail.condition).toMatch(/^Cash below \$[\d,]+\.\d\d$/);
  });

  it('after stop, changes are ignored', async () => {
    const trigger = await save(
      'CASH_BELOW_FLOOR',
      { floorCents: (await cash()) - 10_000 },
      'cash-flow-report',
    );
    s.services.thresholds.start();
    await s.services.thresholds.stop();
    await spend(20_000);
    await s.services.dataChanges.idle();
    expect(await crossingsOf(trigger.id)).toEqual([]);
  });
});

describe('racing evaluations', () => {
  it('two monitors evaluating at once open one crossing and start one run', async () => {
    const trigger = await save(
      'CASH_BELOW_FLOOR',
      { floorCents: (await cash()) - 10_000 },
      'cash-flow-report',
    );
    await spend(20_000);
    const services = s.services;
    // A second hub process on the same database: its own monitor over the same data.
    const other = new ThresholdMonitor({
      dataSource: services.dataSource,
      clock: services.clock,
      launcher: services.launcher,
      playbooks: services.playbooks,
      dataChanges: services.dataChanges,
      sources: {
        receivables: services.receivables,
        nexus: services.nexus,
        cashFlow: services.cashFlow,
        isNegative: () => false,
      },
    });
    const results = await Promise.all([
      services.thresholds.evaluate(workspaceId, ['ledger']),
      other.evaluate(workspaceId, ['ledger']),
      services.thresholds.evaluate(workspaceId, ['ledger']),
      other.evaluate(workspaceId, ['ledger']),
    ]);
    expect(results.flat().flatMap((r) => r.opened)).toEqual(['cash']);
    expect(await crossingsOf(trigger.id)).toHaveLength(1);
    expect(await runsOf(trigger.id)).toHaveLength(1);
  });
});
