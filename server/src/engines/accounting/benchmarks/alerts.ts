import { formatCents } from '../money.js';
import { formatRatio } from '../ratio-arithmetic.js';
import type { FinancialRatio, RatioSource, RatioTerm } from '../ratios.js';
import type { RatioBenchmark } from './industry-benchmarks.js';

/**
 * An alert for a ratio outside its industry range, in words: the value, the range and its source,
 * then what drives it, named from the ratio's own inputs (the biggest figure pulling it that way).
 * WARNING when the ratio is outside on its unhealthy side, INFO on its healthy side or for a ratio
 * that is a trade-off either way (days payable outstanding).
 */

export type AlertSeverity = 'WARNING' | 'INFO';

export interface RatioAlert {
  key: string;
  severity: AlertSeverity;
  text: string;
}

function accountsOf(source: RatioSource): string {
  return source.accounts.length > 0 && source.accounts.length <= 3
    ? ` (${source.accounts.join(', ')})`
    : '';
}

function largest(sources: readonly RatioSource[], sign: 1 | -1): RatioSource | null {
  let best: RatioSource | null = null;
  for (const s of sources) {
    if (Math.sign(s.cents) !== sign) continue;
    if (!best || Math.abs(s.cents) > Math.abs(best.cents)) best = s;
  }
  return best;
}

/**
 * What pulls the ratio down (below the range): the largest deduction within the numerator, else
 * the largest part of the denominator; up (above): the largest part of the numerator, else the
 * largest deduction within the denominator. Opening/closing pairs of an average name the closing.
 */
function driver(ratio: FinancialRatio, side: 'below' | 'above'): string {
  const pick = (term: RatioTerm, sign: 1 | -1) =>
    largest(
      term.isAverage ? term.sources.filter((s) => s.label.endsWith('(closing)')) : term.sources,
      sign,
    );
  const found =
    side === 'below'
      ? (pick(ratio.numerator, -1) ?? pick(ratio.denominator, 1))
      : (pick(ratio.numerator, 1) ?? pick(ratio.denominator, -1));
  if (!found) return '';
  const label = found.label.replace(/ \((opening|closing)\)$/, '');
  return `; the largest is ${label}${accountsOf(found)} at ${formatCents(Math.abs(found.cents))}`;
}

/** The alert for a ratio against its benchmark, or null when inside the range or without a value. */
export function ratioAlert(
  ratio: FinancialRatio,
  benchmark: RatioBenchmark | undefined,
  shortCitation: string,
): RatioAlert | null {
  if (!benchmark || ratio.value === null) return null;
  const side =
    ratio.value < benchmark.low ? 'below' : ratio.value > benchmark.high ? 'above' : null;
  if (!side) return null;
  const unhealthy =
    ratio.higherIsBetter === null
      ? false
      : ratio.higherIsBetter
        ? side === 'below'
        : side === 'above';
  const range = `${formatRatio(ratio.unit, benchmark.low)}-${formatRatio(ratio.unit, benchmark.high)}`;
  const inputs =
    `${ratio.numerator.label.toLowerCase()} ${formatCents(ratio.numerator.cents)} against ` +
    `${ratio.denominator.label.toLowerCase()} ${formatCents(ratio.denominator.cents)}`;
  return {
    key: ratio.key,
    severity: unhealthy ? 'WARNING' : 'INFO',
    text:
      `${ratio.label} ${formatRatio(ratio.unit, ratio.value)} is ${side} the industry range ` +
      `${range} (${shortCitation}): ${inputs}${driver(ratio, side)}.`,
  };
}
