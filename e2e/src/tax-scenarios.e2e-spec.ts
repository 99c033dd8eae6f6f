import { createHash } from 'node:crypto';
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
  data: {
    nexus: { asOf: string; registerNow: string[]; watch: string[]; states: NexusState[] };
    compliance: {
      calendar: {
        from: string;
        to: string;
        events: Array<{ id: string; dueDate: string; status: string }>;
      };
      certificates: { uncoveredCents: number; uncoveredSales: Array<{ reason: string }> };
    };
  };
}

const COMPLIANCE_CALENDAR = `
  query ComplianceCalendar($from: String, $to: String) {
    complianceCalendar(from: $from, to: $to) {
      today from to ruleSetVersion holidayNote
      events { id kind state title dueDate nominalDueDate moved remindOn status sourceRule citation { url } }
      frequencyChecks { state assigned indicated matches quarters { label stateTaxCents } ruleId }
    }
  }
`;

const EXEMPTION_CERTIFICATES = `
  query ExemptionCertificates($asOf: String) {
    exemptionCertificates(asOf: $asOf) {
      asOf uncoveredCents
      certificates { buyerName state status expiresOn daysToExpiry alertDates }
      uncoveredSales { soldOn state buyerName goodsCents reason }
    }
  }
`;

const REGULATORY_CHANGES = `
  query RegulatoryChanges($since: String!) {
    regulatoryChanges(since: $since) { id kind jurisdiction changedOn title citation { url } }
  }
`;

const FILING_PACKET = `
  query FilingPacket($id: ID!) {
    filingPacket(id: $id) {
      id state period status
      returnWorksheet {
        formTitle filingFrequency deadlineStatus
        lines { key item cents formEntry ruleIds }
        jurisdictions { level code rate taxableSalesCents taxOwedCents }
        outlets { label channel taxableSalesCents }
        dueDate { nominal due ruleIds }
        reconciliation { taxOwedCents taxCollectedCents ledgerCollectedCents differenceCents }
      }
      scheduleC { taxYear netProfitCents }
      checklist { key status }
      rules { id citationUrl readAt }
      files { format filename bytes sha256 url }
    }
  }
`;

const PREPARE_SALES_TAX_FILING = `
  mutation PrepareSalesTaxFiling($state: String!, $period: String!, $preliminary: Boolean!) {
    prepareSalesTaxFiling(state: $state, period: $period, preliminary: $preliminary) {
      id status period
      returnWorksheet { dueDate { due } deadlineStatus notes }
      files { format filename }
    }
  }
`;

/** `Run.output` of filing-preparation: the part this test reads. */
interface FilingPrepReply {
  text: string;
  data: {
    filing: {
      packetId: string;
      dueDate: string;
      lines: Array<{ key: string; cents: number }>;
      files: Array<{ format: string; url: string; bytes: number }>;
    };
  };
}

const SALES_TAX_QUOTE_FIELDS = `
  state date sourcing combinedRate subtotalCents taxableCents totalTaxCents ruleSetVersion
  address { postalCode regionName tableId }
  jurisdictions { level code rate taxableCents taxCents }
  lines { id category amountCents taxableCents exemptCents taxCents treatment reason }
  shipping { amountCents taxableCents taxCents reason }
  rulesUsed { id citation { url } }
`;
const SALES_TAX_QUOTE = `
  query SalesTaxQuote($input: SalesTaxQuoteInput!) {
    salesTaxQuote(input: $input) { ${SALES_TAX_QUOTE_FIELDS} }
  }
`;
const ORDER_SALES_TAX = `
  query OrderSalesTax($orderNumber: String!) {
    orderSalesTax(orderNumber: $orderNumber) {
      orderNumber placedOn collection mustCollect taxDueCents summary
      shipTo { line1 city state postalCode }
      quote { ${SALES_TAX_QUOTE_FIELDS} }
    }
  }
`;

interface SalesTaxQuoteShape {
  state: string;
  date: string;
  combinedRate: string;
  taxableCents: number;
  totalTaxCents: number;
  ruleSetVersion: string;
  jurisdictions: Array<{
    level: string;
    code: string;
    rate: string;
    taxableCents: number;
    taxCents: number;
  }>;
  lines: Array<{ id: string; category: string; treatment: string; exemptCents: number }>;
  rulesUsed: Array<{ id: string; citation: { url: string } }>;
}

/** `Run.output` of the sales-tax-calculation scenario: the part this test reads. */
interface SalesTaxReply {
  text: string;
  data: {
    salesTax: {
      kind: string;
      order: {
        collection: string;
        taxDueCents: number;
        placedOn: string;
        quote: SalesTaxQuoteShape;
      };
    };
  };
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

