import autocannon from 'autocannon';
import type { ServerProcess } from './ipc.js';
import { round } from './stats.js';

export interface QueryFigures {
  requestsPerSecond: number;
  p99LatencyMs: number;
  non2xx: number;
  /** Responses whose body differed from the hub's (a GraphQL error would be a 200 too). */
  mismatches: number;
  errors: number;
  /** The server's CPU time per request: comparable even when other processes share the cores. */
  serverCpuMicrosPerRequest: number;
}

export interface QueryLoad {
  authorization: string;
  body: string;
  /** The exact response every request must get. */
  expectBody: string;
  connections: number;
  durationSeconds: number;
  warmUpSeconds: number;
}

/** HTTP load with autocannon: a warm-up (JIT, caches, keep-alive sockets), then the measured run. */
export async function measureQuery(server: ServerProcess, load: QueryLoad): Promise<QueryFigures> {
  const options = {
    url: server.graphqlUrl,
    connections: load.connections,
    method: 'POST' as const,
    headers: { authorization: load.authorization, 'content-type': 'application/json' },
    body: load.body,
    expectBody: load.expectBody,
  };
  await autocannon({ ...options, duration: load.warmUpSeconds });
  const { result, cpuSeconds } = await server.cpuDuring(() =>
    autocannon({ ...options, duration: load.durationSeconds }),
  );
  return {
    requestsPerSecond: round(result.requests.average, 1),
    p99LatencyMs: result.latency.p99,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    errors: result.errors + result.timeouts,
    serverCpuMicrosPerRequest: Math.round((cpuSeconds * 1e6) / result.requests.total),
  };
}
