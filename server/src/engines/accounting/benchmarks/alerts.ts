import { formatCents } from '../money.js';
import { formatRatio, UNIT_DECIMALS } from '../ratio-arithmetic.js';
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

function named(source: RatioSource): string {
  return `${source.label}${accountsOf(source)} at ${formatCents(Math.abs(source.cents))}`;
}

/**
 * What pulls the ratio that way, from its own inputs. A figure built by deducting costs (gross
 * profit, operating or net income): below the range, its largest deduction; above, the total of
 * its deductions and the largest. A sum of balance-sheet lines: below, the largest line of the
 * denominator; above, of the numerator. A single figure or an average says nothing more than the
 * inputs already do.
 */
function driver(ratio: FinancialRatio, side: 'below' | 'above'): string {
  const composite = (term: RatioTerm) => !term.isAverage && term.sources.length > 1;
  const { numerator, denominator } = ratio;
  const deductions = composite(numerator) ? numerator.sources.filter((s) => s.cents < 0) : [];
  if (deductions.length > 0) {
    const biggest = largest(deductions, -1) as RatioSource;
    if (side === 'below') {
      return `; the largest deduction from ${numerator.label.toLowerCase()} is ${named(biggest)}`;
    }
    const total = deductions.reduce((sum, s) => sum - s.cents, 0);
    return `; the costs deducted total ${formatCents(total)}, the largest ${named(biggest)}`;
  }
  const term = side === 'below' ? denominator : numerator;
  if (!composite(term)) return '';
  const biggest = largest(term.sources, 1);
  return biggest ? `; the largest of the ${term.label.toLowerCase()} is ${named(biggest)}` : '';
}

/** '20.6-44.8%', '1.77-2.57', '7.4-31.8 days'. */
function formatRange(ratio: FinancialRatio, low: number, high: number): string {
  const decimals = UNIT_DECIMALS[ratio.unit];
  const suffix = ratio.unit === 'PERCENT' ? '%' : ratio.unit === 'DAYS' ? ' days' : '';
  return `${low.toFixed(decimals)}-${high.toFixed(decimals)}${suffix}`;
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
  const range = formatRange(ratio, benchmark.low, benchmark.high);
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
