import { formatDollars } from '../figure.js';
import { isIsoDate } from '../iso-date.js';
import { rational, type Rational } from '../rational.js';
import type { Citation, SourceRead } from '../types.js';
import { findNexusRule, stateEntry } from './nexus-rules.js';
import { describePeriod, measurementWindows, type MeasurementWindow } from './periods.js';
import {
  STATE_CODES,
  type NexusRuleSet,
  type NexusRuleVersion,
  type NexusSale,
  type NexusStatus,
  type NexusTest,
  type Registration,
  type StateCode,
  type TestMeasure,
  type WindowMeasure,
} from './types.js';

/**
 * Economic nexus for one state on one date: the rule version in force that day (a mid-year change
 * applies from its date), the windows it measures, the dollars and transactions that count, each
 * test's exact share of its threshold, and the status: MET per the rule's comparator, APPROACHING
 * from 80%, else BELOW. Pure: the caller gives the sales and the registration.
 */

/** 80%: the monitor's early warning (issue 15). */
const APPROACHING_SHARE = rational(4, 5);

export interface NexusEvaluationInput {
  state: StateCode;
  onDate: string;
  sales: readonly NexusSale[];
  registration?: Registration;
  /** Apply the law as it stood on this day (ignores later, even retroactive, enactments). */
  asKnownOn?: string;
}

export interface NexusRuleUse {
  id: string;
  ruleSetVersion: string;
  effective: { from: string; to: string | null };
  /** The rule in words: thresholds, AND/OR, comparators, period, which sales count. */
  summary: string;
  citation: Citation;
  readAt: readonly SourceRead[];
  note?: string;
}

export interface NexusEvaluation {
  state: StateCode;
  stateName: string;
  onDate: string;
  ruleSetVersion: string;
  status: NexusStatus;
  registered: boolean;
  /** Why: the rule in force and its citation (null when no rule governs). */
  rule: NexusRuleUse | null;
  windows: readonly WindowMeasure[];
  /** The window that decides the status: the first that meets the test, else the highest share. */
  decidingWindow: WindowMeasure | null;
  /** The reason in words, with the figures. */
  reason: string;
  /** What the shop should do, given its registration. */
  action: string;
}

