import WebSocket, { type RawData } from 'ws';

export interface SubscriberListener {
  next(subscriber: RawSubscriber): void;
  complete(subscriber: RawSubscriber): void;
  fail(subscriber: RawSubscriber, reason: string): void;
}

const NEXT_MARKER = '"type":"next"';

/**
 * One graphql-transport-ws subscriber on a raw `ws` socket, made to cost the load generator as
 * little as possible: 1,000 of these share one process with the bench, and what we measure is the
 * server. So `next` messages are recognised by a byte search and counted, never parsed; only the
 * rare protocol messages (ack, complete, error) go through JSON.parse.
 */
export class RawSubscriber {
  /** `next` messages received since the last `reset()`. */
  nexts = 0;
  completed = false;
  private listener: SubscriberListener | undefined;

  private constructor(private readonly socket: WebSocket) {}

  /** Connects and authenticates; resolves after `connection_ack`. */
  static open(wsUrl: string, authorization: string, timeoutMs = 10_000): Promise<RawSubscriber> {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', {
      perMessageDeflate: false,
      skipUTF8Validation: true,
    });
    const subscriber = new RawSubscriber(socket);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error('no connection_ack in time'));
      }, timeoutMs);
      const fail = (reason: string) => {
        clearTimeout(timer);
        reject(new Error(reason));
      };
      socket.once('error', (error) => fail(`socket error: ${error.message}`));
      socket.once('close', (code) => fail(`socket closed (${code}) before connection_ack`));
      socket.once('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })),
      );
      socket.once('message', (data: RawData) => {
        const message = JSON.parse(data.toString()) as { type: string };
        if (message.type !== 'connection_ack')
          return fail(`expected connection_ack: ${message.type}`);
        clearTimeout(timer);
        socket.removeAllListeners('error').removeAllListeners('close');
        // binaryType is 'nodebuffer' (the default): every message is one Buffer.
        socket.on('message', (data: RawData) => subscriber.receive(data as Buffer));
        socket.on('close', (code) => {
          if (!subscriber.completed) subscriber.listener?.fail(subscriber, `closed (${code})`);
        });
        socket.on('error', () => undefined); // a `close` follows
        resolve(subscriber);
      });
    });
  }

  subscribe(query: string, variables: Record<string, unknown>, listener: SubscriberListener): void {
    this.listener = listener;
    this.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
  }

  /** Swaps the listener and zeroes the counters (after the warm-up step). */
  reset(listener: SubscriberListener): void {
    this.listener = listener;
    this.nexts = 0;
  }

  close(): Promise<void> {
    this.listener = undefined;
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
      setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, 2_000).unref();
    });
  }

  private receive(bytes: Buffer): void {
    if (bytes.includes(NEXT_MARKER)) {
      this.nexts++;
      this.listener?.next(this);
      return;
    }
    const message = JSON.parse(bytes.toString()) as { type: string; payload?: unknown };
    if (message.type === 'complete') {
      this.completed = true;
      this.listener?.complete(this);
    } else if (message.type === 'error') {
      this.listener?.fail(this, JSON.stringify(message.payload));
    }
  }
}
