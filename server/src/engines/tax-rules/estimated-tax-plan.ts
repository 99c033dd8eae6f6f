import { planEstimatedTax, type EstimatedTaxPlan } from './estimated-tax.js';
import { figure, formatDollars, mergeRules, ruleUse, type Figure, type RuleUse } from './figure.js';
import { computeIncomeTax, type IncomeTaxResult } from './income-tax.js';
import { formatPercent, multiplyCents, roundCents, type Rounding } from './rational.js';
import { findRule, valueOf, type LookupOptions } from './rule-set.js';
import { computeSelfEmploymentTax, type SelfEmploymentTaxResult } from './self-employment-tax.js';
import {
  compareStandardAndItemized,
  type BusinessUseOfHome,
  type ItemizedFacts,
  type StandardVsItemized,
} from './standard-vs-itemized.js';
import type { FilingStatus, RuleSet } from './types.js';

/**
 * The owner's federal tax for a year from the Schedule C net profit (a sole proprietor with no
 * other income): self-employment tax and Additional Medicare (Schedule SE, Form 8959), AGI after
 * the deduction for half of SE tax, the larger of the standard and itemized deductions, the § 199A
 * deduction when taxable income is at or under the threshold, ordinary income tax by the rate
 * schedule; then the 1040-ES required annual payment and installments on that total.
 *
 * Above the § 199A threshold the wage and property limits and the specified-service rules would
 * apply: they are not modelled, so the deduction is left out and `qbi.status` says so rather than
 * guessing. Credits, other income, capital gains and the net investment income tax are not
 * modelled.
 */

export interface OwnerTaxInput {
  taxYear: number;
  filingStatus: FilingStatus;
  /** Schedule C line 31 for the whole year (projected). */
  netProfitCents: number;
  itemized: ItemizedFacts;
  businessUseOfHome: BusinessUseOfHome | null;
  priorYearTaxCents: number | null;
  priorYearAgiCents: number | null;
  rounding: Rounding;
  asKnownOn?: string;
}

export type QbiStatus = 'BELOW_THRESHOLD' | 'ABOVE_THRESHOLD_NOT_MODELLED' | 'NO_QBI';

export interface QbiDeduction {
  status: QbiStatus;
  /** Net profit less the deduction for half of SE tax (Treas. Reg. § 1.199A-3(b)(1)(vi)). */
  qualifiedBusinessIncome: Figure;
  threshold: Figure;
  deduction: Figure;
  explanation: string;
}

export interface OwnerTaxProjection {
  ruleSetVersion: string;
  taxYear: number;
  filingStatus: FilingStatus;
  netProfit: Figure;
  selfEmployment: SelfEmploymentTaxResult;
  adjustedGrossIncome: Figure;
  deductions: StandardVsItemized;
  taxableIncomeBeforeQbi: Figure;
  qbi: QbiDeduction;
  taxableIncome: Figure;
  incomeTax: IncomeTaxResult;
  /** Income tax + self-employment tax + Additional Medicare Tax. */
  totalTax: Figure;
  estimatedTax: EstimatedTaxPlan;
  notes: string[];
  rulesUsed: RuleUse[];
}

