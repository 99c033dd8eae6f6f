/**
 * List prices of the Anthropic models the hub may run, in USD per million tokens.
 *
 * Prices are Anthropic's public list prices (platform.claude.com/docs/en/about-claude/pricing) as
 * of 2026-10-24, including the Sonnet 5.5 cache-read cut of 2026-10-07. Cache writes use the
 * 5-minute rate, the TTL the provider requests. Haiku 5.5 is priced in two bands by prompt length;
 * only the band for prompts up to 100,000 tokens is listed (agent prompts stay far below it).
 * Batch, fast-mode and negotiated prices are out of scope. Update PRICES_AS_OF with the table.
 *
 * A model missing here costs 0 and is reported with `priced: false`, so spend is never invented
 * and callers can tell "free" from "unknown" without a warning on every call.
 */
export const PRICES_AS_OF = '2026-10-24';

export interface ModelPrice {
  /** Each rate is USD per million tokens, written as a decimal string so it is parsed exactly. */
  input: string;
  output: string;
  cacheWrite: string;
  cacheRead: string;
}

export const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = Object.freeze({
  'claude-opus-5-5': { input: '4', output: '20', cacheWrite: '5', cacheRead: '0.20' },
  'claude-sonnet-5-5': { input: '2', output: '10', cacheWrite: '2.50', cacheRead: '0.10' },
  'claude-haiku-5-5': { input: '0.10', output: '0.50', cacheWrite: '0.125', cacheRead: '0.01' },
  'claude-opus-5': { input: '5', output: '25', cacheWrite: '6.25', cacheRead: '0.50' },
  'claude-sonnet-5': { input: '2', output: '10', cacheWrite: '2.50', cacheRead: '0.20' },
  'claude-opus-4-8': { input: '5', output: '25', cacheWrite: '6.25', cacheRead: '0.50' },
  'claude-sonnet-4-6': { input: '3', output: '15', cacheWrite: '3.75', cacheRead: '0.30' },
  'claude-haiku-4-5': { input: '1', output: '5', cacheWrite: '1.25', cacheRead: '0.10' },
});

export interface TokenUsage {
  /** Uncached input tokens (the API's `input_tokens`). */
  inputTokens: number;
  outputTokens: number;
  cacheCreationInputTokens: number;
  cacheReadInputTokens: number;
}

export interface Cost {
  /** USD with exactly 6 decimals, e.g. "0.001250". */
  costUsd: string;
  /** Whole micro-dollars, rounded half up once, after summing every category. */
  microUsd: bigint;
  /** False when the model is not in the table (the cost is then 0). */
  priced: boolean;
}

// Rates are held as micro-dollars per million tokens, an integer for every listed price (the
// finest is $0.001/MTok), so token x rate is exact and one division rounds the total.
const MICRO_PER_USD = 1_000_000n;
const TOKENS_PER_RATE = 1_000_000n;

export function costOf(model: string, usage: TokenUsage): Cost {
  const price = MODEL_PRICES[model];
  if (!price) return { costUsd: '0.000000', microUsd: 0n, priced: false };
  const scaled =
    tokens(usage.inputTokens) * microRate(price.input) +
    tokens(usage.outputTokens) * microRate(price.output) +
    tokens(usage.cacheCreationInputTokens) * microRate(price.cacheWrite) +
    tokens(usage.cacheReadInputTokens) * microRate(price.cacheRead);
  const microUsd = (scaled + TOKENS_PER_RATE / 2n) / TOKENS_PER_RATE;
  return { costUsd: formatMicroUsd(microUsd), microUsd, priced: true };
}

/** 1234567n -> "1.234567" */
export function formatMicroUsd(microUsd: bigint): string {
  const whole = microUsd / MICRO_PER_USD;
  const fraction = (microUsd % MICRO_PER_USD).toString().padStart(6, '0');
  return `${whole}.${fraction}`;
}

/** "0.125" -> 125000n micro-dollars; throws on anything finer than a micro-dollar. */
function microRate(usdPerMillion: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(usdPerMillion);
  if (!match) throw new Error(`invalid price "${usdPerMillion}"`);
  const [, whole = '0', fraction = ''] = match;
  return BigInt(whole) * MICRO_PER_USD + BigInt(fraction.padEnd(6, '0'));
}

function tokens(count: number): bigint {
  return Number.isSafeInteger(count) && count > 0 ? BigInt(count) : 0n;
}
