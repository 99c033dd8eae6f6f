import { DEMO_UNSEEN_MERCHANTS, UNCATEGORIZED_COUNT } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf, finishedRun, startTestHub, type TestHub } from './harness.js';
import { graphql } from './gql/console/index.js';
import { START_RUN } from './operations.js';

// Thu 26 Nov 2026. The demo books end today; its invoices are dated relative to it
// (db/src/seed/demo-business.ts): INV-2026-002 is 75 days overdue, -004 45 (partly paid), -005 20,
// -006 5; -007 and -008 are not due yet.
const NOW = new Date('2026-11-26T15:00:00.000Z');
const TODAY = '2026-11-26';

const FINANCE_RUN = graphql(`
  query FinanceRun($id: ID!) {
    run(id: $id) {
      id
      status
      errorCode
      error
      output
    }
  }
`);

const AGING = graphql(`
  query FinanceAging($asOf: String) {
    receivablesAging(asOf: $asOf) {
      asOf
      totalOpenCents
      overdueCents
      buckets {
        bucket
        count
        openCents
      }
      rows {
        number
        daysOverdue
        bucket
        draftedStages
        stageDue
      }
    }
  }
`);

const CASH_FLOW = graphql(`
  query FinanceCashFlow($weekEnding: String) {
    cashFlowReport(weekEnding: $weekEnding) {
      week {
        start
        end
        totalInCents
        totalOutCents
        netCents
      }
      trend {
        start
      }
      runway {
        cashBalanceCents
      }
    }
  }
`);

const IMPORT_BANK_FILE = graphql(`
  mutation FinanceImport($input: ImportBankFileInput!) {
    importBankFile(input: $input) {
      importedCount
      duplicateCount
    }
  }
`);

const BANK_ACCOUNTS = graphql(`
  query FinanceBankAccounts {
    bankAccounts {
      id
      name
    }
  }
`);

/** `Run.output` is a JSON scalar: the parts of the finance replies these tests read. */
interface CategorizationReply {
  text: string;
  data: {
    categorization: {
      categorized: Array<{ transactionId: string; accountCode: string; amountCents: number }>;
      queuedForReview: Array<{ description: string; accountCode: string; confidence: number }>;
      postedByAccount: Record<string, number>;
      heldOutAccuracy: number;
    };
  };
}
interface OverdueReply {
  text: string;
  data: {
    overdue: { overdue: Array<{ number: string; daysOverdue: number; stageDue: number | null }> };
    drafted: Array<{ invoiceNumber: string; stage: number }>;
  };
}
interface CashFlowReply {
  text: string;
  data: { cashFlow: { start: string; end: string; totalInCents: number; totalOutCents: number } };
}

async function runScenario<Reply>(
  t: TestHub,
  scenarioKey: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; reply: Reply }> {
  const { startRun } = await t.client.request(START_RUN, {
    input: { agentKey: 'finance', scenarioKey, input },
  });
  const run = await finishedRun(t.client, FINANCE_RUN, startRun.id, 60_000);
  expect(run, `${run.errorCode}: ${run.error}`).toMatchObject({ status: 'SUCCEEDED' });
  return { id: run.id, reply: run.output as Reply };
}

