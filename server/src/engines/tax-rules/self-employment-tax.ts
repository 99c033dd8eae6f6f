import { figure, formatDollars, mergeRules, ruleUse, type Figure, type RuleUse } from './figure.js';
import { multiplyCents, roundCents, formatPercent, type Rounding } from './rational.js';
import { findRule, valueOf } from './rule-set.js';
import type { FilingStatus, RuleSet } from './types.js';

/**
 * Self-employment tax (Schedule SE, Part I) and the Additional Medicare Tax on wages and
 * self-employment income (Form 8959, Parts I and II), line by line.
 *
 * Rounding is the caller's explicit choice: `cent` rounds each computed line to the nearest cent;
 * `wholeDollar` applies the IRS's optional whole-dollar rounding to every input and every line
 * (under 50 cents down, 50 to 99 cents up), as a return rounded to whole dollars would.
 */

export interface SelfEmploymentTaxInput {
  taxYear: number;
  filingStatus: FilingStatus;
  /** Schedule SE lines 1a + 2: net profit (a loss is negative) from self-employment. */
  netProfitCents: number;
  /** W-2 social security wages and tips (boxes 3 and 7): Schedule SE line 8a. */
  socialSecurityWagesCents?: number;
  /** W-2 Medicare wages and tips (box 5): Form 8959 line 1. */
  medicareWagesCents?: number;
  rounding: Rounding;
}

export interface SelfEmploymentTaxResult {
  ruleSetVersion: string;
  taxYear: number;
  rounding: Rounding;
  /** Line 4a (= line 6 without the optional methods): net earnings from self-employment. */
  netEarnings: Figure;
  /** False when net earnings are under the $400 floor (line 4c): no SE tax is owed. */
  owesSelfEmploymentTax: boolean;
  /** Line 9: how much of the wage base the W-2 wages left. */
  wageBaseRemaining: Figure;
  /** Line 10: social security part. */
  socialSecurityTax: Figure;
  /** Line 11: Medicare part. */
  medicareTax: Figure;
  /** Line 12: self-employment tax. */
  selfEmploymentTax: Figure;
  /** Line 13: the deduction for one-half of self-employment tax. */
  deductibleHalf: Figure;
  /** Form 8959 line 7 (wages) and line 13 (self-employment income), and their sum. */
  additionalMedicareOnWages: Figure;
  additionalMedicareOnSelfEmployment: Figure;
  additionalMedicareTax: Figure;
  /** Every rule behind any figure above, once. */
  rulesUsed: RuleUse[];
}

