import { describe, expect, it } from 'vitest';
import type { FinalAnswer } from './model-gateway.js';
import {
  formatCents,
  legalTopicIn,
  parseReviewPolicy,
  editableTextField,
  reviewedTextField,
  reviewReply,
  reviewToolCall,
  type ToolReview,
} from './review-policy.js';

const defaults = parseReviewPolicy({});
const refund: ToolReview = { kind: 'refund', amountCents: (input) => Number(input.amountCents) };
const email: ToolReview = { kind: 'outbound', textField: 'body' };
const publication: ToolReview = { kind: 'publication', textField: 'body' };

function answer(overrides: Partial<FinalAnswer> = {}): FinalAnswer {
  return {
    text: 'Returns are free within 30 days.',
    citations: [],
    confidence: 0.8,
    handoffSuggested: false,
    ...overrides,
  };
}

describe('parseReviewPolicy', () => {
  it('fills an empty policy with the safe defaults: $500 refunds, legal topics, untrusted outbound, one day', () => {
    expect(defaults).toEqual({
      refundLimitCents: 50_000,
      legalTopics: true,
      minConfidence: 0.3,
      outboundTrusted: false,
      approvalTtlMinutes: 1440,
    });
  });

  it('keeps the fields an owner set and falls back to defaults when the stored policy is malformed', () => {
    expect(parseReviewPolicy({ refundLimitCents: 10_000 }).refundLimitCents).toBe(10_000);
    expect(parseReviewPolicy({ refundLimitCents: -5 })).toEqual(defaults);
  });
});

describe('reviewToolCall', () => {
  it('holds a refund over the limit with its amount and lets one at the limit through', () => {
    expect(reviewToolCall(defaults, refund, { amountCents: 50_001 })).toEqual({
      policy: 'refund_limit',
      reason: 'A refund of $500.01 is over the $500.00 limit.',
      amountCents: 50_001,
    });
    expect(reviewToolCall(defaults, refund, { amountCents: 50_000 })).toBeNull();
  });

  it('holds every outbound message until the owner trusts the agent', () => {
    expect(reviewToolCall(defaults, email, { body: 'Hi' })?.policy).toBe('outbound_untrusted');
    expect(
      reviewToolCall({ ...defaults, outboundTrusted: true }, email, { body: 'Hi' }),
    ).toBeNull();
  });

  it('holds every publication, even when the owner trusts the agent with outbound messages', () => {
    const demand = {
      policy: 'publication',
      reason: "Publishing to the shop's blog or social accounts always waits for a person.",
    };
    expect(reviewToolCall(defaults, publication, { body: 'Post' })).toEqual(demand);
    expect(
      reviewToolCall({ ...defaults, outboundTrusted: true }, publication, { body: 'Post' }),
    ).toEqual(demand);
  });

  it('names the field a person may edit for outbound messages and publications, none for a refund', () => {
    expect(reviewedTextField(email)).toBe('body');
    expect(reviewedTextField(publication)).toBe('body');
    expect(reviewedTextField(refund)).toBeNull();
    expect(reviewedTextField(undefined)).toBeNull();
    expect(editableTextField(email)).toBe('body');
    expect(editableTextField(publication)).toBe('body');
    expect(editableTextField(refund)).toBeNull();
  });

  it('shows a schedule’s summary for review but takes no edit of it', () => {
    const schedule: ToolReview = { kind: 'publication', textField: 'summary', editable: false };
    expect(reviewedTextField(schedule)).toBe('summary');
    expect(editableTextField(schedule)).toBeNull();
  });

  it('never holds a tool that declares no review', () => {
    expect(reviewToolCall(defaults, undefined, { amountCents: 10_000_000 })).toBeNull();
  });
});

describe('reviewReply', () => {
  it('holds a reply when the question mentions a lawyer, naming the word', () => {
    expect(reviewReply(defaults, answer(), 'My lawyer says your warranty is void?')).toEqual({
      policy: 'legal_topic',
      reason: 'The conversation touches a legal topic ("lawyer").',
    });
  });

  it('does not mistake ordinary words that contain legal ones for legal topics', () => {
    expect(legalTopicIn('Is the suede courtesy bag on sale?')).toBeNull();
    expect(reviewReply({ ...defaults, legalTopics: false }, answer(), 'I will sue you')).toBeNull();
  });

  it('holds a confident-sounding reply with weak evidence, but not one that already offers a person', () => {
    expect(reviewReply(defaults, answer({ confidence: 0.2 }), 'gift cards?')?.reason).toBe(
      'Confidence 0.20 is below 0.30.',
    );
    expect(
      reviewReply(defaults, answer({ confidence: 0.2, handoffSuggested: true }), 'x'),
    ).toBeNull();
    expect(reviewReply(defaults, answer({ confidence: null }), 'x')).toBeNull();
  });

  it('holds a reply that broke the output policy before anything else', () => {
    expect(
      reviewReply(defaults, answer(), 'hi', ['names the internal tool "issue_refund"']),
    ).toEqual({
      policy: 'output_policy',
      reason: 'The reply broke the output policy: names the internal tool "issue_refund".',
    });
  });
});

describe('formatCents', () => {
  it('formats integer cents with thousands separators and two decimals', () => {
    expect(formatCents(123_456_705)).toBe('$1,234,567.05');
    expect(formatCents(7)).toBe('$0.07');
  });
});
