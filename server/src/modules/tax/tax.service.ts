import { SCHEDULE_C_LINES } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { FEDERAL_RULE_SET, findRule, RuleNotFoundError } from '../../engines/tax-rules/index.js';
import type { RuleConcept, RuleSet } from '../../engines/tax-rules/index.js';
import { DomainError } from '../../errors.js';
import { buildDeductionSummary, type DeductionSummary } from './deduction-summary.js';
import { readLedgerDeductionData } from './ledger-deduction-data.js';
import { readTaxProfile } from './tax-profile.js';

/** The rules a year's deduction summary needs: a year without all of them is refused. */
const CONCEPTS_NEEDED: readonly RuleConcept[] = [
  'meals.deductibleShare',
  'vehicle.businessStandardMileageRate',
  'section179.dollarLimit',
  'section179.phaseOutThreshold',
  'homeOffice.simplifiedRate',
];

/** The tax years whose rules the rule set holds for every concept the deductions use. */
export function deductionYearsCovered(ruleSet: RuleSet = FEDERAL_RULE_SET): number[] {
  const years: number[] = [];
  for (let year = 2000; year <= 2100; year += 1) {
    const covered = CONCEPTS_NEEDED.every((concept) => {
      try {
        findRule(ruleSet, concept, `${year}-01-01`);
        findRule(ruleSet, concept, `${year}-12-31`);
        return true;
      } catch (error) {
        if (error instanceof RuleNotFoundError) return false;
        throw error;
      }
    });
    if (covered) years.push(year);
  }
  return years;
}

/**
 * The Tax & Compliance agent's deductions: the ledger's expenses by Schedule C line turned into
 * deductions by the cited federal rules, with the owner's tax profile (tax_profile) for what the
 * books do not hold, and the deductions likely missed.
 */
export class TaxService {
  private readonly years: number[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly ruleSet: RuleSet = FEDERAL_RULE_SET,
  ) {
    this.years = deductionYearsCovered(ruleSet);
  }

  /** The tax years deductionSummary accepts. */
  yearsCovered(): number[] {
    return [...this.years];
  }

  async deductionSummary(workspaceId: string, taxYear: number): Promise<DeductionSummary> {
    if (!Number.isInteger(taxYear) || !this.years.includes(taxYear)) {
      throw new DomainError(
        'INVALID_INPUT',
        `The tax rules cover deductions for ${this.years[0]} to ${this.years.at(-1)}; ${taxYear} is outside them.`,
        { field: 'taxYear', yearsCovered: this.years },
      );
    }
    const from = `${taxYear}-01-01`;
    const to = `${taxYear}-12-31`;
    const books = await readLedgerDeductionData(this.dataSource, workspaceId, from, to);
    const profile = await readTaxProfile(this.dataSource, workspaceId, taxYear);
    return buildDeductionSummary({
      taxYear,
      ruleSet: this.ruleSet,
      scheduleCLabels: SCHEDULE_C_LINES,
      ...books,
      profile,
    });
  }
}
