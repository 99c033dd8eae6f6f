import { createHash } from 'node:crypto';
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

// One hub for both blocks (a start is seconds of CI): the runs read the demo books and write
// only their own run and report rows, which no other test here reads.
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({}, { clock: { now: () => NOW } });
});
afterAll(() => t?.close());

describe('the monthly P&L on the demo books (offline)', () => {
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

const RATIOS = graphql(`
  query ReportingRatios($asOf: String!) {
    financialRatios(asOf: $asOf) {
      ratios {
        key
        value
      }
      alerts {
        text
      }
    }
  }
`);

/** The parts of the ratio-analysis and filing replies these tests read. */
interface RatiosReply {
  text: string;
  data: {
    ratios: {
      window: { from: string; to: string };
      ratios: Array<{ key: string; value: number | null; numerator: { cents: number } }>;
      alerts: Array<{ text: string }>;
    };
  };
}
interface FilingReply {
  text: string;
  data: {
    filing: {
      checksHold: boolean;
      package: {
        title: string;
        files: Array<{ format: string; url: string; sha256: string; bytes: number }>;
      };
      outlook: { from: string; to: string } | null;
    };
  };
}

/** "$12,345.67" (or "-$..."), as the hub formats cents. */
function dollars(cents: number): string {
  const abs = Math.abs(cents);
  const text = `$${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
  return cents < 0 ? `-${text}` : text;
}

describe('ratios, the quarterly filing package and the annual report on the demo books (offline)', () => {
  async function run(scenarioKey: string, input: Record<string, unknown>) {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'reporting', scenarioKey, input },
    });
    const finished = await finishedRun(t.client, REPORTING_RUN, startRun.id, 60_000);
    expect(finished, `${finished.errorCode}: ${finished.error}`).toMatchObject({
      status: 'SUCCEEDED',
    });
    return finished.output as unknown;
  }

  /** Net P&L activity (revenue - costs) between two dates, straight from the journal lines. */
  async function ledgerNetIncome(from: string, to: string): Promise<number> {
    const [row] = await t.query<{ cents: string }>(
      `SELECT sum(l.credit_cents - l.debit_cents) AS cents
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE a.type IN ('REVENUE', 'COGS', 'EXPENSE') AND l.occurred_on BETWEEN $1 AND $2`,
      [from, to],
    );
    return Number(row?.cents);
  }

  it('ratio analysis: the twelve months to 2026-09-30, the same ratios and alerts as the API, gross profit from the ledger', async () => {
    const reply = (await run('ratio-analysis', { asOf: '2026-09-30' })) as RatiosReply;
    const { financialRatios } = await t.client.request(RATIOS, { asOf: '2026-09-30' });
    expect(reply.data.ratios.window).toEqual({
      from: '2025-10-01',
      to: '2026-09-30',
      days: 365,
    });
    expect(reply.data.ratios.ratios.map((r) => [r.key, r.value])).toEqual(
      financialRatios.ratios.map((r) => [r.key, r.value]),
    );
    expect(reply.data.ratios.alerts.map((a) => a.text)).toEqual(
      financialRatios.alerts.map((a) => a.text),
    );
    const [gross] = await t.query<{ cents: string }>(
      `SELECT sum(CASE WHEN a.type = 'REVENUE' THEN l.credit_cents - l.debit_cents
                       ELSE l.debit_cents - l.credit_cents END * CASE WHEN a.type = 'COGS' THEN -1 ELSE 1 END) AS cents
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE a.type IN ('REVENUE', 'COGS') AND l.occurred_on BETWEEN '2025-10-01' AND '2026-09-30'`,
    );
    const grossMargin = reply.data.ratios.ratios.find((r) => r.key === 'gross-margin');
    expect(grossMargin?.numerator.cents).toBe(Number(gross?.cents));
    expect(reply.text).toMatch(
      /^Ratios as of 2026-09-30 over the twelve months 2025-10-01 to 2026-09-30, against Miscellaneous Store Retailers .*: gross margin [\d.]+% \(industry [\d.]+% to [\d.]+%\);/,
    );
  });

  it('quarterly filing: Q3 2026 as PDF, XLSX and CSV downloadable with their sha256, net income as the ledger has it', async () => {
    const reply = (await run('quarterly-filing', { quarter: '2026-Q3' })) as FilingReply;
    const filing = reply.data.filing;
    expect(filing.checksHold).toBe(true);
    expect(filing.package.files.map((f) => f.format)).toEqual(['PDF', 'XLSX', 'CSV']);
    const origin = new URL(t.hub.graphqlUrl).origin;
    for (const file of filing.package.files) {
      const response = await fetch(new URL(file.url, origin));
      expect(response.status, file.format).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    const net = await ledgerNetIncome('2026-07-01', '2026-09-30');
    expect(reply.text).toContain(`Net income was ${dollars(net)}`);
    expect(reply.text).toMatch(/^Quarterly filing package, Q3 2026 is ready: PDF \(\d+ KB\)/);
  });

  it('annual report: 2025 against 2024 with the outlook, net income as the ledger has it', async () => {
    const reply = (await run('annual-report', { year: 2025 })) as FilingReply;
    const net = await ledgerNetIncome('2025-01-01', '2025-12-31');
    expect(reply.text).toContain(`Net income was ${dollars(net)}`);
    // The books begin in November 2024: the comparison says so rather than claiming a trend.
    expect(reply.text).toContain('2024 is only partly in the books');
    expect(reply.data.filing.outlook).toMatchObject({ from: '2026-11', to: '2027-10' });
    expect(reply.text).toMatch(
      /Outlook 2026-11 to 2027-10 \(a forecast, not a figure of the books\): revenue \$[\d,]+\.\d\d in the base case/,
    );
  });
});
