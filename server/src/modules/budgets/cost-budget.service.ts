import {
  AgentEntity,
  ApprovalEntity,
  CostBudgetEntity,
  type CostBudgetNoticeLevel,
  type CostBudgetPolicy,
  type RunEntity,
} from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { formatCents } from '../../engines/accounting/money.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type {
  BudgetVerdict,
  CostBudgetGate,
  StoppingBudget,
} from '../../runtime/cost-budget-gate.js';
import { formatMicroUsd } from '../../runtime/model-prices.js';
import { forbidden } from '../admin-users/operation-access.js';
import type { AuditService } from '../audit/audit.service.js';
import { WebhookEvents, rowsOf } from '../automation/outbound-webhooks/webhook-events.js';
import { isId } from '../ids.js';

export type CostBudgetStatus = 'OK' | 'WARNING' | 'EXHAUSTED';

/** A budget with where the month stands. */
export interface CostBudgetState {
  budget: CostBudgetEntity;
  /** Null for the workspace's budget. */
  agent: { id: string; key: string; name: string } | null;
  /** The workspace's calendar month, e.g. "2026-12". */
  month: string;
  spentMicroUsd: bigint;
  status: CostBudgetStatus;
  /** Spent as a percentage of the limit, one decimal (may pass 100). */
  percent: number;
}

export interface SaveCostBudgetCommand {
  /** Absent or null: the whole workspace's budget. */
  agentId?: string | null | undefined;
  limitCents: number;
  policy: CostBudgetPolicy;
  warnPercent?: number | null | undefined;
}

/** Upper bound of a monthly limit: $1,000,000.00, far beyond any shop, far below 2^53. */
const MAX_LIMIT_CENTS = 100_000_000;
const MICRO_PER_CENT = 10_000n;

/** Which policy wins when several budgets are spent: the one that stops paid calls hardest. */
const STRICTNESS: Record<CostBudgetPolicy, number> = {
  ALERT_ONLY: 0,
  FALLBACK_OFFLINE: 1,
  REQUIRE_APPROVAL: 2,
};

interface MonthSpend {
  month: string;
  /** Month-to-date spend of the workspace. */
  total: bigint;
  byAgent: Map<string, bigint>;
}

/**
 * Monthly model-cost budgets: the owner's settings (a workspace budget and per-agent budgets),
 * where each stands this month, and the gate the executor asks before each paid model call.
 *
 * Spend is the sum of the cost recorded on the runs' steps whose call started in the workspace's
 * calendar month (its time zone), read from the database at every check: every process sees the
 * same figure, and a restart loses nothing. Warnings and exhaustion are announced once per budget
 * and month (cost_budget_notice's primary key), each with an audit entry and an outbound webhook
 * event in the same transaction.
 *
 * The stopped call is the first one asked for when month-to-date spend is at or over the limit:
 * with a limit of N calls' cost, calls 1..N are paid and call N+1 is stopped. Calls already in
 * flight are counted once they finish, so concurrent runs can overshoot by their in-flight calls.
 */
export class CostBudgetService implements CostBudgetGate {
  /**
   * Notices this process knows are written (`budget:month:level`): once a budget is past its
   * warning, every paid call would otherwise open a write transaction only to find them there.
   */
  private readonly announced = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every budget of the workspace with this month's spend, the workspace's first. */
  async list(ctx: RequestContext): Promise<CostBudgetState[]> {
    return this.statesOf(this.dataSource.manager, ctx.workspaceId);
  }

