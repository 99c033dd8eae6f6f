import { figure, formatDollars, mergeRules, ruleUse, type Figure, type RuleUse } from './figure.js';
import { formatPercent, multiplyCents, rational, roundCents, type Rounding } from './rational.js';
import { findRule, valueOf, type LookupOptions } from './rule-set.js';
import type { FilingStatus, RuleConcept, RuleSet } from './types.js';

/**
 * Ordinary income tax on taxable income by the Tax Rate Schedules (IRC § 1(j)(2) with the year's
 * inflation-adjusted bracket tops): each slice of taxable income at its bracket's rate, summed
 * exactly and rounded once. This is the schedule, not the Tax Table: the Form 1040 Tax Table
 * (taxable income under $100,000) taxes the midpoint of each $50 row, so a return using it can
 * differ from this by a few dollars. Capital gains rates are not modelled (ordinary income only).
 */

export interface IncomeTaxInput {
  taxYear: number;
  filingStatus: FilingStatus;
  /** Form 1040 line 15; a negative amount is taxed as zero. */
  taxableIncomeCents: number;
  rounding: Rounding;
  asKnownOn?: string;
}

export interface BracketSlice {
  bracket: number;
  rate: string;
  /** Taxable income over `from` and up to `to` (null: no top) is taxed at `rate`. */
  fromCents: number;
  toCents: number | null;
  /** The part of taxable income inside this bracket, and its tax (rounded for display). */
  incomeCents: number;
  tax: Figure;
}

export interface IncomeTaxResult {
  ruleSetVersion: string;
  taxYear: number;
  rounding: Rounding;
  taxableIncome: Figure;
  /** Every bracket reached, lowest first. */
  slices: BracketSlice[];
  /** The rate on the next dollar of taxable income. */
  marginalRate: string;
  /** The bracket number of the marginal rate (7 = the top, 37%). */
  marginalBracket: number;
  tax: Figure;
  rulesUsed: RuleUse[];
}

const BRACKETS = [1, 2, 3, 4, 5, 6, 7] as const;

export function computeIncomeTax(ruleSet: RuleSet, input: IncomeTaxInput): IncomeTaxResult {
  const { taxYear, filingStatus, rounding } = input;
  const options: LookupOptions = {
    filingStatus,
    ...(input.asKnownOn ? { asKnownOn: input.asKnownOn } : {}),
  };
  // Annual figures: looked up on the last day of the tax year (each spans the whole year).
  const onDate = `${taxYear}-12-31`;
  const rule = (concept: RuleConcept) => findRule(ruleSet, concept, onDate, options);

  const taxable = Math.max(0, roundCents(input.taxableIncomeCents, rounding));
  const taxableIncome = figure(
    taxable,
    input.taxableIncomeCents < 0
      ? `taxable income ${formatDollars(input.taxableIncomeCents)} is below zero: taxed as zero`
      : `taxable income ${formatDollars(taxable)}`,
  );

  const slices: BracketSlice[] = [];
  // Σ income × rate, kept exact over a common denominator and rounded once.
  let numerator = 0n;
  let denominator = 1n;
  let from = 0;
  let marginalBracket = 1;
  let marginalRate = '';
  for (const bracket of BRACKETS) {
    const rateRule = rule(`incomeTax.rate.${bracket}` as RuleConcept);
    const rate = valueOf(rateRule, 'ratio').ratio;
    const topRule = bracket < 7 ? rule(`incomeTax.bracketTop.${bracket}` as RuleConcept) : null;
    const top = topRule ? valueOf(topRule, 'cents').cents : null;
    if (taxable >= from && (top === null || taxable < top)) {
      marginalBracket = bracket;
      marginalRate = formatPercent(rate);
    }
    const income = Math.max(0, Math.min(taxable, top ?? taxable) - from);
    if (income > 0 || bracket === 1) {
      const den = BigInt(rate.denominator);
      if (denominator % den !== 0n) {
        numerator *= den;
        denominator *= den;
      }
      numerator += BigInt(income) * BigInt(rate.numerator) * (denominator / den);
      slices.push({
        bracket,
        rate: formatPercent(rate),
        fromCents: from,
        toCents: top,
        incomeCents: income,
        tax: figure(
          multiplyCents(income, rate, rounding),
          `${formatDollars(income)} of taxable income ${
            top === null
              ? `over ${formatDollars(from)}`
              : `over ${formatDollars(from)} up to ${formatDollars(top)}`
          } × ${formatPercent(rate)}`,
          ruleUse(ruleSet, rateRule),
          ...(topRule ? [ruleUse(ruleSet, topRule)] : []),
        ),
      });
    }
    if (top !== null && taxable === top && bracket < 7) {
      // Exactly at a bracket's top: the next dollar is taxed at the next rate.
      const next = (bracket + 1) as (typeof BRACKETS)[number];
      marginalBracket = next;
      marginalRate = formatPercent(
        valueOf(rule(`incomeTax.rate.${next}` as RuleConcept), 'ratio').ratio,
      );
    }
    if (top === null || taxable <= top) break;
    from = top;
  }
  if (denominator > BigInt(Number.MAX_SAFE_INTEGER) || numerator > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError('taxable income too large to compute in cents');
  const tax = figure(
    multiplyCents(Number(numerator), rational(1, Number(denominator)), rounding),
    `${filingStatus} ${taxYear} Tax Rate Schedule on ${formatDollars(taxable)}: ${slices
      .map((s) => `${formatDollars(s.incomeCents)} × ${s.rate}`)
      .join(' + ')}, summed exactly and rounded once`,
    ...slices.map((s) => s.tax),
  );
  return {
    ruleSetVersion: ruleSet.version,
    taxYear,
    rounding,
    taxableIncome,
    slices,
    marginalRate,
    marginalBracket,
    tax,
    rulesUsed: mergeRules(tax),
  };
}