  it('monitors compliance for 2026: Georgia to register now (overdue), New Jersey to watch, the next deadlines, the uncovered resale sales; figures equal to the sales by state', async () => {
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
    // Short paragraphs: register now (with its deadline), watch, next deadlines, certificates.
    const paragraphs = reply.text.split('\n\n');
    expect(paragraphs.find((p) => p.startsWith('Register now'))).toContain(
      'Registration deadline 2025-12-31 (OVERDUE)',
    );
    expect(paragraphs.find((p) => p.startsWith('Next deadlines'))).toContain(
      '2027-01-20 Texas sales tax return, 2026-Q4 (quarterly) (UPCOMING, reminder 2027-01-13; filing/TX)',
    );
    // Texas's quarterly frequency against Tax Code § 151.401(b): four quarters over $1,500 of state tax.
    expect(paragraphs.find((p) => p.startsWith('Next deadlines'))).toContain(
      'Texas files quarterly, but the state tax (6.25% of taxable Texas sales) reached $1,500.00 or more in 4 of the last 4 quarters',
    );
    const certificatesParagraph = paragraphs.find((p) =>
      p.startsWith('Certificates needing attention'),
    );
    expect(certificatesParagraph).toContain(
      '6 resale or exempt sales have no valid certificate on the sale date, $11,592.67 in all',
    );
    expect(certificatesParagraph).toContain(
      'Harbor Point Realty (TX) $2,312.00 on 2026-08-13, no certificate',
    );
    expect(reply.data.compliance.calendar.events.map((e) => [e.id, e.dueDate, e.status])).toEqual([
      ['registration/GA', '2025-12-31', 'OVERDUE'],
      [expect.stringMatching(/^certificate\//), '2027-01-10', 'DUE_SOON'],
      ['estimated-tax/2026/4', '2027-01-15', 'UPCOMING'],
      ['return/TX/2026-Q4', '2027-01-20', 'UPCOMING'],
    ]);

    // The compliance API: the spring's dates, certificates, changes since a date, bad input refused.
    const { complianceCalendar } = await t.client.request<{
      complianceCalendar: {
        events: Array<{
          kind: string;
          dueDate: string;
          moved: string | null;
          citation: { url: string };
        }>;
      };
    }>(COMPLIANCE_CALENDAR, { from: '2027-04-01', to: '2027-05-31' });
    expect(complianceCalendar.events.map((e) => [e.kind, e.dueDate])).toEqual([
      ['REGISTRATION', '2025-12-31'],
      ['ESTIMATED_TAX', '2027-04-15'],
      ['FEDERAL_RETURN', '2027-04-15'],
      ['SALES_TAX_RETURN', '2027-04-20'],
      ['STATE_FRANCHISE_TAX', '2027-05-17'],
    ]);
    expect(complianceCalendar.events[4]?.moved).toBe('2027-05-15 Saturday; 2027-05-16 Sunday');
    const { exemptionCertificates } = await t.client.request<{
      exemptionCertificates: {
        uncoveredCents: number;
        certificates: Array<{ buyerName: string; status: string }>;
      };
    }>(EXEMPTION_CERTIFICATES, {});
    expect(exemptionCertificates.uncoveredCents).toBe(1_159_267);
    expect(
      exemptionCertificates.certificates.filter(
        (c) => c.status !== 'NO_EXPIRY' && c.status !== 'VALID',
      ),
    ).toEqual([
      expect.objectContaining({ buyerName: 'Cedar & Sage Boutique', status: 'EXPIRED' }),
      expect.objectContaining({
        buyerName: 'Sunday Market Provisions',
        status: 'EXPIRES_WITHIN_60_DAYS',
      }),
    ]);
    const { regulatoryChanges } = await t.client.request<{
      regulatoryChanges: Array<{ id: string; changedOn: string }>;
    }>(REGULATORY_CHANGES, { since: '2025-06-01' });
    expect(regulatoryChanges.map((c) => c.id)).toContain('nexus/IL/2026-01-01');
    expect(regulatoryChanges.every((c) => c.changedOn > '2025-06-01')).toBe(true);
    expect(await errorCodeOf(t.client.request(COMPLIANCE_CALENDAR, { from: '2026-13-01' }))).toBe(
      'INVALID_INPUT',
    );
    expect(await errorCodeOf(t.client.request(REGULATORY_CHANGES, { since: 'last year' }))).toBe(
      'INVALID_INPUT',
    );

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
  it("calculates JL-1042's sales tax: Los Angeles 90026 at 9.75%, the tea exempt, the engine's figures, not collected in California", async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'tax',
        scenarioKey: 'sales-tax-calculation',
        input: { orderNumber: 'JL-1042' },
      },
    });
    const run = await finishedRun(t.client, RUN, startRun.id, 30_000);
    expect(run, `${run.errorCode}: ${run.error}`).toMatchObject({ status: 'SUCCEEDED' });
    const reply = run.output as unknown as SalesTaxReply;
    const { order } = reply.data.salesTax;
    expect(order.collection).toBe('NOT_REQUIRED');
    expect(order.taxDueCents).toBe(0);
    expect(order.quote).toMatchObject({
      state: 'CA',
      combinedRate: '0.0975',
      taxableCents: 9_400,
      totalTaxCents: 917,
    });
    expect(order.quote.lines.find((l) => l.id === 'TEA-EGC-50')).toMatchObject({
      category: 'grocery',
      treatment: 'EXEMPT',
      exemptCents: 1_400,
    });
    expect(order.quote.jurisdictions.reduce((sum, j) => sum + j.taxCents, 0)).toBe(917);

    // The engine through the API, from the order's own lines, categories, ZIP and date.
    const { salesTaxQuote } = await t.client.request<{ salesTaxQuote: SalesTaxQuoteShape }>(
      SALES_TAX_QUOTE,
      {
        input: {
          shipTo: { state: 'CA', postalCode: '90026' },
          date: order.placedOn,
          lines: [
            { id: 'MUG-SPK-12', category: 'general', quantity: 2, unitPriceCents: 3400 },
            { id: 'CDL-FIG-8', category: 'general', quantity: 1, unitPriceCents: 2600 },
            { id: 'TEA-EGC-50', category: 'grocery', quantity: 1, unitPriceCents: 1400 },
          ],
          shippingCents: 0,
        },
      },
    );
    expect(salesTaxQuote.totalTaxCents).toBe(order.quote.totalTaxCents);
    expect(salesTaxQuote.jurisdictions).toEqual(
      order.quote.jurisdictions.map(({ level, code, rate, taxableCents, taxCents }) => ({
        level,
        code,
        rate,
        taxableCents,
        taxCents,
      })),
    );
    expect(salesTaxQuote.rulesUsed.every((r) => r.citation.url.startsWith('http'))).toBe(true);
    const { orderSalesTax } = await t.client.request<{
      orderSalesTax: { quote: SalesTaxQuoteShape; shipTo: { city: string } };
    }>(ORDER_SALES_TAX, { orderNumber: 'JL-1042' });
    expect(orderSalesTax.quote.totalTaxCents).toBe(917);
    expect(orderSalesTax.shipTo.city).toBe('Los Angeles');

    expect(reply.text).toContain('$9.17 is what would apply');
    expect(reply.text).toContain('combined rate 9.75%');
    expect(reply.text).toContain('Earl Grey Cream Loose-Leaf Tea, 50 g $14.00');
    expect(await errorCodeOf(t.client.request(ORDER_SALES_TAX, { orderNumber: 'JL-0000' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('prepares the Texas 2026-Q3 filing: Form 01-114 from the sales, due 2026-10-20, the CPA packet downloadable', async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'tax',
        scenarioKey: 'filing-preparation',
        input: { state: 'TX', period: '2026-Q3' },
      },
    });
    const run = await finishedRun(t.client, RUN, startRun.id, 60_000);
    expect(run, `${run.errorCode}: ${run.error}`).toMatchObject({ status: 'SUCCEEDED' });
    const reply = run.output as unknown as FilingPrepReply;
    const filing = reply.data.filing;
    expect(filing.dueDate).toBe('2026-10-20');

    // Item 2 and the tax due tie to the sales table and the rates the worksheet states.
    const [taxable] = await t.query<{ cents: string; collected: string }>(
      `SELECT sum(goods_cents + shipping_cents) AS cents, sum(tax_collected_cents) AS collected FROM sale
        WHERE ship_to_state = 'TX' AND sold_on BETWEEN '2026-07-01' AND '2026-09-30' AND tax_treatment = 'taxable'`,
    );
    const { filingPacket } = await t.client.request<{
      filingPacket: {
        status: string;
        returnWorksheet: {
          lines: Array<{ key: string; cents: number; ruleIds: string[] }>;
          jurisdictions: Array<{ level: string; taxOwedCents: number }>;
          outlets: Array<{ channel: string; taxableSalesCents: number }>;
          reconciliation: { taxCollectedCents: number };
        };
        scheduleC: { taxYear: number } | null;
        checklist: Array<{ key: string; status: string }>;
        rules: Array<{ id: string; citationUrl: string; readAt: string[] }>;
        files: Array<{ format: string; bytes: number; sha256: string; url: string }>;
      };
    }>(FILING_PACKET, { id: filing.packetId });
    expect(filingPacket.status).toBe('READY');
    const line = (key: string) => filingPacket.returnWorksheet.lines.find((l) => l.key === key);
    expect(line('TAXABLE_SALES')?.cents).toBe(Number(taxable?.cents));
    expect(filingPacket.returnWorksheet.reconciliation.taxCollectedCents).toBe(
      Number(taxable?.collected),
    );
    const total = filingPacket.returnWorksheet.jurisdictions.reduce(
      (sum, j) => sum + j.taxOwedCents,
      0,
    );
    expect(line('TOTAL_TAX_DUE')?.cents).toBe(total);
    expect(line('TIMELY_FILING_DISCOUNT')?.ruleIds).toContain('tx-timely-filing-discount/1991');
    expect(line('NET_TAX_DUE')?.cents).toBe(total - (line('TIMELY_FILING_DISCOUNT')?.cents ?? 0));
    expect(filingPacket.scheduleC?.taxYear).toBe(2026);
    // Item 5 adds up the outlets (the shop, the markets); every return rule says where it was read.
    expect(
      filingPacket.returnWorksheet.outlets.reduce((sum, o) => sum + o.taxableSalesCents, 0),
    ).toBe(line('SUBJECT_TO_LOCAL_TAX')?.cents);
    expect(new Set(filingPacket.returnWorksheet.outlets.map((o) => o.channel))).toEqual(
      new Set(['ONLINE', 'WHOLESALE', 'MARKET']),
    );
    const returnRules = filingPacket.rules.filter((r) => r.id.startsWith('tx-'));
    expect(returnRules.length).toBeGreaterThanOrEqual(7);
    expect(returnRules.every((r) => r.readAt.length > 0 && r.citationUrl.startsWith('http'))).toBe(
      true,
    );
    expect(filingPacket.checklist.find((c) => c.key === 'FORM_1099_K')?.status).toBe('NOT_HELD');

    // The packet's files download with their sha256, from the run's links and fresh ones alike.
    const origin = new URL(t.hub.graphqlUrl).origin;
    expect(filingPacket.files.map((f) => f.format)).toEqual(['PDF', 'CSV']);
    for (const file of [...filing.files, ...filingPacket.files]) {
      const response = await fetch(new URL(file.url, origin));
      expect(response.status, file.format).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).length).toBe(file.bytes);
    }
    const pdf = filingPacket.files[0];
    const bytes = Buffer.from(await (await fetch(new URL(pdf?.url ?? '', origin))).arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(pdf?.sha256);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    expect(reply.text).toContain('Texas Sales and Use Tax Return (Form 01-114), 2026-Q3');
    expect(reply.text).toContain('Due 2026-10-20 [tx-return-due-day/1982]');
    expect(reply.text).toContain('CPA packet: PDF /downloads/reports/');
    // The API: a preview of the running quarter is PRELIMINARY; refusals are INVALID_INPUT.
    const prepare = (state: string, period: string, preliminary: boolean) =>
      t.client.request<{
        prepareSalesTaxFiling: {
          status: string;
          returnWorksheet: { dueDate: { due: string }; deadlineStatus: string; notes: string[] };
          files: Array<{ filename: string }>;
        };
      }>(PREPARE_SALES_TAX_FILING, { state, period, preliminary });
    const { prepareSalesTaxFiling: preview } = await prepare('TX', '2026-Q4', true);
    expect(preview.status).toBe('PRELIMINARY');
    expect(preview.returnWorksheet).toMatchObject({
      dueDate: { due: '2027-01-20' },
      deadlineStatus: 'NOT_DUE',
    });
    expect(preview.files.map((f) => f.filename)).toEqual([
      'sales-tax-filing-TX-2026-Q4.pdf',
      'sales-tax-filing-TX-2026-Q4.csv',
    ]);
    for (const [state, period] of [
      ['TX', '2026-Q4'],
      ['CA', '2026-Q3'],
      ['TX', '2026-13'],
    ] as const) {
      expect(await errorCodeOf(prepare(state, period, false)), `${state} ${period}`).toBe(
        'INVALID_INPUT',
      );
    }
    // A state the shop is not registered in is refused, naming where it is registered.
    const { startRun: ca } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'tax',
        scenarioKey: 'filing-preparation',
        input: { state: 'CA', period: '2026-Q3' },
      },
    });
    const refused = await finishedRun(t.client, RUN, ca.id, 30_000);
    expect(refused.status).toBe('FAILED');
    expect(refused.error).toContain('not registered to collect sales tax in CA (registered in TX)');
  });
});
