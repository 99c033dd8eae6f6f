import { isIsoDate } from '../iso-date.js';
import {
  STATE_CODES,
  type NexusRuleSet,
  type NexusRuleVersion,
  type NexusTest,
  type StateCode,
  type StateNexusEntry,
} from './types.js';

/** Lookup and checks for the nexus rule set, on the same terms as the federal rules (rule-set.ts). */

export function stateEntry(ruleSet: NexusRuleSet, state: StateCode): StateNexusEntry {
  const entry = ruleSet.states.find((candidate) => candidate.state === state);
  if (!entry) throw new RangeError(`rule set ${ruleSet.version} has no entry for ${state}`);
  return entry;
}

function governs(version: NexusRuleVersion, onDate: string, asKnownOn?: string): boolean {
  if (onDate < version.effective.from) return false;
  if (version.effective.to !== null && onDate > version.effective.to) return false;
  if (asKnownOn && version.enacted && version.enacted > asKnownOn) return false;
  return true;
}

/**
 * The version in force on a date, or null before a state's first version. Where several govern
 * the date, the most recently enacted wins (retroactive law: New York's 2019 amendment back to
 * June 21, 2018; California's AB 147 back to April 1, 2019); `asKnownOn` applies the law as it
 * stood that day. Two equally recent versions are a data error and throw.
 */
export function findNexusRule(
  ruleSet: NexusRuleSet,
  state: StateCode,
  onDate: string,
  options: { asKnownOn?: string } = {},
): NexusRuleVersion | null {
  if (!isIsoDate(onDate)) throw new RangeError(`"${onDate}" is not a calendar date (YYYY-MM-DD)`);
  const entry = stateEntry(ruleSet, state);
  if (entry.kind !== 'salesTax') return null;
  const matches = entry.versions.filter((version) => governs(version, onDate, options.asKnownOn));
  if (matches.length === 0) return null;
  const enacted = (version: NexusRuleVersion) => version.enacted ?? '';
  const latest = matches.reduce((a, b) => (enacted(b) > enacted(a) ? b : a));
  const tied = matches.filter((version) => enacted(version) === enacted(latest));
  if (tied.length > 1)
    throw new Error(
      `nexus rules ${tied.map((v) => v.id).join(', ')} all govern ${state} on ${onDate}`,
    );
  return latest;
}

function testProblems(id: string, test: NexusTest): string[] {
  switch (test.kind) {
    case 'sales':
      return Number.isSafeInteger(test.thresholdCents) && test.thresholdCents > 0
        ? []
        : [`${id}: sales threshold must be a positive whole number of cents`];
    case 'transactions':
      return Number.isSafeInteger(test.threshold) && test.threshold > 0
        ? []
        : [`${id}: transaction threshold must be a positive whole number`];
    case 'all':
    case 'any':
      return test.of.length < 2
        ? [`${id}: ${test.kind} needs two or more tests`]
        : test.of.flatMap((inner) => testProblems(id, inner));
  }
}

/**
 * Everything wrong with the data: a state missing or listed twice, duplicate ids, bad dates, a
 * version filed under another state, bad thresholds, a missing citation or source, and two
 * versions that would govern the same day with the same standing. The shipped set has none.
 */
export function validateNexusRuleSet(ruleSet: NexusRuleSet): string[] {
  const problems: string[] = [];
  for (const code of STATE_CODES) {
    const count = ruleSet.states.filter((entry) => entry.state === code).length;
    if (count !== 1) problems.push(`${code} is listed ${count} times`);
  }
  const ids = new Set<string>();
  for (const entry of ruleSet.states) {
    if (entry.kind === 'unsourced') continue;
    if (entry.kind === 'noSalesTax') {
      if (entry.readAt.length === 0)
        problems.push(`${entry.state}: no record of where it was read`);
      continue;
    }
    if (entry.versions.length === 0) problems.push(`${entry.state}: no versions`);
    for (const version of entry.versions) {
      if (ids.has(version.id)) problems.push(`duplicate rule id ${version.id}`);
      ids.add(version.id);
      if (version.state !== entry.state) problems.push(`${version.id}: filed under ${entry.state}`);
      if (!isIsoDate(version.effective.from)) problems.push(`${version.id}: bad effective.from`);
      if (version.effective.to !== null && !isIsoDate(version.effective.to))
        problems.push(`${version.id}: bad effective.to`);
      if (version.effective.to !== null && version.effective.to < version.effective.from)
        problems.push(`${version.id}: effective range ends before it starts`);
      if (version.enacted !== undefined && !isIsoDate(version.enacted))
        problems.push(`${version.id}: bad enacted date`);
      problems.push(...testProblems(version.id, version.test));
      if (!/^https?:\/\//.test(version.citation.url))
        problems.push(`${version.id}: citation has no URL`);
      if (!/^(\d{4}|\d{4}-\d{2}-\d{2}|undated.*)$/.test(version.citation.published))
        problems.push(`${version.id}: published must be a date, a year or "undated"`);
      if (version.readAt.length === 0)
        problems.push(`${version.id}: no record of where it was read`);
    }
    for (const [i, a] of entry.versions.entries()) {
      for (const b of entry.versions.slice(i + 1)) {
        if ((a.enacted ?? '') !== (b.enacted ?? '')) continue;
        const aEnd = a.effective.to ?? '9999-12-31';
        const bEnd = b.effective.to ?? '9999-12-31';
        if (a.effective.from <= bEnd && b.effective.from <= aEnd)
          problems.push(`${a.id} and ${b.id} overlap with the same enactment date`);
      }
    }
  }
  return problems;
}
