import {
  ConversationEntity,
  RunEntity,
  type ConversationMessageEntity,
  type HandoffState,
} from '@zactonics/db';
import { IsNull, type DataSource } from 'typeorm';
import { callerContext, type RequestContext } from '../../context.js';
import type { PubSub, TopicSubscription } from '../../events/pub-sub.js';
import { isTerminal } from '../../runtime/run-lifecycle.js';
import type { RunStepEvent } from '../../runtime/run-journal.js';
import {
  buildPublicRunView,
  type PublicRunViewData,
  type StepForView,
} from '../runs/run-public-view.js';
import type { AgentService } from '../agents/agent.service.js';
import type { RunStream } from '../runs/run-stream.js';
import { conversationTopic } from './conversation-events.js';
import type { ConversationMessageService } from './conversation-message.service.js';
import type { VisitorReply } from './visitor-reply.type.js';

/** What one read of a conversation found; every follower takes from it what it lacks. */
export interface ConversationSnapshot {
  handoffState: HandoffState;
  /** Every message with `seq > floor`, in seq order (messages commit in seq order: no gap). */
  floor: number;
  messages: readonly ConversationMessageEntity[];
}

/** One subscriber's side of a shared conversation (a feed). */
export interface ConversationFollower {
  /** The highest seq it holds; the read it gets covers every message after it. */
  readonly lastSeq: number;
  /** Whether it wants the reply being written (the widget) or only messages (the console). */
  readonly wantsReplies: boolean;
  receive(snapshot: ConversationSnapshot): void;
  /** `key` identifies the view's content, so a follower can skip a view it already sent. */
  reply(view: VisitorReply, key: string): void;
  fail(error: unknown): void;
}

export interface SharedReaderDependencies {
  dataSource: DataSource;
  pubSub: PubSub;
  messages: ConversationMessageService;
  runStream: RunStream;
  /** The agent of a run being written: its reply is checked against its prompt and tools. */
  agents: AgentService;
}

/**
 * Everything the followers of one conversation need from the database, read once for all of
 * them: on each notice of the conversation topic, one read (the conversation's handoff state,
 * the messages after the lowest seq any follower holds, the latest top-level run), and one
 * stream of the run being written. Before, every subscriber made each of those reads itself, so
 * one notice cost as many reads as there were sockets (500 sockets of one visitor stalled the
 * hub for 28 s).
 *
 * Guarantees, for each follower: every message after its own seq once, in seq order (the read
 * covers everything after the lowest seq held, and a follower drops what it holds); nothing lost
 * between subscribing and the first read (a follower only takes reads that started after it
 * joined, and joining asks for one; the topic was subscribed before any read).
 */
export class SharedConversationReader {
  private readonly followers = new Set<ConversationFollower>();
  /** Followers that have had their first read: only they get replies (messages come first). */
  private readonly primed = new WeakSet<ConversationFollower>();
  private readonly notices: TopicSubscription<null>;
  private reading = false;
  private readAgain = false;
  private closed = false;
  private lastWatchedRunId: string | null = null;
  /** The latest view of each run being written, for followers that join while it is. */
  private readonly replies = new Map<string, { view: VisitorReply; key: string }>();
  private readonly streams = new Set<{ return(): Promise<unknown> }>();
  private readonly ctx: RequestContext;
  private readonly agents: ReturnType<AgentService['loader']>;

  constructor(
    private readonly deps: SharedReaderDependencies,
    private readonly workspaceId: string,
    private readonly conversationId: string,
    /** Called once, when the last follower has left (or all failed). */
    private readonly onClosed: () => void,
  ) {
    // Its own context: the run stream outlives the subscriber whose request opened it.
    this.ctx = callerContext(workspaceId, 'system:conversation-feed');
    this.agents = deps.agents.loader(this.ctx);
    // Subscribed before the first read: a change committed in between is read, not missed.
    // A resync (the bus may have lost notices) is one more notice: read again.
    this.notices = deps.pubSub.subscribe<null>(conversationTopic(conversationId), {
      resync: null,
    });
    void this.pumpNotices();
  }

  get followerCount(): number {
    return this.followers.size;
  }

  /** The follower gets a read that starts after this call, then every later one. */
  attach(follower: ConversationFollower): void {
    if (this.closed) throw new Error('attach to a closed conversation reader');
    this.followers.add(follower);
    this.requestRead();
  }

  detach(follower: ConversationFollower): void {
    if (!this.followers.delete(follower)) return;
    if (this.followers.size === 0) this.close();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClosed();
    void this.notices.return();
    for (const stream of this.streams) void stream.return().catch(() => undefined);
    this.streams.clear();
  }

  private failAll(error: unknown): void {
    for (const follower of [...this.followers]) follower.fail(error);
    this.followers.clear();
    this.close();
  }

  private async pumpNotices(): Promise<void> {
    for (;;) {
      const notice = await this.notices.next();
      if (notice.done || this.closed) return;
      this.requestRead();
    }
  }

