import { nextBusinessDay, type BusinessDayShift } from '../tax-rules/business-days.js';
import { isoDate } from '../tax-rules/iso-date.js';
import type { RuleSet } from '../tax-rules/types.js';
import { ComplianceInputError, lastDayOfMonth, nextMonth } from './dates.js';
import type { ComplianceRuleSet, DueDateRule, FilingFrequency, StateFilingRules } from './types.js';

/**
 * Sales tax return due dates: one return per period (month, quarter or year, as the state has
 * assigned), due on the state's day after the period ends, moved to the next business day when
 * that day is a Saturday, Sunday or legal holiday.
 *
 * Whose holidays: every one of the twelve states moves a due date past its own legal holidays,
 * which are not all the same. The engine knows one holiday calendar, the DC legal holidays the
 * federal rule set carries for IRC § 7503 (the federal holidays plus DC Emancipation Day), and
 * applies it to every state whose own calendar the caller does not give (the compliance service
 * gives Texas's banking holidays, the return worksheet's, so both name the same day): state-only holidays (Cesar Chavez Day in California, for example)
 * are not in it, and DC Emancipation Day moves a state date it would not move. The shift records
 * each day skipped and why, so a reader sees it.
 */

const FULL_MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

export interface FilingPeriod {
  start: string;
  end: string;
  /** "2026-Q3", "2026-10", "2026" (New York: "2026-Q3 (Jun-Aug)"). */
  label: string;
}

export interface ReturnDue {
  state: string;
  stateName: string;
  frequency: FilingFrequency;
  period: FilingPeriod;
  nominalDueDate: string;
  dueDate: string;
  shift: BusinessDayShift;
  /** "20th of the month after the period", for the reader. */
  ruleText: string;
  rules: StateFilingRules;
}

export function filingRulesOf(ruleSet: ComplianceRuleSet, state: string): StateFilingRules {
  const rules = ruleSet.filing.find((s) => s.state === state);
  if (!rules)
    throw new ComplianceInputError(
      `No sales tax return due dates for ${state} in ${ruleSet.version} (it has the twelve states the demo shop sells into).`,
      'state',
    );
  return rules;
}

function ruleText(rule: DueDateRule): string {
  switch (rule.kind) {
    case 'dayOfFollowingMonth':
      return `the ${rule.day}th of the month after the period`;
    case 'lastDayOfFollowingMonth':
      return 'the last day of the month after the period';
    case 'fixedDayAfterYear':
      return `${FULL_MONTHS[rule.month - 1] ?? rule.month} ${rule.day} after the period's year`;
  }
}

function nominalDue(rule: DueDateRule, periodEnd: string): string {
  const year = Number(periodEnd.slice(0, 4));
  const month = Number(periodEnd.slice(5, 7));
  const [y, m] = nextMonth(year, month);
  switch (rule.kind) {
    case 'dayOfFollowingMonth':
      return isoDate(y, m, rule.day);
    case 'lastDayOfFollowingMonth':
      return lastDayOfMonth(y, m);
    case 'fixedDayAfterYear':
      return isoDate(year + 1, rule.month, rule.day);
  }
}

/** The periods of a frequency ending in [firstEnd's month .. lastEnd's month]. */
function periodsEndingBetween(
  rules: StateFilingRules,
  frequency: FilingFrequency,
  fromYear: number,
  toYear: number,
): FilingPeriod[] {
  const periods: FilingPeriod[] = [];
  const quarterEnds = rules.quarterEndMonths;
  const calendarQuarters = quarterEnds[3] === 12;
  for (let year = fromYear; year <= toYear; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const end = lastDayOfMonth(year, month);
      if (frequency === 'MONTHLY') {
        periods.push({ start: isoDate(year, month, 1), end, label: end.slice(0, 7) });
        continue;
      }
      const monthsBack = frequency === 'QUARTERLY' ? 2 : 11;
      const isEnd =
        frequency === 'QUARTERLY' ? quarterEnds.includes(month) : month === rules.annualEndMonth;
      if (!isEnd) continue;
      let startYear = year;
      let startMonth = month - monthsBack;
      if (startMonth < 1) {
        startMonth += 12;
        startYear -= 1;
      }
      const start = isoDate(startYear, startMonth, 1);
      const quarterNumber = quarterEnds.indexOf(month) + 1;
      const label =
        frequency === 'ANNUAL'
          ? rules.annualEndMonth === 12
            ? `${year}`
            : `${startYear}-${String(startMonth).padStart(2, '0')} to ${end.slice(0, 7)}`
          : calendarQuarters
            ? `${year}-Q${quarterNumber}`
            : `${start.slice(0, 7)} to ${end.slice(0, 7)} (${MONTHS[startMonth - 1]}-${MONTHS[month - 1]})`;
      periods.push({ start, end, label });
    }
  }
  return periods;
}

/**
 * The returns of `state` at `frequency` whose due date (after the business-day move) falls in
 * [from, to], in date order. `holidays` is the rule set whose DC legal holidays are applied.
 */
export function returnsDue(
  ruleSet: ComplianceRuleSet,
  holidays: RuleSet,
  state: string,
  frequency: FilingFrequency,
  from: string,
  to: string,
): ReturnDue[] {
  const rules = filingRulesOf(ruleSet, state);
  const rule = rules.due[frequency];
  if (!rule)
    throw new ComplianceInputError(
      `${rules.stateName} assigns no ${frequency.toLowerCase()} sales tax return in ${ruleSet.version}.`,
      'filingFrequency',
    );
  // A return is due at most about sixteen months after its period starts (an annual return due
  // April 15): periods from two years before `from` cover every due date in the range.
  const periods = periodsEndingBetween(
    rules,
    frequency,
    Number(from.slice(0, 4)) - 2,
    Number(to.slice(0, 4)),
  );
  const due: ReturnDue[] = [];
  for (const period of periods) {
    const nominalDueDate = nominalDue(rule, period.end);
    const shift = nextBusinessDay(holidays, nominalDueDate);
    if (shift.due < from || shift.due > to) continue;
    due.push({
      state,
      stateName: rules.stateName,
      frequency,
      period,
      nominalDueDate,
      dueDate: shift.due,
      shift,
      ruleText: ruleText(rule),
      rules,
    });
  }
  return due.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
