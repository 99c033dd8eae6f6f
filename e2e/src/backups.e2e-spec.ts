import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { createHubClient, type HubClient } from '@zactonics/schema';
import { loadConfig, start, type RunningHub } from '@zactonics/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { finishedRun, startTestHub, TEST_API_KEY, type TestHub } from './harness.js';
import { RUN, START_RUN } from './operations.js';

/**
 * Backups as an operator runs them: the scripts in server/src/scripts as child processes (from
 * the sources, like the hub processes of process-lifecycle), and hubs started on what they
 * restore, read through the API with the same key.
 */

const SCRIPTS = fileURLToPath(new URL('../../server/src/scripts/', import.meta.url));
const REGISTER_SOURCE_LOADER = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(
    new URL('./source-loader.mjs', import.meta.url).href,
  )});`,
)}`;

/** Runs a maintenance script with exactly `env` (plus PATH); resolves its exit code and output. */
function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    ['--import', REGISTER_SOURCE_LOADER, join(SCRIPTS, `${script}.ts`), ...args],
    { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

const databaseEnv = (database: TestDatabase): Record<string, string> =>
  database.options.databaseUrl
    ? { DATABASE_URL: database.options.databaseUrl }
    : { HUB_DATA_DIR: database.options.dataDir };

const OWNER_EMAIL = 'owner@backups.example';
const OWNER_PASSWORD = 'backups owner password';

let t: TestHub;
let folder: string;
let runId: string;
let finished: Awaited<ReturnType<typeof finishedRun<typeof RUN>>>;
const others: { hub: RunningHub; client: HubClient }[] = [];
const databases: TestDatabase[] = [];

/** A hub on another database or folder, with the demo workspace's key. */
async function startHubOn(env: Record<string, string>) {
  const hub = await start(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      HUB_AUTOMATION: 'off',
      HUB_BOOTSTRAP_API_KEY: TEST_API_KEY,
      ...env,
    }),
  );
  const client = createHubClient({
    url: hub.graphqlUrl,
    apiKey: TEST_API_KEY,
    webSocketImpl: WebSocket,
    ws: { retryAttempts: 0 },
  });
  others.push({ hub, client });
  return client;
}

beforeAll(async () => {
  t = await startTestHub({ HUB_ADMIN_EMAIL: OWNER_EMAIL, HUB_ADMIN_PASSWORD: OWNER_PASSWORD });
  folder = await mkdtemp(join(tmpdir(), 'zactonics-backups-e2e-'));
  const { startRun } = await t.client.request(START_RUN, {
    input: {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      input: { question: 'Do you ship to Canada?' },
    },
  });
  runId = startRun.id;
  finished = await finishedRun(t.client, RUN, runId);
  expect(finished.status).toBe('SUCCEEDED');
});

afterAll(async () => {
  for (const { hub, client } of others.splice(0)) {
    await client.close();
    await hub.stop();
  }
  for (const database of databases) await database.drop();
  await t?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe.skipIf(process.env.DATABASE_URL)('PGlite data folder backup', () => {
  it('is refused while the hub runs', async () => {
    const { code, output } = await runScript(
      'backup',
      ['--out', join(folder, 'refused.tar.gz')],
      databaseEnv(t.database),
    );
    expect(code).toBe(1);
    expect(output).toMatch(/is in use by process \d+: stop that hub first/);
  });

  it('taken while the hub is stopped, restores into a new folder where a hub sees the same run', async () => {
    const archive = join(folder, 'hub.tar.gz');
    let backup: { code: number | null; output: string } | undefined;
    await t.restart(async () => {
      backup = await runScript('backup', ['--out', archive], databaseEnv(t.database));
    });
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining('backed up') });

    const restored = join(folder, 'restored');
    const restore = await runScript('restore', ['--in', archive], { HUB_DATA_DIR: restored });
    expect(restore).toMatchObject({ code: 0 });

    const client = await startHubOn({ HUB_DATA_DIR: restored });
    expect((await client.request(RUN, { id: runId })).run).toEqual(finished);
  });
});

describe('workspace export', () => {
  it("an owner signed in to the console downloads it with the session's cookie", async () => {
    const signIn = await fetch(`${t.hub.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: OWNER_EMAIL, password: OWNER_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const response = await fetch(`${t.hub.url}/exports/workspace.jsonl`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const [header] = (await response.text()).split('\n', 1);
    expect(JSON.parse(header ?? '')).toMatchObject({ workspace: { slug: 'demo' } });
  });

  it('downloaded by the owner and imported into a fresh database, serves the same run to the same key', async () => {
    const response = await fetch(`${t.hub.url}/exports/workspace.jsonl`, {
      headers: { authorization: `Bearer ${TEST_API_KEY}` },
    });
    expect(response.status).toBe(200);
    const file = join(folder, 'demo.jsonl');
    await writeFile(file, await response.text());

    const fresh = await createTestDatabase();
    databases.push(fresh);
    const imported = await runScript('import-workspace', ['--in', file], databaseEnv(fresh));
    expect(imported).toMatchObject({
      code: 0,
      output: expect.stringMatching(/^imported \d+ rows/),
    });

    const client = await startHubOn(databaseEnv(fresh));
    expect((await client.request(RUN, { id: runId })).run).toEqual(finished);
  });
});
