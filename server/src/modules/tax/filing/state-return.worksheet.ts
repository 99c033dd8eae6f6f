import type { FilingFrequency } from '@zactonics/db';
import {
  COMPLIANCE_RULE_SET,
  filingRulesOf,
  returnsDue,
  type ReturnDue,
  type StateFilingRules,
} from '../../../engines/compliance/index.js';
import { FEDERAL_RULE_SET } from '../../../engines/tax-rules/data/federal-rule-set.js';
import { formatDollars } from '../../../engines/tax-rules/figure.js';
import type { SalesTaxLiability, SalesTaxPeriod } from '../sales-tax/sales-tax-liability.js';
import type { DueDate, ReturnWorksheet } from './filing-packet.js';
import {
  deadlineStatus,
  decimalPercent,
  distinctNotes,
  returnReconciliation,
  worksheetJurisdictions,
  worksheetLine,
  worksheetLocations,
} from './return-worksheet-parts.js';

/**
 * A summary return worksheet for a registered state other than Texas, pure. The hub does not hold
 * these states' own form lines (their line numbers, schedules and local codes), so the worksheet
 * gives the figures every sales tax return asks for, from the period's liability (the sales-tax
 * engine's, per jurisdiction): gross, exempt, resale and taxable sales, state and local tax, total
 * and net. The due date is the compliance engine's (the state's rule for the registration's
 * filing frequency, moved past weekends and the DC legal holidays, as the compliance calendar does
 * for every state but Texas), so the packet and the calendar name the same day.
 */

export interface StateReturnInput {
  liability: SalesTaxLiability;
  registration: {
    registeredOn: string;
    accountNumber: string | null;
    filingFrequency: FilingFrequency | null;
  };
  /** The shop's today (YYYY-MM-DD), for whether the due date has passed. */
  today: string;
}

/** The id the packet's rules list gives a state's due-date rule (the calendar's sourceRule). */
export function filingRuleId(state: string): string {
  return `filing/${state}`;
}

/** The summary worksheet's form id: no state form is filled. */
export function summaryFormId(state: string): string {
  return `${state}-summary-worksheet`;
}

/** The state's filing periods at `frequency` ending in `year` (New York: "2025-12 to 2026-02 (Dec-Feb)" ...). */
export function stateFilingPeriods(
  state: string,
  frequency: FilingFrequency,
  year: number,
): ReturnDue[] {
  return returnsDue(
    COMPLIANCE_RULE_SET,
    FEDERAL_RULE_SET,
    state,
    frequency,
    `${year}-01-01`,
    `${year + 2}-12-31`,
  ).filter((r) => r.period.end.startsWith(`${year}-`));
}

/**
 * The return due for exactly this period, or null when the period is not one of the state's
 * filing periods at that frequency (New York's quarters run March to May, June to August ...).
 * Throws the engine's ComplianceInputError for a state or frequency it has no rule for.
 */
export function stateReturnDue(
  state: string,
  frequency: FilingFrequency,
  period: SalesTaxPeriod,
): ReturnDue | null {
  const year = Number(period.end.slice(0, 4));
  return (
    stateFilingPeriods(state, frequency, year).find(
      (r) => r.period.start === period.start && r.period.end === period.end,
    ) ?? null
  );
}

function dueDateOf(r: ReturnDue): DueDate {
  return {
    nominal: r.nominalDueDate,
    due: r.dueDate,
    skipped: r.shift.skipped.map((s) => ({ date: s.date, reason: s.reason })),
    ruleIds: [filingRuleId(r.state)],
  };
}

/** The packet's words for a state's due-date rule. */
export function filingRuleSummary(rules: StateFilingRules): string {
  const kinds = Object.entries(rules.due)
    .map(([frequency, rule]) => {
      const when =
        rule.kind === 'dayOfFollowingMonth'
          ? `the ${rule.day}th of the month after the period`
          : rule.kind === 'lastDayOfFollowingMonth'
            ? 'the last day of the month after the period'
            : `month ${rule.month}, day ${rule.day} after the period's year`;
      return `${frequency.toLowerCase()}: ${when}`;
    })
    .join('; ');
  return `${rules.stateName} sales tax return due ${kinds}. ${rules.weekendRule} The hub moves it past the DC legal holidays (IRC § 7503's calendar), not ${rules.stateName}'s own.${rules.note ? ` ${rules.note}` : ''}`;
}