describe('the finance scenarios on the demo books (offline)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({}, { clock: { now: () => NOW } });
  });
  afterAll(() => t?.close());

  it('categorizes the uncategorized month: confident ones posted, unseen merchants queued for review', async () => {
    const { id, reply } = await runScenario<CategorizationReply>(t, 'expense-categorization');
    const { categorized, queuedForReview, postedByAccount, heldOutAccuracy } =
      reply.data.categorization;

    expect(categorized.length + queuedForReview.length).toBe(
      UNCATEGORIZED_COUNT + DEMO_UNSEEN_MERCHANTS.length,
    );
    expect(heldOutAccuracy).toBeGreaterThanOrEqual(0.95);
    // Merchants the books never saw go to a person, whatever the classifier guessed.
    const queued = queuedForReview.map((q) => q.description);
    for (const unseen of DEMO_UNSEEN_MERCHANTS) expect(queued).toContain(unseen.description);

    // The database agrees: nothing left uncategorized, the queue holds exactly the doubtful ones,
    // and the run posted one balanced entry per categorized transaction, the amounts per account
    // equal to what the reply reports.
    const statuses = await t.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM bank_transaction GROUP BY status ORDER BY status`,
    );
    expect(statuses.find((s) => s.status === 'UNCATEGORIZED')).toBeUndefined();
    expect(statuses.find((s) => s.status === 'NEEDS_REVIEW')?.n).toBe(queuedForReview.length);
    const posted = await t.query<{ code: string; cents: string }>(
      `SELECT a.code, sum(l.debit_cents - l.credit_cents) AS cents
         FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
         JOIN ledger_account a ON a.id = l.account_id
        WHERE e.posted_by_type = 'AGENT' AND e.posted_by = $1 AND a.code <> '1010'
        GROUP BY a.code`,
      [id],
    );
    expect(Object.fromEntries(posted.map((p) => [p.code, Number(p.cents)]))).toEqual(
      postedByAccount,
    );
    expect(reply.text).toContain(`Categorized and posted ${categorized.length} bank transaction`);
    expect(reply.text).toContain(`${queuedForReview.length} below the 90% confidence threshold`);
  });

  it('categorizes nothing twice when run again', async () => {
    const { reply } = await runScenario<CategorizationReply>(t, 'expense-categorization');
    expect(reply.data.categorization.categorized).toEqual([]);
    expect(reply.data.categorization.queuedForReview).toEqual([]);
    expect(reply.text).toBe('Every bank transaction is already categorized.');
  });

  it('lists the overdue invoices by age and drafts the reminder stage each is due for, once', async () => {
    const { reply } = await runScenario<OverdueReply>(t, 'late-invoice-detection');
    expect(reply.data.overdue.overdue.map((i) => [i.number, i.daysOverdue, i.stageDue])).toEqual([
      ['INV-2026-002', 75, 4],
      ['INV-2026-004', 45, 4],
      ['INV-2026-005', 20, 3],
      ['INV-2026-006', 5, 1],
    ]);
    expect(reply.data.drafted).toEqual([
      expect.objectContaining({ invoiceNumber: 'INV-2026-002', stage: 4 }),
      expect.objectContaining({ invoiceNumber: 'INV-2026-004', stage: 4 }),
      expect.objectContaining({ invoiceNumber: 'INV-2026-005', stage: 3 }),
      expect.objectContaining({ invoiceNumber: 'INV-2026-006', stage: 1 }),
    ]);
    const reminders = await t.query<{ number: string; stage: number; status: string }>(
      `SELECT i.number, r.stage, r.status FROM invoice_reminder r JOIN invoice i ON i.id = r.invoice_id
        ORDER BY i.number`,
    );
    expect(reminders).toEqual([
      { number: 'INV-2026-002', stage: 4, status: 'DRAFTED' },
      { number: 'INV-2026-004', stage: 4, status: 'DRAFTED' },
      { number: 'INV-2026-005', stage: 3, status: 'DRAFTED' },
      { number: 'INV-2026-006', stage: 1, status: 'DRAFTED' },
    ]);

    // Run again the same day: every due stage is drafted already, so nothing new.
    const again = await runScenario<OverdueReply>(t, 'late-invoice-detection');
    expect(again.reply.data.drafted).toEqual([]);
    expect(again.reply.text).toContain('No new reminder is due');
    expect(await t.query('SELECT id FROM invoice_reminder')).toHaveLength(4);

    // The console's aging shows the same state.
    const { receivablesAging } = await t.client.request(AGING, { asOf: TODAY });
    expect(receivablesAging.rows.find((r) => r.number === 'INV-2026-005')).toMatchObject({
      bucket: 'DAYS_1_30',
      draftedStages: [3],
      stageDue: null,
    });
    expect(receivablesAging.buckets.map((b) => [b.bucket, b.count])).toEqual([
      ['CURRENT', 2],
      ['DAYS_1_30', 2],
      ['DAYS_31_60', 1],
      ['DAYS_61_90', 1],
      ['OVER_90', 0],
    ]);
  });

  it("reports this week's cash flow with totals equal to the bank feed's, to the cent", async () => {
    const { reply } = await runScenario<CashFlowReply>(t, 'cash-flow-report');
    const report = reply.data.cashFlow;
    expect([report.start, report.end]).toEqual(['2026-11-20', TODAY]);
    const [sums] = await t.query<{ in_cents: string; out_cents: string }>(
      `SELECT coalesce(sum(amount_cents) FILTER (WHERE amount_cents > 0), 0) AS in_cents,
              coalesce(-sum(amount_cents) FILTER (WHERE amount_cents < 0), 0) AS out_cents
         FROM bank_transaction WHERE posted_on BETWEEN '2026-11-20' AND '2026-11-26'`,
    );
    expect([report.totalInCents, report.totalOutCents]).toEqual([
      Number(sums?.in_cents),
      Number(sums?.out_cents),
    ]);
    expect(reply.text).toMatch(
      /^Week 2026-11-20 to 2026-11-26: \$[\d,]+\.\d\d in, \$[\d,]+\.\d\d out/,
    );

    const { cashFlowReport } = await t.client.request(CASH_FLOW, { weekEnding: TODAY });
    expect(cashFlowReport.week.totalOutCents).toBe(report.totalOutCents);
    expect(cashFlowReport.trend).toHaveLength(13);
    expect(cashFlowReport.runway.cashBalanceCents).toBeGreaterThan(0);
  });

  it('refuses a malformed bank file over the API with BANK_FILE_INVALID, importing nothing', async () => {
    const { bankAccounts } = await t.client.request(BANK_ACCOUNTS);
    const before = await t.query('SELECT id FROM bank_transaction');
    const code = await errorCodeOf(
      t.client.request(IMPORT_BANK_FILE, {
        input: {
          bankAccountId: bankAccounts[0]?.id ?? '',
          fileName: 'bad.csv',
          content: 'Date,Description,Amount\n11/25/2026,USPS,-5.00\nnot a date,UPS,-7.00\n',
        },
      }),
    );
    expect(code).toBe('BANK_FILE_INVALID');
    expect(await t.query('SELECT id FROM bank_transaction')).toHaveLength(before.length);
  });
});