function compare(a: Rational, b: Rational): number {
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

function reduced(numerator: number, denominator: number): Rational {
  let a = Math.abs(numerator);
  let b = denominator;
  while (b !== 0) [a, b] = [b, a % b];
  const divisor = a === 0 ? 1 : a;
  return rational(numerator / divisor, denominator / divisor);
}

/** "99.99%": truncated toward zero at two decimals, so a share short of 100% never shows as 100%. */
export function percentText(share: Rational): string {
  const hundredths = (BigInt(share.numerator) * 10_000n) / BigInt(share.denominator);
  const whole = hundredths / 100n;
  const fraction = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${fraction}%`;
}

function counted(sale: NexusSale, rule: NexusRuleVersion): boolean {
  if (rule.counts.marketplace === 'excluded' && sale.marketplaceFacilitated) return false;
  if (rule.counts.basis === 'retail') return sale.kind !== 'resale';
  if (rule.counts.basis === 'taxable') return sale.kind === 'taxable';
  return true;
}

function meets(measured: number, threshold: number, comparator: 'exceeds' | 'atLeast'): boolean {
  return comparator === 'exceeds' ? measured > threshold : measured >= threshold;
}

interface Evaluated {
  met: boolean;
  share: Rational;
  leaves: TestMeasure[];
}

function evaluateTest(test: NexusTest, salesCents: number, transactions: number): Evaluated {
  switch (test.kind) {
    case 'sales':
    case 'transactions': {
      const measured = test.kind === 'sales' ? salesCents : transactions;
      const threshold = test.kind === 'sales' ? test.thresholdCents : test.threshold;
      const share = reduced(measured, threshold);
      const met = meets(measured, threshold, test.comparator);
      const leaf: TestMeasure = {
        kind: test.kind,
        measured,
        threshold,
        comparator: test.comparator,
        share,
        percent: percentText(share),
        met,
      };
      return { met, share, leaves: [leaf] };
    }
    case 'any':
    case 'all': {
      const parts = test.of.map((inner) => evaluateTest(inner, salesCents, transactions));
      const met = test.kind === 'any' ? parts.some((p) => p.met) : parts.every((p) => p.met);
      // OR is as close as its closest test; AND only as close as its furthest.
      const pick = test.kind === 'any' ? 1 : -1;
      const share = parts.map((p) => p.share).reduce((a, b) => (compare(b, a) * pick > 0 ? b : a));
      return { met, share, leaves: parts.flatMap((p) => p.leaves) };
    }
  }
}

function measureWindow(
  window: MeasurementWindow,
  rule: NexusRuleVersion,
  sales: readonly NexusSale[],
): WindowMeasure {
  const inWindow = sales.filter(
    (sale) => sale.date >= window.from && sale.date <= window.to && counted(sale, rule),
  );
  const salesCents = inWindow.reduce((sum, sale) => sum + sale.amountCents, 0);
  const result = evaluateTest(rule.test, salesCents, inWindow.length);
  return {
    ...window,
    salesCents,
    transactions: inWindow.length,
    tests: result.leaves,
    met: result.met,
    share: result.share,
    percent: percentText(result.share),
  };
}

function describeTest(test: NexusTest, basis: string): string {
  switch (test.kind) {
    case 'sales':
      return `${test.comparator === 'exceeds' ? 'more than' : 'at least'} ${formatDollars(test.thresholdCents)} of ${basis} sales`;
    case 'transactions':
      return `${test.comparator === 'exceeds' ? 'more than' : 'at least'} ${test.threshold} transactions`;
    case 'any':
      return test.of.map((inner) => describeTest(inner, basis)).join(' or ');
    case 'all':
      return `(${test.of.map((inner) => describeTest(inner, basis)).join(' and ')})`;
  }
}

const MARKETPLACE_WORDS = {
  included: 'marketplace-facilitated sales included',
  excluded: 'marketplace-facilitated sales excluded',
  notStated: 'marketplace-facilitated sales counted (treatment not stated in the sources read)',
} as const;

export function describeRule(rule: NexusRuleVersion): string {
  return `${describeTest(rule.test, rule.counts.basis)}, ${describePeriod(rule.period)}; ${MARKETPLACE_WORDS[rule.counts.marketplace]}`;
}

function ruleUse(ruleSet: NexusRuleSet, rule: NexusRuleVersion): NexusRuleUse {
  return {
    id: rule.id,
    ruleSetVersion: ruleSet.version,
    effective: rule.effective,
    summary: describeRule(rule),
    citation: rule.citation,
    readAt: rule.readAt,
    ...(rule.note ? { note: rule.note } : {}),
  };
}

function describeMeasure(test: TestMeasure): string {
  const figure = (n: number) => (test.kind === 'sales' ? formatDollars(n) : `${n} transactions`);
  const word = test.comparator === 'exceeds' ? 'more than' : 'at least';
  return `${figure(test.measured)} is ${test.percent} of ${figure(test.threshold)} (${word} ${figure(test.threshold)} needed: ${test.met ? 'met' : 'not met'})`;
}

function actionFor(status: NexusStatus, registered: boolean): string {
  switch (status) {
    case 'MET':
      return registered
        ? 'Registered: keep collecting and filing.'
        : 'Register and collect: the threshold is met and the shop is not registered.';
    case 'APPROACHING':
      return registered
        ? 'Registered: keep collecting; sales are within 20% of the threshold.'
        : 'Watch: sales are at 80% or more of the threshold; registration will be due when it is met.';
    case 'BELOW':
      return registered
        ? 'Registered although the threshold is not met in the window measured; a state may require collection to continue for a time (not modelled).'
        : 'Nothing to do on this measure.';
    case 'NO_RULE_ON_DATE':
      return 'No economic nexus rule in the data for this date.';
    case 'NO_SALES_TAX':
      return 'No state sales tax: nothing to register.';
    case 'UNSOURCED':
      return 'No sourced rule: check the state revenue department.';
  }
}

function checkSales(sales: readonly NexusSale[]): void {
  for (const sale of sales) {
    if (!isIsoDate(sale.date))
      throw new RangeError(`sale date "${sale.date}" is not a calendar date`);
    if (!Number.isSafeInteger(sale.amountCents))
      throw new RangeError(`sale of ${sale.amountCents} is not a whole number of cents`);
  }
}

export function evaluateNexus(ruleSet: NexusRuleSet, input: NexusEvaluationInput): NexusEvaluation {
  if (!isIsoDate(input.onDate)) throw new RangeError(`"${input.onDate}" is not a calendar date`);
  checkSales(input.sales);
  const entry = stateEntry(ruleSet, input.state);
  const registeredOn = input.registration?.registeredOn ?? null;
  const registered = registeredOn !== null && registeredOn <= input.onDate;
  const base = {
    state: input.state,
    stateName: entry.name,
    onDate: input.onDate,
    ruleSetVersion: ruleSet.version,
    registered,
  };
  const withoutRule = (status: NexusStatus, reason: string): NexusEvaluation => ({
    ...base,
    status,
    rule: null,
    windows: [],
    decidingWindow: null,
    reason,
    action: actionFor(status, registered),
  });

  if (entry.kind === 'noSalesTax')
    return withoutRule(
      'NO_SALES_TAX',
      `${entry.name} has no general state sales tax (${entry.citation.url}).`,
    );
  if (entry.kind === 'unsourced') return withoutRule('UNSOURCED', `${entry.name}: ${entry.note}`);

  const rule = findNexusRule(ruleSet, input.state, input.onDate, { asKnownOn: input.asKnownOn });
  if (!rule) {
    const first = [...entry.versions].sort((a, b) =>
      a.effective.from.localeCompare(b.effective.from),
    )[0];
    return withoutRule(
      'NO_RULE_ON_DATE',
      `${entry.name} has no economic nexus rule in force on ${input.onDate} in rule set ${ruleSet.version}; the first applies from ${first?.effective.from ?? 'no date'}.`,
    );
  }

  const windows = measurementWindows(rule.period, input.onDate).map((window) =>
    measureWindow(window, rule, input.sales),
  );
  const decidingWindow =
    windows.find((window) => window.met) ??
    windows.reduce((a, b) => (compare(b.share, a.share) > 0 ? b : a));
  const status: NexusStatus = decidingWindow.met
    ? 'MET'
    : compare(decidingWindow.share, APPROACHING_SHARE) >= 0
      ? 'APPROACHING'
      : 'BELOW';
  const reason =
    `${entry.name} ${status} on ${input.onDate} under ${rule.id} (${describeRule(rule)}). ` +
    `Measured over ${decidingWindow.label} (${decidingWindow.from} to ${decidingWindow.to}): ` +
    decidingWindow.tests.map(describeMeasure).join('; ') +
    `. Source: ${rule.citation.title}, ${rule.citation.url}.`;
  return {
    ...base,
    status,
    rule: ruleUse(ruleSet, rule),
    windows,
    decidingWindow,
    reason,
    action: actionFor(status, registered),
  };
}

export interface NexusExposureInput {
  onDate: string;
  salesByState: Partial<Record<StateCode, readonly NexusSale[]>>;
  registrations?: Partial<Record<StateCode, Registration>>;
  asKnownOn?: string;
}

const STATUS_ORDER: Record<NexusStatus, number> = {
  MET: 0,
  APPROACHING: 0,
  BELOW: 0,
  NO_RULE_ON_DATE: 1,
  UNSOURCED: 2,
  NO_SALES_TAX: 3,
};

/**
 * Every state and DC at once, for the monitor: measured states first by their deciding share
 * (highest first, ties by state code), then those with no rule on the date, unsourced ones and
 * the states without a sales tax.
 */
export function nexusExposure(ruleSet: NexusRuleSet, input: NexusExposureInput): NexusEvaluation[] {
  const evaluations = STATE_CODES.map((state) =>
    evaluateNexus(ruleSet, {
      state,
      onDate: input.onDate,
      sales: input.salesByState[state] ?? [],
      ...(input.registrations?.[state] ? { registration: input.registrations[state] } : {}),
      ...(input.asKnownOn ? { asKnownOn: input.asKnownOn } : {}),
    }),
  );
  return evaluations.sort((a, b) => {
    const group = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    if (group !== 0) return group;
    if (a.decidingWindow && b.decidingWindow) {
      const byShare = compare(b.decidingWindow.share, a.decidingWindow.share);
      if (byShare !== 0) return byShare;
    }
    return a.state.localeCompare(b.state);
  });
}
