import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import { finishedRun, startTestHub, type TestHub } from './harness.js';
import { START_RUN } from './operations.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

const REPORTING_RUN = graphql(`
  query ReportingRun($id: ID!) {
    run(id: $id) {
      id
      status
      errorCode
      error
      output
    }
  }
`);

const STATEMENTS = graphql(`
  query ReportingStatements($period: String!) {
    balanceSheet(period: $period, comparePrior: false, compareLastYear: false) {
      checks {
        name
        holds
      }
    }
    cashFlowStatement(period: $period, comparePrior: false, compareLastYear: false) {
      checks {
        holds
      }
    }
  }
`);

interface Row {
  key: string;
  currentCents: number;
  priorCents: number | null;
  lastYearCents: number | null;
}
/** `Run.output` is a JSON scalar: the part of the monthly P&L reply this test reads. */
interface PnlReply {
  text: string;
  data: { statement: { title: string; sections: Array<{ rows: Row[] }> } };
}

describe('the monthly P&L on the demo books (offline)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({}, { clock: { now: () => NOW } });
  });
  afterAll(() => t?.close());

  it("builds October's income statement with September and last October, net income to the cent", async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'reporting', scenarioKey: 'monthly-pnl', input: { month: '2026-10' } },
    });
    const run = await finishedRun(t.client, REPORTING_RUN, startRun.id, 30_000);
    expect(run, `${run.errorCode}: ${run.error}`).toMatchObject({ status: 'SUCCEEDED' });
    const reply = run.output as unknown as PnlReply;
    const row = reply.data.statement.sections
      .flatMap((section) => section.rows)
      .find((r) => r.key === 'net-income');
    const net = await t.query<{ month: string; cents: string }>(
      `SELECT to_char(l.occurred_on, 'YYYY-MM') AS month,
              sum(l.credit_cents - l.debit_cents) AS cents
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE a.type IN ('REVENUE', 'COGS', 'EXPENSE')
          AND l.occurred_on BETWEEN '2025-10-01' AND '2026-10-31'
        GROUP BY 1`,
    );
    const byMonth = new Map(net.map((m) => [m.month, Number(m.cents)]));
    expect([row?.currentCents, row?.priorCents, row?.lastYearCents]).toEqual([
      byMonth.get('2026-10'),
      byMonth.get('2026-09'),
      byMonth.get('2025-10'),
    ]);
    expect(reply.text).toMatch(
      /^Income statement, October 2026, changes on September 2026 in brackets: revenue \$[\d,]+\.\d\d \((up|down) \$[\d,]+\.\d\d, [\d.]+%\);/,
    );
  });

  it('answers the balance sheet and cash flow statement with their identities holding', async () => {
    const { balanceSheet, cashFlowStatement } = await t.client.request(STATEMENTS, {
      period: '2026-10',
    });
    expect(balanceSheet.checks).toEqual([{ name: 'Assets = liabilities + equity', holds: true }]);
    expect(cashFlowStatement.checks).toEqual([{ holds: true }]);
  });
});
