import { AgentEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { MODEL_PRICES } from '../../runtime/model-prices.js';
import { parseReviewPolicy, type ReviewPolicy } from '../../runtime/review-policy.js';
import type { ToolRegistry } from '../../runtime/tool-registry.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AgentService } from './agent.service.js';
import { validateAgentUpdate, type AgentChanges, type AgentUpdate } from './agent-update.js';

/** What an agent's settings may be set to: models the hub has prices for, registered tools. */
export interface AgentChoices {
  models: string[];
  tools: string[];
}

type Change = { before: unknown; after: unknown };

/**
 * The owner's agent editor. A change takes effect on the agent's next run: the executor reads the
 * agent row when a run starts, and the agent list cache is dropped on every write.
 */
export class AgentEditorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agents: AgentService,
    private readonly tools: ToolRegistry,
    private readonly audit: AuditService,
  ) {}

  choices(): AgentChoices {
    return { models: Object.keys(MODEL_PRICES), tools: this.tools.names() };
  }

  /**
   * The agent's tools that no registered tool answers (not built yet, or gone): a call to one
   * fails the run with TOOL_NOT_AVAILABLE, so the editor marks them.
   */
  unavailableTools(agent: Pick<AgentEntity, 'tools'>): string[] {
    const registered = new Set(this.tools.names());
    return agent.tools.filter((tool) => !registered.has(tool));
  }

  /**
   * Validates every field before writing (INVALID_INPUT with `field`), then writes the
   * changed fields and audits them (`agent.update`, before/after) in one transaction. Fields
   * given with their current value are not changes; an update changing nothing writes nothing.
   */
  async update(ctx: RequestContext, key: string, update: AgentUpdate): Promise<AgentEntity> {
    const saved = await this.dataSource.transaction(async (tx) => {
      const agent = await tx.findOne(AgentEntity, {
        where: { workspaceId: ctx.workspaceId, key },
        lock: { mode: 'pessimistic_write' },
      });
      if (!agent) {
        throw new DomainError('AGENT_NOT_FOUND', `No agent with key "${key}".`, { agentKey: key });
      }
      // A tool the agent already lists may stay even if this hub does not register it (yet): the
      // seed names tools of agents still being built, and the editor sends the whole list back.
      const { models, tools } = this.choices();
      const changes = validateAgentUpdate(update, { models, tools: [...tools, ...agent.tools] });
      const diff = diffOf(agent, changes);
      if (Object.keys(diff.changes).length === 0) return agent;
      const saved: AgentEntity = await tx.save(
        AgentEntity,
        tx.merge(AgentEntity, agent, {
          ...diff.patch,
          editedFields: editedFieldsAfter(agent.editedFields, Object.keys(diff.changes)),
        }),
      );
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'agent.update',
          targetType: 'agent',
          targetId: agent.id,
          data: { agentKey: agent.key, changes: diff.changes },
        },
        tx,
      );
      return saved;
    });
    this.agents.invalidate(ctx.workspaceId);
    return saved;
  }
}

/** The columns to write and the audit's before/after, for the fields whose value changes. */
function diffOf(
  agent: AgentEntity,
  changes: AgentChanges,
): { patch: Partial<AgentEntity>; changes: Record<string, Change> } {
  const patch: Partial<AgentEntity> = {};
  const audited: Record<string, Change> = {};
  const plain = ['enabled', 'model', 'systemPrompt', 'maxSteps'] as const;
  for (const field of plain) {
    const after = changes[field];
    if (after !== undefined && after !== agent[field]) {
      audited[field] = { before: agent[field], after };
      Object.assign(patch, { [field]: after });
    }
  }
  if (
    changes.temperature !== undefined &&
    Number(changes.temperature) !== Number(agent.temperature)
  ) {
    audited.temperature = {
      before: Number(agent.temperature),
      after: Number(changes.temperature),
    };
    patch.temperature = changes.temperature;
  }
  if (changes.tools !== undefined && !sameList(changes.tools, agent.tools)) {
    audited.tools = { before: agent.tools, after: changes.tools };
    patch.tools = changes.tools;
  }
  if (changes.reviewPolicy !== undefined) {
    // The stored policy is written back whole, with defaults filled in, so what the runtime reads
    // is exactly what the editor showed.
    const current = parseReviewPolicy(agent.reviewPolicy);
    const next: ReviewPolicy = { ...current, ...changes.reviewPolicy };
    for (const name of Object.keys(changes.reviewPolicy) as (keyof ReviewPolicy)[]) {
      if (next[name] !== current[name]) {
        audited[`reviewPolicy.${name}`] = { before: current[name], after: next[name] };
      }
    }
    if (Object.keys(audited).some((k) => k.startsWith('reviewPolicy.'))) {
      patch.reviewPolicy = { ...next };
    }
  }
  return { patch, changes: audited };
}

/**
 * The owner's edits so far plus these (`reviewPolicy.minConfidence` counts as `reviewPolicy`):
 * reference data converging at start leaves every field listed here as the owner set it.
 */
function editedFieldsAfter(before: readonly string[], changed: readonly string[]): string[] {
  const fields = new Set([...before, ...changed.map((field) => field.split('.')[0] ?? field)]);
  return [...fields].sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
