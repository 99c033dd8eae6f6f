import { z } from 'zod';
import type { KnowledgeSearchOutput } from './tools/search-knowledge-base.tool.js';
import { singleToolPlaybook, type Playbook } from '../../runtime/playbook.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';

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
    text: `${best.excerpt}\n\nSource: "${best.title}" in our help centre.`,
    citations: [{ kind: 'knowledge_article', id: best.id, slug: best.slug, title: best.title }],
    confidence: best.confidence,
    handoffSuggested: false,
  };
}

const orderTracking = singleToolPlaybook({
  agentKey: 'support',
  scenarioKey: 'order-tracking',
  tool: 'track_order',
  input: z.object({
    orderNumber: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}-\d{3,}$/, 'looks like JL-1042'),
  }),
  describe: () => 'Here is the latest on your order.',
});

const ticketEscalation: Playbook<{ message: string; customerEmail?: string | undefined }> = {
  agentKey: 'support',
  scenarioKey: 'ticket-escalation',
  input: z.object({
    message: z.string().trim().min(1).max(4000),
    customerEmail: z.email().optional(),
  }),
  plan: (input, previous) => {
    if (previous.length === 0)
      return [{ name: 'analyze_sentiment', input: { text: input.message } }];
    if (previous.length === 1)
      return [{ name: 'open_ticket', input: { ...input, sentiment: previous[0]?.output } }];
    return [];
  },
  respond: () => ({
    text: "I'm sorry about this. I've passed your conversation to a person on our team, who will reply here.",
    citations: [],
    confidence: null,
    handoffSuggested: true,
  }),
};

export const SUPPORT_PLAYBOOKS = [faqResolution, orderTracking, ticketEscalation] as Playbook[];
export const SUPPORT_DEFAULT_SCENARIO = 'faq-resolution';
