import type { RunStepEntity } from '@zactonics/db';
import type { RunJournal, StepDraft, StreamingStepDraft } from './run-journal.js';

/**
 * The step of one model call whose text is streamed while the model writes it. The step is
 * opened at the first text (a call that writes none gets a plain step, as before), text that
 * arrives while it is being opened waits, in order, and `finish` writes the final version.
 * `onText` is synchronous (it is the provider's callback); whatever goes wrong in the background
 * is kept and thrown by `finish`, never left as an unhandled rejection.
 */
export class StreamedStep {
  private streamed = '';
  private opening: Promise<void> | undefined;
  private opened: RunStepEntity | undefined;
  private waiting: string[] = [];
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly journal: RunJournal,
    private readonly runId: string,
    private readonly draft: StreamingStepDraft,
  ) {}

  /** The text streamed so far. */
  get text(): string {
    return this.streamed;
  }

  readonly onText = (delta: string): void => {
    if (delta === '') return;
    this.streamed += delta;
    if (this.opened) {
      this.forward(delta);
      return;
    }
    this.waiting.push(delta);
    this.opening ??= this.open();
  };

  /**
   * Writes the step's final version: the streamed text becomes its `detail`, and a different
   * `detail` the caller had (e.g. the decision's reasoning) is kept in `data.reasoning`. Without
   * any streamed text, appends `final` as a plain step.
   */
  async finish(final: StepDraft): Promise<RunStepEntity> {
    if (!this.opening) return this.journal.append(this.runId, final);
    await this.opening;
    if (this.failure) throw this.failure.error;
    const opened = this.opened as RunStepEntity;
    const { kind: _kind, startedAt: _startedAt, ...rest } = final;
    const other = final.detail?.trim();
    return this.journal.closeStreamingStep(this.runId, opened.seq, {
      ...rest,
      detail: this.streamed,
      data: {
        ...final.data,
        ...(other && other !== this.streamed.trim() ? { reasoning: final.detail } : {}),
      },
    });
  }

  private async open(): Promise<void> {
    try {
      this.opened = await this.journal.openStreamingStep(this.runId, this.draft);
    } catch (error) {
      this.failure = { error };
      return;
    }
    for (const delta of this.waiting.splice(0)) this.forward(delta);
  }

  private forward(delta: string): void {
    const opened = this.opened as RunStepEntity;
    this.journal.appendText(this.runId, opened.seq, delta).catch(() => undefined); // live view only
  }
}
