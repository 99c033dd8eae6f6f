import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
// The GraphQL types are the one declaration of these shapes; the service fills them.
import type { AgentDayCount, AgentStats, Dashboard } from './dashboard.type.js';

/** The longest period one dashboard covers (a leap year). */
export const MAX_DASHBOARD_DAYS = 366;
const DAY_MS = 86_400_000;

interface AgentStatsRow {
  agent_key: string;
  agent_name: string;
  runs: number;
  succeeded: number;
  failed: number;
  unavailable: number;
  median_ms: number | string | null;
  p95_ms: number | string | null;
  input_tokens: number | string;
  output_tokens: number | string;
  cost_usd: string;
}

/**
 * The console's figures, computed in SQL from the rows themselves (nothing is pre-aggregated), so
 * they are exact for any period. Runs belong to the period by their creation time.
 */
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async compute(ctx: RequestContext, period: { from: Date; to: Date }): Promise<Dashboard> {
    const { from, to } = period;
    if (!(from.getTime() < to.getTime())) {
      throw new DomainError('INVALID_INPUT', '`from` must be before `to`.', { field: 'to' });
    }
    if (to.getTime() - from.getTime() > MAX_DASHBOARD_DAYS * DAY_MS) {
      throw new DomainError(
        'INVALID_INPUT',
        `A dashboard covers at most ${MAX_DASHBOARD_DAYS} days.`,
        { field: 'to' },
      );
    }
    const params = [ctx.workspaceId, from.toISOString(), to.toISOString()];
    const [runsPerDay, agents, escalations, handoffs, openApprovals] = await Promise.all([
      this.runsPerDay(params),
      this.agentStats(params),
      this.count(
        `SELECT count(*)::int AS n FROM ticket
          WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3`,
        params,
      ),
      // From the audit log, not conversation.handoff_changed_at: that column keeps only the last
      // move, so a conversation handed to a person and then resolved (or handed back) within the
      // period would be missed, and one resolved in the period for an earlier request counted.
      // Every move is audited in the transaction that makes it.
      this.count(
        `SELECT count(DISTINCT target_id)::int AS n FROM audit_event
          WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3
            AND action = 'conversation.handoff'
            AND data->>'to' IN ('HUMAN_REQUESTED', 'HUMAN')`,
        params,
      ),
      this.count(
        `SELECT count(*)::int AS n FROM approval WHERE workspace_id = $1 AND status = 'PENDING'`,
        [ctx.workspaceId],
      ),
    ]);
    return { from, to, runsPerDay, agents, escalations, handoffs, openApprovals };
  }

  private async runsPerDay(params: unknown[]): Promise<AgentDayCount[]> {
    const rows = (await this.dataSource.query(
      `SELECT to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
              a.key AS agent_key, count(*)::int AS runs
         FROM run r JOIN agent a ON a.id = r.agent_id
        WHERE r.workspace_id = $1 AND r.created_at >= $2 AND r.created_at < $3
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      params,
    )) as { day: string; agent_key: string; runs: number }[];
    return rows.map((r) => ({ day: r.day, agentKey: r.agent_key, runs: Number(r.runs) }));
  }

  private async agentStats(params: unknown[]): Promise<AgentStats[]> {
    const rows = (await this.dataSource.query(
      `WITH period AS (
         SELECT r.*,
                CASE WHEN r.status IN ('SUCCEEDED', 'FAILED')
                      AND r.started_at IS NOT NULL AND r.finished_at IS NOT NULL
                     THEN (extract(epoch FROM r.finished_at - r.started_at) * 1000)::double precision
                END AS duration_ms
           FROM run r
          WHERE r.workspace_id = $1 AND r.created_at >= $2 AND r.created_at < $3
       )
       SELECT a.key AS agent_key, a.name AS agent_name,
              count(p.id)::int AS runs,
              count(*) FILTER (WHERE p.status = 'SUCCEEDED')::int AS succeeded,
              count(*) FILTER (WHERE p.status = 'FAILED')::int AS failed,
              count(*) FILTER (WHERE p.status = 'FAILED'
                                 AND p.error_code = 'TOOL_NOT_AVAILABLE')::int AS unavailable,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY p.duration_ms) AS median_ms,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY p.duration_ms) AS p95_ms,
              coalesce(sum(p.input_tokens), 0)::bigint AS input_tokens,
              coalesce(sum(p.output_tokens), 0)::bigint AS output_tokens,
              coalesce(sum(p.cost_usd), 0)::text AS cost_usd
         FROM agent a LEFT JOIN period p ON p.agent_id = a.id
        WHERE a.workspace_id = $1
        GROUP BY a.id, a.key, a.name, a.position
        ORDER BY a.position, a.key`,
      params,
    )) as AgentStatsRow[];
    // percentile_cont ignores NULL durations (runs that did not finish), and is NULL without any.
    return rows.map((r) => {
      const succeeded = Number(r.succeeded);
      const failed = Number(r.failed);
      const unavailable = Number(r.unavailable);
      // A run that failed because a tool is not built (or not allowed) says nothing about how
      // well the agent works: it is left out of the rate and counted on its own.
      const judged = succeeded + failed - unavailable;
      return {
        agentKey: r.agent_key,
        agentName: r.agent_name,
        runs: Number(r.runs),
        succeeded,
        failed,
        unavailable,
        successRate: judged === 0 ? null : succeeded / judged,
        medianDurationMs: r.median_ms === null ? null : Number(r.median_ms),
        p95DurationMs: r.p95_ms === null ? null : Number(r.p95_ms),
        inputTokens: Number(r.input_tokens),
        outputTokens: Number(r.output_tokens),
        costUsd: Number(r.cost_usd),
      };
    });
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    const rows = (await this.dataSource.query(sql, params)) as { n: number }[];
    return Number(rows[0]?.n ?? 0);
  }
}
