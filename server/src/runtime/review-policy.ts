import { z } from 'zod';
import type { FinalAnswer, ToolCall } from './model-gateway.js';

/**
 * When a person must approve before an agent acts. Stored per agent (`agent.review_policy`,
 * editable by the owner); every field has a default, so an empty policy is the safe one.
 */
export const reviewPolicySchema = z.object({
  /** Refunds above this amount (in cents) wait for a person. $500 by default. */
  refundLimitCents: z.number().int().min(0).default(50_000),
  /** Replies touching legal matters (lawyers, lawsuits, privacy requests) wait for a person. */
  legalTopics: z.boolean().default(true),
  /**
   * Replies whose evidence-based confidence is below this wait for a person; null turns the
   * rule off. Replies that already offer a person are not held: they promise nothing.
   */
  minConfidence: z.number().min(0).max(1).nullable().default(0.3),
  /** Until the owner trusts the agent, every outbound email and publication waits for a person. */
  outboundTrusted: z.boolean().default(false),
  /** How long an approval stays open before the run fails with APPROVAL_EXPIRED. */
  approvalTtlMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(60 * 24),
});

export type ReviewPolicy = z.infer<typeof reviewPolicySchema>;

/** A stored policy with defaults filled in; a malformed one falls back to the safe defaults. */
export function parseReviewPolicy(stored: unknown): ReviewPolicy {
  const parsed = reviewPolicySchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : reviewPolicySchema.parse({});
}

/** How a tool's call can need review; declared by the tool (see `Tool.review`). */
export type ToolReview =
  | { kind: 'refund'; amountCents(input: Record<string, unknown>): number }
  | {
      kind: 'outbound';
      /** The field holding the text a person reviews and may edit (e.g. an email's `body`). */
      textField: string;
    }
  | {
      /**
       * Publishing to the shop's blog or social accounts: always waits for a person, even for
       * an outbound-trusted agent (nothing publishes without a person's approval).
       */
      kind: 'publication';
      /** The field holding the text a person reviews (e.g. a post's `body`). */
      textField: string;
      /**
       * False when that text only describes what will happen (the posts a schedule puts out, which
       * are edited in the console), so an edit in the review inbox would change nothing.
       */
      editable?: false;
    };

/** The input field a person reviews, or null when the action has none (a refund). */
export function reviewedTextField(review: ToolReview | undefined): string | null {
  return review && review.kind !== 'refund' ? review.textField : null;
}

/** The input field a person's edit replaces, or null when the action cannot be edited. */
export function editableTextField(review: ToolReview | undefined): string | null {
  if (review?.kind === 'publication' && review.editable === false) return null;
  return reviewedTextField(review);
}

/** Why an action waits, in the words the review inbox shows. */
export interface ReviewDemand {
  policy:
    | 'refund_limit'
    | 'outbound_untrusted'
    | 'publication'
    | 'legal_topic'
    | 'low_confidence'
    | 'output_policy'
    | 'cost_budget';
  reason: string;
  amountCents?: number;
}

/** What the executor asks a person to decide. */
export type ApprovalRequest = ReviewDemand & { ttlMinutes: number } & (
    | { actionKind: 'SEND_REPLY'; answer: FinalAnswer }
    | {
        actionKind: 'TOOL_CALL';
        call: ToolCall;
        /** The text a person reviews (an email body), or a description of the action. */
        proposedOutput: string;
        /** Later calls of the same round, made after the decision. */
        notStartedCalls: ToolCall[];
      }
    | {
        /** Paid model calls over the month's cost budget (policy REQUIRE_APPROVAL). */
        actionKind: 'MODEL_CALL';
        /** What approving allows, in words. */
        proposedOutput: string;
      }
  );

export function reviewToolCall(
  policy: ReviewPolicy,
  review: ToolReview | undefined,
  input: Record<string, unknown>,
): ReviewDemand | null {
  if (!review) return null;
  if (review.kind === 'refund') {
    const amountCents = review.amountCents(input);
    if (amountCents <= policy.refundLimitCents) return null;
    return {
      policy: 'refund_limit',
      reason: `A refund of ${formatCents(amountCents)} is over the ${formatCents(policy.refundLimitCents)} limit.`,
      amountCents,
    };
  }
  if (review.kind === 'publication') {
    return {
      policy: 'publication',
      reason: "Publishing to the shop's blog or social accounts always waits for a person.",
    };
  }
  if (policy.outboundTrusted) return null;
  return {
    policy: 'outbound_untrusted',
    reason: 'Outbound messages wait for approval until the owner marks this agent as trusted.',
  };
}

// Words that put a conversation in a lawyer's territory. Whole words only, so "suede" or
// "courtesy" never match; the list errs towards asking a person.
const LEGAL_TERMS =
  /\b(lawyers?|attorneys?|lawsuits?|sue|suing|sued|legal action|court|small claims|solicitor|subpoena|liab(?:le|ility)|gdpr|ccpa|data (?:deletion|access) request|cease and desist|discriminat\w*|injur(?:y|ed|ies))\b/i;

/** The legal term in the text, if any. */
export function legalTopicIn(text: string): string | null {
  return LEGAL_TERMS.exec(text)?.[0] ?? null;
}

/**
 * Whether a reply must be approved before the customer sees it. `question` is what the customer
 * asked (legal topics are judged on both sides); `violations` come from the output policy.
 */
export function reviewReply(
  policy: ReviewPolicy,
  answer: FinalAnswer,
  question: string,
  violations: readonly string[] = [],
): ReviewDemand | null {
  if (violations.length > 0) {
    return {
      policy: 'output_policy',
      reason: `The reply broke the output policy: ${violations.join('; ')}.`,
    };
  }
  const legal = policy.legalTopics ? (legalTopicIn(question) ?? legalTopicIn(answer.text)) : null;
  if (legal) {
    return {
      policy: 'legal_topic',
      reason: `The conversation touches a legal topic ("${legal}").`,
    };
  }
  if (
    policy.minConfidence !== null &&
    answer.confidence !== null &&
    !answer.handoffSuggested &&
    answer.confidence < policy.minConfidence
  ) {
    return {
      policy: 'low_confidence',
      reason: `Confidence ${answer.confidence.toFixed(2)} is below ${policy.minConfidence.toFixed(2)}.`,
    };
  }
  return null;
}

/** "$1,234.05", from integer cents without floating point. */
export function formatCents(cents: number): string {
  const dollars = Math.floor(cents / 100).toLocaleString('en-US');
  return `$${dollars}.${String(cents % 100).padStart(2, '0')}`;
}
