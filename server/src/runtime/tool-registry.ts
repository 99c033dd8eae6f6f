import { createHash } from 'node:crypto';
import type { ErrorCode } from '@zactonics/schema';
import { z } from 'zod';
import type { AuditService } from '../modules/audit/audit.service.js';
import type { HubMetrics } from '../observability/metrics.js';
import { failSpanWith, inSpan } from '../observability/tracing.js';
import {
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_TOOL_NAME,
  ATTR_GEN_AI_TOOL_TYPE,
  ATTR_HUB_ERROR_CODE,
} from '../observability/tracing-attributes.js';
import type { ToolReview } from './review-policy.js';

/** What a tool knows about the call it serves; tools never read globals or the clock directly. */
export interface ToolContext {
  workspaceId: string;
  runId: string;
  agentKey: string;
  now: Date;
  /** Set when a person approved this very call; tools with effects record it (exactly once). */
  approvalId?: string;
}

/**
 * One tool, typed by its own input and output. Any `Tool<Input, Output>` is also a `Tool` (of
 * unknown input and output), so tools of different types share one list without casts: `execute`
 * and `summarize` are declared as methods, which TypeScript compares bivariantly. That is sound
 * here because the registry is the only caller, and it passes `execute` only what `input`
 * parsed and `summarize` only what `execute` returned. Keep them methods: written as
 * function-typed properties, every typed tool would stop being a `Tool`.
 */
export interface Tool<Input = unknown, Output = unknown> {
  name: string;
  description: string;
  input: z.ZodType<Input>;
  execute(ctx: ToolContext, input: Input): Promise<Output>;
  /** One line for the run timeline, e.g. "3 articles, best 'Returns' (confidence 0.82)". */
  summarize?(output: Output): string;
  /** Declares that calls may need a person's approval first (see runtime/review-policy.ts). */
  review?: ToolReview;
  /**
   * What a person's rejection of a reviewed call means for the tool's own records (a blog post
   * sent back to drafting), carried out once when the rejection is recorded. The tool itself
   * never runs.
   */
  onRejected?(ctx: ToolContext, input: Input, reason: string | null): Promise<void>;
}

/**
 * A tool failure with its own stable code (e.g. AGENT_CALL_REFUSED), for failures the shop owner
 * should be able to tell apart from a generic TOOL_FAILED. The message is shown as the run's error
 * as is, so it is written for a reader of the run.
 */
export class ToolError extends Error {
  override name = 'ToolError';

