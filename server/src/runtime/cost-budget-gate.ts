import type { RunEntity } from '@zactonics/db';

/** The budget that stopped a paid call, in the words a step and an approval show. */
export interface StoppingBudget {
  budgetId: string;
  /** "the workspace" or "the Support agent". */
  scope: string;
  limitCents: number;
  spentMicroUsd: string;
  /** The workspace's calendar month, e.g. "2026-12". */
  month: string;
}

/**
 * Whether the next model call of a run may go to the paid provider. `offline`: the call goes to
 * the offline provider and the step says why; `approval`: the run waits for a person before any
 * further paid call. `declined` marks the offline fallback of a run whose person said no.
 */
export type BudgetVerdict =
  | { kind: 'paid' }
  | { kind: 'offline'; reason: string; budget: StoppingBudget; declined: boolean }
  | { kind: 'approval'; reason: string; budget: StoppingBudget };

/**
 * The executor's side of monthly cost budgets (CostBudgetService implements it). Spend is read
 * from the persisted steps each time, so every process (API, workers) sees the same month.
 */
export interface CostBudgetGate {
  /** Before each paid model call; announces thresholds already crossed (once per month). */
  beforeCall(run: RunEntity): Promise<BudgetVerdict>;
  /** After a paid call's cost was recorded: announces the thresholds it crossed. */
  afterCall(run: RunEntity): Promise<void>;
}
