import type { AgentEntity } from '@zactonics/db';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { DirectReply } from '../../runtime/direct-reply.js';
import type { ModelUsage } from '../../runtime/model-gateway.js';
import type { ModelRouter } from '../../runtime/model-router.js';
import type { PlaybookBook } from '../../runtime/playbook-book.js';
import {
  ROUTE_CONFIDENCE_THRESHOLD,
  clarifyingQuestion,
  type MessageRouter,
  type RouteAlternative,
} from '../../runtime/router.js';
import type { AgentService } from '../agents/agent.service.js';
import type { ScenarioService } from '../scenarios/scenario.service.js';
import { asksForPerson } from './person-request.js';

/** The shop's front desk: it asks the clarifying question and hands over to a person. */
export const FRONT_DESK_AGENT = 'support';

/**
 * What `run.routing` records. `agentKey` and `confidence` are the router's best guess; `outcome`
 * says what was done with it: `agent` (the run goes to that agent), `capabilities` (that agent
 * cannot start from a message alone, so the run replies with what it can do), `clarification`
 * (no agent likely enough: the front desk asks) or `handover` (the sender asked for a person).
 */
export interface RoutingRecord {
  agentKey: string;
  confidence: number;
  method: 'classifier' | 'model';
  candidates: RouteAlternative[];
  threshold: number;
  outcome: 'agent' | 'capabilities' | 'clarification' | 'handover';
  /** Set when a model is configured but the classifier decided: why the model's answer was not used. */
  fallbackReason?: string;
  model?: string;
  usage?: ModelUsage;
}

/** Where a `startRun` with a message and no agent goes, and with what input. */
export interface RoutedStart {
  /** The agent the run is created on. */
  agentKey: string;
  input: Record<string, unknown>;
  routing: RoutingRecord;
  /** For the TRIGGER step. */
  title: string;
  /** Set when the reply is already known: the run is finished at once, not queued. */
  reply: DirectReply | null;
}

export interface RunRoutingDeps {
  classifier: MessageRouter;
  /** Present when a model is configured (the Anthropic provider is active). */
  model?: ModelRouter | undefined;
  agents: AgentService;
  scenarios: ScenarioService;
  playbooks: PlaybookBook;
  threshold?: number;
}

/**
 * Routes a `startRun` that names no agent. The message goes to the model when one is configured
 * (falling back to the classifier if the call fails or names no enabled agent), else to the
 * classifier. Below the confidence threshold the front desk asks which agent is meant; a request
 * for a person is handed over whatever the score. A confident route gets the input the agent's
 * default playbook makes of the message; with no model and no such input, the run answers with
 * what that agent can do instead of failing on input it was never going to get.
 */
export class RunRoutingService {
  private readonly threshold: number;

  constructor(private readonly deps: RunRoutingDeps) {
    this.threshold = deps.threshold ?? ROUTE_CONFIDENCE_THRESHOLD;
  }

  async route(
    ctx: RequestContext,
    command: { scenarioKey?: string | null | undefined; input?: Record<string, unknown> | null },
  ): Promise<RoutedStart> {
    if (command.scenarioKey) {
      throw new DomainError(
        'INVALID_INPUT',
        'A scenarioKey needs its agentKey; to have a message routed, send only input.message.',
        { field: 'agentKey' },
      );
    }
    const message = command.input?.message;
    if (typeof message !== 'string' || message.trim().length === 0) {
      throw new DomainError(
        'INVALID_INPUT',
        'Without an agentKey, input.message (the text to route to an agent) is required.',
        { field: 'input.message' },
      );
    }
    const text = message.trim();
    // Always run: it checks the message, finds the enabled agents, costs microseconds, and is
    // the answer whenever the model cannot give one.
    const classified = await this.deps.classifier.route(ctx, text);
    const enabled = (await this.deps.agents.list(ctx)).filter((a) => a.enabled);
    const byClassifier: RoutingRecord = {
      agentKey: classified.agentKey,
      confidence: classified.confidence,
      method: 'classifier',
      candidates: classified.alternatives,
      threshold: this.threshold,
      outcome: 'agent',
    };

    if (asksForPerson(text)) {
      return {
        agentKey: FRONT_DESK_AGENT,
        input: { message: text },
        routing: { ...byClassifier, outcome: 'handover' },
        title: 'Asked for a person: handing over',
        reply: {
          text: "Of course. I'm handing this conversation to a person on our team, who will reply here.",
          handoffSuggested: true,
        },
      };
    }

    const decided = this.deps.model
      ? await this.askModel(enabled, text, byClassifier)
      : byClassifier;
    if (decided.confidence < this.threshold) {
      const candidates = decided.candidates;
      return {
        agentKey: FRONT_DESK_AGENT,
        input: { message: text },
        routing: { ...decided, outcome: 'clarification' },
        title: `Not sure which agent (best guess ${decided.agentKey}, ${decided.confidence.toFixed(2)}): asking`,
        reply: {
          text: clarifyingQuestion(enabled),
          handoffSuggested: false,
          extra: { clarification: { candidates } },
        },
      };
    }

    const agent = enabled.find((a) => a.key === decided.agentKey);
    const name = agent?.name ?? decided.agentKey;
    const how = `${decided.method}, ${decided.confidence.toFixed(2)}`;
    const input = this.deps.playbooks.inputFromMessage(decided.agentKey, text);
    // A model reads the message as is; the offline playbooks need their scenario's input.
    if (input || this.deps.model) {
      return {
        agentKey: decided.agentKey,
        input: input ?? { message: text },
        routing: decided,
        title: `Routed to ${name} (${how})`,
        reply: null,
      };
    }
    return {
      agentKey: decided.agentKey,
      input: { message: text },
      routing: { ...decided, outcome: 'capabilities' },
      title: `Routed to ${name} (${how}), which needs more than a message`,
      reply: {
        text: await this.capabilities(ctx, agent, name),
        handoffSuggested: false,
      },
    };
  }

  private async askModel(
    enabled: AgentEntity[],
    text: string,
    fallback: RoutingRecord,
  ): Promise<RoutingRecord> {
    const model = this.deps.model as ModelRouter;
    // Routing is the front desk's job, so it runs on the front desk's (fast, cheap) model.
    const routingModel =
      enabled.find((a) => a.key === FRONT_DESK_AGENT)?.model ?? (enabled[0] as AgentEntity).model;
    try {
      const route = await model.route(routingModel, enabled, text);
      return {
        agentKey: route.agentKey,
        confidence: route.confidence,
        method: 'model',
        candidates: [{ agentKey: route.agentKey, confidence: route.confidence }],
        threshold: this.threshold,
        outcome: 'agent',
        model: route.model,
        usage: route.usage,
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ...fallback, fallbackReason: `The routing model failed: ${reason}` };
    }
  }

  /** "Sales & Leads can help with lead qualification, ... ": from the workspace's own scenarios. */
  private async capabilities(
    ctx: RequestContext,
    agent: AgentEntity | undefined,
    name: string,
  ): Promise<string> {
    const titles = agent
      ? (await this.deps.scenarios.list(ctx, agent.id)).map((s) => s.title.toLowerCase())
      : [];
    const list =
      titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles[0];
    const can = list ? ` can help with ${list}` : ' can help with that';
    return (
      `${name}${can}, but needs a few details to start, more than a message alone. ` +
      'Please start the one you need with its details.'
    );
  }
}
