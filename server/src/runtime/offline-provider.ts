import type {
  DecideHooks,
  ModelDecision,
  ModelProvider,
  ModelRequest,
  ToolCall,
} from './model-gateway.js';
import { NO_USAGE } from './model-gateway.js';
import type { PlaybookBook } from './playbook-book.js';

/** Words per streamed chunk of an offline reply: a few, like a model's deltas. */
const WORDS_PER_CHUNK = 4;

/**
 * The embedded default when no model is configured: it follows the scenario's playbook, so it
 * makes the same real tool calls a model would and writes the reply from templates over their
 * results. It is labeled "offline" everywhere and never pretends to be a model.
 */
export class OfflineProvider implements ModelProvider {
  readonly name = 'offline';

  constructor(private readonly playbooks: PlaybookBook) {}

  async decide(request: ModelRequest, hooks: DecideHooks = {}) {
    const playbook = this.playbooks.forScenario(request.scenarioKey);
    const input = playbook.input.parse(request.input);
    const previous = request.rounds.flatMap((r) => r.results);
    const planned = playbook.plan(input, previous);
    const round = request.rounds.length;
    const decision: ModelDecision =
      planned.length > 0
        ? {
            type: 'tool_calls',
            reasoning: `Playbook "${playbook.scenarioKey}", round ${round + 1}: call ${planned.map((c) => c.name).join(', ')}.`,
            calls: planned.map((call, i): ToolCall => ({ id: `offline-${round}-${i}`, ...call })),
          }
        : {
            type: 'final',
            reasoning: `Playbook "${playbook.scenarioKey}": writing the reply from ${previous.length} tool result(s).`,
            answer: playbook.respond(input, previous),
          };
    // The reply is streamed like a model's, so watchers see it grow on the embedded default too
    // (all at once and in a fixed way: nothing here waits).
    if (decision.type === 'final' && hooks.onText) {
      for (const chunk of wordChunks(decision.answer.text, WORDS_PER_CHUNK)) hooks.onText(chunk);
    }
    return { decision, usage: NO_USAGE };
  }
}

/** `text` cut after every `size` words, keeping all whitespace: the chunks join back to `text`. */
export function wordChunks(text: string, size: number): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += size) chunks.push(words.slice(i, i + size).join(''));
  return chunks;
}
