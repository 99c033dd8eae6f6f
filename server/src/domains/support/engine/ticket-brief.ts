import type { TicketPriority } from '@zactonics/db';
import type { OrderFact } from './order-facts.js';
import {
  analyzeSentiment,
  type EscalationReason,
  type IntentCue,
  type SentimentAnalysis,
  type SentimentLabel,
} from './sentiment.js';

/** What a person taking over reads first; stored as the ticket's `brief`. */
export interface TicketBrief {
  summary: string;
  customer: { email: string | null; name: string | null };
  /** The message that opened the ticket. */
  latest: Pick<SentimentAnalysis, 'compound' | 'label' | 'emotion' | 'intents'> & { text: string };
  escalationReasons: EscalationReason[];
  /** VADER compound per customer message of the conversation, oldest first. */
  sentimentTrend: Array<{ at: string; compound: number; label: SentimentLabel }>;
  /** The customer's orders, newest first. */
  orderFacts: OrderFact[];
  recommendedResolution: { summary: string; actions: ResolutionAction[] };
}

export type ResolutionActionKind =
  | 'OWNER_REVIEW'
  | 'REPLACEMENT'
  | 'REFUND_OFFER'
  | 'REPLACEMENT_OR_REFUND'
  | 'APOLOGY'
  | 'SHIPPING_REFUND'
  | 'REFUND_REVIEW'
  | 'CANCEL_IF_UNSHIPPED'
  | 'PERSONAL_REPLY';

export interface ResolutionAction {
  action: ResolutionActionKind;
  orderNumber: string | null;
  detail: string;
}

export interface BriefFacts {
  customer: { email: string | null; name: string | null };
  /** The customer's messages of the conversation, oldest first (the latest is the last). */
  customerMessages: ReadonlyArray<{ text: string; at: Date }>;
  orders: readonly OrderFact[];
}

export interface DraftTicket {
  subject: string;
  priority: TicketPriority;
  brief: TicketBrief;
}

const DAMAGE = /\b(broken|broke|cracked|chipped|shattered|smashed|damaged|defective)\b/i;
const REPEAT = /\b(second time|third time|again|twice|another one|once more)\b/i;
/** A trend moves when the compound score changed by at least this much from first to last. */
const TREND_DELTA = 0.2;

/**
 * The ticket for a conversation: subject, priority and brief, by rules a shop owner can read and
 * change (no model): the same facts give the same ticket.
 */
export function draftTicket(facts: BriefFacts): DraftTicket {
  const latestMessage = facts.customerMessages.at(-1);
  if (!latestMessage) throw new Error('a ticket needs at least one customer message');
  const analyses = facts.customerMessages.map((m) => ({
    ...m,
    analysis: analyzeSentiment(m.text),
  }));
  const latest = analyses.at(-1)?.analysis as SentimentAnalysis;
  const allText = facts.customerMessages.map((m) => m.text).join('\n');
  const intents = new Set<IntentCue>(analyses.flatMap((a) => a.analysis.intents));
  const damage = DAMAGE.test(allText) ? { repeat: REPEAT.test(allText) } : null;
  const late = facts.orders.filter((o) => o.late);
  const actions = recommend({
    intents,
    damage,
    late,
    damagedOrder: damagedOrder(facts.orders, allText),
  });
  const trend = analyses.map((a) => ({
    at: a.at.toISOString(),
    compound: a.analysis.compound,
    label: a.analysis.label,
  }));
  const brief: TicketBrief = {
    summary: summarize(facts, latest, latestMessage.text, trend, late),
    customer: facts.customer,
    latest: {
      text: latestMessage.text,
      compound: latest.compound,
      label: latest.label,
      emotion: latest.emotion,
      intents: latest.intents,
    },
    escalationReasons: latest.escalation.reasons,
    sentimentTrend: trend,
    orderFacts: [...facts.orders],
    recommendedResolution: { summary: actions.map((a) => a.detail).join(' '), actions },
  };
  return {
    subject: subjectOf(facts.customer, intents, damage, late),
    priority: intents.has('legal')
      ? 'URGENT'
      : latest.emotion === 'HIGH' || damage?.repeat
        ? 'HIGH'
        : 'NORMAL',
    brief,
  };
}

/**
 * The rules, in the order a person would act: a legal matter goes to the owner first; a broken
 * item is replaced (twice broken: replaced and a refund offered on top, the customer's choice);
 * each late order gets an apology and its shipping refunded; then what the customer asked for.
 */