export function computeSelfEmploymentTax(
  ruleSet: RuleSet,
  input: SelfEmploymentTaxInput,
): SelfEmploymentTaxResult {
  const { rounding, taxYear, filingStatus } = input;
  // Annual figures: looked up on the last day of the tax year (every one spans a whole year).
  const onDate = `${taxYear}-12-31`;
  const rule = (concept: Parameters<typeof findRule>[1]) =>
    findRule(ruleSet, concept, onDate, { filingStatus });
  const factorRule = rule('selfEmployment.netEarningsFactor');
  const floorRule = rule('selfEmployment.minimumNetEarnings');
  const ssRateRule = rule('selfEmployment.socialSecurityRate');
  const medicareRateRule = rule('selfEmployment.medicareRate');
  const wageBaseRule = rule('selfEmployment.socialSecurityWageBase');
  const halfRule = rule('selfEmployment.deductibleShare');
  const addlRateRule = rule('additionalMedicare.rate');
  const thresholdRule = rule('additionalMedicare.threshold');
  const use = (r: Parameters<typeof ruleUse>[1]) => ruleUse(ruleSet, r);

  const profit = roundCents(input.netProfitCents, rounding);
  const ssWages = roundCents(input.socialSecurityWagesCents ?? 0, rounding);
  const medicareWages = roundCents(input.medicareWagesCents ?? 0, rounding);
  const factor = valueOf(factorRule, 'ratio').ratio;

  const netEarnings =
    profit > 0
      ? figure(
          multiplyCents(profit, factor, rounding),
          `net profit ${formatDollars(profit)} × ${formatPercent(factor)} (Schedule SE line 4a)`,
          use(factorRule),
        )
      : figure(
          profit,
          `net profit ${formatDollars(profit)} is not more than zero: taken as is (line 4a)`,
        );

  const floor = valueOf(floorRule, 'cents').cents;
  const owes = netEarnings.cents >= floor;
  const zero = (why: string) => figure(0, why, use(floorRule), netEarnings);
  const underFloor = `net earnings ${formatDollars(netEarnings.cents)} are less than ${formatDollars(floor)} (line 4c): no self-employment tax`;

  const wageBase = valueOf(wageBaseRule, 'cents').cents;
  const wageBaseRemaining = figure(
    Math.max(0, wageBase - ssWages),
    `${taxYear} wage base ${formatDollars(wageBase)} − social security wages ${formatDollars(ssWages)}, not below zero (line 9)`,
    use(wageBaseRule),
  );

  const ssRate = valueOf(ssRateRule, 'ratio').ratio;
  const ssBase = Math.min(netEarnings.cents, wageBaseRemaining.cents);
  const socialSecurityTax = owes
    ? figure(
        multiplyCents(ssBase, ssRate, rounding),
        `smaller of net earnings ${formatDollars(netEarnings.cents)} and line 9 ${formatDollars(wageBaseRemaining.cents)}, × ${formatPercent(ssRate)} (line 10)`,
        netEarnings,
        wageBaseRemaining,
        use(ssRateRule),
        use(floorRule),
      )
    : zero(underFloor);

  const medicareRate = valueOf(medicareRateRule, 'ratio').ratio;
  const medicareTax = owes
    ? figure(
        multiplyCents(netEarnings.cents, medicareRate, rounding),
        `net earnings ${formatDollars(netEarnings.cents)} × ${formatPercent(medicareRate)} (line 11)`,
        netEarnings,
        use(medicareRateRule),
        use(floorRule),
      )
    : zero(underFloor);

  const selfEmploymentTax = figure(
    socialSecurityTax.cents + medicareTax.cents,
    `line 10 ${formatDollars(socialSecurityTax.cents)} + line 11 ${formatDollars(medicareTax.cents)} (line 12)`,
    socialSecurityTax,
    medicareTax,
  );
  const half = valueOf(halfRule, 'ratio').ratio;
  const deductibleHalf = figure(
    multiplyCents(selfEmploymentTax.cents, half, rounding),
    `self-employment tax ${formatDollars(selfEmploymentTax.cents)} × ${formatPercent(half)} (line 13)`,
    selfEmploymentTax,
    use(halfRule),
  );

  // Form 8959: the threshold applies to wages first; self-employment income uses what is left.
  const addlRate = valueOf(addlRateRule, 'ratio').ratio;
  const threshold = valueOf(thresholdRule, 'cents').cents;
  const wagesOver = Math.max(0, medicareWages - threshold);
  const additionalMedicareOnWages = figure(
    multiplyCents(wagesOver, addlRate, rounding),
    `Medicare wages ${formatDollars(medicareWages)} over the ${filingStatus} threshold ${formatDollars(threshold)}: ${formatDollars(wagesOver)} × ${formatPercent(addlRate)} (Form 8959 line 7)`,
    use(thresholdRule),
    use(addlRateRule),
  );
  const seIncome = owes ? Math.max(0, netEarnings.cents) : 0;
  const reducedThreshold = Math.max(0, threshold - medicareWages);
  const seOver = Math.max(0, seIncome - reducedThreshold);
  const additionalMedicareOnSelfEmployment = figure(
    multiplyCents(seOver, addlRate, rounding),
    `self-employment income ${formatDollars(seIncome)} over the threshold less Medicare wages ${formatDollars(reducedThreshold)}: ${formatDollars(seOver)} × ${formatPercent(addlRate)} (Form 8959 line 13)`,
    netEarnings,
    use(thresholdRule),
    use(addlRateRule),
  );
  const additionalMedicareTax = figure(
    additionalMedicareOnWages.cents + additionalMedicareOnSelfEmployment.cents,
    'Form 8959 line 7 + line 13',
    additionalMedicareOnWages,
    additionalMedicareOnSelfEmployment,
  );

  return {
    ruleSetVersion: ruleSet.version,
    taxYear,
    rounding,
    netEarnings,
    owesSelfEmploymentTax: owes,
    wageBaseRemaining,
    socialSecurityTax,
    medicareTax,
    selfEmploymentTax,
    deductibleHalf,
    additionalMedicareOnWages,
    additionalMedicareOnSelfEmployment,
    additionalMedicareTax,
    rulesUsed: mergeRules(deductibleHalf, additionalMedicareTax, wageBaseRemaining),
  };
}
