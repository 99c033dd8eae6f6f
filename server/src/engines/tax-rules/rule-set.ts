import { isIsoDate } from './iso-date.js';
import {
  CONCEPTS,
  type FilingStatus,
  type RuleConcept,
  type RuleSet,
  type RuleValue,
  type TaxRule,
} from './types.js';

/** No rule governs the concept on that date (a year not yet published, or a gap in the data). */
export class RuleNotFoundError extends Error {
  constructor(
    readonly concept: RuleConcept,
    readonly onDate: string,
    readonly ruleSetVersion: string,
    readonly filingStatus?: FilingStatus,
  ) {
    super(
      `rule set ${ruleSetVersion} has no ${concept} for ${onDate}` +
        (filingStatus ? ` (${filingStatus})` : ''),
    );
    this.name = 'RuleNotFoundError';
  }
}

export interface LookupOptions {
  filingStatus?: FilingStatus;
  /**
   * Apply the law as it stood on this day: rules enacted later are ignored. Without it the
   * latest law applies, including retroactive changes (2025's Section 179 limits).
   */
  asKnownOn?: string;
}

function governs(
  rule: TaxRule,
  concept: RuleConcept,
  onDate: string,
  options: LookupOptions,
): boolean {
  if (rule.concept !== concept) return false;
  if (rule.filingStatus && rule.filingStatus !== options.filingStatus) return false;
  if (onDate < rule.effective.from) return false;
  if (rule.effective.to !== null && onDate > rule.effective.to) return false;
  if (options.asKnownOn && rule.enacted && rule.enacted > options.asKnownOn) return false;
  return true;
}

/**
 * The rule for a concept on a date (the day of the transaction, the miles, the placing in
 * service). Where several match, the most recently enacted wins; two equally recent ones are a
 * data error (validateRuleSet reports it) and throw.
 */
export function findRule(
  ruleSet: RuleSet,
  concept: RuleConcept,
  onDate: string,
  options: LookupOptions = {},
): TaxRule {
  if (!isIsoDate(onDate)) throw new RangeError(`"${onDate}" is not a calendar date (YYYY-MM-DD)`);
  const matches = ruleSet.rules.filter((rule) => governs(rule, concept, onDate, options));
  if (matches.length === 0)
    throw new RuleNotFoundError(concept, onDate, ruleSet.version, options.filingStatus);
  const enacted = (rule: TaxRule) => rule.enacted ?? '';
  const latest = matches.reduce((a, b) => (enacted(b) > enacted(a) ? b : a));
  const tied = matches.filter((rule) => enacted(rule) === enacted(latest));
  if (tied.length > 1)
    throw new Error(`rules ${tied.map((r) => r.id).join(', ')} all govern ${concept} on ${onDate}`);
  return latest;
}

/** A rule by its id (what a figure's "why" names), for showing its citation and sources. */
export function ruleById(ruleSet: RuleSet, id: string): TaxRule | undefined {
  return ruleSet.rules.find((rule) => rule.id === id);
}

/** The value of a rule, checked against the kind its concept requires. */
export function valueOf<K extends RuleValue['kind']>(
  rule: TaxRule,
  kind: K,
): Extract<RuleValue, { kind: K }> {
  if (rule.value.kind !== kind)
    throw new Error(`rule ${rule.id} holds ${rule.value.kind}, not ${kind}`);
  return rule.value as Extract<RuleValue, { kind: K }>;
}

/**
 * Everything wrong with a rule set's data: duplicate ids, bad dates, a value of the wrong kind,
 * a missing citation, and two rules that would both govern the same day with the same standing.
 * The shipped rule set is tested to return no problems.
 */
export function validateRuleSet(ruleSet: RuleSet): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const rule of ruleSet.rules) {
    if (ids.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    if (!isIsoDate(rule.effective.from)) problems.push(`${rule.id}: bad effective.from`);
    if (rule.effective.to !== null && !isIsoDate(rule.effective.to))
      problems.push(`${rule.id}: bad effective.to`);
    if (rule.effective.to !== null && rule.effective.to < rule.effective.from)
      problems.push(`${rule.id}: effective range ends before it starts`);
    if (rule.enacted !== undefined && !isIsoDate(rule.enacted))
      problems.push(`${rule.id}: bad enacted date`);
    if (CONCEPTS[rule.concept] !== rule.value.kind)
      problems.push(`${rule.id}: ${rule.concept} needs a ${CONCEPTS[rule.concept]} value`);
    if (rule.value.kind === 'cents' && !Number.isSafeInteger(rule.value.cents))
      problems.push(`${rule.id}: cents must be an integer`);
    if (!rule.citation.url.startsWith('https://') && !rule.citation.url.startsWith('http://'))
      problems.push(`${rule.id}: citation has no URL`);
    if (rule.readAt.length === 0)
      problems.push(`${rule.id}: no record of where the figure was read`);
  }
  for (const [i, a] of ruleSet.rules.entries()) {
    for (const b of ruleSet.rules.slice(i + 1)) {
      if (a.concept !== b.concept || a.filingStatus !== b.filingStatus) continue;
      if ((a.enacted ?? '') !== (b.enacted ?? '')) continue;
      const aEnd = a.effective.to ?? '9999-12-31';
      const bEnd = b.effective.to ?? '9999-12-31';
      if (a.effective.from <= bEnd && b.effective.from <= aEnd)
        problems.push(`${a.id} and ${b.id} overlap with the same enactment date`);
    }
  }
  for (const holiday of ruleSet.holidays) {
    if (ids.has(holiday.id)) problems.push(`duplicate id ${holiday.id}`);
    ids.add(holiday.id);
  }
  return problems;
}
