import { DomainError } from '../../errors.js';
import { reviewPolicySchema, type ReviewPolicy } from '../../runtime/review-policy.js';

export const MAX_SYSTEM_PROMPT_CHARS = 20_000;
export const MAX_AGENT_STEPS = 50;
const MAX_APPROVAL_TTL_MINUTES = 60 * 24 * 30;

/** What an owner may change about an agent; absent fields stay as they are. */
export interface AgentUpdate {
  enabled?: boolean | null;
  model?: string | null;
  systemPrompt?: string | null;
  temperature?: number | null;
  maxSteps?: number | null;
  tools?: string[] | null;
  reviewPolicy?: ReviewPolicyUpdate | null;
}

/** `minConfidence: null` turns the confidence rule off; null elsewhere is refused. */
export interface ReviewPolicyUpdate {
  refundLimitCents?: number | null;
  legalTopics?: boolean | null;
  minConfidence?: number | null;
  outboundTrusted?: boolean | null;
  approvalTtlMinutes?: number | null;
}

/** A validated update, in the agent's stored form (temperature as numeric text). */
export interface AgentChanges {
  enabled?: boolean;
  model?: string;
  systemPrompt?: string;
  temperature?: string;
  maxSteps?: number;
  tools?: string[];
  reviewPolicy?: Partial<ReviewPolicy>;
}

export interface AgentUpdateChoices {
  models: readonly string[];
  tools: readonly string[];
}

/**
 * Checks every given field and returns the changes to write. The first problem is thrown as
 * INVALID_INPUT with `extensions.field` naming the field (`reviewPolicy.minConfidence` for a
 * nested one), so nothing is written when any field is wrong.
 */
export function validateAgentUpdate(
  update: AgentUpdate,
  choices: AgentUpdateChoices,
): AgentChanges {
  const changes: AgentChanges = {};
  if (update.enabled !== undefined) changes.enabled = required('enabled', update.enabled);
  if (update.model !== undefined) {
    const model = required('model', update.model);
    if (!choices.models.includes(model)) {
      invalid('model', `Unknown model "${model}"; use one of: ${choices.models.join(', ')}.`, {
        allowed: [...choices.models],
      });
    }
    changes.model = model;
  }
  if (update.systemPrompt !== undefined) {
    const prompt = required('systemPrompt', update.systemPrompt);
    if (prompt.trim().length === 0 || prompt.length > MAX_SYSTEM_PROMPT_CHARS) {
      invalid(
        'systemPrompt',
        `systemPrompt must be 1 to ${MAX_SYSTEM_PROMPT_CHARS.toLocaleString('en-US')} characters and not blank.`,
      );
    }
    changes.systemPrompt = prompt;
  }
  if (update.temperature !== undefined) {
    const temperature = required('temperature', update.temperature);
    // A value with at most two decimals survives the round trip through hundredths exactly.
    const hundredths = Math.round(temperature * 100);
    if (temperature < 0 || temperature > 1 || hundredths / 100 !== temperature) {
      invalid('temperature', 'temperature must be 0 to 1 with at most two decimals.');
    }
    changes.temperature = (hundredths / 100).toFixed(2);
  }
  if (update.maxSteps !== undefined) {
    const maxSteps = required('maxSteps', update.maxSteps);
    if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > MAX_AGENT_STEPS) {
      invalid('maxSteps', `maxSteps must be a whole number from 1 to ${MAX_AGENT_STEPS}.`);
    }
    changes.maxSteps = maxSteps;
  }
  if (update.tools !== undefined) {
    const tools = required('tools', update.tools);
    const unknown = tools.filter((t) => !choices.tools.includes(t));
    if (unknown.length > 0) {
      invalid('tools', `Unknown tools: ${unknown.join(', ')}.`, { unknown });
    }
    const duplicates = tools.filter((t, i) => tools.indexOf(t) !== i);
    if (duplicates.length > 0) {
      invalid('tools', `Tools listed twice: ${[...new Set(duplicates)].join(', ')}.`);
    }
    changes.tools = [...tools];
  }
  if (update.reviewPolicy !== undefined) {
    changes.reviewPolicy = validatePolicy(required('reviewPolicy', update.reviewPolicy));
  }
  return changes;
}

function validatePolicy(update: ReviewPolicyUpdate): Partial<ReviewPolicy> {
  const policy: Partial<ReviewPolicy> = {};
  const field = (name: keyof ReviewPolicyUpdate) => `reviewPolicy.${name}`;
  if (update.refundLimitCents !== undefined) {
    const cents = required(field('refundLimitCents'), update.refundLimitCents);
    if (!Number.isSafeInteger(cents) || cents < 0) {
      invalid(
        field('refundLimitCents'),
        'refundLimitCents must be a whole number of cents, 0 or more.',
      );
    }
    policy.refundLimitCents = cents;
  }
  if (update.legalTopics !== undefined) {
    policy.legalTopics = required(field('legalTopics'), update.legalTopics);
  }
  if (update.minConfidence !== undefined) {
    const min = update.minConfidence;
    if (min !== null && !(min >= 0 && min <= 1)) {
      invalid(
        field('minConfidence'),
        'minConfidence must be 0 to 1, or null to turn the rule off.',
      );
    }
    policy.minConfidence = min;
  }
  if (update.outboundTrusted !== undefined) {
    policy.outboundTrusted = required(field('outboundTrusted'), update.outboundTrusted);
  }
  if (update.approvalTtlMinutes !== undefined) {
    const ttl = required(field('approvalTtlMinutes'), update.approvalTtlMinutes);
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_APPROVAL_TTL_MINUTES) {
      invalid(
        field('approvalTtlMinutes'),
        `approvalTtlMinutes must be a whole number from 1 to ${MAX_APPROVAL_TTL_MINUTES}.`,
      );
    }
    policy.approvalTtlMinutes = ttl;
  }
  // The runtime reads the policy through this schema; a value it would refuse must not be stored.
  reviewPolicySchema.partial().parse(policy);
  return policy;
}

function required<T>(field: string, value: T | null): T {
  if (value === null) invalid(field, `${field} cannot be null; leave it out to keep it.`);
  return value;
}

function invalid(field: string, message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError('INVALID_INPUT', message, { field, ...details });
}
