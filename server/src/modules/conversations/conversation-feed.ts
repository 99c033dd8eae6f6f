import type { ConversationEntity, ConversationMessageEntity, HandoffState } from '@zactonics/db';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { isTerminal } from '../../runtime/run-lifecycle.js';
import { buildPublicRunView } from '../runs/run-public-view.js';
import {
  latestAnswer,
  replyView,
  SharedConversationReader,
  type ConversationFollower,
  type ConversationSnapshot,
  type SharedReaderDependencies,
} from './shared-conversation-reader.js';
import type { RunService } from '../runs/run.service.js';
import type { ConversationService } from './conversation.service.js';
import type { VisitorReply } from './visitor-reply.type.js';

/** Exactly one field is set. */
export type ConversationFeedEvent =
  { message: ConversationMessageEntity } | { reply: VisitorReply } | { handoff: HandoffState };

/** Which conversation a feed follows, and how to wait for it when it does not exist yet. */
export interface FeedSource {
  workspaceId: string;
  find(): Promise<ConversationEntity | null>;
  /** Announces the conversation's creation with its id; null when it must exist already. */
  createdTopic: string | null;
  /** Whether to send the reply being written (the run's public view). */
  replies: boolean;
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
 * conversation topic (notices carry nothing), so the feed can only show what was committed. All
 * feeds of one conversation share those reads and the stream of the reply being written
 * (SharedConversationReader): a notice costs one read however many sockets follow it.
 */
export class ConversationFeeds {
  private readonly readers = new Map<string, SharedConversationReader>();

  constructor(
    private readonly deps: SharedReaderDependencies & {
      conversations: ConversationService;
      runs: RunService;
    },
  ) {}

  open(
    ctx: RequestContext,
    source: FeedSource,
    afterSeq: number,
  ): AsyncIterableIterator<ConversationFeedEvent> {
    if (!Number.isInteger(afterSeq) || afterSeq < 0) {
      throw new DomainError('INVALID_INPUT', 'afterSeq must be a non-negative integer.');
    }
    const feed = new Feed(this.deps, source, afterSeq, (conversationId) =>
      this.readerOf(source.workspaceId, conversationId),
    );
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
    const conversation = await this.deps.conversations.get(ctx, conversationId);
    const source = {
      workspaceId: ctx.workspaceId,
      find: () => Promise.resolve(conversation),
      createdTopic: null,
      replies: false,
    };
    return this.open(ctx, source, afterSeq);
  }

  /**
   * The reply being written now (the public view of the conversation's latest run, while it is
   * at work), or null: what a reloaded page shows at once, before its feed catches up.
   */
  async replyInFlight(ctx: RequestContext, conversationId: string): Promise<VisitorReply | null> {
    const run = await latestAnswer(this.deps.dataSource, ctx.workspaceId, conversationId);
    if (!run || isTerminal(run.status)) return null;
    // The agent is read only to check the reply against its prompt and tools, never copied.
    const [steps, agent] = await Promise.all([
      this.deps.runs.steps(ctx, run.id),
      this.deps.agents.loader(ctx).load(run.agentId),
    ]);
    const view = buildPublicRunView(run, steps, {
      systemPrompt: agent.systemPrompt,
      toolNames: agent.tools,
    });
    return replyView(view, false);
  }

  /** Conversations followed right now, each read once per notice (for tests and metrics). */
  get sharedReaders(): number {
    return this.readers.size;
  }

  private readerOf(workspaceId: string, conversationId: string): SharedConversationReader {
    const id = `${workspaceId}:${conversationId}`;
    let reader = this.readers.get(id);
    if (!reader) {
      const created = new SharedConversationReader(this.deps, workspaceId, conversationId, () => {
        if (this.readers.get(id) === created) this.readers.delete(id);
      });
      this.readers.set(id, created);
      reader = created;
    }
    return reader;
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber: a queue filled by the shared reader of its conversation and drained by the
 * subscriber. Hand-written so `return()` releases everything at once, even while it waits for a
 * notice that may never come.
 */
class Feed implements AsyncIterableIterator<ConversationFeedEvent>, ConversationFollower {
  private readonly queue: ConversationFeedEvent[] = [];
  private waiting: {
    resolve: (result: IteratorResult<ConversationFeedEvent, undefined>) => void;
    reject: (error: unknown) => void;
  } | null = null;
  private failure: unknown = null;
  private closed = false;
  private created: { return(): Promise<unknown> } | null = null;
  private reader: SharedConversationReader | null = null;
  private lastHandoff: HandoffState | null = null;
  private lastReply = '';

  constructor(
    private readonly deps: SharedReaderDependencies,
    private readonly source: FeedSource,
    public lastSeq: number,
    private readonly readerOf: (conversationId: string) => SharedConversationReader,
  ) {}

  get wantsReplies(): boolean {
    return this.source.replies;
  }

  start(): void {
    this.follow().catch((error: unknown) => this.fail(error));
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
    this.reader?.detach(this);
    this.reader = null;
    await this.created?.return().catch(() => undefined);
    return DONE;
  }

  receive(snapshot: ConversationSnapshot): void {
    if (snapshot.handoffState !== this.lastHandoff) {
      this.lastHandoff = snapshot.handoffState;
      this.push({ handoff: snapshot.handoffState });
    }
    for (const message of snapshot.messages) {
      if (message.seq <= this.lastSeq) continue;
      this.lastSeq = message.seq;
      this.push({ message });
    }
  }

  reply(view: VisitorReply, key: string): void {
    if (key === this.lastReply) return;
    this.lastReply = key;
    this.push({ reply: view });
  }

  /** Ends the feed with `error` (the subscriber gets it; queued events go first). */
  fail(error: unknown): void {
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

  /**
   * Waits for the conversation when it does not exist yet (a visitor's first message), then
   * joins its shared reader. The creation notice carries the new conversation's id, so waiting
   * feeds need no read of their own when it comes.
   */
  private async follow(): Promise<void> {
    const { createdTopic } = this.source;
    const created = createdTopic ? this.deps.pubSub.subscribe<string>(createdTopic) : null;
    this.created = created;
    if (this.closed) return void created?.return();
    await created?.ready;
    let conversationId = (await this.source.find())?.id ?? null;
    while (!conversationId && created && !this.closed) {
      const notice = await created.next();
      if (notice.done) return;
      conversationId = typeof notice.value === 'string' ? notice.value : null;
    }
    this.created = null;
    await created?.return();
    if (!conversationId || this.closed) return;
    this.reader = this.readerOf(conversationId);
    this.reader.attach(this);
  }
}