  constructor(
    readonly errorCode: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type ToolCallOutcome =
  | { ok: true; output: unknown; summary: string; durationMs: number }
  | { ok: false; errorCode: ErrorCode; message: string; durationMs: number };

/** What a model is told about a tool: its name, purpose and the JSON Schema of its input. */
export interface ToolDefinition {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

/**
 * The tools agents may call, by name. Input is validated against the tool's schema before it
 * runs; every call, successful or not, is audited with digests of its input and output.
 */
export class ToolRegistry {
  private readonly tools = new Map<string, Tool>();

  constructor(
    private readonly audit: AuditService,
    /** Counts calls and failures by tool (hub_tool_calls_total, hub_tool_call_failures_total). */
    private readonly metrics?: HubMetrics,
  ) {}

  register(...tools: Tool[]): this {
    for (const tool of tools) {
      if (this.tools.has(tool.name)) throw new Error(`tool ${tool.name} registered twice`);
      this.tools.set(tool.name, tool);
    }
    return this;
  }

  has(name: string): boolean {
    return this.tools.has(name);
  }

  /** The tool's review rule with its validated input; null when it has none or the input is bad. */
  reviewOf(
    name: string,
    rawInput: unknown,
  ): { review: ToolReview; input: Record<string, unknown> } | null {
    const tool = this.tools.get(name);
    if (!tool?.review) return null;
    const parsed = tool.input.safeParse(rawInput);
    return parsed.success
      ? { review: tool.review, input: parsed.data as Record<string, unknown> }
      : null;
  }

  /**
   * Lets a reviewed tool record a person's rejection of its call (`Tool.onRejected`). Input that no
   * longer parses (the tool changed while the run waited) is skipped: there is nothing to undo.
   */
  async rejected(ctx: ToolContext, name: string, rawInput: unknown, reason: string | null) {
    const tool = this.tools.get(name);
    if (!tool?.onRejected) return;
    const parsed = tool.input.safeParse(rawInput);
    if (parsed.success) await tool.onRejected(ctx, parsed.data, reason);
  }

  names(): string[] {
    return [...this.tools.keys()].sort();
  }

  /**
   * Definitions of the named tools that exist (unknown names are skipped: calling one still fails
   * the run with TOOL_NOT_AVAILABLE). The schema describes the input side, so fields with a
   * default (e.g. `limit`) are optional for the model, exactly as the zod parse treats them.
   */
  definitions(names: readonly string[]): ToolDefinition[] {
    return names.flatMap((name) => {
      const tool = this.tools.get(name);
      if (!tool) return [];
      const { $schema: _dialect, ...inputSchema } = z.toJSONSchema(tool.input, { io: 'input' });
      return [{ name, description: tool.description, inputSchema }];
    });
  }

  /** One call: validated, run, counted, audited; an `execute_tool <name>` span with tracing on. */
  call(ctx: ToolContext, name: string, rawInput: unknown): Promise<ToolCallOutcome> {
    const attributes = {
      [ATTR_GEN_AI_OPERATION_NAME]: 'execute_tool',
      [ATTR_GEN_AI_TOOL_NAME]: name,
      [ATTR_GEN_AI_TOOL_TYPE]: 'function',
    };
    return inSpan(`execute_tool ${name}`, { attributes }, async (span) => {
      const outcome = await this.callAudited(ctx, name, rawInput);
      if (!outcome.ok) {
        span.setAttribute(ATTR_HUB_ERROR_CODE, outcome.errorCode);
        // The code only: a tool's message may quote what the customer sent.
        failSpanWith(span, outcome.errorCode, outcome.errorCode);
      }
      return outcome;
    });
  }

  private async callAudited(
    ctx: ToolContext,
    name: string,
    rawInput: unknown,
  ): Promise<ToolCallOutcome> {
    const started = performance.now();
    const outcome = await this.run(ctx, name, rawInput);
    const durationMs = Math.round(performance.now() - started);
    this.metrics?.toolCall(name, outcome);
    await this.audit.record(ctx.workspaceId, {
      actor: `agent:${ctx.agentKey}`,
      action: 'tool.call',
      targetType: 'run',
      targetId: ctx.runId,
      data: {
        tool: name,
        ok: outcome.ok,
        inputDigest: digest(rawInput),
        ...(outcome.ok
          ? { outputDigest: digest(outcome.output) }
          : { errorCode: outcome.errorCode }),
        durationMs,
      },
    });
    return { ...outcome, durationMs };
  }

  private async run(
    ctx: ToolContext,
    name: string,
    rawInput: unknown,
  ): Promise<
    | { ok: true; output: unknown; summary: string }
    | { ok: false; errorCode: ErrorCode; message: string }
  > {
    const tool = this.tools.get(name);
    if (!tool) {
      return {
        ok: false,
        errorCode: 'TOOL_NOT_AVAILABLE',
        message: `The tool "${name}" is not available yet, so this run cannot continue.`,
      };
    }
    const parsed = tool.input.safeParse(rawInput);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
      return {
        ok: false,
        errorCode: 'TOOL_INPUT_INVALID',
        message: `Invalid input for the tool "${name}": ${issues.join('; ')}`,
      };
    }
    try {
      const output: unknown = await tool.execute(ctx, parsed.data);
      return { ok: true, output, summary: tool.summarize?.(output) ?? `${name} finished` };
    } catch (error) {
      if (error instanceof ToolError) {
        return { ok: false, errorCode: error.errorCode, message: error.message };
      }
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        errorCode: 'TOOL_FAILED',
        message: `The tool "${name}" failed: ${message}`,
      };
    }
  }
}

function digest(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('hex')
    .slice(0, 16);
}
