import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf, finishedRun, startTestHub, type TestHub } from './harness.js';
import { RUN, START_RUN } from './operations.js';

// The demo books run 24 whole months back from NOW's month; the demo tax profile logs miles for
// January to October 2026 and lists a pottery wheel and a slab roller under section 179.
const NOW = new Date('2026-11-26T15:00:00.000Z');

// A figure names its rules by id; their citations are read once, from rulesUsed (as a console
// page would), which keeps the query within 80% of the depth limit.
const WHY = 'cents formula rules { ruleId concept ruleSetVersion value note }';
// Plain text (not a generated document): the lead regenerates the client types with the schema.
// Everything a console page would show, so the test also proves it fits the operation limits.
const DEDUCTION_SUMMARY = `
  query DeductionSummary($taxYear: Int!) {
    deductionSummary(taxYear: $taxYear) {
      taxYear
      ruleSetVersion
      period { from to }
      booksThrough
      profile { filingStatus businessForm note }
      grossReceipts { ${WHY} }
      returnsAndAllowances { ${WHY} }
      costOfGoodsSold { ${WHY} }
      grossIncome { ${WHY} }
      lines { line label ledgerCents adjustment accounts { code name cents } deduction { ${WHY} } }
      meals { ${WHY} }
      vehicle { description businessMiles totalMiles chosen why standardMileage { ${WHY} } actualExpenses { ${WHY} } deduction { ${WHY} } }
      section179 {
        properties { description placedInServiceOn reason businessCost { ${WHY} } elected { ${WHY} } }
        dollarLimit { ${WHY} } threshold { ${WHY} } dollarLimitation { ${WHY} } businessIncome { ${WHY} }
        businessIncomeLimitation { ${WHY} } deduction { ${WHY} } carryover { ${WHY} }
      }
      homeOffice { officeSquareFeet homeSquareFeet chosen why carryoverOperatingCents carryoverDepreciationCents simplified { ${WHY} } actual { ${WHY} } deduction { ${WHY} } }
      totalExpenses { ${WHY} }
      tentativeProfit { ${WHY} }
      homeOfficeDeduction { ${WHY} }
      netProfit { ${WHY} }
      missedDeductions { kind cents text }
      rulesUsed { ruleId concept ruleSetVersion value note citation { publisher title section url published } }
    }
  }
`;

interface Summary {
  taxYear: number;
  ruleSetVersion: string;
  lines: Array<{
    line: string;
    ledgerCents: number;
    deduction: { cents: number; rules: Array<{ ruleId: string }> };
    adjustment: string | null;
  }>;
  vehicle: {
    chosen: string;
    standardMileage: { cents: number };
    actualExpenses: { cents: number };
  };
  section179: {
    deduction: { cents: number };
    dollarLimit: {
      cents: number;
      rules: Array<{ ruleId: string }>;
    };
  };
  netProfit: { cents: number };
  missedDeductions: Array<{ kind: string; cents: number; text: string }>;
  rulesUsed: Array<{ ruleId: string; citation: { url: string } }>;
}

/** `Run.output` is a JSON scalar: the part of the deduction-tracking reply this test reads. */
interface DeductionsReply {
  text: string;
  data: { deductions: Summary };
}

const NEXUS_EXPOSURE = `
  query NexusExposure($asOf: String) {
    nexusExposure(asOf: $asOf) {
      asOf
      timeZone
      ruleSetVersion
      registerNow
      watch
      statesSoldInto
      states {
        state stateName status registered registeredOn actionKind action reason
        rule { id summary effectiveFrom effectiveTo citation { publisher title section url published } }
        decidingWindow { from to label salesCents transactions percent met tests { kind measured threshold comparator percent met } }
      }
    }
  }
`;

interface NexusState {
  state: string;
  status: string;
  actionKind: string;
  rule: { id: string; citation: { url: string } } | null;
  decidingWindow: {
    from: string;
    to: string;
    salesCents: number;
    transactions: number;
    percent: string;
  } | null;
}

/** `Run.output` of compliance-monitoring: the part this test reads. */
interface NexusReply {
  text: string;
  data: { nexus: { asOf: string; registerNow: string[]; watch: string[]; states: NexusState[] } };
}