export function projectOwnerTax(ruleSet: RuleSet, input: OwnerTaxInput): OwnerTaxProjection {
  const { taxYear, filingStatus, rounding } = input;
  const asKnownOn = input.asKnownOn ? { asKnownOn: input.asKnownOn } : {};
  const options: LookupOptions = { filingStatus, ...asKnownOn };
  const onDate = `${taxYear}-12-31`;
  const profit = roundCents(input.netProfitCents, rounding);
  const netProfit = figure(profit, `Schedule C net profit for ${taxYear} ${formatDollars(profit)}`);
  const notes: string[] = [];

  const selfEmployment = computeSelfEmploymentTax(ruleSet, {
    taxYear,
    filingStatus,
    netProfitCents: profit,
    rounding,
  });
  const adjustedGrossIncome = figure(
    profit - selfEmployment.deductibleHalf.cents,
    `net profit ${formatDollars(profit)} − deductible half of SE tax ${formatDollars(selfEmployment.deductibleHalf.cents)} (Form 1040 line 11; no other income)`,
    netProfit,
    selfEmployment.deductibleHalf,
  );
  const deductions = compareStandardAndItemized(ruleSet, {
    taxYear,
    filingStatus,
    agiCents: adjustedGrossIncome.cents,
    itemized: input.itemized,
    businessUseOfHome: input.businessUseOfHome,
    rounding,
    ...asKnownOn,
  });
  const taxableIncomeBeforeQbi = figure(
    Math.max(0, adjustedGrossIncome.cents - deductions.deduction.cents),
    `AGI ${formatDollars(adjustedGrossIncome.cents)} − ${
      deductions.chosen === 'ITEMIZED' ? 'itemized deductions' : 'standard deduction'
    } ${formatDollars(deductions.deduction.cents)}, not below zero`,
    adjustedGrossIncome,
    deductions.deduction,
  );

  // § 199A below the threshold: 20% of QBI, at most 20% of taxable income (no capital gains here).
  const rateRule = findRule(ruleSet, 'qbi.rate', onDate, options);
  const thresholdRule = findRule(ruleSet, 'qbi.threshold', onDate, options);
  const rate = valueOf(rateRule, 'ratio').ratio;
  const thresholdCents = valueOf(thresholdRule, 'cents').cents;
  const threshold = figure(
    thresholdCents,
    `${taxYear} § 199A threshold, ${filingStatus}`,
    ruleUse(ruleSet, thresholdRule),
  );
  const qbiCents = profit - selfEmployment.deductibleHalf.cents;
  const qualifiedBusinessIncome = figure(
    qbiCents,
    `net profit ${formatDollars(profit)} − deductible half of SE tax ${formatDollars(selfEmployment.deductibleHalf.cents)}`,
    netProfit,
    selfEmployment.deductibleHalf,
  );
  let qbi: QbiDeduction;
  if (qbiCents <= 0) {
    qbi = {
      status: 'NO_QBI',
      qualifiedBusinessIncome,
      threshold,
      deduction: figure(0, 'no qualified business income', qualifiedBusinessIncome),
      explanation:
        'No qualified business income: no § 199A deduction (a loss carries forward, not modelled).',
    };
  } else if (taxableIncomeBeforeQbi.cents > thresholdCents) {
    qbi = {
      status: 'ABOVE_THRESHOLD_NOT_MODELLED',
      qualifiedBusinessIncome,
      threshold,
      deduction: figure(
        0,
        `taxable income before the deduction ${formatDollars(taxableIncomeBeforeQbi.cents)} is over the threshold ${formatDollars(thresholdCents)}: the W-2 wage and property limits apply, not modelled, so no deduction is counted`,
        taxableIncomeBeforeQbi,
        threshold,
      ),
      explanation: `Taxable income before the QBI deduction is over ${formatDollars(thresholdCents)}: the deduction then depends on W-2 wages, property and whether the business is a specified service business (Form 8995-A), which is not modelled. It is left out, so the projected tax may be too high.`,
    };
    notes.push(qbi.explanation);
  } else {
    const ofQbi = multiplyCents(qbiCents, rate, rounding);
    const ofTaxable = multiplyCents(taxableIncomeBeforeQbi.cents, rate, rounding);
    qbi = {
      status: 'BELOW_THRESHOLD',
      qualifiedBusinessIncome,
      threshold,
      deduction: figure(
        Math.min(ofQbi, ofTaxable),
        `smaller of ${formatPercent(rate)} of QBI ${formatDollars(qbiCents)} (${formatDollars(ofQbi)}) and ${formatPercent(rate)} of taxable income before the deduction ${formatDollars(taxableIncomeBeforeQbi.cents)} (${formatDollars(ofTaxable)}) (Form 8995; taxable income not over the threshold ${formatDollars(thresholdCents)})`,
        qualifiedBusinessIncome,
        taxableIncomeBeforeQbi,
        threshold,
        ruleUse(ruleSet, rateRule),
      ),
      explanation: `Taxable income before the deduction is not over ${formatDollars(thresholdCents)}: 20% of qualified business income, limited to 20% of taxable income (Form 8995).`,
    };
  }

  const taxableIncome = figure(
    Math.max(0, taxableIncomeBeforeQbi.cents - qbi.deduction.cents),
    `${formatDollars(taxableIncomeBeforeQbi.cents)} − QBI deduction ${formatDollars(qbi.deduction.cents)} (line 15)`,
    taxableIncomeBeforeQbi,
    qbi.deduction,
  );
  const incomeTax = computeIncomeTax(ruleSet, {
    taxYear,
    filingStatus,
    taxableIncomeCents: taxableIncome.cents,
    rounding,
    ...asKnownOn,
  });
  if (deductions.chosen === 'ITEMIZED' && incomeTax.marginalBracket === 7 && taxYear >= 2026)
    notes.push(
      'Taxable income reaches the 37% bracket: from 2026 P.L. 119-21 limits the benefit of itemized deductions there (not modelled).',
    );
  const totalTax = figure(
    incomeTax.tax.cents +
      selfEmployment.selfEmploymentTax.cents +
      selfEmployment.additionalMedicareTax.cents,
    `income tax ${formatDollars(incomeTax.tax.cents)} + self-employment tax ${formatDollars(selfEmployment.selfEmploymentTax.cents)} + Additional Medicare Tax ${formatDollars(selfEmployment.additionalMedicareTax.cents)} (no credits)`,
    incomeTax.tax,
    selfEmployment.selfEmploymentTax,
    selfEmployment.additionalMedicareTax,
  );
  const estimatedTax = planEstimatedTax(ruleSet, {
    taxYear,
    filingStatus,
    expectedTaxCents: totalTax.cents,
    priorYearTaxCents: input.priorYearTaxCents,
    priorYearAgiCents: input.priorYearAgiCents,
    rounding,
    ...asKnownOn,
  });
  notes.push(...deductions.notes);

  return {
    ruleSetVersion: ruleSet.version,
    taxYear,
    filingStatus,
    netProfit,
    selfEmployment,
    adjustedGrossIncome,
    deductions,
    taxableIncomeBeforeQbi,
    qbi,
    taxableIncome,
    incomeTax,
    totalTax,
    estimatedTax,
    notes,
    rulesUsed: mergeRules(totalTax, taxableIncome, deductions.rulesUsed, estimatedTax.rulesUsed),
  };
}
