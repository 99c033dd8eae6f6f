import type { Rational } from '../rational.js';
import type { Citation, SourceRead } from '../types.js';

/**
 * Economic nexus as data: for each state (and DC), the versions of its remote-seller threshold,
 * each with the dates it governs and the document that states it. A state that changed its rule
 * (several dropped the 200-transaction test between 2019 and 2026) has one version per rule; a
 * change is a new version, never an edit, so a past evaluation can be reproduced.
 */

export const STATE_CODES = [
  'AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN',
  'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ',
  'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA',
  'WI', 'WV', 'WY',
] as const; // prettier-ignore

export type StateCode = (typeof STATE_CODES)[number];

/** "exceeds" is more than the threshold; "atLeast" is the threshold or more. */
export type Comparator = 'exceeds' | 'atLeast';

/**
 * What must be reached. `any` is a state's OR (dollars or transactions), `all` its AND (New
 * York, Connecticut). Nesting covers Minnesota's 2018-2019 rule (more than $100,000 in 10 or more
 * transactions, or 100 or more transactions).
 */
export type NexusTest =
  | { kind: 'sales'; thresholdCents: number; comparator: Comparator }
  | { kind: 'transactions'; threshold: number; comparator: Comparator }
  | { kind: 'all'; of: readonly NexusTest[] }
  | { kind: 'any'; of: readonly NexusTest[] };

/**
 * The span(s) of sales a rule measures, relative to the evaluation date. Every window is a
 * closed range of calendar dates.
 * - previousCalendarYear: last calendar year.
 * - previousOrCurrentCalendarYear: last calendar year, and this year up to the evaluation date;
 *   either one meeting the test is enough.
 * - trailingTwelveMonths: the twelve months ending on the evaluation date (a "rolling",
 *   "any consecutive", "previous 12-month period" rule is checked on the latest such window).
 * - precedingTwelveCalendarMonths: the twelve whole months before the evaluation date's month.
 * - fourQuartersEndedBefore: the four quarters ending on the last quarter end before the
 *   evaluation date (quarters end in `quarterEndMonths`; New York's end in Feb/May/Aug/Nov).
 * - twelveMonthsEndedBefore: the twelve months ending on the last `month`/`day` before the
 *   evaluation date (Connecticut: the September 30 preceding the period).
 * - calendarYearForCollectionYear: Pennsylvania's, a collection year starting in
 *   `collectionYearStartsMonth` uses the calendar year before it began.
 */
export type MeasurementPeriod =
  | { kind: 'previousCalendarYear' }
  | { kind: 'previousOrCurrentCalendarYear' }
  | { kind: 'trailingTwelveMonths' }
  | { kind: 'precedingTwelveCalendarMonths' }
  | { kind: 'fourQuartersEndedBefore'; quarterEndMonths: readonly [number, number, number, number] }
  | { kind: 'twelveMonthsEndedBefore'; month: number; day: number }
  | { kind: 'calendarYearForCollectionYear'; collectionYearStartsMonth: number };

/**
 * Which sales count, dollars and transactions alike. gross: every sale (taxable, exempt, for
 * resale); retail: all but sales for resale; taxable: taxable sales only.
 */
export type SalesBasis = 'gross' | 'retail' | 'taxable';

/**
 * Marketplace-facilitated sales: included or excluded from the seller's own threshold, or not
 * stated in the text read; those are counted (the cautious reading) and the reason says so.
 */
export type MarketplaceTreatment = 'included' | 'excluded' | 'notStated';

export interface NexusRuleVersion {
  /** Unique and stable: "nexus/IN/2024-01-01"; what an evaluation names as its source. */
  id: string;
  state: StateCode;
  /** Both ends included; matched against the evaluation date. to: null = until further notice. */
  effective: { from: string; to: string | null };
  /** When the law or guidance was issued; a later enactment wins for the same dates (retroactive law). */
  enacted?: string;
  test: NexusTest;
  period: MeasurementPeriod;
  counts: { basis: SalesBasis; marketplace: MarketplaceTreatment };
  citation: Citation;
  readAt: readonly SourceRead[];
  /** Sources that disagree, which was chosen and why; what the model leaves out. */
  note?: string;
}

export type StateNexusEntry =
  | { state: StateCode; name: string; kind: 'salesTax'; versions: readonly NexusRuleVersion[] }
  | {
      state: StateCode;
      name: string;
      kind: 'noSalesTax';
      citation: Citation;
      readAt: readonly SourceRead[];
      note?: string;
    }
  | { state: StateCode; name: string; kind: 'unsourced'; note: string };

export interface NexusRuleSet {
  /** Named in every evaluation, so it can be reproduced from the same data. */
  version: string;
  states: readonly StateNexusEntry[];
}

/** One sale into a state; each counts as one transaction. */
export interface NexusSale {
  date: string;
  amountCents: number;
  marketplaceFacilitated: boolean;
  kind: 'taxable' | 'exempt' | 'resale';
}

export interface Registration {
  /** The day the shop registered to collect in the state (null or absent: not registered). */
  registeredOn: string | null;
}

export type NexusStatus =
  | 'BELOW'
  | 'APPROACHING'
  | 'MET'
  /** The state has economic nexus rules, but none governs that date (before the first version). */
  | 'NO_RULE_ON_DATE'
  | 'NO_SALES_TAX'
  | 'UNSOURCED';

export interface TestMeasure {
  kind: 'sales' | 'transactions';
  measured: number;
  threshold: number;
  comparator: Comparator;
  /** measured / threshold, exact. */
  share: Rational;
  /** "99.99%": truncated to two decimals, so a figure short of the threshold never shows 100%. */
  percent: string;
  met: boolean;
}

export interface WindowMeasure {
  from: string;
  to: string;
  label: string;
  salesCents: number;
  transactions: number;
  tests: readonly TestMeasure[];
  met: boolean;
  /** The test's combined share: the larger for OR, the smaller for AND. */
  share: Rational;
  percent: string;
}
