import { describe, expect, it } from 'vitest';
import { NEXUS_RULE_SET } from './data/nexus-rule-set.js';
import { evaluateNexus } from './evaluate.js';
import type { Comparator, NexusSale, StateCode } from './types.js';

/**
 * Golden tests, one row per state with a sales tax (and DC), for the rule in force on
 * 2026-07-15. Each row restates the figures as read (docs/TAX-RULES.md has the sources), so a
 * wrong figure in the data fails here: just below, at and just above each threshold, which
 * shows "more than" against "at least", and AND against OR. The sale date 2025-08-15 lies inside
 * every state's measured window on that day (last year, the last twelve months, New York's and
 * Missouri's last four quarters, Connecticut's year to September 30, Pennsylvania's 2025).
 */

const ON = '2026-07-15';
const SALE_DAY = '2025-08-15';

interface Golden {
  state: StateCode;
  dollars: number;
  comparator: Comparator;
  transactions?: { count: number; comparator: Comparator; combine: 'or' | 'and' };
}

const or = (count: number, comparator: Comparator) => ({
  count,
  comparator,
  combine: 'or' as const,
});
const and = (count: number, comparator: Comparator) => ({
  count,
  comparator,
  combine: 'and' as const,
});

const GOLDEN: Golden[] = [
  { state: 'AL', dollars: 250_000, comparator: 'exceeds' },
  { state: 'AZ', dollars: 100_000, comparator: 'exceeds' },
  { state: 'AR', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'CA', dollars: 500_000, comparator: 'exceeds' },
  { state: 'CO', dollars: 100_000, comparator: 'exceeds' },
  { state: 'CT', dollars: 100_000, comparator: 'atLeast', transactions: and(200, 'atLeast') },
  { state: 'DC', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'exceeds') },
  { state: 'FL', dollars: 100_000, comparator: 'exceeds' },
  { state: 'GA', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'HI', dollars: 100_000, comparator: 'atLeast', transactions: or(200, 'atLeast') },
  { state: 'ID', dollars: 100_000, comparator: 'exceeds' },
  { state: 'IL', dollars: 100_000, comparator: 'atLeast' },
  { state: 'IN', dollars: 100_000, comparator: 'exceeds' },
  { state: 'IA', dollars: 100_000, comparator: 'atLeast' },
  { state: 'KS', dollars: 100_000, comparator: 'exceeds' },
  { state: 'KY', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'LA', dollars: 100_000, comparator: 'exceeds' },
  { state: 'ME', dollars: 100_000, comparator: 'exceeds' },
  { state: 'MD', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'MA', dollars: 100_000, comparator: 'exceeds' },
  { state: 'MI', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'MN', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'MS', dollars: 250_000, comparator: 'exceeds' },
  { state: 'MO', dollars: 100_000, comparator: 'exceeds' },
  { state: 'NE', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'NV', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'NJ', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'NM', dollars: 100_000, comparator: 'atLeast' },
  { state: 'NY', dollars: 500_000, comparator: 'exceeds', transactions: and(100, 'exceeds') },
  { state: 'NC', dollars: 100_000, comparator: 'exceeds' },
  { state: 'ND', dollars: 100_000, comparator: 'exceeds' },
  { state: 'OH', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'OK', dollars: 100_000, comparator: 'atLeast' },
  { state: 'PA', dollars: 100_000, comparator: 'exceeds' },
  { state: 'RI', dollars: 100_000, comparator: 'atLeast', transactions: or(200, 'atLeast') },
  { state: 'SC', dollars: 100_000, comparator: 'exceeds' },
  { state: 'SD', dollars: 100_000, comparator: 'exceeds' },
  { state: 'TN', dollars: 100_000, comparator: 'exceeds' },
  { state: 'TX', dollars: 500_000, comparator: 'atLeast' },
  { state: 'UT', dollars: 100_000, comparator: 'exceeds' },
  { state: 'VT', dollars: 100_000, comparator: 'atLeast', transactions: or(200, 'atLeast') },
  { state: 'VA', dollars: 100_000, comparator: 'exceeds', transactions: or(200, 'atLeast') },
  { state: 'WA', dollars: 100_000, comparator: 'exceeds' },
  { state: 'WV', dollars: 100_000, comparator: 'atLeast', transactions: or(200, 'atLeast') },
  { state: 'WI', dollars: 100_000, comparator: 'exceeds' },
  { state: 'WY', dollars: 100_000, comparator: 'exceeds' },
];

