import type { RunEntity } from '@zactonics/db';
import type { RunJournal } from './run-journal.js';

/** A reply fixed before the run starts: nothing is left for a model or a tool to decide. */
export interface DirectReply {
  text: string;
  handoffSuggested: boolean;
  /** Kept in the output next to the text, e.g. `{ clarification: { candidates } }`. */
  extra?: Record<string, unknown>;
}

/**
 * Finishes a just-created run with a reply that was already written when it was created (the
 * router's clarifying question, a handover, what an agent can do). Through the journal, so the
 * run still moves QUEUED -> RUNNING -> SUCCEEDED with gapless steps: TRIGGER, RESPONSE, FEEDBACK,
 * COMPLETED. No queue slot, no executor, no tools: there is nothing to execute.
 */
export async function finishWithReply(
  journal: RunJournal,
  run: RunEntity,
  reply: DirectReply,
  workerId: string,
): Promise<RunEntity> {
  // 'offline': no model wrote this reply, whatever provider the hub has.
  const claimed = await journal.claim(run.id, workerId, 'offline');
  if (!claimed) return run; // cancelled in between: that outcome stands
  await journal.append(run.id, {
    kind: 'RESPONSE',
    title: 'Wrote the reply',
    detail: reply.text,
    data: { text: reply.text, citations: [] },
  });
  await journal.append(run.id, {
    kind: 'FEEDBACK',
    title: reply.handoffSuggested ? 'Offered a person' : 'Reply checked',
    data: { confidence: null, grounded: false, handoffSuggested: reply.handoffSuggested },
  });
  const finished = await journal.finish(run.id, {
    status: 'SUCCEEDED',
    title: 'Run completed',
    output: {
      text: reply.text,
      citations: [],
      confidence: null,
      handoffSuggested: reply.handoffSuggested,
      provider: 'offline',
      ...reply.extra,
    },
  });
  return finished ?? claimed.run;
}
