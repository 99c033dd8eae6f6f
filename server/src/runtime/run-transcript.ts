import type { RunStepEntity } from '@zactonics/db';
import type { ModelRequest, ToolCall, ToolResult } from './model-gateway.js';

export interface RebuiltTranscript {
  /** Rounds whose every call has a result, oldest first. */
  rounds: ModelRequest['rounds'];
  /**
   * The round a person's decision interrupted: its calls (those already started and those still
   * waiting their turn) and the results it has so far. Null when no round was left open.
   */
  open: { calls: ToolCall[]; results: ToolResult[] } | null;
}

/**
 * Rebuilds the tool-use transcript of a run from its persisted steps, so a run that waited for a
 * person resumes exactly where it stopped, whichever provider drives it. The steps are the source
 * of truth: every round starts with a REASONING step, each call has a TOOL_CALL step and, once
 * done, a TOOL_RESULT step; an APPROVAL step lists the calls of its round not yet started.
 */
export function rebuildTranscript(steps: readonly RunStepEntity[]): RebuiltTranscript {
  const rounds: ModelRequest['rounds'] = [];
  let current: { calls: ToolCall[]; results: ToolResult[] } | null = null;
  let notStarted: ToolCall[] = [];
  for (const step of steps) {
    const data = step.data;
    if (step.kind === 'REASONING' && !step.streaming) {
      if (current && current.calls.length > 0) rounds.push(current);
      current = { calls: [], results: [] };
      notStarted = [];
    } else if (step.kind === 'TOOL_CALL' && current) {
      current.calls.push({
        id: String(data.callId),
        name: String(data.tool),
        input: (data.input ?? {}) as Record<string, unknown>,
      });
    } else if (step.kind === 'TOOL_RESULT' && current) {
      current.results.push({
        callId: String(data.callId),
        name: String(data.tool),
        ok: data.ok !== false,
        output: data.output,
      });
    } else if (step.kind === 'APPROVAL' && Array.isArray(data.notStartedCalls)) {
      notStarted = data.notStartedCalls as ToolCall[];
    }
  }
  if (!current || current.calls.length === 0) return { rounds, open: null };
  const complete = current.results.length === current.calls.length && notStarted.length === 0;
  if (complete) return { rounds: [...rounds, current], open: null };
  return { rounds, open: { calls: [...current.calls, ...notStarted], results: current.results } };
}
