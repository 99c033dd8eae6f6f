import { DomainError } from '../errors.js';
import { ToolError } from '../runtime/tool-registry.js';

/**
 * Runs a service call for a tool: an expected failure (a DomainError, e.g. LEAD_NOT_FOUND)
 * fails the run with its own code and message instead of a generic TOOL_FAILED.
 */
export async function asTool<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw new ToolError(error.errorCode, error.message);
    throw error;
  }
}
