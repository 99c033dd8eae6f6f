import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  buildSchema,
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { serveCommands, type Command } from './ipc.js';

/**
 * The baseline: the same stack as the hub (express 5 + Apollo Server 5 + graphql-ws on one port)
 * with nothing of ours in it: a hand-written schema, a static `agents` result and an in-memory
 * step feed. Our overhead is the hub's figures divided by these.
 */
const SDL = /* GraphQL */ `
  scalar JSONObject
  enum RunStepKind {
    TRIGGER
    CONTEXT
    REASONING
    TOOL_CALL
    TOOL_RESULT
    RESPONSE
    FEEDBACK
    COMPLETED
    FAILED
    CANCELLED
  }
  type Agent {
    id: ID!
    key: String!
    name: String!
    description: String!
    enabled: Boolean!
    model: String!
  }
  type RunStep {
    id: ID!
    runId: ID!
    seq: Int!
    kind: RunStepKind!
    title: String!
    detail: String
    data: JSONObject!
  }
  type Query {
    agents: [Agent!]!
  }
  type Subscription {
    runSteps(runId: ID!, afterSeq: Int): RunStep!
  }
`;

interface Step {
  id: string;
  runId: string;
  seq: number;
  kind: string;
  title: string;
  detail: string | null;
  data: Record<string, unknown>;
}

/** One run's live steps: a FIFO per subscriber, ended after the terminal step. */
class StepFeed {
  lastSeq = 1;
  private readonly subscribers = new Set<{ push(step: Step): void; end(): void }>();

  get size(): number {
    return this.subscribers.size;
  }

  publish(step: Step): void {
    for (const subscriber of this.subscribers) subscriber.push(step);
  }

  end(): void {
    for (const subscriber of this.subscribers) subscriber.end();
  }

  subscribe(): AsyncIterableIterator<Step> {
    const buffer: Step[] = [];
    let waiting: ((result: IteratorResult<Step>) => void) | undefined;
    let done = false;
    const subscriber = {
      push(step: Step) {
        if (waiting) {
          const resolve = waiting;
          waiting = undefined;
          resolve({ done: false, value: step });
        } else buffer.push(step);
      },
      end() {
        done = true;
        waiting?.({ done: true, value: undefined });
        waiting = undefined;
      },
    };
    this.subscribers.add(subscriber);
    const close = () => {
      this.subscribers.delete(subscriber);
      subscriber.end();
    };
    const iterator: AsyncIterableIterator<Step> = {
      next() {
        const step = buffer.shift();
        if (step) return Promise.resolve({ done: false, value: step });
        if (done) {
          close();
          return Promise.resolve({ done: true, value: undefined });
        }
        return new Promise((resolve) => (waiting = resolve));
      },
      async return() {
        close();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

const bearer = `Bearer ${process.env.BENCH_API_KEY}`;
const feeds = new Map<string, StepFeed>();
let agents: unknown[] = [];

function feed(runId: string): StepFeed {
  const found = feeds.get(runId);
  if (!found) throw new GraphQLError(`No run with id "${runId}".`);
  return found;
}

function buildBaselineSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const field = (type: GraphQLObjectType | null | undefined, name: string) => {
    const found = type?.getFields()[name];
    if (!found) throw new Error(`no field ${name}`);
    return found as GraphQLField<unknown, unknown>;
  };
  field(schema.getQueryType(), 'agents').resolve = () => agents;
  const runSteps = field(schema.getSubscriptionType(), 'runSteps');
  runSteps.subscribe = (_root, args: { runId: string }) => feed(args.runId).subscribe();
  runSteps.resolve = (step) => step;
  return schema;
}

const schema = buildBaselineSchema();
const app = express();
app.disable('x-powered-by');
const httpServer = createServer(app);
const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
// A constant string compare on both transports, so authentication is not free for the hub only.
useServer({ schema, onConnect: (ctx) => ctx.connectionParams?.authorization === bearer }, wsServer);
const apollo = new ApolloServer({
  schema,
  plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
});
await apollo.start();
app.use(
  '/graphql',
  express.json({ limit: '1mb' }),
  expressMiddleware(apollo, {
    context: async ({ req }) => {
      if (req.headers.authorization !== bearer) {
        throw new GraphQLError('An API key is required.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      return {};
    },
  }),
);
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const { port } = httpServer.address() as AddressInfo;

let runs = 0;

async function emitSteps(runId: string, count: number, finish: boolean): Promise<void> {
  const target = feed(runId);
  const step = (kind: string, title: string, data: Record<string, unknown>): Step => ({
    id: `${runId}-${++target.lastSeq}`,
    runId,
    seq: target.lastSeq,
    kind,
    title,
    detail: null,
    data,
  });
  for (let round = 1; round <= count; round++) {
    target.publish(step('REASONING', `Round ${round}`, { round }));
    // The hub yields to the event loop between steps (each is a database transaction); so do we.
    await nextTurn();
  }
  if (finish) {
    target.publish(step('COMPLETED', 'done', { output: { rounds: count } }));
    target.end();
  }
}

async function handle(command: Command): Promise<unknown> {
  switch (command.type) {
    case 'createRun': {
      const runId = `bench-run-${++runs}`;
      feeds.set(runId, new StepFeed());
      return { runId };
    }
    case 'subscriberCount':
      return feed(command.runId).size;
    case 'emitSteps':
      return emitSteps(command.runId, command.count, command.finish);
    case 'setAgents':
      agents = command.agents;
      return null;
    case 'cpuUsage': // answered by serveCommands
      throw new Error('cpuUsage is answered before dispatch');
    case 'memoryUsage':
    case 'widgetVisitors':
    case 'widgetFeedCount':
    case 'heapSnapshot':
      throw new Error(`${command.type} is not for the baseline`);
    case 'stop':
      await Promise.race([apollo.stop(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      process.exit(0);
  }
}

serveCommands({ type: 'ready', graphqlUrl: `http://127.0.0.1:${port}/graphql` }, handle);
