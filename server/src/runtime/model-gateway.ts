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

export interface ModelRequest {
  agent: { key: string; model: string; systemPrompt: string; temperature: number; tools: string[] };
  scenarioKey: string;
  input: Record<string, unknown>;
  /** Tool rounds so far, oldest first. */
  rounds: Array<{ calls: ToolCall[]; results: ToolResult[] }>;
}

export interface ModelProvider {
  /** Shown on runs and in the console, e.g. "offline". */
  readonly name: string;
  decide(request: ModelRequest): Promise<{ decision: ModelDecision; usage: ModelUsage }>;
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