function recommend(facts: {
  intents: ReadonlySet<IntentCue>;
  damage: { repeat: boolean } | null;
  late: readonly OrderFact[];
  damagedOrder: string | null;
}): ResolutionAction[] {
  const actions: ResolutionAction[] = [];
  if (facts.intents.has('legal')) {
    actions.push({
      action: 'OWNER_REVIEW',
      orderNumber: null,
      detail: 'A legal matter was raised: the owner replies personally; promise nothing in chat.',
    });
  }
  if (facts.damage?.repeat) {
    actions.push(
      {
        action: 'REPLACEMENT',
        orderNumber: facts.damagedOrder,
        detail:
          'The item arrived broken more than once: send a replacement at no charge, packed with extra protection.',
      },
      {
        action: 'REFUND_OFFER',
        orderNumber: facts.damagedOrder,
        detail: 'Offer a full refund of the item instead, without asking for it back.',
      },
    );
  } else if (facts.damage) {
    actions.push({
      action: 'REPLACEMENT_OR_REFUND',
      orderNumber: facts.damagedOrder,
      detail: 'The item arrived broken: offer a replacement or a refund, the customer chooses.',
    });
  }
  for (const order of facts.late) {
    actions.push(
      {
        action: 'APOLOGY',
        orderNumber: order.number,
        detail: `Apologise that ${order.number} is ${order.daysLate} day(s) past its promised date, with its latest tracking.`,
      },
      {
        action: 'SHIPPING_REFUND',
        orderNumber: order.number,
        detail: `Refund the shipping of ${order.number}.`,
      },
    );
  }
  if (facts.intents.has('refund') && !facts.damage && facts.late.length === 0) {
    actions.push({
      action: 'REFUND_REVIEW',
      orderNumber: null,
      detail: 'Check the refund request against the returns policy (30 days from delivery).',
    });
  }
  if (facts.intents.has('cancel')) {
    actions.push({
      action: 'CANCEL_IF_UNSHIPPED',
      orderNumber: null,
      detail: 'Cancel the order if it has not shipped yet; otherwise explain how to return it.',
    });
  }
  if (actions.length === 0) {
    actions.push({
      action: 'PERSONAL_REPLY',
      orderNumber: null,
      detail: 'Reply personally: acknowledge the problem and ask what would put it right.',
    });
  }
  return actions;
}

/**
 * The delivered order the broken item most likely came from: the newest delivered order with an
 * item whose name shares a word with what the customer wrote ("mug" and "Sage Glaze Stoneware
 * Mug"). Null when none does: the person asks.
 */
function damagedOrder(orders: readonly OrderFact[], text: string): string | null {
  const written = new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const match = orders.find(
    (o) =>
      o.status === 'DELIVERED' &&
      o.items.some((item) =>
        (item.toLowerCase().match(/\p{L}{3,}/gu) ?? []).some((w) => written.has(w)),
      ),
  );
  return match?.number ?? null;
}

function subjectOf(
  customer: BriefFacts['customer'],
  intents: ReadonlySet<IntentCue>,
  damage: { repeat: boolean } | null,
  late: readonly OrderFact[],
): string {
  const topics: string[] = [];
  if (intents.has('legal')) topics.push('Legal matter raised');
  if (damage) topics.push(damage.repeat ? 'Item arrived broken again' : 'Item arrived broken');
  if (late.length > 0) topics.push(`Late order ${late.map((o) => o.number).join(', ')}`);
  if (intents.has('refund')) topics.push('refund requested');
  if (intents.has('cancel')) topics.push('cancellation requested');
  if (topics.length === 0)
    topics.push(intents.has('human_request') ? 'Asked for a person' : 'Upset customer');
  const who = customer.name ?? customer.email ?? 'anonymous visitor';
  const subject = `${topics.join('; ')} (${who})`;
  return (subject.charAt(0).toUpperCase() + subject.slice(1)).slice(0, 200);
}

function summarize(
  facts: BriefFacts,
  latest: SentimentAnalysis,
  latestText: string,
  trend: TicketBrief['sentimentTrend'],
  late: readonly OrderFact[],
): string {
  const who = facts.customer.name
    ? `${facts.customer.name} (${facts.customer.email})`
    : (facts.customer.email ?? 'An anonymous visitor');
  const mood = { HIGH: 'very upset', MEDIUM: 'unhappy', LOW: 'calm' }[latest.emotion];
  const wants = latest.intents.length > 0 ? `; cues: ${latest.intents.join(', ')}` : '';
  const quoted = latestText.length > 300 ? `${latestText.slice(0, 297)}...` : latestText;
  const parts = [
    `${who} is ${mood} (VADER compound ${latest.compound}${wants}).`,
    `Latest message: "${quoted}"`,
  ];
  const first = trend[0];
  const last = trend.at(-1);
  if (first && last && trend.length > 1) {
    const delta = last.compound - first.compound;
    const direction =
      delta <= -TREND_DELTA ? 'worsening' : delta >= TREND_DELTA ? 'improving' : 'steady';
    parts.push(
      `Sentiment over ${trend.length} messages: ${direction} (${first.compound} to ${last.compound}).`,
    );
  }
  if (facts.orders.length > 0) {
    const described = facts.orders.map((o) =>
      o.late
        ? `${o.number} ${o.status.toLowerCase().replace(/_/g, ' ')}, ${o.daysLate} day(s) late`
        : `${o.number} ${o.status.toLowerCase().replace(/_/g, ' ')}, on time`,
    );
    parts.push(`Orders: ${described.join('; ')}.`);
  } else {
    parts.push('No orders on file for this customer.');
  }
  if (late.length === 0 && facts.orders.length > 0) parts.push('No order is late.');
  return parts.join(' ');
}
