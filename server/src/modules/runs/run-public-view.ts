import type { RunEntity, RunStatus, RunStepEntity } from '@zactonics/db';
import { stripMarkup } from '../../runtime/guardrails/markup.js';
import { checkReply, type ReplyPolicyContext } from '../../runtime/guardrails/output-policy.js';
import { redactText } from '../../runtime/guardrails/pii-redaction.js';

/**
 * What the widget (the customer's side) may see of a run. Built from an allow-list: the reply
 * text of the RESPONSE step, the article titles and slugs it cites, and state derived from the
 * run's status. Nothing else of a step is read into it (no `data`, no tool names, inputs or
 * outputs, no REASONING text), nor the run's input, tokens or cost, nor the system prompt.
 */

export const PUBLIC_HANDOFFS = ['NONE', 'WAITING_FOR_HUMAN', 'OFFERED'] as const;
export type PublicHandoff = (typeof PUBLIC_HANDOFFS)[number];

export interface PublicCitationView {
  title: string;
  slug: string;
}

export interface PublicRunViewData {
  runId: string;
  status: RunStatus;
  /** The reply so far (while it streams) or in full; null before there is one or when withheld. */
  replyText: string | null;
  /** Show a typing indicator: the run is queued or running and no reply text exists yet. */
  typing: boolean;
  handoff: PublicHandoff;
  citations: PublicCitationView[];
  /** The highest step seq the view reflects; a widget re-reads when `Run.lastSeq` passes it. */
  lastSeq: number;
}

export type RunForView = Pick<RunEntity, 'id' | 'status' | 'output' | 'lastSeq'>;
export type StepForView = Pick<RunStepEntity, 'seq' | 'kind' | 'detail' | 'data' | 'streaming'>;

/**
 * The public view of `run` from its steps. The reply shown is the text of a step still being
 * written (`streaming`; the executor streams a model's text into a REASONING step before it knows
 * whether that text is the answer), else the latest RESPONSE step's text. A finished REASONING
 * step is the agent's own note and is never shown. The text is redacted (card numbers, SSNs) and
 * stripped of markup; if it still breaks the output policy (quotes the system prompt, names a
 * tool, carries a script URL) it is withheld whatever the executor did with it, since this is the
 * last gate before the customer: a withheld final reply says a person will answer instead, a
 * withheld streaming text just stays hidden until the final reply is checked on its own.
 */
export function buildPublicRunView(
  run: RunForView,
  steps: readonly StepForView[],
  policy: ReplyPolicyContext,
): PublicRunViewData {
  const response = latest(steps.filter((s) => s.kind === 'RESPONSE'));
  const streaming = latest(steps.filter((s) => s.streaming && s.seq > (response?.seq ?? 0)));
  const source = streaming ?? response;
  const candidate = source?.detail ? sanitizeReply(source.detail) : null;
  const violates = candidate !== null && checkReply(candidate, policy).length > 0;
  const replyText = violates ? null : candidate;
  const withheld = violates && !streaming;
  const running = run.status === 'QUEUED' || run.status === 'RUNNING';
  return {
    runId: run.id,
    status: run.status,
    replyText,
    typing: running && replyText === null && !withheld,
    handoff: handoffOf(run, steps, withheld),
    citations:
      response && replyText !== null && source === response ? citationsOf(response.data) : [],
    lastSeq: Math.max(run.lastSeq, ...steps.map((s) => s.seq)),
  };
}

/** Redacted and without markup: what a reply may look like on a customer's screen. */
export function sanitizeReply(text: string): string {
  return stripMarkup(redactText(text).text);
}

function handoffOf(
  run: RunForView,
  steps: readonly StepForView[],
  withheld: boolean,
): PublicHandoff {
  if (run.status === 'WAITING_FOR_HUMAN' || withheld) return 'WAITING_FOR_HUMAN';
  // The FEEDBACK step says it before the run's output exists (between RESPONSE and COMPLETED).
  const feedback = latest(steps.filter((s) => s.kind === 'FEEDBACK'));
  if (run.output?.handoffSuggested === true || feedback?.data.handoffSuggested === true) {
    return 'OFFERED';
  }
  return 'NONE';
}

/** Only title and slug, and only when both are strings: citations are copied, never passed on. */
function citationsOf(data: Record<string, unknown>): PublicCitationView[] {
  const citations = Array.isArray(data.citations) ? (data.citations as unknown[]) : [];
  return citations.flatMap((c) => {
    if (typeof c !== 'object' || c === null) return [];
    const { title, slug } = c as Record<string, unknown>;
    return typeof title === 'string' && typeof slug === 'string'
      ? [{ title: sanitizeReply(title), slug }]
      : [];
  });
}

function latest<T extends { seq: number }>(steps: readonly T[]): T | undefined {
  return steps.reduce<T | undefined>((a, b) => (a && a.seq > b.seq ? a : b), undefined);
}
