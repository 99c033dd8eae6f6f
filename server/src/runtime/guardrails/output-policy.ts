import { findHostileMarkup } from './markup.js';
import { redactText } from './pii-redaction.js';

/**
 * Checks a reply before it reaches a customer. A reply with a violation goes to a person for
 * review instead (the executor's job); the public run view also withholds it (run-public-view.ts).
 * Money figures that did not come from a tool are not checked here: that needs the tool results
 * and is left to the grounding check.
 */

export const OUTPUT_POLICY_RULES = [
  /** The reply quotes the system prompt (a 60-character stretch, or 12 words in a row). */
  'SYSTEM_PROMPT_LEAK',
  /** The reply names one of the agent's tools (`search_knowledge_base`). */
  'INTERNAL_TOOL_NAME',
  /** The reply contains a payment card number or an SSN. */
  'PII',
  /** The reply contains script, iframe or event-handler markup, or a script URL. */
  'HOSTILE_MARKUP',
] as const;
export type OutputPolicyRule = (typeof OUTPUT_POLICY_RULES)[number];

export interface PolicyViolation {
  rule: OutputPolicyRule;
  /** For the person reviewing the reply (console only): what was found. */
  detail: string;
}

export interface ReplyPolicyContext {
  systemPrompt: string;
  toolNames: readonly string[];
}

/**
 * A stretch of the system prompt this long, repeated in a reply, is a quote, not a coincidence:
 * 60 characters is about ten words, longer than any stock phrase the prompt and a polite reply
 * could share ("Juniper Lane Goods" is 18).
 */
export const LEAK_WINDOW_CHARS = 60;
/** The same in words, which survives changed punctuation and line breaks. */
export const LEAK_WINDOW_WORDS = 12;

/** The policy violations of `reply`; empty when it may go to the customer. */
export function checkReply(reply: string, context: ReplyPolicyContext): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const leak = findPromptLeak(reply, context.systemPrompt);
  if (leak) {
    violations.push({ rule: 'SYSTEM_PROMPT_LEAK', detail: `repeats the system prompt: "${leak}"` });
  }
  const tools = findToolNames(reply, context.toolNames);
  if (tools.length > 0) {
    violations.push({ rule: 'INTERNAL_TOOL_NAME', detail: `names ${tools.join(', ')}` });
  }
  const { redactions } = redactText(reply);
  if (redactions.card + redactions.ssn > 0) {
    violations.push({
      rule: 'PII',
      detail: `contains ${plural(redactions.card, 'card number')} and ${plural(redactions.ssn, 'SSN')}`,
    });
  }
  const markup = findHostileMarkup(reply);
  if (markup.length > 0) {
    violations.push({
      rule: 'HOSTILE_MARKUP',
      detail: markup.map((m) => `${m.kind}: ${m.excerpt}`).join('; '),
    });
  }
  return violations;
}

/**
 * The first fragment of `systemPrompt` that `reply` repeats (a window of `LEAK_WINDOW_CHARS`
 * characters or `LEAK_WINDOW_WORDS` words, compared without case or spacing differences), or
 * null. A prompt shorter than a window is a leak only when repeated whole.
 */
export function findPromptLeak(reply: string, systemPrompt: string): string | null {
  const prompt = normalize(systemPrompt);
  const text = normalize(reply);
  if (prompt.length === 0) return null;

  const size = Math.min(LEAK_WINDOW_CHARS, prompt.length);
  const replyWindows = new Set<string>();
  for (let i = 0; i + size <= text.length; i++) replyWindows.add(text.slice(i, i + size));
  for (let i = 0; i + size <= prompt.length; i++) {
    const window = prompt.slice(i, i + size);
    if (replyWindows.has(window)) return window;
  }

  const promptWords = words(prompt);
  const replyWords = words(text);
  const n = Math.min(LEAK_WINDOW_WORDS, promptWords.length);
  if (n === 0) return null;
  const replyGrams = new Set<string>();
  for (let i = 0; i + n <= replyWords.length; i++) {
    replyGrams.add(replyWords.slice(i, i + n).join(' '));
  }
  for (let i = 0; i + n <= promptWords.length; i++) {
    const gram = promptWords.slice(i, i + n).join(' ');
    if (replyGrams.has(gram)) return gram;
  }
  return null;
}

/**
 * The tools `reply` names. Only names with an underscore count: `track_order` is an internal
 * identifier nobody writes by chance, while a one-word tool name ("refund") is ordinary English.
 * The camelCase spelling counts too; kebab-case does not ("/track-order" is a plausible page).
 */
export function findToolNames(reply: string, toolNames: readonly string[]): string[] {
  return toolNames.filter((name) => {
    if (!name.includes('_')) return false;
    const spellings = [name, toCamelCase(name)];
    return spellings.some((spelling) =>
      new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(spelling)}(?![A-Za-z0-9_-])`, 'i').test(reply),
    );
  });
}

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}']+/gu) ?? [];
}

function toCamelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