describe('deduction tracking on the demo books (offline)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({}, { clock: { now: () => NOW } });
  });
  afterAll(() => t?.close());

  it("tracks 2026's deductions from the ledger: lines to the cent, meals at half, rules cited, missed deductions named", async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'tax', scenarioKey: 'deduction-tracking', input: { taxYear: 2026 } },
    });
    const run = await finishedRun(t.client, RUN, startRun.id, 30_000);
    expect(run, `${run.errorCode}: ${run.error}`).toMatchObject({ status: 'SUCCEEDED' });
    const reply = run.output as unknown as DeductionsReply;
    const summary = reply.data.deductions;

    const ledger = await t.query<{ line: string; cents: string }>(
      `SELECT a.schedule_c_line AS line, sum(l.debit_cents - l.credit_cents) AS cents
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE a.type = 'EXPENSE' AND l.occurred_on BETWEEN '2026-01-01' AND '2026-12-31'
        GROUP BY 1`,
    );
    expect(Object.fromEntries(summary.lines.map((l) => [l.line, l.ledgerCents]))).toEqual(
      Object.fromEntries(ledger.map((r) => [r.line, Number(r.cents)])),
    );
    const meals = summary.lines.find((l) => l.line === 'L24B_MEALS');
    expect(meals?.deduction.cents).toBe(Math.floor(((meals?.ledgerCents ?? 0) + 1) / 2));
    expect(summary.vehicle.chosen).toBe('STANDARD_MILEAGE');
    expect(summary.vehicle.standardMileage.cents).toBe(261_725); // 3,610 miles × 72.5 cents
    expect(summary.section179.deduction.cents).toBe(367_500);
    expect(summary.missedDeductions.map((m) => m.kind)).toEqual([
      'UNCATEGORIZED_SPENDING',
      'MONTH_WITHOUT_MILES',
      'EQUIPMENT_WITHOUT_ELECTION',
    ]);

    expect(reply.text).toContain('Schedule C deductions for 2026 from the books through 2026-11-');
    expect(reply.text).toContain('[meals-deductible-share/2023]');
    expect(reply.text).toContain('mileage-business/2026');
    expect(reply.text).toContain(
      'section-179-dollar-limit/2026 and section-179-phase-out-threshold/2026: Rev. Proc. 2025-32',
    );
    expect(reply.text).toContain('Laptop for the online store');

    // The API gives the same figures, and refuses a year the rules do not cover.
    const { deductionSummary } = await t.client.request<{ deductionSummary: Summary }>(
      DEDUCTION_SUMMARY,
      { taxYear: 2026 },
    );
    expect(deductionSummary.netProfit.cents).toBe(summary.netProfit.cents);
    expect(deductionSummary.section179.dollarLimit).toMatchObject({
      cents: 256_000_000,
      rules: [{ ruleId: 'section-179-dollar-limit/2026' }],
    });
    expect(deductionSummary.rulesUsed.every((r) => r.citation.url.startsWith('http'))).toBe(true);
    expect(await errorCodeOf(t.client.request(DEDUCTION_SUMMARY, { taxYear: 2023 }))).toBe(
      'INVALID_INPUT',
    );
  });

  it('monitors economic nexus for 2026: Georgia to register now, New Jersey to watch, figures equal to the sales by state', async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'tax', scenarioKey: 'compliance-monitoring', input: { taxYear: 2026 } },
    });
    const run = await finishedRun(t.client, RUN, startRun.id, 30_000);
    expect(run, `${run.errorCode}: ${run.error}`).toMatchObject({ status: 'SUCCEEDED' });
    const reply = run.output as unknown as NexusReply;
    const report = reply.data.nexus;
    expect(report).toMatchObject({ asOf: '2026-11-26', registerNow: ['GA'], watch: ['NJ'] });
    // The run keeps the twelve states sold into (Texas among them, registered), not all 51.
    expect(report.states).toHaveLength(12);

    const georgia = report.states.find((s) => s.state === 'GA');
    const [hand] = await t.query<{ cents: string; orders: string }>(
      `SELECT sum(goods_cents) AS cents, sum(order_count) AS orders FROM sale
        WHERE ship_to_state = 'GA' AND sold_on BETWEEN '2025-01-01' AND '2025-12-31'`,
    );
    expect(georgia?.decidingWindow).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
      salesCents: Number(hand?.cents),
      transactions: Number(hand?.orders),
    });
    // Register-now first, then watch, each with its figures, rule id and source.
    const registerAt = reply.text.indexOf('Register now');
    const watchAt = reply.text.indexOf('Watch');
    expect(registerAt).toBeGreaterThan(-1);
    expect(watchAt).toBeGreaterThan(registerAt);
    expect(reply.text).toContain(`Georgia MET on 2026-11-26 under ${georgia?.rule?.id}`);
    expect(reply.text).toContain('268 transactions is 134.00% of 200 transactions');
    expect(reply.text).toContain('New Jersey APPROACHING');
    expect(reply.text).toContain('Registered: Texas');

    // The API: the state list on a past date, and a bad date refused.
    const { nexusExposure } = await t.client.request<{
      nexusExposure: {
        asOf: string;
        timeZone: string;
        registerNow: string[];
        states: NexusState[];
      };
    }>(NEXUS_EXPOSURE, { asOf: '2025-12-31' });
    expect(nexusExposure).toMatchObject({ asOf: '2025-12-31', timeZone: 'America/Chicago' });
    expect(nexusExposure.states).toHaveLength(51);
    expect(nexusExposure.states.find((s) => s.state === 'GA')).toMatchObject({ status: 'MET' });
    expect(
      nexusExposure.states
        .filter((s) => s.rule)
        .every((s) => s.rule?.citation.url.startsWith('http')),
    ).toBe(true);
    expect(await errorCodeOf(t.client.request(NEXUS_EXPOSURE, { asOf: '2026-13-01' }))).toBe(
      'INVALID_INPUT',
    );
  });
});
