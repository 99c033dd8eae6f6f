import type { FilingFrequency } from '@zactonics/db';
import { COMPLIANCE_RULE_SET, checkFilingFrequency } from '../../../engines/compliance/index.js';
import { nextBusinessDay } from '../../../engines/tax-rules/business-days.js';
import { formatDollars } from '../../../engines/tax-rules/figure.js';
import { isoDate } from '../../../engines/tax-rules/iso-date.js';
import { multiplyCents, type Rational } from '../../../engines/tax-rules/rational.js';
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
import {
  TEXAS_DUE_DATE_CALENDAR,
  TX_DUE_DATE_WEEKEND_HOLIDAY,
  TX_LATE_PENALTIES,
  TX_PREPAYMENT_DISCOUNT,
  TX_PREPAYMENT_DUE_DAY,
  TX_RETURN_DUE_DAY,
  TX_RETURN_FORM,
  TX_TIMELY_FILING_DISCOUNT,
} from './texas-return.rules.js';

/**
 * The Texas Sales and Use Tax Return (Form 01-114) filled from the period's liability, pure.
 * Every tax figure is the liability's (the sales-tax engine's, per jurisdiction); this adds the
 * form's arithmetic (Items 4, 8, 10, 13), the seller's discounts and the due dates.
 * Discounts are computed per column (state, local), each rounded to the cent half up, as the
 * form has a state and a local column from Item 8 on.
 */

/** Kept here too: the Texas spec and the PDF import them from the Texas worksheet. */
export { decimalPercent, wholeDollars } from './return-worksheet-parts.js';

export interface TexasReturnInput {
  liability: SalesTaxLiability;
  registration: {
    registeredOn: string;
    accountNumber: string | null;
    filingFrequency: FilingFrequency | null;
  };
  /** The shop's today (YYYY-MM-DD), for whether the due date has passed. */
  today: string;
}

function percentOf(rate: Rational): string {
  return `${(rate.numerator * 100) / rate.denominator}%`;
}

function rateOf(rule: { rate: Rational | null }): Rational {
  if (!rule.rate) throw new Error('a discount rule without a rate');
  return rule.rate;
}