export function buildStateReturn(input: StateReturnInput): ReturnWorksheet {
  const { liability, registration, today } = input;
  const state = liability.state;
  if (state === 'TX') throw new Error('Texas has its own return (buildTexasReturn)');
  const rules = filingRulesOf(COMPLIANCE_RULE_SET, state);
  const name = rules.stateName;
  const frequency = registration.filingFrequency ?? 'QUARTERLY';
  const due = stateReturnDue(state, frequency, liability.period);
  if (!due) {
    throw new Error(`${liability.period.key} is not a ${name} ${frequency.toLowerCase()} period`);
  }
  const dueDate = dueDateOf(due);
  const status = deadlineStatus(today, dueDate.due);

  const stateJurisdiction = liability.jurisdictions.find((j) => j.level === 'STATE');
  const stateRuleIds = stateJurisdiction?.ruleIds ?? [];
  const locals = liability.jurisdictions.filter((j) => j.level !== 'STATE');
  const localRuleIds = [...new Set(locals.flatMap((j) => j.ruleIds))];
  const stateTax = liability.stateTaxOwedCents;
  const localTax = liability.localTaxOwedCents;
  const total = liability.taxOwedCents;
  // No vendor discount or collection allowance is taken: each state's differs and none is in the
  // hub's rules, so the net is the total and the notes say so.
  const net = total;
  const line = worksheetLine;

  const lines = [
    line(
      'TOTAL_SALES',
      '1',
      `Gross sales into ${name}`,
      liability.grossSalesCents,
      `all sales into ${name} in the period, goods and shipping charges: taxable ${formatDollars(liability.taxableSalesCents)} + resale ${formatDollars(liability.resaleSalesCents)} + exempt ${formatDollars(liability.exemptSalesCents)}`,
      [],
    ),
    line(
      'EXEMPT_SALES',
      '2',
      'Exempt sales',
      liability.exemptSalesCents,
      `sales exempt in ${name} (by product or buyer)`,
      stateRuleIds,
    ),
    line(
      'RESALE_SALES',
      '3',
      'Sales for resale',
      liability.resaleSalesCents,
      'sales to resellers (resale certificates on file: see the checklist)',
      [],
    ),
    line(
      'TAXABLE_SALES',
      '4',
      'Taxable sales',
      liability.taxableSalesCents,
      `line 1 − line 2 − line 3, incl. taxable shipping ${formatDollars(liability.taxableShippingCents)}`,
      stateRuleIds,
    ),
    line(
      'STATE_TAX_DUE',
      '5',
      'State tax',
      stateTax,
      `line 4 ${formatDollars(liability.taxableSalesCents)} × ${stateJurisdiction ? decimalPercent(stateJurisdiction.rate) : 'the state rate'}, rounded to the cent (the liability's state line)`,
      stateRuleIds,
    ),
    line(
      'LOCAL_TAX_DUE',
      '6',
      'Local tax, all jurisdictions',
      localTax,
      `sum of ${locals.length} local jurisdictions' tax: ${locals.map((j) => `${j.name} ${formatDollars(j.taxOwedCents)}`).join(' + ') || 'none'}`,
      localRuleIds,
    ),
    line(
      'TOTAL_TAX_DUE',
      '7',
      'Total tax due',
      total,
      `state ${formatDollars(stateTax)} + local ${formatDollars(localTax)}`,
      [],
      { state: stateTax, local: localTax },
    ),
    line(
      'NET_TAX_DUE',
      '8',
      'Net tax due',
      net,
      `line 7; no vendor discount or collection allowance taken (${name}'s is not modelled)`,
      [],
      { state: stateTax, local: localTax },
    ),
  ];

  const notes = distinctNotes(liability.notes);
  notes.push(
    `This is a summary worksheet, not ${name}'s return: the hub does not hold ${name}'s form lines, schedules or local jurisdiction codes. Carry the figures to the return on the ${name} revenue department's filing system; the line numbers here are the worksheet's own.`,
    `Vendor discounts and collection allowances are state-specific and not modelled: net tax due is shown without one. If ${name} allows a discount for filing and paying on time, the return computes it.`,
  );
  if (status === 'OVERDUE') {
    notes.push(
      `The due date ${dueDate.due} has passed (today is ${today}). The hub does not know whether the return was filed. If it was not, ${name}'s late-filing penalties and interest apply (not computed here).`,
    );
  }

  return {
    state,
    form: {
      id: summaryFormId(state),
      title: `${name} sales and use tax return: summary worksheet (the hub does not hold ${name}'s own form lines)`,
    },
    period: liability.period,
    filingFrequency: frequency,
    frequencySource: registration.filingFrequency ? 'REGISTRATION' : 'DEFAULT',
    registeredOn: registration.registeredOn,
    accountNumber: registration.accountNumber,
    lines,
    jurisdictions: worksheetJurisdictions(liability),
    locations: worksheetLocations(liability),
    dueDate,
    deadlineStatus: status,
    prepayment: null,
    netTaxDueIfLateCents: total,
    reconciliation: returnReconciliation(liability, net),
    notes,
    salesTaxRuleSetVersion: liability.ruleSetVersion,
    jurisdictionTableVersion: liability.jurisdictionTableVersion,
  };
}
