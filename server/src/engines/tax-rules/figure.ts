import { formatExact, formatPercent } from './rational.js';
import type { Citation, RuleSet, RuleValue, TaxRule } from './types.js';

/**
 * "Why this number": every amount the engine computes carries the formula that produced it and
 * the rules (id, rule-set version, citation) behind it, including the rules behind the figures it
 * was computed from.
 */

export interface RuleUse {
  ruleId: string;
  concept: string;
  ruleSetVersion: string;
  /** The value as applied, for display: "$176,100.00", "12.4%", "70 cents per mile". */
  value: string;
  citation: Citation;
  note?: string;
}

export interface Figure {
  cents: number;
  /** How it was computed, in words and numbers: "net profit $50,000.00 × 92.35%". */
  formula: string;
  rules: readonly RuleUse[];
}

function formatDollars(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}$${units}.${(abs % 100).toString().padStart(2, '0')}`;
}

export { formatDollars };

export function describeValue(value: RuleValue): string {
  switch (value.kind) {
    case 'cents':
      return formatDollars(value.cents);
    case 'ratio':
      return formatPercent(value.ratio);
    case 'centsPerUnit':
      return `${formatExact(value.centsPerUnit.numerator, value.centsPerUnit.denominator)} cents per ${
        value.unit === 'mile' ? 'mile' : 'square foot'
      }`;
    case 'quantity':
      return `${value.quantity} square feet`;
    case 'monthDay':
      return `${value.month}/${value.day}${value.yearOffset ? ' of the next year' : ''}`;
  }
}

export function ruleUse(ruleSet: RuleSet, rule: TaxRule): RuleUse {
  return {
    ruleId: rule.id,
    concept: rule.concept,
    ruleSetVersion: ruleSet.version,
    value: describeValue(rule.value),
    citation: rule.citation,
    ...(rule.note ? { note: rule.note } : {}),
  };
}

/** The rules of several figures and rule uses, each once, in first-use order. */
export function mergeRules(
  ...sources: readonly (RuleUse | Figure | readonly RuleUse[])[]
): RuleUse[] {
  const seen = new Map<string, RuleUse>();
  const add = (use: RuleUse) => {
    if (!seen.has(use.ruleId)) seen.set(use.ruleId, use);
  };
  for (const source of sources) {
    if (Array.isArray(source)) (source as readonly RuleUse[]).forEach(add);
    else if ('cents' in source) source.rules.forEach(add);
    else add(source as RuleUse);
  }
  return [...seen.values()];
}

export function figure(
  cents: number,
  formula: string,
  ...sources: readonly (RuleUse | Figure | readonly RuleUse[])[]
): Figure {
  return { cents, formula, rules: mergeRules(...sources) };
}