  /** Creates or changes the workspace's budget (no agent) or an agent's: one each. */
  async save(ctx: RequestContext, command: SaveCostBudgetCommand): Promise<CostBudgetState> {
    requireWriter(ctx);
    const { limitCents, policy } = command;
    if (!Number.isSafeInteger(limitCents) || limitCents <= 0 || limitCents > MAX_LIMIT_CENTS) {
      throw new DomainError(
        'INVALID_INPUT',
        `limitCents must be a whole number of cents from 1 to ${MAX_LIMIT_CENTS}.`,
        { field: 'limitCents' },
      );
    }
    const warnPercent = command.warnPercent ?? 80;
    if (!Number.isInteger(warnPercent) || warnPercent < 1 || warnPercent > 99) {
      throw new DomainError('INVALID_INPUT', 'warnPercent must be a whole number from 1 to 99.', {
        field: 'warnPercent',
      });
    }
    const agentId = command.agentId ?? null;
    if (agentId !== null) await this.agentOf(ctx, agentId);
    const saved = await this.dataSource.transaction(async (tx) => {
      const existing = await tx
        .createQueryBuilder(CostBudgetEntity, 'b')
        .where('b.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
        .andWhere(agentId === null ? 'b.agent_id IS NULL' : 'b.agent_id = :agentId', { agentId })
        .setLock('pessimistic_write')
        .getOne();
      const budget = await tx.save(
        Object.assign(existing ?? tx.create(CostBudgetEntity), {
          workspaceId: ctx.workspaceId,
          agentId,
          limitCents,
          policy,
          warnPercent,
        }),
      );
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: existing ? 'budget.update' : 'budget.create',
          targetType: 'cost_budget',
          targetId: budget.id,
          data: { agentId, limitCents, policy, warnPercent },
        },
        tx,
      );
      return budget;
    });
    const state = (await this.list(ctx)).find((s) => s.budget.id === saved.id);
    if (!state) throw new Error(`budget ${saved.id} vanished after saving`);
    return state;
  }

  /** Removes a budget; COST_BUDGET_NOT_FOUND for an id not of this workspace. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    requireWriter(ctx);
    return this.dataSource.transaction(async (tx) => {
      const budget = isId(id)
        ? await tx.findOneBy(CostBudgetEntity, { id, workspaceId: ctx.workspaceId })
        : null;
      if (!budget) {
        throw new DomainError('COST_BUDGET_NOT_FOUND', `No cost budget with id "${id}".`, { id });
      }
      await tx.delete(CostBudgetEntity, { id });
      await this.audit.record(
        ctx.workspaceId,
        { actor: ctx.actor, action: 'budget.delete', targetType: 'cost_budget', targetId: id },
        tx,
      );
      return true;
    });
  }

  async beforeCall(run: RunEntity): Promise<BudgetVerdict> {
    const states = await this.applicable(run);
    if (states.length === 0) return { kind: 'paid' };
    await this.announce(run.workspaceId, states);
    const stopping = states
      .filter((s) => s.status === 'EXHAUSTED' && s.budget.policy !== 'ALERT_ONLY')
      .sort((a, b) => STRICTNESS[b.budget.policy] - STRICTNESS[a.budget.policy]);
    const strictest = stopping[0];
    if (!strictest) return { kind: 'paid' };
    const budget = stoppingBudget(strictest);
    const words = `The monthly model budget of ${budget.scope} (${formatCents(budget.limitCents)}) is spent: ${usd(strictest.spentMicroUsd)} in ${strictest.month}.`;
    const decided = await this.decisionOf(run.id);
    if (decided === 'APPROVED') return { kind: 'paid' };
    if (decided === 'REJECTED') {
      return {
        kind: 'offline',
        reason: `${words} A person declined paid calls over budget: the offline provider answers.`,
        budget,
        declined: true,
      };
    }
    return strictest.budget.policy === 'REQUIRE_APPROVAL'
      ? {
          kind: 'approval',
          reason: `${words} Approve to let this run go on with paid model calls.`,
          budget,
        }
      : {
          kind: 'offline',
          reason: `${words} The offline provider answers instead.`,
          budget,
          declined: false,
        };
  }

  async afterCall(run: RunEntity): Promise<void> {
    const states = await this.applicable(run);
    if (states.length > 0) await this.announce(run.workspaceId, states);
  }

  /** The workspace's budget and the run's agent's, with this month's spend. */
  private async applicable(run: RunEntity): Promise<CostBudgetState[]> {
    const states = await this.statesOf(this.dataSource.manager, run.workspaceId);
    return states.filter((s) => s.budget.agentId === null || s.budget.agentId === run.agentId);
  }

  private async statesOf(manager: EntityManager, workspaceId: string): Promise<CostBudgetState[]> {
    const budgets = await manager
      .createQueryBuilder(CostBudgetEntity, 'b')
      .where('b.workspace_id = :workspaceId', { workspaceId })
      .orderBy('b.agent_id IS NULL', 'DESC')
      .addOrderBy('b.created_at', 'ASC')
      .getMany();
    if (budgets.length === 0) return [];
    const agentIds = budgets.flatMap((b) => (b.agentId ? [b.agentId] : []));
    const agents = agentIds.length
      ? await manager
          .createQueryBuilder(AgentEntity, 'a')
          .select(['a.id', 'a.key', 'a.name'])
          .where('a.id IN (:...agentIds)', { agentIds })
          .getMany()
      : [];
    const spend = await this.monthSpend(manager, workspaceId);
    return budgets.map((budget) => {
      const agent = agents.find((a) => a.id === budget.agentId);
      const spent = budget.agentId ? (spend.byAgent.get(budget.agentId) ?? 0n) : spend.total;
      return {
        budget,
        agent: agent ? { id: agent.id, key: agent.key, name: agent.name } : null,
        month: spend.month,
        spentMicroUsd: spent,
        status: statusOf(budget, spent),
        percent: percentOf(budget, spent),
      };
    });
  }

  /**
   * This calendar month's recorded model cost, per agent, in the workspace's time zone. Reads
   * only costed steps (the partial index ix_run_step_workspace_costed); numeric(14,6) dollars
   * times a million are whole micro-dollars, summed exactly.
   */
  private async monthSpend(manager: EntityManager, workspaceId: string): Promise<MonthSpend> {
    const now = this.clock.now();
    const [bounds] = rowsOf<{ month: string; starts: Date; ends: Date }>(
      await manager.query(
        `SELECT to_char(local_now, 'YYYY-MM') AS month,
                date_trunc('month', local_now) AT TIME ZONE tz AS starts,
                (date_trunc('month', local_now) + interval '1 month') AT TIME ZONE tz AS ends
           FROM (SELECT w.time_zone AS tz, $2::timestamptz AT TIME ZONE w.time_zone AS local_now
                   FROM workspace w WHERE w.id = $1) AS z`,
        [workspaceId, now],
      ),
    );
    if (!bounds) throw new Error(`workspace ${workspaceId} not found`);
    const rows = rowsOf<{ agent_id: string; micro: string }>(
      await manager.query(
        `SELECT r.agent_id, (sum(s.cost_usd) * 1000000)::bigint::text AS micro
           FROM run_step s JOIN run r ON r.id = s.run_id
          WHERE s.workspace_id = $1 AND s.cost_usd > 0
            AND s.started_at >= $2 AND s.started_at < $3
          GROUP BY r.agent_id`,
        [workspaceId, bounds.starts, bounds.ends],
      ),
    );
    const byAgent = new Map(rows.map((row) => [row.agent_id, BigInt(row.micro)]));
    const total = [...byAgent.values()].reduce((sum, micro) => sum + micro, 0n);
    return { month: bounds.month, total, byAgent };
  }

  /**
   * Announces each threshold reached this month, once per budget: the notice row's primary key
   * lets exactly one of any racing processes write it, and the audit entry and webhook event
   * commit with it.
   */
  private async announce(workspaceId: string, states: CostBudgetState[]): Promise<void> {
    const due = states
      .flatMap((state) => levelsReached(state).map((level) => ({ state, level })))
      .filter(({ state, level }) => !this.announced.has(noticeKey(state, level)));
    if (due.length === 0) return;
    await this.dataSource.transaction(async (tx) => {
      for (const { state, level } of due) {
        const inserted = rowsOf<{ level: string }>(
          await tx.query(
            `INSERT INTO cost_budget_notice (budget_id, workspace_id, month, level, spent_micro_usd)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT ON CONSTRAINT pk_cost_budget_notice DO NOTHING
             RETURNING level`,
            [state.budget.id, workspaceId, state.month, level, state.spentMicroUsd.toString()],
          ),
        );
        if (inserted.length === 0) continue;
        const data = eventData(state, level);
        const type = level === 'WARNING' ? 'budget.warning' : 'budget.exhausted';
        await this.audit.record(
          workspaceId,
          {
            actor: 'system',
            action: type,
            targetType: 'cost_budget',
            targetId: state.budget.id,
            data,
          },
          tx,
        );
        await WebhookEvents.emit(tx, workspaceId, type, data);
      }
    });
    // Written now, or by another process before: either way there is nothing left to announce.
    for (const { state, level } of due) this.announced.add(noticeKey(state, level));
  }

  /** A person's latest decision on paid calls over budget for this run, if any. */
  private async decisionOf(runId: string): Promise<'APPROVED' | 'REJECTED' | null> {
    const decided = await this.dataSource.manager
      .createQueryBuilder(ApprovalEntity, 'a')
      .select(['a.id', 'a.status'])
      .where("a.run_id = :runId AND a.action_kind = 'MODEL_CALL'", { runId })
      .andWhere("a.status IN ('APPROVED', 'REJECTED')")
      .orderBy('a.decided_at', 'DESC')
      .getOne();
    return decided?.status === 'APPROVED' || decided?.status === 'REJECTED' ? decided.status : null;
  }

  private async agentOf(ctx: RequestContext, agentId: string): Promise<AgentEntity> {
    const agent = isId(agentId)
      ? await this.dataSource.manager.findOneBy(AgentEntity, {
          id: agentId,
          workspaceId: ctx.workspaceId,
        })
      : null;
    if (!agent) {
      throw new DomainError('AGENT_NOT_FOUND', `No agent with id "${agentId}".`, { agentId });
    }
    return agent;
  }
}

