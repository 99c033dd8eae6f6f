import type { AgentEntity } from '@zactonics/db';
import type { RequestContext } from '../context.js';
import { DomainError } from '../errors.js';
import type { HubMetrics } from '../observability/metrics.js';
import {
  ROUTABLE_AGENT_KEYS,
  TRAINING_UTTERANCES,
  type LabeledUtterances,
  type RoutableAgentKey,
} from './router-utterances.js';

/**
 * Below this posterior the router asks instead of guessing. Chosen from the held-out set
 * (router-utterances.ts): the off-topic and gibberish probes top out at 0.38 and the one misrouted
 * held-out message scored 0.44, while 56 of the 60 held-out messages score 0.5 or more and all of
 * those are routed correctly. 0.5 therefore asks about everything that was wrong or off-topic and
 * still routes over nine in ten real requests directly; the three correct ones below it (short,
 * vague messages such as "I need help with a return") get a question, which is the cheap error.
 */
export const ROUTE_CONFIDENCE_THRESHOLD = 0.5;

/** The same cap as other free-text input: enough for any real message, bounded work. */
export const MAX_ROUTE_MESSAGE_LENGTH = 4_000;

export interface RouteAlternative {
  agentKey: string;
  confidence: number;
}

/** Only keys, numbers and a question built from agent names: nothing an injection could pull out. */
export interface RouteResult {
  agentKey: string;
  confidence: number;
  needsClarification: boolean;
  clarifyingQuestion: string | null;
  alternatives: RouteAlternative[];
}

// Words that carry no intent; dropping them keeps off-topic questions ("what is the ...") from
// borrowing confidence from whichever agent's examples happen to start the same way.
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at for from by with about into over as is are was were ' +
    'be been am do does did i me my we us our you your it its this that these those there here ' +
    'what which who whom how when where why can could would should will shall may might must ' +
    'please hi hello hey just so than then too very some any all get got have has had not no ' +
    'up out off s t im ive whats wheres'
  ).split(' '),
);

/** A light suffix stripper: enough to make "invoices"/"invoice", "shipped"/"ship" meet. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Lowercased, stemmed content words, then unigrams plus adjacent bigrams. */
export function features(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w))
    // Order numbers, amounts and years differ in every message; their presence is the signal.
    .map((w) => (/^\d+$/.test(w) ? '#num' : stem(w)));
  const bigrams = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...words, ...bigrams];
}

/** Multinomial naive Bayes with Laplace smoothing; deterministic for a given training set. */
export class IntentClassifier {
  private readonly logPrior = new Map<RoutableAgentKey, number>();
  private readonly counts = new Map<RoutableAgentKey, Map<string, number>>();
  private readonly totals = new Map<RoutableAgentKey, number>();
  private readonly vocabulary = new Set<string>();

  constructor(training: LabeledUtterances) {
    const examples = ROUTABLE_AGENT_KEYS.reduce((n, key) => n + training[key].length, 0);
    for (const key of ROUTABLE_AGENT_KEYS) {
      const counts = new Map<string, number>();
      let total = 0;
      for (const utterance of training[key]) {
        for (const feature of features(utterance)) {
          counts.set(feature, (counts.get(feature) ?? 0) + 1);
          this.vocabulary.add(feature);
          total += 1;
        }
      }
      this.counts.set(key, counts);
      this.totals.set(key, total);
      this.logPrior.set(key, Math.log(training[key].length / examples));
    }
  }

  /** Posterior per agent, highest first (ties broken by the fixed agent order). */
  classify(text: string): RouteAlternative[] {
    // Features never seen in training say nothing about intent; keeping them would only favour
    // the class with the fewest training tokens. With none left, every agent is equally likely.
    const known = features(text).filter((f) => this.vocabulary.has(f));
    const v = this.vocabulary.size;
    const scores = ROUTABLE_AGENT_KEYS.map((key) => {
      const counts = this.counts.get(key) as Map<string, number>;
      const denominator = Math.log((this.totals.get(key) as number) + v);
      let score = known.length === 0 ? 0 : (this.logPrior.get(key) as number);
      for (const f of known) score += Math.log((counts.get(f) ?? 0) + 1) - denominator;
      return score;
    });
    // Softmax over log-likelihoods, shifted by the max so nothing underflows.
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return ROUTABLE_AGENT_KEYS.map((agentKey, i) => ({
      agentKey,
      confidence: (exps[i] as number) / sum,
    })).sort((a, b) => b.confidence - a.confidence);
  }
}

/** The agents the router may choose from, as the caller's workspace has them. */
export interface AgentDirectory {
  list(ctx: RequestContext): Promise<Pick<AgentEntity, 'key' | 'name' | 'enabled'>[]>;
}

/** Routes a free-text message with no agent to the most likely enabled agent of the workspace. */
export class MessageRouter {
  private readonly classifier: IntentClassifier;

  constructor(
    private readonly agents: AgentDirectory,
    training: LabeledUtterances = TRAINING_UTTERANCES,
    private readonly threshold = ROUTE_CONFIDENCE_THRESHOLD,
    /** Counts each classification (hub_router_calls_total, provider `classifier`). */
    private readonly metrics?: HubMetrics,
  ) {
    this.classifier = new IntentClassifier(training);
  }

  async route(ctx: RequestContext, text: string): Promise<RouteResult> {
    try {
      const routed = await this.classify(ctx, text);
      this.metrics?.routerCall({
        provider: 'classifier',
        agent: routed.agentKey,
        outcome: routed.needsClarification ? 'unsure' : 'routed',
      });
      return routed;
    } catch (error) {
      this.metrics?.routerCall({ provider: 'classifier', agent: '', outcome: 'error' });
      throw error;
    }
  }

  private async classify(ctx: RequestContext, text: string): Promise<RouteResult> {
    if (text.trim().length === 0) {
      throw new DomainError('INVALID_INPUT', 'The message is empty.', { field: 'text' });
    }
    if (text.length > MAX_ROUTE_MESSAGE_LENGTH) {
      throw new DomainError(
        'INVALID_INPUT',
        `The message is longer than ${MAX_ROUTE_MESSAGE_LENGTH} characters.`,
        { field: 'text', maxLength: MAX_ROUTE_MESSAGE_LENGTH },
      );
    }
    const enabled = (await this.agents.list(ctx)).filter((a) => a.enabled);
    const enabledKeys = new Set(enabled.map((a) => a.key));
    // Posteriors are not renormalised over the enabled agents: with the right agent disabled,
    // the next one's honest (low) confidence is what should trigger a clarifying question.
    const ranked = this.classifier.classify(text).filter((c) => enabledKeys.has(c.agentKey));
    const best = ranked[0];
    if (!best) {
      throw new DomainError('AGENT_DISABLED', 'No agent is enabled in this workspace.');
    }
    const needsClarification = best.confidence < this.threshold;
    return {
      agentKey: best.agentKey,
      confidence: best.confidence,
      needsClarification,
      clarifyingQuestion: needsClarification ? clarifyingQuestion(enabled) : null,
      alternatives: ranked.slice(0, 3).map((c) => ({ ...c })),
    };
  }
}

/** The question asked when no agent is likely enough: it names every enabled agent. */
export function clarifyingQuestion(agents: Pick<AgentEntity, 'name'>[]): string {
  const names = agents.map((a) => a.name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
  return `I'm not sure who should handle that. I can help with ${list}. Which is it about?`;
}
