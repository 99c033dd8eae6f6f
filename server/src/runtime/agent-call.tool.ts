import { z } from 'zod';
import type { AgentCallResult, AgentCalls } from './agent-calls.js';
import type { Tool } from './tool-registry.js';

const input = z.object({
  agentKey: z.string().trim().min(1).max(64),
  scenarioKey: z.string().trim().min(1).max(64).optional(),
  input: z.record(z.string(), z.unknown()).default({}),
});

/**
 * Asks another agent of the workspace and waits for its answer (a child run). Refused with
 * AGENT_CALL_REFUSED when it would loop or go deeper than three levels; a child that fails fails
 * the caller with CHILD_RUN_FAILED, naming the child run.
 */
export function askAgentTool(calls: AgentCalls): Tool<z.infer<typeof input>, AgentCallResult> {
  return {
    name: 'ask_agent',
    description:
      "Ask another agent of this shop to do something and wait for its result, e.g. finance to check a customer's payment history ({ agentKey: 'finance', input: { customerEmail } }). Without scenarioKey the agent's general entry point is used. Returns the child run's id, status and output.",
    input,
    execute: (ctx, request) => calls.call(ctx, request),
    summarize: (result) => {
      const text =
        typeof result.output?.text === 'string' ? `: ${result.output.text.slice(0, 200)}` : '';
      return `Child run ${result.childRunId} ${result.status}${text}`;
    },
  };
}
