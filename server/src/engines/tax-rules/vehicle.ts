import { figure, formatDollars, mergeRules, ruleUse, type Figure, type RuleUse } from './figure.js';
import { formatExact, multiplyRate, prorateCents, type Rounding } from './rational.js';
import { findRule, valueOf } from './rule-set.js';
import type { RuleSet, TaxRule } from './types.js';

/**
 * Car and truck expenses two ways: the business standard mileage rate in force on the day the
 * miles were driven (a year with a mid-year change is priced at both rates), or actual costs
 * times the business share of miles. The comparison is for one vehicle and one year; note that
 * the standard rate must be chosen in the first year a vehicle is used in the business.
 */

export interface BusinessTrip {
  date: string;
  /** Whole business miles (a mileage log records whole miles). */
  miles: number;
}

export interface MileageAtRate {
  ruleId: string;
  from: string;
  to: string | null;
  miles: number;
  amount: Figure;
}

export interface StandardMileageResult {
  ruleSetVersion: string;
  /** One line per rate period the trips fall in, priced once (rounded once) per period. */
  byRate: MileageAtRate[];
  totalMiles: number;
  deduction: Figure;
  rulesUsed: RuleUse[];
}

export function standardMileageDeduction(
  ruleSet: RuleSet,
  trips: readonly BusinessTrip[],
  rounding: Rounding,
): StandardMileageResult {
  const groups = new Map<string, { rule: TaxRule; miles: number }>();
  for (const trip of trips) {
    if (!Number.isSafeInteger(trip.miles) || trip.miles < 0)
      throw new RangeError(`${trip.miles} is not a whole number of miles (${trip.date})`);
    const rule = findRule(ruleSet, 'vehicle.businessStandardMileageRate', trip.date);
    const group = groups.get(rule.id) ?? { rule, miles: 0 };
    group.miles += trip.miles;
    groups.set(rule.id, group);
  }
  const byRate = [...groups.values()]
    .sort((a, b) => a.rule.effective.from.localeCompare(b.rule.effective.from))
    .map(({ rule, miles }): MileageAtRate => {
      const rate = valueOf(rule, 'centsPerUnit').centsPerUnit;
      return {
        ruleId: rule.id,
        from: rule.effective.from,
        to: rule.effective.to,
        miles,
        amount: figure(
          multiplyRate(miles, rate, rounding),
          `${miles} miles driven ${rule.effective.from} to ${rule.effective.to ?? 'now'} × ${formatExact(rate.numerator, rate.denominator)} cents`,
          ruleUse(ruleSet, rule),
        ),
      };
    });
  const deduction = figure(
    byRate.reduce((sum, line) => sum + line.amount.cents, 0),
    byRate.map((line) => formatDollars(line.amount.cents)).join(' + ') || 'no business miles',
    ...byRate.map((line) => line.amount),
  );
  return {
    ruleSetVersion: ruleSet.version,
    byRate,
    totalMiles: byRate.reduce((sum, line) => sum + line.miles, 0),
    deduction,
    rulesUsed: mergeRules(deduction),
  };
}

export interface VehicleCost {
  /** Gas, oil, repairs, tires, insurance, registration, lease payments, depreciation... */
  label: string;
  cents: number;
}

export interface ActualExpenseResult {
  totalCost: Figure;
  businessMiles: number;
  totalMiles: number;
  deduction: Figure;
}

/** Actual costs × business miles / all miles (the business-use percentage, exact). */
export function actualExpenseDeduction(
  costs: readonly VehicleCost[],
  businessMiles: number,
  totalMiles: number,
  rounding: Rounding,
): ActualExpenseResult {
  if (businessMiles > totalMiles)
    throw new RangeError(`${businessMiles} business miles exceed ${totalMiles} total`);
  const total = costs.reduce((sum, cost) => sum + cost.cents, 0);
  const totalCost = figure(
    total,
    costs.map((c) => `${c.label} ${formatDollars(c.cents)}`).join(' + ') || 'no costs',
  );
  return {
    totalCost,
    businessMiles,
    totalMiles,
    deduction: figure(
      totalMiles === 0 ? 0 : prorateCents(total, businessMiles, totalMiles, rounding),
      `actual costs ${formatDollars(total)} × ${businessMiles} business miles / ${totalMiles} miles`,
      totalCost,
    ),
  };
}

export interface VehicleComparison {
  standardMileage: StandardMileageResult;
  actualExpenses: ActualExpenseResult;
  larger: 'standardMileage' | 'actualExpenses' | 'equal';
  difference: number;
}

export function compareVehicleMethods(
  ruleSet: RuleSet,
  input: {
    trips: readonly BusinessTrip[];
    costs: readonly VehicleCost[];
    totalMiles: number;
    rounding: Rounding;
  },
): VehicleComparison {
  const standardMileage = standardMileageDeduction(ruleSet, input.trips, input.rounding);
  const actualExpenses = actualExpenseDeduction(
    input.costs,
    standardMileage.totalMiles,
    input.totalMiles,
    input.rounding,
  );
  const difference = standardMileage.deduction.cents - actualExpenses.deduction.cents;
  return {
    standardMileage,
    actualExpenses,
    larger: difference > 0 ? 'standardMileage' : difference < 0 ? 'actualExpenses' : 'equal',
    difference: Math.abs(difference),
  };
}
