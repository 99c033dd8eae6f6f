import { z } from 'zod';
import type { Tool } from '../../../runtime/tool-registry.js';
import { analyzeSentiment, type SentimentAnalysis } from '../engine/sentiment.js';

const input = z.object({ text: z.string().trim().min(1).max(4000) });

/**
 * VADER sentiment of a customer's message, how upset they are, what they want (keyword cues) and
 * whether a person should take over. The thresholds are in ../sentiment.ts.
 */
export function analyzeSentimentTool(): Tool<z.infer<typeof input>, SentimentAnalysis> {
  return {
    name: 'analyze_sentiment',
    description:
      "Analyzes a customer's message: VADER sentiment (compound -1..1, pos/neg/neu), a label, " +
      'how upset the customer is (LOW/MEDIUM/HIGH), intent cues (refund, cancel, complaint, legal, ' +
      'human_request) and whether to escalate to a person (escalation.escalate with reasons).',
    input,
    execute: (_ctx, { text }) => Promise.resolve(analyzeSentiment(text)),
    summarize: (a) =>
      `${a.label.toLowerCase()} (compound ${a.compound}), emotion ${a.emotion}` +
      (a.intents.length > 0 ? `, cues: ${a.intents.join(', ')}` : '') +
      (a.escalation.escalate
        ? `; escalate (${a.escalation.reasons.join(', ')})`
        : '; no escalation'),
  };
}
