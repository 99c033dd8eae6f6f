import type { RunEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { CustomerFactService } from '../modules/memory/customer-fact.service.js';
import { customerOfRun } from '../modules/memory/run-customer.js';
import { packMemory } from './memory-budget.js';
import type { ConversationTurn, RunMemory } from './model-gateway.js';

/**
 * How many (estimated) tokens of history and facts a run gets. Small on purpose: memory rides on
 * every reasoning round of the run, on top of the system prompt, tool definitions and tool
 * results, so 2,000 tokens (about a dozen exchanges of chat-length messages) keeps the recent
 * thread and the customer's facts without letting a long conversation dominate the cost of
 * every round.
 */
export const MEMORY_BUDGET_TOKENS = 2_000;

/**
 * The most earlier runs read per run. A turn costs at least 5 tokens (memory-budget.ts), so the
 * budget holds at most 400 turns, which 200 exchanges already supply; the turns of older runs are
 * only counted, as omitted.
 */
export const HISTORY_RUN_LIMIT = 200;

// A run's turns, extracted in SQL so the rows read and the rows only counted follow one rule:
// the customer said the input's `message` (else `question`); the agent's reply is the output's
// `text`, and only a SUCCEEDED run has one worth repeating.
const TURN_COLUMNS = `
  COALESCE(
    CASE WHEN jsonb_typeof(r.input -> 'message') = 'string'
      THEN NULLIF(btrim(r.input ->> 'message'), '') END,
    CASE WHEN jsonb_typeof(r.input -> 'question') = 'string'
      THEN NULLIF(btrim(r.input ->> 'question'), '') END
  ) AS customer_text,
  CASE WHEN r.status = 'SUCCEEDED' AND jsonb_typeof(r.output -> 'text') = 'string'
    THEN NULLIF(btrim(r.output ->> 'text'), '') END AS agent_text`;

// The conversation's top-level runs created before this one (compared in SQL: JavaScript dates
// would drop the microseconds), newest first. Child runs are agent-to-agent calls, not turns.
const EARLIER_RUNS = `
  FROM run r
  WHERE r.workspace_id = $1 AND r.conversation_id = $2 AND r.parent_run_id IS NULL
    AND r.created_at < (SELECT created_at FROM run WHERE id = $3)
  ORDER BY r.created_at DESC, r.id DESC`;

interface TurnRow {
  customer_text: string | null;
  agent_text: string | null;
}

/**
 * Loads what a run should know beyond its input (its conversation's earlier exchanges and the
 * customer's long-term facts) and packs it within the budget. Read once, before the first round.
 */
export class MemoryAssembler {
  readonly budgetTokens: number;
  private readonly historyRunLimit: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: CustomerFactService,
    options: { budgetTokens?: number; historyRunLimit?: number } = {},
  ) {
    this.budgetTokens = options.budgetTokens ?? MEMORY_BUDGET_TOKENS;
    this.historyRunLimit = options.historyRunLimit ?? HISTORY_RUN_LIMIT;
  }

  async assemble(run: RunEntity): Promise<RunMemory> {
    const [history, customerEmail] = await Promise.all([
      this.history(run),
      customerOfRun(this.dataSource.manager, run),
    ]);
    const facts = customerEmail
      ? (await this.facts.recall({ workspaceId: run.workspaceId }, customerEmail)).map(
          ({ key, value }) => ({ key, value }),
        )
      : [];
    const memory = packMemory({ turns: history.turns, facts, budgetTokens: this.budgetTokens });
    return { ...memory, omittedTurns: memory.omittedTurns + history.unreadTurns };
  }

  /** Earlier turns oldest first, and how many turns the runs beyond the read limit hold. */
  private async history(
    run: RunEntity,
  ): Promise<{ turns: ConversationTurn[]; unreadTurns: number }> {
    if (!run.conversationId) return { turns: [], unreadTurns: 0 };
    const params = [run.workspaceId, run.conversationId, run.id, this.historyRunLimit];
    const rows = await this.dataSource.query<TurnRow[]>(
      `SELECT ${TURN_COLUMNS} ${EARLIER_RUNS} LIMIT $4`,
      params,
    );
    const turns = rows
      .reverse()
      .flatMap((row): ConversationTurn[] => [
        ...(row.customer_text ? [{ role: 'customer' as const, text: row.customer_text }] : []),
        ...(row.agent_text ? [{ role: 'agent' as const, text: row.agent_text }] : []),
      ]);
    if (rows.length < this.historyRunLimit) return { turns, unreadTurns: 0 };
    const [unread] = await this.dataSource.query<Array<{ turns: string | number }>>(
      `SELECT count(t.customer_text) + count(t.agent_text) AS turns
       FROM (SELECT ${TURN_COLUMNS} ${EARLIER_RUNS} OFFSET $4) t`,
      params,
    );
    return { turns, unreadTurns: Number(unread?.turns ?? 0) };
  }
}
