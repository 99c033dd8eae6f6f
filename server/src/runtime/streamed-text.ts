import { RunStepEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import { topics, type PubSub } from '../events/pub-sub.js';
import { redactText } from './guardrails/pii-redaction.js';

/** Text appended to an open step: `text` starts at character `offset` of the step's `detail`. */
export interface TextDelta {
  offset: number;
  text: string;
}

/**
 * What the run-step topic carries: a step as persisted (opened, or final), or, with `textDelta`,
 * text just written into the open step `seq` (then `detail` is null: the delta is the news).
 */
export type RunStepEvent = RunStepEntity & { textDelta?: TextDelta };

/**
 * Card numbers and SSNs never reach the database, whoever wrote them (the customer, a tool, the
 * model). Only the text of a step still being written is stored raw, until its final version.
 */
export function textAtRest(text: string | null): string | null {
  return text === null ? null : redactText(text).text;
}

export const DEFAULT_PERSIST_TEXT_EVERY_MS = 250;

/**
 * The text of the steps this process streams into, between the journal opening such a step and
 * closing it (docs/RUN-STREAM.md). Each delta is published at once with its offset; the text so
 * far is written to the step at most every `persistTextEveryMs` (a reply is hundreds of deltas),
 * so a client that subscribes late replays most of it, and the close writes it whole. Numbering,
 * opening and closing the step are the journal's.
 */
export class StreamedTexts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: PubSub,
    private readonly persistTextEveryMs = DEFAULT_PERSIST_TEXT_EVERY_MS,
  ) {}

  /** The steps this process is streaming text into, by `streamKey(runId, seq)`. */
  private readonly streams = new Map<string, OpenStream>();

  /** Starts collecting text for a step the journal just opened (and published). */
  track(opened: RunStepEntity): void {
    this.streams.set(streamKey(opened.runId, opened.seq), {
      opened: { ...opened },
      text: '',
      closed: false,
      lastWriteAt: performance.now(),
    });
  }

  /**
   * Publishes text just written into the open step `seq` as an event carrying its offset in the
   * step's `detail`, and schedules a throttled write. Text for a step that is not open in this
   * process (closed, or its run finished) is dropped.
   */
  append(runId: string, seq: number, text: string): Promise<void> {
    const stream = this.streams.get(streamKey(runId, seq));
    if (!stream || stream.closed || text === '') return Promise.resolve();
    const delta: RunStepEvent = {
      ...stream.opened,
      detail: null,
      textDelta: { offset: stream.text.length, text },
    };
    stream.text += text;
    this.schedulePersist(stream);
    return this.pubSub.publish(topics.runSteps(runId), delta);
  }

  /**
   * No more text or throttled writes for the step; resolves, once a write in flight is done
   * (writes never overlap), with the text streamed into it here (undefined if none was).
   */
  async stop(runId: string, seq: number): Promise<string | undefined> {
    const stream = this.streams.get(streamKey(runId, seq));
    if (!stream) return undefined;
    stopNow(stream);
    await stream.writing;
    return stream.text;
  }

  /** Forgets the step once its final version is written (or the close failed). */
  forget(runId: string, seq: number): void {
    this.streams.delete(streamKey(runId, seq));
  }

  /**
   * Marks the run's open steps finished (`streaming: false`, `data.interrupted`), keeping the
   * text this process streamed into them (more than the throttled writes persisted), inside the
   * caller's transaction on the locked run; returns them for the caller to publish.
   */
  async interruptWithin(tx: EntityManager, runId: string): Promise<RunStepEntity[]> {
    const open = await tx.find(RunStepEntity, {
      where: { runId, streaming: true },
      order: { seq: 'ASC' },
    });
    for (const step of open) {
      const stream = this.streams.get(streamKey(runId, step.seq));
      if (stream) stopNow(stream);
      // After a crash, the text persisted so far; it was raw while being written.
      step.detail = textAtRest(stream?.text ?? step.detail);
      step.streaming = false;
      step.data = { ...step.data, interrupted: true };
      await tx.save(step);
    }
    return open;
  }

  /** Writes an open step's text after `persistTextEveryMs`, unless a write is pending already. */
  private schedulePersist(stream: OpenStream): void {
    if (stream.closed || stream.timer || stream.writing) return;
    const wait = Math.max(0, stream.lastWriteAt + this.persistTextEveryMs - performance.now());
    stream.timer = setTimeout(() => this.persist(stream), wait);
    stream.timer.unref();
  }

  private persist(stream: OpenStream): void {
    stream.timer = undefined;
    const text = stream.text;
    const { runId, seq } = stream.opened;
    // `AND streaming`: a write that lost the race with the close or the run's end changes nothing.
    stream.writing = this.dataSource
      .query('UPDATE run_step SET detail = $3 WHERE run_id = $1 AND seq = $2 AND streaming', [
        runId,
        seq,
        text,
      ])
      .then(
        () => undefined,
        () => undefined, // best effort: the close writes the whole text
      )
      .finally(() => {
        stream.writing = undefined;
        stream.lastWriteAt = performance.now();
        if (stream.text.length > text.length) this.schedulePersist(stream);
      });
  }
}

/** A step this process streams text into, from its opening until it is closed. */
interface OpenStream {
  /** The step as opened: the base of every delta event. */
  readonly opened: RunStepEntity;
  /** Everything streamed so far: the step's `detail` once closed. */
  text: string;
  /** Set once the close (or the run's end) began: no more deltas or throttled writes. */
  closed: boolean;
  timer?: NodeJS.Timeout | undefined;
  writing?: Promise<void> | undefined;
  lastWriteAt: number;
}

function stopNow(stream: OpenStream): void {
  stream.closed = true;
  clearTimeout(stream.timer);
  stream.timer = undefined;
}

function streamKey(runId: string, seq: number): string {
  return `${runId}#${seq}`;
}