function statusOf(budget: CostBudgetEntity, spent: bigint): CostBudgetStatus {
  const limit = BigInt(budget.limitCents) * MICRO_PER_CENT;
  if (spent >= limit) return 'EXHAUSTED';
  // spent / limit >= warnPercent / 100, in integers.
  return spent * 100n >= limit * BigInt(budget.warnPercent) ? 'WARNING' : 'OK';
}

function percentOf(budget: CostBudgetEntity, spent: bigint): number {
  const limit = BigInt(budget.limitCents) * MICRO_PER_CENT;
  // Tenths of a percent, rounded down, so 79.99% never shows as the 80% of a warning.
  return Number((spent * 1000n) / limit) / 10;
}

/** The levels a state has reached, warning first (a jump past 100% announces both). */
function noticeKey(state: CostBudgetState, level: CostBudgetNoticeLevel): string {
  return `${state.budget.id}:${state.month}:${level}`;
}

function levelsReached(state: CostBudgetState): CostBudgetNoticeLevel[] {
  if (state.status === 'EXHAUSTED') return ['WARNING', 'EXHAUSTED'];
  return state.status === 'WARNING' ? ['WARNING'] : [];
}

function stoppingBudget(state: CostBudgetState): StoppingBudget {
  return {
    budgetId: state.budget.id,
    scope: scopeOf(state),
    limitCents: state.budget.limitCents,
    spentMicroUsd: formatMicroUsd(state.spentMicroUsd),
    month: state.month,
  };
}

function scopeOf(state: CostBudgetState): string {
  return state.agent ? `the ${state.agent.name} agent` : 'the workspace';
}

function eventData(state: CostBudgetState, level: CostBudgetNoticeLevel): Record<string, unknown> {
  return {
    budgetId: state.budget.id,
    agentKey: state.agent?.key ?? null,
    month: state.month,
    level,
    limitCents: state.budget.limitCents,
    warnPercent: state.budget.warnPercent,
    spentUsd: formatMicroUsd(state.spentMicroUsd),
    percent: state.percent,
    policy: state.budget.policy,
  };
}

/** 5020000n -> "$5.02"; 5021234n -> "$5.021234" (whole cents when exact, else micro-dollars). */
export function usd(microUsd: bigint): string {
  const text = formatMicroUsd(microUsd).replace(/(\.\d\d\d*?)0+$/, '$1');
  return `$${text}`;
}

function requireWriter(ctx: RequestContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(`Your role (${String(ctx.role).toLowerCase()}) cannot change cost budgets.`);
  }
}
