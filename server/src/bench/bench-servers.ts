import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess } from './ipc.js';

/**
 * The servers under test that several sections share, each started on first use in its own
 * process: the hub (a fresh PGlite database), the Apollo + graphql-ws baseline and the raw `ws`
 * baseline. A section that needs a hub configured its own way starts its own (see
 * idle-widget-sockets.ts).
 */
export class BenchServers {
  readonly apiKey = `sk_bench_${randomBytes(12).toString('hex')}`;
  readonly authorization = `Bearer ${this.apiKey}`;
  private readonly started = new Map<string, Promise<ServerProcess>>();
  private readonly dataDirs: string[] = [];

  constructor(readonly log: (message: string) => void) {}

  hub(): Promise<ServerProcess> {
    return this.once('hub', async () => {
      this.log('starting the hub (fresh PGlite database)');
      return startHubProcess('hub', await this.dataDir(), {
        HUB_BOOTSTRAP_API_KEY: this.apiKey,
        // Node flags for the hub, e.g. BENCH_HUB_EXEC_ARGV="--cpu-prof --cpu-prof-dir=/tmp/p".
        execArgv: flags(process.env.BENCH_HUB_EXEC_ARGV),
      });
    });
  }

  /** The same stack as the hub (express 5 + Apollo Server 5 + graphql-ws) with nothing of ours. */
  baseline(): Promise<ServerProcess> {
    return this.once('baseline', () => {
      this.log('starting the Apollo + graphql-ws baseline');
      return ServerProcess.start('baseline', new URL('./baseline-process.js', import.meta.url), {
        BENCH_API_KEY: this.apiKey,
      });
    });
  }

  /** A bare `ws` server writing each step serialized once to every socket. */
  rawWs(): Promise<ServerProcess> {
    return this.once('raw ws', () => {
      this.log('starting the raw ws baseline');
      return ServerProcess.start(
        'raw ws',
        new URL('./raw-ws-process.js', import.meta.url),
        {
          BENCH_API_KEY: this.apiKey,
        },
        flags(process.env.BENCH_RAW_EXEC_ARGV), // as BENCH_HUB_EXEC_ARGV
      );
    });
  }

  /** A fresh database folder, removed by `close`. */
  async dataDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'zactonics-bench-'));
    this.dataDirs.push(dir);
    return dir;
  }

  async stopAll(): Promise<void> {
    const started = [...this.started.values()];
    this.started.clear();
    await Promise.all(started.map((server) => server.then((s) => s.stop()).catch(() => undefined)));
  }

  async close(): Promise<void> {
    await this.stopAll();
    await Promise.all(
      this.dataDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })),
    );
  }

  private once(name: string, start: () => Promise<ServerProcess>): Promise<ServerProcess> {
    let server = this.started.get(name);
    if (!server) this.started.set(name, (server = start()));
    return server;
  }
}

function flags(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}

/** The real hub in its own process, always on the embedded database. */
export function startHubProcess(
  name: string,
  dataDir: string,
  options: { HUB_BOOTSTRAP_API_KEY: string; execArgv?: string[]; env?: Record<string, string> },
): Promise<ServerProcess> {
  return ServerProcess.start(
    name,
    new URL('./hub-process.js', import.meta.url),
    {
      PORT: '0',
      HOST: '127.0.0.1',
      HUB_DATA_DIR: dataDir,
      HUB_BOOTSTRAP_API_KEY: options.HUB_BOOTSTRAP_API_KEY,
      HUB_LOG: 'silent',
      DATABASE_URL: '', // always the embedded database, even where CI sets a PostgreSQL URL
      ...options.env,
    },
    options.execArgv ?? [],
  );
}
