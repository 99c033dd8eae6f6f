import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import type { DeductionSummary } from './deduction-summary.js';

// The demo books run 24 whole months back from the month of NOW (db/src/seed/demo-books.ts); the
// demo tax profile (db/src/seed/demo-tax-profile.ts) logs miles for January to October.
const NOW = new Date('2026-11-26T15:00:00.000Z');

describe('TaxService.deductionSummary on the demo books', () => {
  let s: SeededServices;
  let y2026: DeductionSummary;
  let y2025: DeductionSummary;
  const sql = async <T>(text: string, params: unknown[] = []) =>
    (await s.db.dataSource.query(text, params)) as T[];

  beforeAll(async () => {
    s = await openSeededServices({ now: NOW, actor: 'user:tax-spec' });
    y2026 = await s.services.tax.deductionSummary(s.ctx.workspaceId, 2026);
    y2025 = await s.services.tax.deductionSummary(s.ctx.workspaceId, 2025);
  });
  afterAll(() => s?.close());

  it("sums each Schedule C line's accounts exactly as the journal lines add up for the year", async () => {
    const rows = await sql<{ line: string; cents: string }>(
      `SELECT a.schedule_c_line AS line, sum(l.debit_cents - l.credit_cents)::text AS cents
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE l.workspace_id = $1 AND a.type = 'EXPENSE'
          AND l.occurred_on BETWEEN '2026-01-01' AND '2026-12-31'
        GROUP BY 1`,
      [s.ctx.workspaceId],
    );
    const fromSql = Object.fromEntries(rows.map((r) => [r.line, Number(r.cents)]));
    const fromService = Object.fromEntries(y2026.lines.map((l) => [l.line, l.ledgerCents]));
    expect(fromService).toEqual(fromSql);
    for (const line of y2026.lines.filter((l) => l.adjustment === null)) {
      expect(line.deduction.cents, line.line).toBe(line.ledgerCents);
    }
    expect((y2026.booksThrough ?? '') <= '2026-11-26').toBe(true);
  });

  it('deducts half the meals on the books, rounded half a cent up, citing IRC 274(n)', () => {
    const meals = y2026.lines.find((l) => l.line === 'L24B_MEALS');
    expect(meals?.ledgerCents).toBeGreaterThan(0);
    expect(meals?.deduction.cents).toBe(Math.floor(((meals?.ledgerCents ?? 0) + 1) / 2));
    expect(meals?.deduction.rules.map((r) => r.ruleId)).toEqual(['meals-deductible-share/2023']);
    expect(meals?.deduction.rules[0]?.citation.title).toContain('274(n)');
  });

  it('takes the larger vehicle method: 3,610 miles at 72.5 cents beat the business share of actual costs', () => {
    const vehicle = y2026.vehicle;
    expect(vehicle?.businessMiles).toBe(3_610);
    expect(vehicle?.standardMileage.cents).toBe(261_725);
    expect(vehicle?.actualExpenses.cents).toBeLessThan(261_725);
    expect(vehicle?.chosen).toBe('STANDARD_MILEAGE');
    const line9 = y2026.lines.find((l) => l.line === 'L9_CAR_AND_TRUCK');
    expect(line9?.deduction.cents).toBe(261_725);
    expect(line9?.deduction.rules.map((r) => r.ruleId)).toContain('mileage-business/2026');
  });

  it("applies each year's section 179 limit by placed-in-service date, within the business income", () => {
    expect(y2026.section179?.dollarLimit.cents).toBe(256_000_000);
    expect(y2026.section179?.dollarLimit.rules[0]?.ruleId).toBe('section-179-dollar-limit/2026');
    expect(y2026.section179?.deduction.cents).toBe(149_500 + 218_000);
    expect(y2026.section179?.businessIncome.cents).toBe(
      y2026.tentativeProfit.cents + (y2026.section179?.deduction.cents ?? 0),
    );
    expect(y2025.section179?.dollarLimit.rules[0]?.ruleId).toBe(
      'section-179-dollar-limit/2025/pl-119-21',
    );
    expect(y2025.section179?.deduction.cents).toBe(245_000);
    const line13 = y2026.lines.find((l) => l.line === 'L13_DEPRECIATION');
    expect(line13?.deduction.cents).toBe((line13?.ledgerCents ?? 0) + 367_500);
  });

  it('chooses actual home office expenses over $5 a square foot and nets them off line 29', () => {
    expect(y2026.homeOffice?.simplified.cents).toBe(70_000);
    // 10% of $15,000 + $240 direct + 10% of $6,000 + $1,090.91 depreciation.
    expect(y2026.homeOffice?.actual.cents).toBe(150_000 + 24_000 + 60_000 + 109_091);
    expect(y2026.homeOffice?.chosen).toBe('ACTUAL_EXPENSES');
    expect(y2026.netProfit.cents).toBe(
      y2026.grossIncome.cents - y2026.totalExpenses.cents - y2026.homeOfficeDeduction.cents,
    );
  });

  it('finds the uncategorized bank payments, the unlogged month and the laptop with no election', async () => {
    const [pending] = await sql<{ count: number; cents: string }>(
      `SELECT count(*)::int AS count, sum(-amount_cents)::text AS cents FROM bank_transaction
        WHERE workspace_id = $1 AND status <> 'CATEGORIZED' AND amount_cents < 0
          AND posted_on >= '2026-01-01'`,
      [s.ctx.workspaceId],
    );
    const missed = Object.fromEntries(y2026.missedDeductions.map((m) => [m.kind, m]));
    expect(missed.UNCATEGORIZED_SPENDING?.cents).toBe(Number(pending?.cents));
    expect(missed.UNCATEGORIZED_SPENDING?.text).toContain(`${pending?.count} bank payments`);
    expect(missed.EQUIPMENT_WITHOUT_ELECTION?.cents).toBe(148_410);
    expect(missed.EQUIPMENT_WITHOUT_ELECTION?.text).toContain('Laptop for the online store');
    expect(missed.MONTH_WITHOUT_MILES?.text).toMatch(/^November 2026: \$/);
  });

  it('works without a profile, and refuses a malformed one naming the problem', async () => {
    const y2024 = await s.services.tax.deductionSummary(s.ctx.workspaceId, 2024);
    expect(y2024.profile).toBeNull();
    expect(y2024.missedDeductions.map((m) => m.kind)).toContain('NO_TAX_PROFILE');
    await sql(
      `INSERT INTO tax_profile (workspace_id, tax_year, filing_status, business_form, equipment)
       VALUES ($1, 2024, 'single', 'Schedule C', $2)`,
      [
        s.ctx.workspaceId,
        JSON.stringify([
          {
            description: 'kiln',
            costCents: 100,
            placedInServiceOn: '2024-12-02',
            businessUseBasisPoints: 12_000,
            listed: false,
            election: 'SECTION_179',
          },
        ]),
      ],
    );
    await expect(s.services.tax.deductionSummary(s.ctx.workspaceId, 2024)).rejects.toThrow(
      /The tax profile for 2024 is malformed: equipment\.0\.businessUseBasisPoints/,
    );
  });

  it('refuses a tax year the rules do not cover with INVALID_INPUT', async () => {
    expect(s.services.tax.yearsCovered()).toEqual([2024, 2025, 2026]);
    for (const year of [2023, 2027]) {
      const error = await s.services.tax.deductionSummary(s.ctx.workspaceId, year).catch((e) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).errorCode).toBe('INVALID_INPUT');
    }
  });
});
