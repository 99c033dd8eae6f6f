// How a cost budget reads in the console: its scope, its figures, what happens at 100%.
import { formatUsd } from '../format.js';
import type { CostBudget } from './budget.operations.js';

export const POLICY_WORDS: Record<CostBudget['policy'], string> = {
  FALLBACK_OFFLINE: 'Switch to the offline provider',
  REQUIRE_APPROVAL: 'Wait for a person to approve',
  ALERT_ONLY: 'Only alert',
};

export const STATUS_WORDS: Record<CostBudget['status'], string> = {
  OK: 'OK',
  WARNING: 'Warning',
  EXHAUSTED: 'Reached',
};

/** "Workspace" or the agent's name. */
export function budgetScope(budget: Pick<CostBudget, 'agent'>): string {
  return budget.agent ? budget.agent.name : 'Workspace';
}

/** A limit in US cents (model cost is billed in USD whatever the shop's currency). */
export function formatLimit(limitCents: number): string {
  return formatUsd(limitCents / 100);
}

/** "$4.00 of $5.00 (80%)". */
export function budgetFigures(budget: CostBudget): string {
  return `${formatUsd(Number(budget.spentUsd))} of ${formatLimit(budget.limitCents)} (${budget.percent}%)`;
}

/** What happens now that the budget is reached, or what will happen at 100%. */
export function budgetConsequence(budget: CostBudget): string {
  switch (budget.policy) {
    case 'FALLBACK_OFFLINE':
      return 'New model calls go to the offline provider.';
    case 'REQUIRE_APPROVAL':
      return 'Runs wait for a person to approve paid model calls.';
    case 'ALERT_ONLY':
      return 'Model calls go on (alert only).';
    default:
      return budget.policy satisfies never;
  }
}
