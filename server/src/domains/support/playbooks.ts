import { z } from 'zod';
import type { KnowledgeSearchOutput } from './tools/search-knowledge-base.tool.js';
import type { TrackOrderOutput } from './tools/track-order.tool.js';
import { orderTrackingReply } from './order-reply.js';
import { answerFirst } from './engine/answer-first.js';
import { normalizeOrderNumber } from '../../modules/orders/order-number.js';
import type { Playbook } from '../../runtime/playbook.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';
import { ticketEscalation } from './ticket-escalation.playbook.js';

/** Below this share of the question's terms found in the best article, support offers a person. */
export const ANSWER_CONFIDENCE_THRESHOLD = 0.5;

const question = z
  .object({
    question: z.string().trim().min(1).max(4000).optional(),
    message: z.string().trim().min(1).max(4000).optional(),
    // Kept so a run outside any conversation can still recall (and store) the customer's facts.
    customerEmail: z.email().optional(),
  })
  .refine((v) => v.question ?? v.message, { message: 'question (or message) is required' })
  .transform((v) => ({
    question: (v.question ?? v.message) as string,
    ...(v.customerEmail ? { customerEmail: v.customerEmail } : {}),
  }));

const faqResolution: Playbook<z.infer<typeof question>> = {
  agentKey: 'support',
  scenarioKey: 'faq-resolution',
  input: question,
  plan: (input, previous) =>
    previous.length === 0
      ? [{ name: 'search_knowledge_base', input: { query: input.question } }]
      : [],
  respond: (_input, results) => answerFromArticles(results[0]?.output as KnowledgeSearchOutput),
  // A routed message is the customer's question.
  fromMessage: (message) => ({ question: message }),
};

function answerFromArticles(search: KnowledgeSearchOutput): FinalAnswer {
  const best = search.matches[0];
  if (!best || best.confidence < ANSWER_CONFIDENCE_THRESHOLD) {
    return {
      text:
        "I'm not sure about that one: I couldn't find it in our help centre. " +
        'Would you like me to connect you with a person from our team?',
      citations: [],
      confidence: best?.confidence ?? 0,
      handoffSuggested: true,
    };
  }
  return {
    text: `${answerFirst(best.excerpt)}\n\nSource: "${best.title}" in our help centre.`,
    citations: [{ kind: 'knowledge_article', id: best.id, slug: best.slug, title: best.title }],
    confidence: best.confidence,
    handoffSuggested: false,
  };
}

/** Order numbers as the shop prints them: two letters, a dash, digits (JL-1042). */
const ORDER_NUMBER = /^[A-Z]{2}-\d{3,}$/;

const orderTrackingInput = z.object({
  // Customers type "#jl-1042": normalized before the shape is checked, so that is accepted.
  orderNumber: z.string().overwrite(normalizeOrderNumber).regex(ORDER_NUMBER, 'looks like JL-1042'),
  // When given, somebody else's order is answered like an unknown one (privacy).
  customerEmail: z.email().optional(),
});

const orderTracking: Playbook<z.infer<typeof orderTrackingInput>> = {
  agentKey: 'support',
  scenarioKey: 'order-tracking',
  input: orderTrackingInput,
  plan: (input, previous) =>
    previous.length === 0
      ? [
          {
            name: 'track_order',
            input: {
              orderNumber: input.orderNumber,
              ...(input.customerEmail ? { customerEmail: input.customerEmail } : {}),
            },
          },
        ]
      : [],
  respond: (_input, results) => orderTrackingReply(results[0]?.output as TrackOrderOutput),
};

export const SUPPORT_PLAYBOOKS: Playbook[] = [faqResolution, orderTracking, ticketEscalation];