  /** Coalesced: notices that arrive during a read cost one more read, not one each. */
  private requestRead(): void {
    this.readAgain = true;
    if (!this.reading) {
      this.reading = true;
      this.readLoop().catch((error: unknown) => this.failAll(error));
    }
  }

  private async readLoop(): Promise<void> {
    try {
      while (this.readAgain && !this.closed) {
        this.readAgain = false;
        // Only followers present when the read starts take it: a later one asked for its own.
        const readers = [...this.followers];
        const floor = Math.min(...readers.map((f) => f.lastSeq));
        const { snapshot, latestRun } = await this.read(floor);
        if (this.closed) return;
        for (const follower of readers) {
          if (!this.followers.has(follower)) continue;
          follower.receive(snapshot);
          if (!this.primed.has(follower)) {
            this.primed.add(follower);
            if (follower.wantsReplies) {
              for (const { view, key } of this.replies.values()) follower.reply(view, key);
            }
          }
        }
        this.watchIfNew(latestRun);
      }
    } finally {
      this.reading = false;
    }
  }

  private async read(
    floor: number,
  ): Promise<{ snapshot: ConversationSnapshot; latestRun: RunEntity | null }> {
    // Read only once notices reach us (through Redis, once it confirmed the subscription).
    await this.notices.ready;
    const { dataSource, messages } = this.deps;
    const conversation = await dataSource.manager.findOneByOrFail(ConversationEntity, {
      id: this.conversationId,
      workspaceId: this.workspaceId,
    });
    const after = await messages.after(this.workspaceId, this.conversationId, floor);
    const latestRun = await latestAnswer(dataSource, this.workspaceId, this.conversationId);
    return {
      snapshot: { handoffState: conversation.handoffState, floor, messages: after },
      latestRun,
    };
  }

  private watchIfNew(run: RunEntity | null): void {
    if (!run || run.id === this.lastWatchedRunId || isTerminal(run.status)) return;
    // Only the widget shows the reply being written; the console watches the run itself.
    if (![...this.followers].some((f) => f.wantsReplies)) return;
    this.lastWatchedRunId = run.id;
    this.watchRun(run).catch((error: unknown) => this.failAll(error));
  }

  /** Streams the run's public view until the run ends; its steps may move the handoff too. */
  private async watchRun(run: RunEntity): Promise<void> {
    const { dataSource, runStream } = this.deps;
    const agent = await this.agents.load(run.agentId);
    const policy = { systemPrompt: agent.systemPrompt, toolNames: agent.tools };
    const steps = new Map<number, StepForView>();
    let current = run;
    if (this.closed) return;
    const stream = await runStream.open(this.ctx, run.id, 0);
    const handle = { return: () => stream.return?.() ?? Promise.resolve() };
    this.streams.add(handle);
    if (this.closed) return void handle.return();
    try {
      for (;;) {
        const result = await stream.next();
        if (result.done || this.closed) break;
        const event: RunStepEvent = result.value;
        if (event.textDelta) {
          const step = steps.get(event.seq);
          if (step) {
            step.detail =
              (step.detail ?? '').slice(0, event.textDelta.offset) + event.textDelta.text;
          }
        } else {
          steps.set(event.seq, { ...event });
          current = await dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
          // A tool may have moved the conversation (a ticket asks for a person).
          this.requestRead();
        }
        this.broadcastReply(buildPublicRunView(current, [...steps.values()], policy), false);
      }
      if (this.closed) return;
      current = await dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
      this.broadcastReply(buildPublicRunView(current, [...steps.values()], policy), true);
    } finally {
      this.streams.delete(handle);
      this.replies.delete(run.id);
    }
  }

  private broadcastReply(view: PublicRunViewData, ended: boolean): void {
    const reply = replyView(view, ended);
    const key = JSON.stringify(reply);
    if (this.replies.get(reply.runId)?.key === key) return;
    this.replies.set(reply.runId, { view: reply, key });
    for (const follower of this.followers) {
      if (follower.wantsReplies && this.primed.has(follower)) follower.reply(reply, key);
    }
  }
}

/**
 * The conversation's latest top-level run: the one answering its latest customer message (child
 * runs, one agent asking another, are not turns of the conversation).
 */
export function latestAnswer(
  dataSource: DataSource,
  workspaceId: string,
  conversationId: string,
): Promise<RunEntity | null> {
  return dataSource.manager.findOne(RunEntity, {
    where: { conversationId, workspaceId, parentRunId: IsNull() },
    order: { createdAt: 'DESC', id: 'DESC' },
  });
}

/** The reply as the widget sees it: from the run's public view, nothing else of the run. */
export function replyView(view: PublicRunViewData, ended: boolean): VisitorReply {
  return {
    runId: view.runId,
    text: view.replyText,
    typing: ended ? false : view.typing,
    handoffOffered: view.handoff === 'OFFERED',
    personWillReply: view.handoff === 'WAITING_FOR_HUMAN',
    done: ended || isTerminal(view.status),
  };
}