/** The day after a period's end, as year and month. */
function monthAfter(end: string): { year: number; month: number } {
  const [year, month] = end.split('-').map(Number) as [number, number];
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

function moved(nominal: string, ruleIds: string[]): DueDate {
  const shift = nextBusinessDay(TEXAS_DUE_DATE_CALENDAR, nominal);
  return {
    nominal,
    due: shift.due,
    skipped: shift.skipped.map((s) => ({ date: s.date, reason: s.reason })),
    ruleIds: shift.skipped.length > 0 ? [...ruleIds, TX_DUE_DATE_WEEKEND_HOLIDAY.id] : ruleIds,
  };
}

/** The 20th of the month after the period, moved past weekends and Texas banking holidays. */
export function texasReturnDueDate(period: SalesTaxPeriod): DueDate {
  const { year, month } = monthAfter(period.end);
  return moved(isoDate(year, month, 20), [TX_RETURN_DUE_DAY.id]);
}

/** A quarter's prepayment: the 15th of its second month; a month's: the 15th of that month. */
export function texasPrepaymentDueDate(period: SalesTaxPeriod): DueDate {
  const [year, startMonth] = period.start.split('-').map(Number) as [number, number];
  const month = period.kind === 'QUARTER' ? startMonth + 1 : startMonth;
  return moved(isoDate(year, month, 15), [TX_PREPAYMENT_DUE_DAY.id]);
}

/**
 * The compliance engine's frequency threshold (Tax Code § 151.401(b), read by the calendar's
 * author) applied to this quarter's state tax: a quarterly filer owing $1,500 or more in the
 * quarter is told so. The return is still prepared for the frequency the state assigned.
 */
function texasFrequencyCheck(
  assigned: FilingFrequency,
  period: SalesTaxPeriod,
  stateTaxCents: number,
): string | null {
  const rule = COMPLIANCE_RULE_SET.frequencyThresholds.find((r) => r.state === 'TX');
  if (!rule || period.kind !== 'QUARTER') return null;
  const check = checkFilingFrequency(rule, 'Texas', assigned, [
    { label: period.key, stateTaxCents },
  ]);
  return check.matches ? null : `${check.message} (${check.ruleId})`;
}

const line = worksheetLine;

export function buildTexasReturn(input: TexasReturnInput): ReturnWorksheet {
  const { liability, registration, today } = input;
  if (liability.state !== 'TX') throw new Error(`not a Texas liability: ${liability.state}`);
  const form = TX_RETURN_FORM.id;
  const stateJurisdiction = liability.jurisdictions.find((j) => j.level === 'STATE');
  const stateRuleIds = stateJurisdiction?.ruleIds ?? [];
  const locals = liability.jurisdictions.filter((j) => j.level !== 'STATE');
  const localRuleIds = [...new Set(locals.flatMap((j) => j.ruleIds))];
  const taxablePurchases = 0;
  const subjectToState = liability.taxableSalesCents + taxablePurchases;
  // Each outlet reports its sales subject to local tax once (its city, county, transit and SPD
  // amounts being equal); the outlets' amounts add up to Item 5 across the return.
  const subjectToLocal = liability.locations.reduce((sum, l) => sum + l.taxableSalesCents, 0);

  const state = liability.stateTaxOwedCents;
  const local = liability.localTaxOwedCents;
  const total = liability.taxOwedCents;
  const prepaymentCredit = { state: 0, local: 0 };
  const adjusted = { state: state - prepaymentCredit.state, local: local - prepaymentCredit.local };
  const timelyRate = rateOf(TX_TIMELY_FILING_DISCOUNT);
  const discount = {
    state: multiplyCents(adjusted.state, timelyRate, 'cent'),
    local: multiplyCents(adjusted.local, timelyRate, 'cent'),
  };
  const prior = 0;
  const net = {
    state: adjusted.state - discount.state - prior,
    local: adjusted.local - discount.local,
  };
  const prepayRate = rateOf(TX_PREPAYMENT_DISCOUNT);
  const prepayDiscount =
    multiplyCents(state, prepayRate, 'cent') + multiplyCents(local, prepayRate, 'cent');

  const lines = [
    line(
      'TOTAL_SALES',
      '1',
      'Total Texas sales',
      liability.grossSalesCents,
      `all sales into Texas in the period, goods and shipping charges: taxable ${formatDollars(liability.taxableSalesCents)} + resale ${formatDollars(liability.resaleSalesCents)} + exempt ${formatDollars(liability.exemptSalesCents)}`,
      [form],
      { whole: true },
    ),
    line(
      'TAXABLE_SALES',
      '2',
      'Taxable sales',
      liability.taxableSalesCents,
      `sales taxable in Texas, incl. taxable shipping ${formatDollars(liability.taxableShippingCents)}`,
      [form, ...stateRuleIds],
      { whole: true },
    ),
    line(
      'TAXABLE_PURCHASES',
      '3',
      'Taxable purchases',
      taxablePurchases,
      'purchases used in Texas on which no Texas tax was paid: the hub records none (enter any the shop knows of)',
      [form],
      { whole: true },
    ),
    line(
      'SUBJECT_TO_STATE_TAX',
      '4',
      'Amount subject to state tax',
      subjectToState,
      `Item 2 ${formatDollars(liability.taxableSalesCents)} + Item 3 ${formatDollars(taxablePurchases)}`,
      [form],
      { whole: true },
    ),
    line(
      'SUBJECT_TO_LOCAL_TAX',
      '5',
      'Amount subject to local tax',
      subjectToLocal,
      `sum over ${liability.locations.length} outlet(s) of the sales subject to their local taxes: ${liability.locations.map((l) => `${l.label} ${formatDollars(l.taxableSalesCents)}`).join('; ')}`,
      [form, ...localRuleIds],
      { whole: true },
    ),
    line(
      'STATE_TAX_DUE',
      '7a',
      'State tax',
      state,
      `Item 4 ${formatDollars(subjectToState)} × ${stateJurisdiction ? decimalPercent(stateJurisdiction.rate) : 'the state rate'}, rounded to the cent (the liability's state line)`,
      [form, ...stateRuleIds],
    ),
    line(
      'LOCAL_TAX_DUE',
      '7b',
      'Local tax',
      local,
      `sum of ${locals.length} local jurisdictions' tax: ${locals.map((j) => `${j.name} ${formatDollars(j.taxOwedCents)}`).join(' + ') || 'none'}`,
      [form, ...localRuleIds],
    ),
    line(
      'TOTAL_TAX_DUE',
      '8',
      'Total tax due',
      total,
      `state ${formatDollars(state)} + local ${formatDollars(local)}`,
      [form],
      { state, local },
    ),
    line(
      'PREPAYMENT_CREDIT',
      '9',
      'Prepayment credit',
      0,
      'no prepayment is recorded in the hub for this period',
      [form, TX_PREPAYMENT_DISCOUNT.id],
      prepaymentCredit,
    ),
    line(
      'ADJUSTED_TAX_DUE',
      '10',
      'Adjusted tax due',
      adjusted.state + adjusted.local,
      'Item 8 − Item 9',
      [form],
      adjusted,
    ),
    line(
      'TIMELY_FILING_DISCOUNT',
      '11',
      'Timely filing discount',
      discount.state + discount.local,
      `${percentOf(timelyRate)} of Item 10, per column: state ${formatDollars(adjusted.state)} → ${formatDollars(discount.state)}, local ${formatDollars(adjusted.local)} → ${formatDollars(discount.local)}, each rounded to the cent; only if filed and paid by the due date`,
      [form, TX_TIMELY_FILING_DISCOUNT.id],
      discount,
    ),
    line('PRIOR_PAYMENTS', '12', 'Prior payments', prior, 'none recorded in the hub', [form], {
      state: 0,
      local: 0,
    }),
    line(
      'NET_TAX_DUE',
      '13',
      'Net tax due',
      net.state + net.local,
      'Item 10 − Item 11 − Item 12 (filed and paid by the due date; penalty and interest, Item 14, none)',
      [form, TX_TIMELY_FILING_DISCOUNT.id],
      net,
    ),
    line(
      'PREPAYMENT_DISCOUNT_AVAILABLE',
      '',
      'Prepayment discount (memo: had the tax been prepaid)',
      prepayDiscount,
      `${percentOf(prepayRate)} of the tax due per column, in addition to the ${percentOf(timelyRate)} timely filing discount (1.75% in all), for a prepayment of at least 90% of the tax made by the prepayment date`,
      [TX_PREPAYMENT_DISCOUNT.id, TX_PREPAYMENT_DUE_DAY.id],
    ),
  ];

  const dueDate = texasReturnDueDate(liability.period);
  const status = deadlineStatus(today, dueDate.due);
  const prepaymentDue = texasPrepaymentDueDate(liability.period);
  const frequency = registration.filingFrequency ?? 'QUARTERLY';
  const notes = distinctNotes(liability.notes);
  notes.push(
    "The return lists local tax by the Comptroller's local authority codes, which the hub's jurisdiction tables do not hold: the jurisdictions are named here with their rates; take each code from the Comptroller's sales tax rate locator for the outlet's address.",
  );
  if (status === 'OVERDUE') {
    notes.push(
      `The due date ${dueDate.due} has passed (today is ${today}). The hub does not know whether the return was filed. If it was not, the timely filing discount is lost (net tax due ${formatDollars(total)}) and penalties apply: ${TX_LATE_PENALTIES.summary} (${TX_LATE_PENALTIES.id}).`,
    );
  }
  const frequencyCheck = texasFrequencyCheck(frequency, liability.period, state);
  if (frequencyCheck) notes.push(frequencyCheck);
  if (subjectToLocal !== liability.taxableSalesCents) {
    notes.push(
      `Item 5 (${formatDollars(subjectToLocal)}) differs from Item 2 (${formatDollars(liability.taxableSalesCents)}): some taxable sales are sourced where no local tax applies, or to more than one outlet.`,
    );
  }

  const netTimely = net.state + net.local;
  return {
    state: 'TX',
    form: { id: form, title: 'Texas Sales and Use Tax Return (Form 01-114)' },
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
    prepayment: {
      dueDate: prepaymentDue,
      discountIfPrepaidCents: prepayDiscount,
      totalDiscountIfPrepaidCents: prepayDiscount + discount.state + discount.local,
      recorded: false,
    },
    netTaxDueIfLateCents: total,
    reconciliation: returnReconciliation(liability, netTimely),
    notes,
    salesTaxRuleSetVersion: liability.ruleSetVersion,
    jurisdictionTableVersion: liability.jurisdictionTableVersion,
  };
}