/** `count` taxable direct sales on one day adding up to exactly `totalCents`. */
function salesTotalling(totalCents: number, count: number, date = SALE_DAY): NexusSale[] {
  return Array.from({ length: count }, (_, i) => ({
    date,
    amountCents: i === 0 ? totalCents - (count - 1) : 1,
    marketplaceFacilitated: false,
    kind: 'taxable' as const,
  }));
}

function statusOf(state: StateCode, sales: NexusSale[]): string {
  return evaluateNexus(NEXUS_RULE_SET, { state, onDate: ON, sales }).status;
}

/** Whether `measured` meets `threshold` under a comparator: the expectation, stated once. */
const expectMet = (measured: number, threshold: number, comparator: Comparator) =>
  comparator === 'exceeds' ? measured > threshold : measured >= threshold;

describe.each(GOLDEN)('$state on 2026-07-15', (golden) => {
  const thresholdCents = golden.dollars * 100;
  // Under AND, the dollar tests run with the transaction test met, and the other way round.
  const companionCount = golden.transactions?.combine === 'and' ? golden.transactions.count + 1 : 1;

  it.each([-1, 0, 1])('dollars at the threshold plus %d cent', (offset) => {
    const measured = thresholdCents + offset;
    const met = expectMet(measured, thresholdCents, golden.comparator);
    expect(statusOf(golden.state, salesTotalling(measured, companionCount))).toBe(
      met ? 'MET' : 'APPROACHING',
    );
  });

  if (golden.transactions) {
    const { count, comparator, combine } = golden.transactions;
    const companionCents = combine === 'and' ? thresholdCents + 1_000_000 : count + 1;
    it.each([-1, 0, 1])(`${count} transactions plus %d (${combine.toUpperCase()})`, (offset) => {
      const measured = count + offset;
      const met = expectMet(measured, count, comparator);
      expect(statusOf(golden.state, salesTotalling(companionCents, measured))).toBe(
        met ? 'MET' : 'APPROACHING',
      );
    });
    if (combine === 'and') {
      it('AND: the dollar test alone is not enough', () => {
        expect(statusOf(golden.state, salesTotalling(thresholdCents * 2, 1))).not.toBe('MET');
      });
    }
  } else {
    it('has no transaction test: 1,000 one-cent sales stay BELOW', () => {
      expect(statusOf(golden.state, salesTotalling(1_000, 1_000))).toBe('BELOW');
    });
  }

  it('cites a source with a URL for the rule it applies', () => {
    const result = evaluateNexus(NEXUS_RULE_SET, { state: golden.state, onDate: ON, sales: [] });
    expect(result.status).toBe('BELOW');
    expect(result.rule?.citation.url).toMatch(/^https?:\/\//);
    expect(result.rule?.readAt.length).toBeGreaterThan(0);
  });
});

it('covers every state with a sales tax and DC, and lists the five without one', () => {
  const kinds = NEXUS_RULE_SET.states.map((entry) => [entry.state, entry.kind]);
  expect(
    kinds
      .filter(([, kind]) => kind === 'salesTax')
      .map(([state]) => state)
      .sort(),
  ).toEqual(GOLDEN.map((golden) => golden.state).sort());
  expect(kinds.filter(([, kind]) => kind === 'noSalesTax').map(([state]) => state)).toEqual([
    'AK',
    'DE',
    'MT',
    'NH',
    'OR',
  ]);
  expect(kinds.filter(([, kind]) => kind === 'unsourced')).toEqual([]);
});
