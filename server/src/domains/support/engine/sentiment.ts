import { SentimentIntensityAnalyzer } from 'vader-sentiment';

/**
 * VADER's own cut-offs for its compound score (Hutto & Gilbert, 2014): at or above +0.05 is
 * positive, at or below -0.05 negative, in between neutral.
 */
export const POSITIVE_COMPOUND = 0.05;
export const NEGATIVE_COMPOUND = -0.05;
/** At or below this compound score the customer is strongly upset whatever else the text shows. */
export const HIGH_EMOTION_COMPOUND = -0.5;
/** Exclamation marks that count as emphasis (one is punctuation, two is raising the voice). */
export const EXCLAMATION_EMPHASIS = 2;

export type SentimentLabel = 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE';
/** How upset the customer is (not how strong any feeling is: delighted shouting is LOW). */
export type EmotionIntensity = 'LOW' | 'MEDIUM' | 'HIGH';
export type IntentCue = 'refund' | 'cancel' | 'complaint' | 'legal' | 'human_request';
export type EscalationReason =
  'HIGH_EMOTION' | 'SENSITIVE_TOPIC' | 'HUMAN_REQUESTED' | 'LOW_CONFIDENCE';

export interface SentimentAnalysis {
  compound: number;
  pos: number;
  neg: number;
  neu: number;
  label: SentimentLabel;
  emotion: EmotionIntensity;
  /** Written in capitals (see `isShouting`) and how many exclamation marks. */
  shouting: boolean;
  exclamations: number;
  /** Sorted; from keywords, so a reader can see why (`cues`). */
  intents: IntentCue[];
  /** The words that matched each intent, lower-cased. */
  cues: Partial<Record<IntentCue, string[]>>;
  escalation: { escalate: boolean; reasons: EscalationReason[] };
}

// Word-bounded keyword patterns per intent; phrases allow any whitespace between their words.
const INTENT_PATTERNS: Record<IntentCue, RegExp> = {
  refund: /\b(refund(?:ed|s)?|money back|reimburse(?:d|ment)?|pay me back)\b/gi,
  cancel: /\b(cancel(?:led|ling|lation)?|call off)\b/gi,
  complaint:
    /\b(broken|broke|cracked|chipped|shattered|smashed|damaged|defective|faulty|wrong (?:item|size|colou?r|order)|missing|never (?:arrived|came)|(?:has|have|hasn't|haven't|has not|have not) (?:not )?arrived|late|unacceptable|disappointed|disappointing|terrible|awful|worst|complain(?:t|ing)?)\b/gi,
  legal:
    /\b(lawyers?|attorneys?|lawsuit|sue|suing|legal action|court|small claims|chargeback|consumer protection|trading standards|gdpr)\b/gi,
  human_request:
    /\b(human|real person|(?:speak|talk|chat) (?:to|with) (?:a |an |your )?(?:real |actual )?(?:person|someone|somebody|manager|supervisor|representative|agent)|manager|supervisor|representative|call me)\b/gi,
};

/** Intents that make a topic sensitive: nothing a bot should negotiate alone. */
const SENSITIVE_INTENTS: readonly IntentCue[] = ['legal'];

/**
 * Sentiment, emotion and intent of one customer message. Deterministic and local (VADER is a
 * lexicon and rules, no model call), so it is cheap enough to run on every message.
 *
 * Emotion (how upset), in order:
 * - HIGH: compound <= -0.5; or the text is not positive and shows two of: negative compound,
 *   shouting, two or more exclamation marks ("WHERE IS MY ORDER?!!" scores 0 with VADER).
 * - MEDIUM: negative compound, or not positive with shouting or two or more exclamation marks.
 * - LOW: anything else.
 *
 * Escalation (open a ticket for a person): HIGH emotion, a sensitive topic (legal), an explicit
 * request for a person, or low confidence: the customer is negative but no intent could be told
 * (the bot does not understand what went wrong, so a person should).
 */
export function analyzeSentiment(text: string): SentimentAnalysis {
  const scores = SentimentIntensityAnalyzer.polarity_scores(text);
  const compound = round(scores.compound);
  const label: SentimentLabel =
    compound >= POSITIVE_COMPOUND
      ? 'POSITIVE'
      : compound <= NEGATIVE_COMPOUND
        ? 'NEGATIVE'
        : 'NEUTRAL';
  const shouting = isShouting(text);
  const exclamations = (text.match(/!/g) ?? []).length;
  const emphasis = exclamations >= EXCLAMATION_EMPHASIS;
  const signals = [label === 'NEGATIVE', shouting, emphasis].filter(Boolean).length;
  const emotion: EmotionIntensity =
    compound <= HIGH_EMOTION_COMPOUND || (label !== 'POSITIVE' && signals >= 2)
      ? 'HIGH'
      : label === 'NEGATIVE' || (label !== 'POSITIVE' && (shouting || emphasis))
        ? 'MEDIUM'
        : 'LOW';
  const cues = intentCues(text);
  const intents = (Object.keys(cues) as IntentCue[]).sort();
  const reasons: EscalationReason[] = [];
  if (emotion === 'HIGH') reasons.push('HIGH_EMOTION');
  if (intents.some((i) => SENSITIVE_INTENTS.includes(i))) reasons.push('SENSITIVE_TOPIC');
  if (intents.includes('human_request')) reasons.push('HUMAN_REQUESTED');
  if (label === 'NEGATIVE' && intents.length === 0) reasons.push('LOW_CONFIDENCE');
  return {
    compound,
    pos: round(scores.pos),
    neg: round(scores.neg),
    neu: round(scores.neu),
    label,
    emotion,
    shouting,
    exclamations,
    intents,
    cues,
    escalation: { escalate: reasons.length > 0, reasons },
  };
}

/**
 * Shouting: at least three words of two or more letters written in capitals, making at least
 * half of such words. Words with digits (JL-1042) do not count, and requiring three keeps a
 * carrier's name or two ("UPS and USPS") from counting as shouting.
 */
export function isShouting(text: string): boolean {
  const words = (text.match(/[\p{L}\d'-]+/gu) ?? []).filter(
    (w) => !/\d/.test(w) && (w.match(/\p{L}/gu) ?? []).length >= 2,
  );
  const capitals = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase());
  return capitals.length >= 3 && capitals.length * 2 >= words.length;
}

function intentCues(text: string): Partial<Record<IntentCue, string[]>> {
  const cues: Partial<Record<IntentCue, string[]>> = {};
  for (const [intent, pattern] of Object.entries(INTENT_PATTERNS) as Array<[IntentCue, RegExp]>) {
    const found = [...text.matchAll(pattern)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' '));
    if (found.length > 0) cues[intent] = [...new Set(found)];
  }
  return cues;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
