import type { StepDraft } from '../run-journal.js';
import { checkInputLimits } from './input-limits.js';
import { redactDeep, totalRedactions, type Redactions } from './pii-redaction.js';
import { detectPromptInjectionDeep, type InjectionFindingAt } from './prompt-injection.js';

export {
  assertStorableText,
  checkInputLimits,
  MAX_INPUT_BYTES,
  MAX_INPUT_DEPTH,
  MAX_TEXT_FIELD_LENGTH,
  MESSAGE_FIELDS,
  unstorableTextProblem,
} from './input-limits.js';
export { findHostileMarkup, stripMarkup, type MarkupFinding } from './markup.js';
export {
  checkReply,
  OUTPUT_POLICY_RULES,
  type OutputPolicyRule,
  type PolicyViolation,
  type ReplyPolicyContext,
} from './output-policy.js';
export {
  redactDeep,
  redactText,
  type RedactedText,
  type RedactedValue,
  type Redactions,
} from './pii-redaction.js';
export {
  detectPromptInjection,
  detectPromptInjectionDeep,
  INJECTION_RULES,
  type InjectionFinding,
  type InjectionFindingAt,
  type InjectionRule,
} from './prompt-injection.js';

/** What the guardrails put in `run.flags`. */
export const RUN_FLAGS = {
  /** The input looks like a prompt injection; the run goes on, flagged for review. */
  PROMPT_INJECTION: 'PROMPT_INJECTION',
  /** A card number or SSN was removed from the input before it was stored. */
  PII_REDACTED: 'PII_REDACTED',
} as const;
export type RunFlag = (typeof RUN_FLAGS)[keyof typeof RUN_FLAGS];

export interface GuardedInput<T> {
  /** The input to store and run with: card numbers and SSNs replaced. */
  input: T;
  /** For `run.flags`; empty when nothing was found. */
  flags: RunFlag[];
  /** Injection findings, on the redacted input (so an excerpt never holds a card number). */
  findings: InjectionFindingAt[];
  redactions: Redactions;
}

/**
 * Everything the hub checks in a run's input before writing it. Throws `MESSAGE_TOO_LONG` or
 * `INVALID_INPUT` (a `DomainError`) for input over the limits; otherwise returns the redacted
 * input with the flags and findings to record. Pure: no I/O, the argument is not modified.
 */
export function guardInput<T>(input: T): GuardedInput<T> {
  checkInputLimits(input);
  const redacted = redactDeep(input);
  const findings = detectPromptInjectionDeep(redacted.value);
  const flags: RunFlag[] = [];
  if (findings.length > 0) flags.push(RUN_FLAGS.PROMPT_INJECTION);
  if (totalRedactions(redacted.redactions) > 0) flags.push(RUN_FLAGS.PII_REDACTED);
  return { input: redacted.value, flags, findings, redactions: redacted.redactions };
}

/**
 * The `GUARDRAIL` step that records what `guardInput` found, or null when it found nothing.
 * Its `data` is console-only, like every step's (the public run view never reads it).
 */
export function guardrailStep(
  guarded: GuardedInput<unknown>,
): (StepDraft & { kind: 'GUARDRAIL' }) | null {
  if (guarded.flags.length === 0) return null;
  const parts: string[] = [];
  if (guarded.findings.length > 0) parts.push('flagged a possible prompt injection');
  const { card, ssn } = guarded.redactions;
  if (card + ssn > 0) {
    const what = [
      card > 0 ? `${card} card number${card === 1 ? '' : 's'}` : '',
      ssn > 0 ? `${ssn} SSN${ssn === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    parts.push(`redacted ${what.join(' and ')} from the input`);
  }
  const title = parts.join('; ');
  return {
    kind: 'GUARDRAIL',
    title: title.charAt(0).toUpperCase() + title.slice(1),
    detail:
      guarded.findings.map((f) => `${f.rule} in ${f.path}: "${f.excerpt}"`).join('\n') || null,
    data: {
      flags: guarded.flags,
      findings: guarded.findings,
      redactions: guarded.redactions,
    },
  };
}
