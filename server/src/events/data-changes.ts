import { silentLogger, type Logger } from '../logger.js';
import type { PubSub, TopicSubscription } from './pub-sub.js';

/** The shop's data that threshold conditions watch. */
export const DATA_TOPICS = ['invoices', 'sales', 'ledger', 'messages'] as const;
export type DataTopic = (typeof DATA_TOPICS)[number];

/** What a service that writes watched data calls, after its transaction commits. */
export interface DataChangeNotifier {
  notify(workspaceId: string, topic: DataTopic): void;
}

/** Told once per coalescing window that a workspace's data of one topic changed. */
export type DataChangeListener = (workspaceId: string, topic: DataTopic) => Promise<void>;

const DATA_CHANGES_TOPIC = 'data-changes';

interface DataChangeNotice {
  workspaceId: string;
  topic: DataTopic;
}

/** For services built without a monitor (specs, benchmarks): nothing listens. */
export const NO_DATA_CHANGES: DataChangeNotifier = { notify: () => undefined };

interface Pending {
  timer: NodeJS.Timeout | null;
  /** The listeners' work for this key, while it runs. */
  running: Promise<void> | null;
  /** Notified again while running: go once more when it is done. */
  again: boolean;
  /** Resolves when the key has nothing left to do (it is then removed). */
  settled: Promise<void>;
  settle: () => void;
}

/**
 * In-process change notifications for threshold triggers. A write calls `notify` after its
 * commit and returns at once: the listeners run later, at most once per window (500 ms) for each
 * workspace and topic, however many writes there were (a bank import of a thousand lines is one
 * evaluation), and never two at once for the same key. Their errors are logged, never thrown
 * into the writer. Without a listener (automation off) a notification is dropped.
 *
 * In one process by default. With a bus shared by several processes (`relayThrough`, Redis) a
 * notification goes through the bus, so a write in an API process reaches the monitor of a
 * worker; the monitor's sweep covers anything the bus lost.
 */
export class DataChanges implements DataChangeNotifier {
  private readonly listeners = new Set<DataChangeListener>();
  private readonly pending = new Map<string, Pending>();
  private readonly windowMs: number;
  private readonly logger: Logger;

  constructor(options: { windowMs?: number; logger?: Logger } = {}) {
    this.windowMs = options.windowMs ?? 500;
    this.logger = options.logger ?? silentLogger;
  }

  private relay: { pubSub: PubSub; heard: TopicSubscription<DataChangeNotice> } | undefined;

  /** From now on notifications travel through `pubSub`, to every process's listeners. */
  relayThrough(pubSub: PubSub): void {
    const heard = pubSub.subscribe<DataChangeNotice>(DATA_CHANGES_TOPIC);
    this.relay = { pubSub, heard };
    void (async () => {
      for await (const notice of heard) this.notifyHere(notice.workspaceId, notice.topic);
    })();
  }

  notify(workspaceId: string, topic: DataTopic): void {
    if (this.relay) {
      void this.relay.pubSub.publish(DATA_CHANGES_TOPIC, { workspaceId, topic });
      return;
    }
    this.notifyHere(workspaceId, topic);
  }

  private notifyHere(workspaceId: string, topic: DataTopic): void {
    if (this.listeners.size === 0) return;
    const key = `${workspaceId}\u0000${topic}`;
    const entry = this.pending.get(key) ?? newPending();
    this.pending.set(key, entry);
    if (entry.running) {
      entry.again = true;
      return;
    }
    if (entry.timer) return;
    entry.timer = setTimeout(() => this.fire(key, workspaceId, topic), this.windowMs);
    entry.timer.unref();
  }

  /** Adds a listener; the function returned removes it. */
  subscribe(listener: DataChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Resolves once no notification waits and no listener runs (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.all([...this.pending.values()].map((entry) => entry.settled));
    }
  }

  /** Drops what waits and removes the listeners; resolves when the listeners running are done. */
  async close(): Promise<void> {
    this.listeners.clear();
    await this.relay?.heard.return();
    const running: Promise<void>[] = [];
    for (const entry of this.pending.values()) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
      entry.again = false;
      if (entry.running) running.push(entry.running);
    }
    await Promise.all(running);
    for (const entry of this.pending.values()) entry.settle();
    this.pending.clear();
  }

  private fire(key: string, workspaceId: string, topic: DataTopic): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    entry.timer = null;
    entry.running = this.deliver(workspaceId, topic).finally(() => {
      entry.running = null;
      if (entry.again && this.listeners.size > 0) {
        // Written while the listeners ran: what they read may predate it, so go once more.
        entry.again = false;
        entry.timer = setTimeout(() => this.fire(key, workspaceId, topic), this.windowMs);
        entry.timer.unref();
      } else {
        this.pending.delete(key);
        entry.settle();
      }
    });
  }

  private async deliver(workspaceId: string, topic: DataTopic): Promise<void> {
    for (const listener of [...this.listeners]) {
      try {
        await listener(workspaceId, topic);
      } catch (error) {
        this.logger.error(`evaluating ${topic} changes of workspace ${workspaceId} failed`, error);
      }
    }
  }
}

function newPending(): Pending {
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { timer: null, running: null, again: false, settled, settle };
}
