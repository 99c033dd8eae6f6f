/**
 * The boundary to a language model. The executor asks "what next?" with the transcript so far and
 * gets either tool calls to make or the final answer; providers (offline today, Anthropic next)
 * sit behind this one shape, which mirrors the Messages API tool-use loop.
 */
export interface ToolCall {
  id: string;
  name: string;
  input: Record<string, unknown>;
}

export interface ToolResult {
  callId: string;
  name: string;
  ok: boolean;
  output: unknown;
}

export interface Citation {
  kind: 'knowledge_article';
  id: string;
  slug: string;
  title: string;
}

export interface FinalAnswer {
  text: string;
  citations: Citation[];
  /** 0..1, from the tools' evidence (e.g. search coverage), never made up by a model. */
  confidence: number | null;
  /** True when the answer offers a person instead of answering. */
  handoffSuggested: boolean;
  data?: Record<string, unknown>;
}

export type ModelDecision =
  | { type: 'tool_calls'; reasoning: string; calls: ToolCall[] }
  | { type: 'final'; reasoning: string; answer: FinalAnswer };

export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
  costUsd: string;
}

/** One earlier turn of the run's conversation. */
export interface ConversationTurn {
  role: 'customer' | 'agent';
  text: string;
}

/** A long-term fact about the customer, e.g. `preferred_name` = `Maya`. */
export interface RememberedFact {
  key: string;
  value: string;
}

/** What the run knows beyond its input, assembled within a token budget before the first round. */
export interface RunMemory {
  /** Oldest first; the newest turns that fit the budget. */
  history: ConversationTurn[];
  /** Earlier turns left out to stay within the budget. */
  omittedTurns: number;
  facts: RememberedFact[];
}

export const EMPTY_MEMORY: RunMemory = { history: [], omittedTurns: 0, facts: [] };

export interface ModelRequest {
  agent: { key: string; model: string; systemPrompt: string; temperature: number; tools: string[] };
  scenarioKey: string;
  input: Record<string, unknown>;
  memory: RunMemory;
  /** Tool rounds so far, oldest first. */
  rounds: Array<{ calls: ToolCall[]; results: ToolResult[] }>;
}

/** Optional callbacks while a decision is being made. */
export interface DecideHooks {
  /** Text as the model writes it, in order; the concatenation is the decision's text. */
  onText?(delta: string): void;
}

export interface ModelProvider {
  /** Shown on runs and in the console, e.g. "offline". */
  readonly name: string;
  decide(
    request: ModelRequest,
    hooks?: DecideHooks,
  ): Promise<{ decision: ModelDecision; usage: ModelUsage }>;
}

export const NO_USAGE: ModelUsage = { inputTokens: 0, outputTokens: 0, costUsd: '0' };

/**
 * A model call that did not produce a decision (HTTP error after the provider's retries, timeout,
 * connection failure). The executor fails the run with `MODEL_FAILED` and this message, so the
 * message is written for the shop owner reading the run, not for a stack trace.
 */
export class ModelCallError extends Error {
  override name = 'ModelCallError';

  constructor(
    message: string,
    /** The HTTP status when the API answered, else undefined (timeout, connection). */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
