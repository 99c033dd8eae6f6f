import type { Agent, AgentOptions } from '../api/operations.js';
import { t } from '../i18n/index.js';

/** The editor's form state: numbers as typed, so a half-typed value can be shown as invalid. */
export interface AgentDraft {
  enabled: boolean;
  model: string;
  systemPrompt: string;
  temperature: string;
  maxSteps: string;
  tools: string[];
  refundLimit: string;
  legalTopics: boolean;
  minConfidence: string;
  outboundTrusted: boolean;
  approvalTtlMinutes: string;
}

/** Field names as the hub's INVALID_INPUT names them in extensions.field. */
export type DraftField =
  | 'enabled'
  | 'model'
  | 'systemPrompt'
  | 'temperature'
  | 'maxSteps'
  | 'tools'
  | 'reviewPolicy.refundLimitCents'
  | 'reviewPolicy.legalTopics'
  | 'reviewPolicy.minConfidence'
  | 'reviewPolicy.outboundTrusted'
  | 'reviewPolicy.approvalTtlMinutes';

export type DraftErrors = Partial<Record<DraftField, string>>;

// The hub's limits (server/src/modules/agents/agent-update.ts); the hub checks them again.
const MAX_PROMPT = 20_000;
export const MAX_STEPS = 50;
const MAX_TTL = 43_200;

export function draftOf(agent: Agent): AgentDraft {
  const p = agent.reviewPolicy;
  return {
    enabled: agent.enabled,
    model: agent.model,
    systemPrompt: agent.systemPrompt,
    temperature: String(agent.temperature),
    maxSteps: String(agent.maxSteps),
    tools: [...agent.tools],
    refundLimit: (p.refundLimitCents / 100).toFixed(2),
    legalTopics: p.legalTopics,
    minConfidence: p.minConfidence === null ? '' : String(p.minConfidence),
    outboundTrusted: p.outboundTrusted,
    approvalTtlMinutes: String(p.approvalTtlMinutes),
  };
}

const DECIMAL = /^\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;

/**
 * Client-side checks, the same rules as the hub's, with messages next to each field in the current
 * language (numbers in its forms).
 */
export function validateDraft(draft: AgentDraft, options: AgentOptions): DraftErrors {
  const errors: DraftErrors = {};
  if (options.models.length > 0 && !options.models.includes(draft.model)) {
    errors.model = t('agents.error.model');
  }
  if (draft.systemPrompt.trim().length === 0) {
    errors.systemPrompt = t('agents.error.promptBlank');
  } else if (draft.systemPrompt.length > MAX_PROMPT) {
    errors.systemPrompt = t('agents.error.promptLong', {
      max: MAX_PROMPT,
      length: draft.systemPrompt.length,
    });
  }
  const temperature = draft.temperature.trim();
  if (
    !DECIMAL.test(temperature) ||
    Number(temperature) > 1 ||
    Math.round(Number(temperature) * 100) / 100 !== Number(temperature)
  ) {
    errors.temperature = t('agents.error.temperature');
  }
  const steps = draft.maxSteps.trim();
  if (!WHOLE.test(steps) || Number(steps) < 1 || Number(steps) > MAX_STEPS) {
    errors.maxSteps = t('agents.error.maxSteps', { max: MAX_STEPS });
  }
  const unknown = draft.tools.filter((tool) => !options.tools.includes(tool));
  if (unknown.length > 0) errors.tools = t('agents.error.tools', { tools: unknown.join(', ') });
  const refund = draft.refundLimit.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(refund)) {
    errors['reviewPolicy.refundLimitCents'] = t('agents.error.refundLimit');
  }
  const min = draft.minConfidence.trim();
  if (min !== '' && (!DECIMAL.test(min) || Number(min) > 1)) {
    errors['reviewPolicy.minConfidence'] = t('agents.error.minConfidence');
  }
  const ttl = draft.approvalTtlMinutes.trim();
  if (!WHOLE.test(ttl) || Number(ttl) < 1 || Number(ttl) > MAX_TTL) {
    errors['reviewPolicy.approvalTtlMinutes'] = t('agents.error.approvalTtl', { max: MAX_TTL });
  }
  return errors;
}

/** The updateAgent input for a valid draft. */
export function inputOf(draft: AgentDraft): Record<string, unknown> {
  const min = draft.minConfidence.trim();
  return {
    enabled: draft.enabled,
    model: draft.model,
    systemPrompt: draft.systemPrompt,
    temperature: Number(draft.temperature),
    maxSteps: Number(draft.maxSteps),
    tools: draft.tools,
    reviewPolicy: {
      refundLimitCents: Math.round(Number(draft.refundLimit) * 100),
      legalTopics: draft.legalTopics,
      minConfidence: min === '' ? null : Number(min),
      outboundTrusted: draft.outboundTrusted,
      approvalTtlMinutes: Number(draft.approvalTtlMinutes),
    },
  };
}
