import type { Citation, SourceRead } from '../tax-rules/types.js';
import type { FrequencyThresholdRule } from './filing-frequency.js';

/**
 * The compliance calendar as data: when each state's sales tax return is due for each filing
 * frequency, how soon a remote seller must register after meeting a state's threshold, and the
 * federal and Texas dates of the shop's owner and LLC. Every date rule cites the document that
 * states it and says where it was read.
 */

export type FilingFrequency = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL';
export const FILING_FREQUENCIES: readonly FilingFrequency[] = ['MONTHLY', 'QUARTERLY', 'ANNUAL'];

/** When a return for a period is due, counted from the period's last day. */
export type DueDateRule =
  /** The `day`th of the month after the period ends (Texas: the 20th). */
  | { kind: 'dayOfFollowingMonth'; day: number }
  /** The last day of the month after the period ends (California's quarterly return). */
  | { kind: 'lastDayOfFollowingMonth' }
  /** A fixed day after the period's year (Washington's annual return: April 15). */
  | { kind: 'fixedDayAfterYear'; month: number; day: number };

export interface StateFilingRules {
  state: string;
  stateName: string;
  /** Due-date rule per frequency; a frequency the state does not assign is absent. */
  due: Partial<Record<FilingFrequency, DueDateRule>>;
  /**
   * The months quarters end in (New York's sales tax quarters end in February, May, August and
   * November).
   */
  quarterEndMonths: readonly [number, number, number, number];
  /** The month the annual period ends in (12; New York: 2, its year runs March 1 to February). */
  annualEndMonth: number;
  /** How a due date on a weekend or holiday moves (all twelve: to the next business day). */
  weekendRule: string;
  citation: Citation;
  readAt: readonly SourceRead[];
  note?: string;
}

/** How long a remote seller has to register once a state's threshold is met. */
export type RegistrationDeadlineRule =
  /** Before the next sale into the state (Georgia, North Carolina). */
  | { kind: 'nextTransaction' }
  /** Within `days` calendar days (New Jersey: 30). */
  | { kind: 'withinDays'; days: number }
  /** By the first day of the first month beginning at least `days` after (Colorado 90, Washington 30). */
  | { kind: 'firstOfMonthAtLeastDaysAfter'; days: number }
  /** No deadline read here: register before making further sales into the state. */
  | { kind: 'notStated' };

export interface StateRegistrationRule {
  state: string;
  rule: RegistrationDeadlineRule;
  /** The words relied on, from the page read. */
  summary: string;
  citation: Citation | null;
  readAt: readonly SourceRead[];
}

/** A yearly federal or state date that is not a sales tax return (Form 1040, franchise tax). */
export interface AnnualDeadlineRule {
  id: string;
  kind: 'FEDERAL_RETURN' | 'STATE_FRANCHISE_TAX';
  /** Null for a federal date. */
  state: string | null;
  title: string;
  /** The day in the year after the tax year (Form 1040: April 15; Texas franchise tax: May 15). */
  month: number;
  day: number;
  /** The first tax year it governs. */
  fromTaxYear: number;
  citation: Citation;
  readAt: readonly SourceRead[];
  note?: string;
}

export interface ComplianceRuleSet {
  /** Thresholds that decide a filing frequency, where read (Texas). */
  frequencyThresholds: readonly FrequencyThresholdRule[];
  /** Named in every calendar, so it can be reproduced from the same data. */
  version: string;
  filing: readonly StateFilingRules[];
  registration: readonly StateRegistrationRule[];
  annual: readonly AnnualDeadlineRule[];
}
