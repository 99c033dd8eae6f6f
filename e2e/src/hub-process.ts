import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A hub started as its own `node` process, as deployed (`server/src/main.ts`). */
export interface HubProcess {
  child: ChildProcess;
  pid: number;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; atMs: number }>;
}

const MAIN = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));
// The child runs the sources, like every test here (no build needed, never a stale one).
const REGISTER_SOURCE_LOADER = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(
    new URL('./source-loader.mjs', import.meta.url).href,
  )});`,
)}`;

/** Starts a hub process with exactly `env` (the caller decides what it inherits). */
export function spawnHubProcess(env: NodeJS.ProcessEnv): HubProcess {
  const child = spawn(process.execPath, ['--import', REGISTER_SOURCE_LOADER, MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  return {
    child,
    pid: child.pid as number,
    output: () => output,
    exit: new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal, atMs: Date.now() })),
    ),
  };
}

/** The hub's URL once it says it is running; fails with its output if it exits instead. */
export async function runningUrl(hub: HubProcess): Promise<string> {
  const exited = hub.exit.then(() => true);
  for (;;) {
    const url = /running at (http:\/\/\S+)/.exec(hub.output())?.[1];
    if (url) return url;
    const done = await Promise.race([exited, sleep(100).then(() => false)]);
    if (done) throw new Error(`the hub exited before it was running:\n${hub.output()}`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
