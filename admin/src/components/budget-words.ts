// How a cost budget reads in the console: its scope, its figures, what happens at 100%.
import { formatUsd } from '../format.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { CostBudget } from './budget.operations.js';

const POLICY_KEYS: Record<CostBudget['policy'], MessageKey> = {
  FALLBACK_OFFLINE: 'budgets.policyFallbackOffline',
  REQUIRE_APPROVAL: 'budgets.policyRequireApproval',
  ALERT_ONLY: 'budgets.policyAlertOnly',
};

const STATUS_KEYS: Record<CostBudget['status'], MessageKey> = {
  OK: 'budgets.statusOk',
  WARNING: 'budgets.statusWarning',
  EXHAUSTED: 'budgets.statusExhausted',
};

/** The policies, in the pickers' order. */
export const POLICIES = Object.keys(POLICY_KEYS) as CostBudget['policy'][];

/** What happens at 100%, in words of the current language. */
export function policyWords(policy: CostBudget['policy']): string {
  return t(POLICY_KEYS[policy]);
}

/** A budget's status, in words of the current language. */
export function statusWords(status: CostBudget['status']): string {
  return t(STATUS_KEYS[status]);
}

/** "Workspace" or the agent's name. */
export function budgetScope(budget: Pick<CostBudget, 'agent'>): string {
  return budget.agent ? budget.agent.name : t('budgets.workspace');
}

/** A limit in US cents (model cost is billed in USD whatever the shop's currency). */
export function formatLimit(limitCents: number): string {
  return formatUsd(limitCents / 100);
}

/** "$4.00 of $5.00 (80%)". */
export function budgetFigures(budget: CostBudget): string {
  return t('budgets.figures', {
    spent: formatUsd(Number(budget.spentUsd)),
    limit: formatLimit(budget.limitCents),
    percent: budget.percent,
  });
}

/** What happens now that the budget is reached, or what will happen at 100%. */
export function budgetConsequence(budget: CostBudget): string {
  switch (budget.policy) {
    case 'FALLBACK_OFFLINE':
      return t('budgets.consequenceFallbackOffline');
    case 'REQUIRE_APPROVAL':
      return t('budgets.consequenceRequireApproval');
    case 'ALERT_ONLY':
      return t('budgets.consequenceAlertOnly');
    default:
      return budget.policy satisfies never;
  }
}
