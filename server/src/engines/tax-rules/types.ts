import type { Rational } from './rational.js';

/**
 * A tax rule as data: one figure (a rate, a threshold, a limit, an amount, a date) for one span of
 * dates, with the document that says so. A figure that changes is a new rule with its own range
 * and citation, never an edit of the old one, so any past computation can be reproduced.
 */

/** The document that states the figure (the primary source where one was read or named). */
export interface Citation {
  publisher: string;
  title: string;
  /** Section, paragraph, line or page within the document. */
  section: string;
  /**
   * Where the document can be read. When only a secondary page quoting it was read here, this is
   * that page and the title still names the primary document (readAt says which was read).
   */
  url: string;
  /**
   * When the document was issued: YYYY-MM-DD, or YYYY where the text read shows only the year, or
   * 'undated' (a current code section, a page with no date) rather than a guess.
   */
  published: string;
}

/**
 * Where the figure was actually read for this rule set. Often a secondary page (a firm's summary,
 * a maintained tax library's data file) that names the primary document in `Citation`; `quote`
 * is the words relied on, short, so a reviewer can check the figure against the page.
 */
export interface SourceRead {
  url: string;
  what: string;
  quote: string;
}

export type FilingStatus =
  | 'single'
  | 'marriedFilingJointly'
  | 'marriedFilingSeparately'
  | 'headOfHousehold'
  | 'qualifyingSurvivingSpouse';

export const FILING_STATUSES: readonly FilingStatus[] = [
  'single',
  'marriedFilingJointly',
  'marriedFilingSeparately',
  'headOfHousehold',
  'qualifyingSurvivingSpouse',
];

export type RuleValue =
  | { kind: 'cents'; cents: number }
  | { kind: 'ratio'; ratio: Rational }
  | { kind: 'centsPerUnit'; centsPerUnit: Rational; unit: 'mile' | 'squareFoot' }
  | { kind: 'quantity'; quantity: number; unit: 'squareFoot' }
  /** A date within (or just after) the tax year: `yearOffset` 1 is January of the next year. */
  | { kind: 'monthDay'; month: number; day: number; yearOffset: 0 | 1 };

/** Every figure the engine knows, and the kind of value it must hold (checked by validateRuleSet). */
export const CONCEPTS = {
  'selfEmployment.netEarningsFactor': 'ratio',
  'selfEmployment.minimumNetEarnings': 'cents',
  'selfEmployment.socialSecurityRate': 'ratio',
  'selfEmployment.medicareRate': 'ratio',
  'selfEmployment.socialSecurityWageBase': 'cents',
  'selfEmployment.deductibleShare': 'ratio',
  'additionalMedicare.rate': 'ratio',
  'additionalMedicare.threshold': 'cents',
  'estimatedTax.currentYearShare': 'ratio',
  'estimatedTax.priorYearShare': 'ratio',
  'estimatedTax.priorYearShareHighIncome': 'ratio',
  'estimatedTax.highIncomeAgiThreshold': 'cents',
  'estimatedTax.minimumBalanceDue': 'cents',
  'estimatedTax.installmentShare': 'ratio',
  'estimatedTax.dueDate.1': 'monthDay',
  'estimatedTax.dueDate.2': 'monthDay',
  'estimatedTax.dueDate.3': 'monthDay',
  'estimatedTax.dueDate.4': 'monthDay',
  'section179.dollarLimit': 'cents',
  'section179.phaseOutThreshold': 'cents',
  'section179.listedPropertyBusinessUseFloor': 'ratio',
  'vehicle.businessStandardMileageRate': 'centsPerUnit',
  'homeOffice.simplifiedRate': 'centsPerUnit',
  'homeOffice.simplifiedMaximumArea': 'quantity',
  'meals.deductibleShare': 'ratio',
  // Form 1040: ordinary income tax (IRC § 1(j)): seven rates, six bracket tops by filing status.
  'incomeTax.rate.1': 'ratio',
  'incomeTax.rate.2': 'ratio',
  'incomeTax.rate.3': 'ratio',
  'incomeTax.rate.4': 'ratio',
  'incomeTax.rate.5': 'ratio',
  'incomeTax.rate.6': 'ratio',
  'incomeTax.rate.7': 'ratio',
  'incomeTax.bracketTop.1': 'cents',
  'incomeTax.bracketTop.2': 'cents',
  'incomeTax.bracketTop.3': 'cents',
  'incomeTax.bracketTop.4': 'cents',
  'incomeTax.bracketTop.5': 'cents',
  'incomeTax.bracketTop.6': 'cents',
  'standardDeduction.basic': 'cents',
  // Schedule A: the SALT cap and its phase-down (P.L. 119-21), mortgage debt, charitable gifts.
  'itemized.saltCap': 'cents',
  'itemized.saltPhaseDownThreshold': 'cents',
  'itemized.saltPhaseDownRate': 'ratio',
  'itemized.saltFloor': 'cents',
  'itemized.mortgageDebtLimit': 'cents',
  'itemized.charitableCashAgiLimit': 'ratio',
  'itemized.charitableAgiFloor': 'ratio',
  'charitable.nonItemizerDeduction': 'cents',
  // IRC § 199A qualified business income deduction (below the threshold only).
  'qbi.rate': 'ratio',
  'qbi.threshold': 'cents',
} as const satisfies Record<string, RuleValue['kind']>;

export type RuleConcept = keyof typeof CONCEPTS;

export interface TaxRule {
  /** Unique and stable: what a computed figure names as its source ("ss-wage-base/2025"). */
  id: string;
  concept: RuleConcept;
  /** The tax year the figure was issued for; null when it holds for every year in its range. */
  taxYear: number | null;
  /**
   * The dates it governs, both ends included, matched against the date of the transaction, the
   * miles driven or the property placed in service (to: null = until further notice).
   */
  effective: { from: string; to: string | null };
  /** Set when the figure differs by filing status (one rule per status). */
  filingStatus?: FilingStatus;
  value: RuleValue;
  citation: Citation;
  readAt: readonly SourceRead[];
  /**
   * The day the law or guidance that set the figure was issued. A later `enacted` wins over an
   * earlier rule for the same dates, which is how retroactive legislation is represented: the
   * old rule stays, and `asKnownOn` before this date still finds it.
   */
  enacted?: string;
  note?: string;
}

/** A DC legal holiday as data; IRC §7503 moves a deadline past Saturdays, Sundays and these. */
export interface HolidayRule {
  id: string;
  name: string;
  date:
    | { kind: 'fixed'; month: number; day: number }
    | { kind: 'nthWeekday'; month: number; weekday: number; n: number }
    | { kind: 'lastWeekday'; month: number; weekday: number }
    /** Inauguration Day: January 20 of every fourth year counted from `firstYear`. */
    | { kind: 'everyFourthYear'; month: number; day: number; firstYear: number };
  /** First and last calendar year it is a holiday (to: null = still). */
  years: { from: number; to: number | null };
  /** Where a holiday falling on a weekend is observed (D.C. Code § 28-2701). */
  observed: { saturday: 'precedingFriday' | 'notMoved'; sunday: 'followingMonday' };
  citation: Citation;
  readAt: readonly SourceRead[];
}

export interface RuleSet {
  /** Named in every computed figure, so a figure can be reproduced from the same data. */
  version: string;
  rules: readonly TaxRule[];
  holidays: readonly HolidayRule[];
}
