import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, finishedRun, startTestHub, type TestHub } from './harness.js';
import { graphql } from './gql/console/index.js';

// Threshold triggers inside a started hub (HUB_AUTOMATION=on): the monitor arms the demo's
// triggers at start without starting runs, and a journal entry posted through the API that takes
// the cash under a floor starts one run by itself, through the data-change notification.

const THRESHOLD_TRIGGERS = graphql(`
  query ThresholdTriggers {
    thresholdTriggers {
      id
      condition
      description
      scenarioKey
      crossings(first: 10) {
        subject
        detail
        runId
        clearedAt
      }
    }
  }
`);

const SAVE_THRESHOLD_TRIGGER = graphql(`
  mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {
    saveThresholdTrigger(input: $input) {
      id
      description
      crossings {
        subject
      }
    }
  }
`);

const THRESHOLD_CASH = graphql(`
  query ThresholdCash($weekEnding: String) {
    cashFlowReport(weekEnding: $weekEnding) {
      runway {
        cashBalanceCents
      }
    }
  }
`);

const POST_JOURNAL_ENTRY = graphql(`
  mutation ThresholdSpend($input: PostJournalEntryInput!) {
    postJournalEntry(input: $input) {
      id
    }
  }
`);

const THRESHOLD_RUN = graphql(`
  query ThresholdRun($id: ID!) {
    run(id: $id) {
      id
      status
      trigger
      triggerDetail
      triggerSummary
      scenario {
        key
      }
    }
  }
`);

/** Real time from an instant: a Tuesday, 03:00 in Chicago, when no demo schedule ticks. */
const START = Date.parse('2026-12-08T09:00:00.000Z');
const offset = START - Date.now();
const clock = { now: () => new Date(Date.now() + offset) };
const TODAY = '2026-12-08';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({ HUB_AUTOMATION: 'on' }, { clock });
});
afterAll(() => t?.close());

async function thresholdRuns(): Promise<Array<{ id: string; threshold_id: string }>> {
  return t.query(
    `SELECT id, trigger_detail->>'thresholdId' AS threshold_id FROM run WHERE trigger = 'THRESHOLD'`,
  );
}

describe('threshold triggers in a running hub', () => {
  it("arms the demo's triggers at start: the overdue invoices are a baseline and no run starts", async () => {
    await expectEventually(async () => {
      const { thresholdTriggers } = await t.client.request(THRESHOLD_TRIGGERS);
      const overdue = thresholdTriggers.find((trigger) => trigger.condition === 'INVOICE_OVERDUE');
      expect(overdue?.crossings.length).toBeGreaterThan(0);
      expect(
        overdue?.crossings.every(
          (c) => c.runId === null && c.detail.startsWith('Already true when the trigger was armed'),
        ),
      ).toBe(true);
    });
    expect(await thresholdRuns()).toEqual([]);
  });

  it('a journal entry that takes the cash under the floor starts one cash-flow run by itself', async () => {
    const { cashFlowReport } = await t.client.request(THRESHOLD_CASH, { weekEnding: TODAY });
    const cash = cashFlowReport.runway.cashBalanceCents;
    const { saveThresholdTrigger: trigger } = await t.client.request(SAVE_THRESHOLD_TRIGGER, {
      input: {
        condition: 'CASH_BELOW_FLOOR',
        params: { floorCents: cash - 10_000 },
        scenarioKey: 'cash-flow-report',
      },
    });
    expect(trigger.crossings).toEqual([]);

    await t.client.request(POST_JOURNAL_ENTRY, {
      input: {
        occurredOn: TODAY,
        memo: 'Kiln repair',
        lines: [
          { accountCode: '6010', debitCents: 25_000 },
          { accountCode: '1010', creditCents: 25_000 },
        ],
      },
    });

    let runId = '';
    await expectEventually(async () => {
      const runs = (await thresholdRuns()).filter((r) => r.threshold_id === trigger.id);
      expect(runs).toHaveLength(1);
      runId = runs[0]?.id ?? '';
    });
    const run = await finishedRun(t.client, THRESHOLD_RUN, runId);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      trigger: 'THRESHOLD',
      triggerDetail: { thresholdId: trigger.id, condition: trigger.description, subject: 'cash' },
      scenario: { key: 'cash-flow-report' },
    });
    expect(run.triggerSummary).toContain(trigger.description);
    const { thresholdTriggers } = await t.client.request(THRESHOLD_TRIGGERS);
    expect(thresholdTriggers.find((x) => x.id === trigger.id)?.crossings).toEqual([
      expect.objectContaining({ subject: 'cash', runId, clearedAt: null }),
    ]);
  });
});
