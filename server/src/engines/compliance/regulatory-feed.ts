import { describeValue } from '../tax-rules/figure.js';
import { describeRule } from '../tax-rules/nexus/evaluate.js';
import type { NexusRuleSet } from '../tax-rules/nexus/types.js';
import type { Citation, RuleSet } from '../tax-rules/types.js';
import { requireDate } from './dates.js';

/**
 * A feed of regulatory changes: what a vendor's feed adapter implements (a subscription service's
 * API, a state's bulletin list), so the compliance agent can ask "what changed since" without
 * knowing where changes come from. The shipped implementation reads the rule sets the engine
 * already carries: every nexus rule version and every dated federal rule is a change on the day
 * it was enacted (or, with no enactment date recorded, the day it took effect), so the question
 * is answerable offline, for the changes the rule sets hold.
 */

export type RegulatoryChangeKind = 'NEXUS_RULE' | 'FEDERAL_RULE';

export interface RegulatoryChange {
  /** The rule's id: "nexus/NC/2024-07-01", "section-179-limit/2025/obbba". */
  id: string;
  kind: RegulatoryChangeKind;
  /** "US" for a federal rule, else the state code. */
  jurisdiction: string;
  /** The day the change is dated by: its enactment, else the day it took effect. */
  changedOn: string;
  enacted: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  title: string;
  summary: string;
  citation: Citation;
  /** The feed and the version of its data: "shipped-rule-sets us-nexus/2026-12-03.1". */
  source: string;
}

export interface RegulatoryChangeFeed {
  readonly name: string;
  /** The changes dated after `since` (YYYY-MM-DD), oldest first. */
  changesSince(since: string): Promise<RegulatoryChange[]>;
}

export class ShippedRuleSetsFeed implements RegulatoryChangeFeed {
  readonly name = 'shipped-rule-sets';

  constructor(
    private readonly nexus: NexusRuleSet,
    private readonly federal: RuleSet,
  ) {}

  /** Every change the rule sets hold, oldest first (pure; `changesSince` filters it). */
  all(): RegulatoryChange[] {
    const changes: RegulatoryChange[] = [];
    for (const entry of this.nexus.states) {
      if (entry.kind !== 'salesTax') continue;
      entry.versions.forEach((version, index) => {
        changes.push({
          id: version.id,
          kind: 'NEXUS_RULE',
          jurisdiction: version.state,
          changedOn: version.enacted ?? version.effective.from,
          enacted: version.enacted ?? null,
          effectiveFrom: version.effective.from,
          effectiveTo: version.effective.to,
          title: `${entry.name} economic nexus ${index === 0 ? 'rule' : 'change'} from ${version.effective.from}`,
          summary: describeRule(version),
          citation: version.citation,
          source: `${this.name} ${this.nexus.version}`,
        });
      });
    }
    for (const rule of this.federal.rules) {
      changes.push({
        id: rule.id,
        kind: 'FEDERAL_RULE',
        jurisdiction: 'US',
        changedOn: rule.enacted ?? rule.effective.from,
        enacted: rule.enacted ?? null,
        effectiveFrom: rule.effective.from,
        effectiveTo: rule.effective.to,
        title: `${rule.concept}${rule.taxYear === null ? '' : ` for ${rule.taxYear}`}${rule.filingStatus ? ` (${rule.filingStatus})` : ''}`,
        summary: `${describeValue(rule.value)} from ${rule.effective.from}${rule.effective.to ? ` to ${rule.effective.to}` : ''}${rule.note ? `. ${rule.note}` : ''}`,
        citation: rule.citation,
        source: `${this.name} ${this.federal.version}`,
      });
    }
    return changes.sort(
      (a, b) => a.changedOn.localeCompare(b.changedOn) || a.id.localeCompare(b.id),
    );
  }

  changesSince(since: string): Promise<RegulatoryChange[]> {
    try {
      requireDate(since, 'since');
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return Promise.resolve(this.all().filter((c) => c.changedOn > since));
  }
}
