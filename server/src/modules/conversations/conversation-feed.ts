import {
  ConversationEntity,
  RunEntity,
  type ConversationMessageEntity,
  type HandoffState,
} from '@zactonics/db';
import { IsNull, type DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { PubSub, TopicSubscription } from '../../events/pub-sub.js';
import { isTerminal } from '../../runtime/run-lifecycle.js';
import type { RunStepEvent } from '../../runtime/run-journal.js';
import {
  buildPublicRunView,
  type PublicRunViewData,
  type StepForView,
} from '../runs/run-public-view.js';
import type { RunStream } from '../runs/run-stream.js';
import { conversationTopic } from './conversation-events.js';
import type { ConversationMessageService } from './conversation-message.service.js';

/** The agent's reply while it is written: the public view of the run, nothing else of it. */
export interface ReplyView {
  runId: string;
  text: string | null;
  typing: boolean;
  handoffOffered: boolean;
  personWillReply: boolean;
  done: boolean;
}

/** Exactly one field is set. */
export type ConversationFeedEvent =
  { message: ConversationMessageEntity } | { reply: ReplyView } | { handoff: HandoffState };

/** Which conversation a feed follows, and how to wait for it when it does not exist yet. */
export interface FeedSource {
  workspaceId: string;
  find(): Promise<ConversationEntity | null>;
  /** Announces the conversation's creation; null when it must exist already. */
  createdTopic: string | null;
  /** Whether to send the reply being written (the run's public view). */
  replies: boolean;
}

interface Dependencies {
  dataSource: DataSource;
  pubSub: PubSub;
  messages: ConversationMessageService;
  runStream: RunStream;
}

/**
 * A conversation's live feed: messages after `afterSeq` (replayed, then live, each once, in seq
 * order), the handoff state when it changes, and (for the widget) the reply being written, as
 * the run's public view. A reconnecting client passes the last seq it holds and the reply in
 * flight is replayed from the run's steps, so nothing is lost or shown twice. The widget follows
 * its visitor's conversation (which starts with their first message); the console follows one by
 * id.
 *
 * Messages and handoff changes are re-read from the database on every notice of the
 * conversation topic (notices carry nothing), so the feed can only show what was committed.
 */
export class ConversationFeeds {
  constructor(private readonly deps: Dependencies) {}

  open(
    ctx: RequestContext,
    source: FeedSource,
    afterSeq: number,
  ): AsyncIterableIterator<ConversationFeedEvent> {
    if (!Number.isInteger(afterSeq) || afterSeq < 0) {
      throw new DomainError('INVALID_INPUT', 'afterSeq must be a non-negative integer.');
    }
    const feed = new Feed(this.deps, ctx, source, afterSeq);
    feed.start();
    return feed;
  }

  /**
   * One conversation for the console: its messages and handoff state, without the reply's
   * public view (the console watches the run itself). Unknown ids are CONVERSATION_NOT_FOUND.
   */
  async openById(
    ctx: RequestContext,
    conversationId: string,
    afterSeq: number,
  ): Promise<AsyncIterableIterator<ConversationFeedEvent>> {
    const conversation = await ctx.services.conversations.get(ctx, conversationId);
    const source = {
      workspaceId: ctx.workspaceId,
      find: () => Promise.resolve(conversation),
      createdTopic: null,
      replies: false,
    };
    return this.open(ctx, source, afterSeq);
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A queue filled by two pumps (the conversation's notices, the active run's steps) and drained
 * by the subscriber. Hand-written so `return()` releases every topic at once, even while a pump
 * waits for a notice that may never come.
 */
class Feed implements AsyncIterableIterator<ConversationFeedEvent> {
  private readonly queue: ConversationFeedEvent[] = [];
  private waiting: {
    resolve: (result: IteratorResult<ConversationFeedEvent, undefined>) => void;
    reject: (error: unknown) => void;
  } | null = null;
  private failure: unknown = null;
  private closed = false;
  private readonly subscriptions: { return(): Promise<unknown> }[] = [];
  private lastHandoff: HandoffState | null = null;
  private watchedRunId: string | null = null;
  private lastReply = '';
  private refreshing: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: Dependencies,
    private readonly ctx: RequestContext,
    private readonly source: FeedSource,
    private lastSeq: number,
  ) {}

  start(): void {
    this.pumpConversation().catch((error: unknown) => this.fail(error));
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  next(): Promise<IteratorResult<ConversationFeedEvent, undefined>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ done: false, value: event });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure as Error);
    }
    if (this.closed) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async return(): Promise<IteratorReturnResult<undefined>> {
    this.closed = true;
    this.waiting?.resolve(DONE);
    this.waiting = null;
    await Promise.all(this.subscriptions.map((s) => s.return().catch(() => undefined)));
    return DONE;
  }

  private push(event: ConversationFeedEvent): void {
    if (this.closed) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ done: false, value: event });
    } else {
      this.queue.push(event);
    }
  }

  /** Ends the feed with `error` (the subscriber gets it; queued events go first). */
  private fail(error: unknown): void {
    if (this.closed || this.failure) return;
    this.failure = error;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = null;
      this.failure = null;
      reject(error);
    }
    void this.return();
  }

  private track<T extends { return(): Promise<unknown> }>(subscription: T): T {
    this.subscriptions.push(subscription);
    if (this.closed) void subscription.return();
    return subscription;
  }

  /** Waits for the conversation when it does not exist yet (a visitor's first message), then follows it. */
  private async pumpConversation(): Promise<void> {
    const { createdTopic } = this.source;
    const created = createdTopic
      ? this.track(this.deps.pubSub.subscribe<string>(createdTopic))
      : null;
    let conversation = await this.source.find();
    while (!conversation && created && !this.closed) {
      if ((await created.next()).done) return;
      conversation = await this.source.find();
    }
    await created?.return();
    if (!conversation || this.closed) return;

    // Subscribed before the first read: a change committed in between is read, not missed.
    const notices = this.track(
      this.deps.pubSub.subscribe<null>(
        conversationTopic(conversation.id),
      ) as TopicSubscription<null>,
    );
    const conversationId = conversation.id;
    for (;;) {
      await this.refresh(conversationId);
      if (this.closed || (await notices.next()).done) return;
    }
  }

  /** Serialised: two overlapping reads could otherwise send one message twice. */
  private refresh(conversationId: string): Promise<void> {
    this.refreshing = this.refreshing.then(() => this.read(conversationId));
    return this.refreshing;
  }

  private async read(conversationId: string): Promise<void> {
    if (this.closed) return;
    const { dataSource, messages } = this.deps;
    const conversation = await dataSource.manager.findOneByOrFail(ConversationEntity, {
      id: conversationId,
    });
    if (conversation.handoffState !== this.lastHandoff) {
      this.lastHandoff = conversation.handoffState;
      this.push({ handoff: conversation.handoffState });
    }
    for (const message of await messages.after(
      this.source.workspaceId,
      conversationId,
      this.lastSeq,
    )) {
      if (message.seq <= this.lastSeq) continue;
      this.lastSeq = message.seq;
      this.push({ message });
    }
    const latestRun = await dataSource.manager.findOne(RunEntity, {
      where: { conversationId, workspaceId: this.source.workspaceId, parentRunId: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    if (latestRun && latestRun.id !== this.watchedRunId && !isTerminal(latestRun.status)) {
      this.watchedRunId = latestRun.id;
      this.watchRun(latestRun, conversationId).catch((error: unknown) => this.fail(error));
    }
  }

  /** Streams the run's public view until the run ends; its steps may move the handoff too. */
  private async watchRun(run: RunEntity, conversationId: string): Promise<void> {
    const { dataSource, runStream } = this.deps;
    const agent = await this.ctx.loaders.agent.load(run.agentId);
    const policy = { systemPrompt: agent.systemPrompt, toolNames: agent.tools };
    const steps = new Map<number, StepForView>();
    let current = run;
    const stream = await runStream.open(this.ctx, run.id, 0);
    this.track({ return: () => stream.return?.() ?? Promise.resolve() });
    for (;;) {
      const result = await stream.next();
      if (result.done || this.closed) break;
      const event: RunStepEvent = result.value;
      if (event.textDelta) {
        const step = steps.get(event.seq);
        if (step) {
          step.detail = (step.detail ?? '').slice(0, event.textDelta.offset) + event.textDelta.text;
        }
      } else {
        steps.set(event.seq, { ...event });
        current = await dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
        // A tool may have moved the conversation (a ticket asks for a person).
        void this.refresh(conversationId);
      }
      this.pushReply(buildPublicRunView(current, [...steps.values()], policy), false);
    }
    if (this.closed) return;
    current = await dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
    this.pushReply(buildPublicRunView(current, [...steps.values()], policy), true);
  }

  private pushReply(view: PublicRunViewData, ended: boolean): void {
    if (!this.source.replies) return;
    const reply = replyView(view, ended);
    const key = JSON.stringify(reply);
    if (key === this.lastReply) return;
    this.lastReply = key;
    this.push({ reply });
  }
}

/** The reply as the widget sees it: from the run's public view, nothing else of the run. */
export function replyView(view: PublicRunViewData, ended: boolean): ReplyView {
  return {
    runId: view.runId,
    text: view.replyText,
    typing: ended ? false : view.typing,
    handoffOffered: view.handoff === 'OFFERED',
    personWillReply: view.handoff === 'WAITING_FOR_HUMAN',
    done: ended || isTerminal(view.status),
  };
}
