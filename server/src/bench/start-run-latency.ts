import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { percentile, round } from './stats.js';

export interface StartRunFigures {
  runs: number;
  concurrency: number;
  p50Ms: number;
  p99Ms: number;
  /** The two parts of each sample: the startRun POST, then its subscription's first step. */
  startRunP50Ms: number;
  firstStepAfterResponseP50Ms: number;
}

const START_RUN = JSON.stringify({
  query:
    'mutation { startRun(input: { agentKey: "support", scenarioKey: "faq-resolution" }) { id } }',
});
const FIRST_STEP = 'subscription ($runId: ID!) { runSteps(runId: $runId) { seq kind title } }';

/**
 * What a client waits from asking for a run to seeing it move: the clock starts before the
 * `startRun` POST and stops when the first step (the TRIGGER, replayed) arrives on a graphql-ws
 * client that is already connected. The runs really execute, in the background, meanwhile.
 */
export async function measureStartRun(
  graphqlUrl: string,
  authorization: string,
  options: { runs: number; concurrency: number; timeoutMs: number },
): Promise<StartRunFigures> {
  const client = await connect(graphqlUrl.replace(/^http/, 'ws'), authorization);
  const samples: number[] = [];
  const responses: number[] = [];
  const streams: Array<Promise<void>> = [];
  let remaining = options.runs;
  const worker = async () => {
    while (remaining-- > 0) {
      const { latencyMs, responseMs, finished } = await once(
        graphqlUrl,
        authorization,
        client,
        options,
      );
      samples.push(latencyMs);
      responses.push(responseMs);
      streams.push(finished);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    await Promise.all(streams);
  } finally {
    await client.dispose();
  }
  return {
    runs: samples.length,
    concurrency: options.concurrency,
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    startRunP50Ms: round(percentile(responses, 50)),
    firstStepAfterResponseP50Ms: round(
      percentile(
        samples.map((sample, i) => sample - (responses[i] ?? 0)),
        50,
      ),
    ),
  };
}

/**
 * One run: resolves with the latency at its first step, and with `finished` settling when its
 * subscription completes. We do not unsubscribe after the first step: graphql-ws 6.4's client
 * releases a subscription twice when the server's `complete` crosses our unsubscribe, which drops
 * its lock count to zero, closes the shared socket and completes the other subscriptions on it.
 * Watching the run to its end is what a real client does anyway.
 */
async function once(
  graphqlUrl: string,
  authorization: string,
  client: Client,
  options: { timeoutMs: number },
): Promise<{ latencyMs: number; responseMs: number; finished: Promise<void> }> {
  const startedAt = performance.now();
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: START_RUN,
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  const body = (await response.json()) as { data?: { startRun: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(`startRun failed: ${JSON.stringify(body.errors)}`);
  const runId = body.data.startRun.id;
  const responseMs = performance.now() - startedAt;

  let firstStep: (latencyMs: number) => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  const latency = new Promise<number>((resolve, reject) => {
    firstStep = resolve;
    failed = reject;
  });
  const finished = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`run ${runId} did not finish streaming in time`));
    }, options.timeoutMs * 4);
    const unsubscribe = client.subscribe(
      { query: FIRST_STEP, variables: { runId } },
      {
        next: () => firstStep(performance.now() - startedAt),
        error: (error) => {
          clearTimeout(timer);
          const failure = new Error(`runSteps of ${runId}: ${JSON.stringify(error)}`);
          failed(failure);
          reject(failure);
        },
        complete: () => {
          clearTimeout(timer);
          failed(new Error(`runSteps of ${runId} completed without a step`));
          resolve();
        },
      },
    );
  });
  finished.catch(() => undefined); // awaited by the caller after all runs started
  const latencyMs = await withTimeout(latency, options.timeoutMs, `first step of ${runId}`);
  return { latencyMs, responseMs, finished };
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function connect(wsUrl: string, authorization: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client: Client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization },
      lazy: false,
      retryAttempts: 0,
      on: {
        connected: () => resolve(client),
        closed: (event) => reject(new Error(`graphql-ws closed: ${JSON.stringify(event)}`)),
      },
      onNonLazyError: (error) => reject(new Error(`graphql-ws: ${String(error)}`)),
    });
  });
}
