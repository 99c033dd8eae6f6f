#!/usr/bin/env node
// pnpm test:containers: builds the hub's image and runs a small split hub from it (one API
// container, one worker container) on this machine's PostgreSQL and Redis, then stops it.
//
// Built for a machine with no image registry (see docs/CONTAINERS.md): Docker comes from Debian's
// packages, the Dockerfile's base image is a stand-in made with debootstrap and the machine's own
// node, and the image is built with --target runtime-prebuilt from a tree prepared here with
// scripts/container-bundle.sh (a build inside a container cannot reach the npm registry here).
//
// The containers use --network host: PostgreSQL and Redis listen on 127.0.0.1 only, which a
// container on Docker's bridge network cannot reach. They listen on 127.0.0.1 too, on free ports.
//
// Environment: PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// HUB_TEST_REDIS_URL (default redis://127.0.0.1:6379), CONTAINER_TEST_SKIP_BUILD=1 to use the
// workspace as built (pnpm build) instead of building it first.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dockerfile = join(root, 'Dockerfile');
// The stand-in must carry the name the Dockerfile's FROM uses.
const baseImage = /^FROM\s+(\S+)/m.exec(readFileSync(dockerfile, 'utf8'))[1];
const cacheDir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'zactonics-hub');
const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const image = `zactonics-hub:container-test-${id}`;
const pgAdminUrl = process.env.PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.HUB_TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const redisPrefix = `zac-ct-${id}:`;
const database = `hub_container_test_${id}`;
const apiKey = `sk_container_test_${randomBytes(12).toString('hex')}`;
// pg and ioredis as the workspace has them (the script itself has no dependencies).
const pg = createRequire(join(root, 'db/package.json'))('pg');
const { Redis } = createRequire(join(root, 'server/package.json'))('ioredis');

const timings = [];
const cleanups = [];
const facts = {};

async function phase(name, work) {
  const started = performance.now();
  console.log(`\n== ${name}`);
  try {
    return await work();
  } finally {
    const seconds = (performance.now() - started) / 1000;
    timings.push([name, seconds]);
    console.log(`   (${seconds.toFixed(1)} s)`);
  }
}

/** Runs a command; its output is returned, and shown only when it fails (unless `show`). */
function run(command, args, { show = false, env, input, allowFailure = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
    stdio: show ? ['pipe', 'inherit', 'inherit'] : 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && !allowFailure) {
    if (!show) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return { ok: result.status === 0, out: (result.stdout ?? '').trim(), err: result.stderr ?? '' };
}

/** docker with its arguments (arrays flattened: fixed flags can be written as words('...')). */
const docker = (...args) => run('docker', args.flat()).out;
const words = (text) => text.split(' ');
const isRoot = process.getuid?.() === 0;
const asRoot = (command, args, options) =>
  isRoot ? run(command, args, options) : run('sudo', ['-n', command, ...args], options);
const hasCommand = (name) =>
  spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

function aptInstall(packages) {
  console.log(`   apt-get install ${packages.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  // Another apt run (a browser install in a parallel job) holds the lock for a while.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  asRoot('apt-get', [...lock, 'update', '-qq'], { env });
  asRoot('apt-get', [...lock, 'install', '-y', '-qq', '--no-install-recommends', ...packages], {
    env,
  });
}

/** The Debian mirror apt uses here, for debootstrap. */
function debianMirror() {
  const sources = ['/etc/apt/sources.list', '/etc/apt/sources.list.d/debian.sources']
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const match =
    /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(sources) ?? /^deb\s+(\S+\/debian)\/?\s/m.exec(sources);
  return match?.[1] ?? 'http://deb.debian.org/debian';
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, timeoutMs, check) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s: ${what}`);
    await sleep(250);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function sql(statement) {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function graphql(port, query, variables) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A container's output, stdout and stderr together. */
function logs(name) {
  const { out, err } = run('docker', ['logs', name]);
  return `${out}\n${err}`;
}

const containerState = (name) => JSON.parse(docker('inspect', '--format', '{{json .State}}', name));

async function engine() {
  if (!hasCommand('dockerd')) aptInstall(['docker.io', 'docker-compose']);
  if (!hasCompose()) aptInstall(['docker-compose']);
  if (run('docker', ['info'], { allowFailure: true }).ok) {
    console.log('   the Docker engine is running');
    return;
  }
  const logFile = join(tmpdir(), `zac-container-test-dockerd-${id}.log`);
  const log = openSync(logFile, 'a');
  const [command, args] = isRoot ? ['dockerd', []] : ['sudo', ['-n', 'dockerd']];
  const daemon = spawn(command, args, { detached: true, stdio: ['ignore', log, log] });
  daemon.unref();
  console.log(`   started dockerd (pid ${daemon.pid}, log ${logFile})`);
  cleanups.push(async () => {
    // Only the engine this test started, by its pid.
    process.kill(daemon.pid, 'SIGTERM');
    await until('dockerd to exit', 30_000, () => daemon.exitCode !== null || daemon.signalCode);
    if (!failed) rmSync(logFile, { force: true });
  });
  await until(
    'the Docker engine to answer',
    60_000,
    () => run('docker', ['info'], { allowFailure: true }).ok,
  );
}

async function standInBaseImage() {
  const present = run('docker', ['image', 'inspect', baseImage], { allowFailure: true });
  if (present.ok) {
    const standIn = JSON.parse(present.out)[0].Config?.Labels?.['org.zactonics.stand-in'];
    console.log(`   ${baseImage} is present${standIn ? ` (the stand-in: ${standIn})` : ''}`);
    return;
  }
  // The tarball is cached per node version: the stand-in runs the node of the machine.
  const tarball = join(cacheDir, `stand-in-bookworm-minbase-node-${process.version}.tar`);
  if (!existsSync(tarball)) {
    if (!hasCommand('debootstrap')) aptInstall(['debootstrap']);
    const rootfs = mkdtempSync(join(tmpdir(), 'zac-stand-in-rootfs-'));
    try {
      const mirror = debianMirror();
      console.log(`   debootstrap --variant=minbase bookworm from ${mirror}`);
      asRoot('debootstrap', ['--variant=minbase', 'bookworm', rootfs, mirror]);
      asRoot('cp', [process.execPath, join(rootfs, 'usr/local/bin/node')]);
      mkdirSync(cacheDir, { recursive: true });
      asRoot('sh', [
        '-c',
        `tar -C "${rootfs}" -cf "${tarball}.part" . && mv "${tarball}.part" "${tarball}"`,
      ]);
    } finally {
      asRoot('rm', ['-rf', rootfs]);
    }
  }
  const label = `Debian bookworm minbase + node ${process.version}, made by scripts/container-test.mjs`;
  docker(
    'import',
    '--change',
    'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    '--change',
    `LABEL org.zactonics.stand-in="${label}"`,
    tarball,
    baseImage,
  );
  console.log(`   imported ${tarball} as ${baseImage}`);
}

async function bundle() {
  if (process.env.CONTAINER_TEST_SKIP_BUILD !== '1') run('pnpm', ['build']);
  const out = mkdtempSync(join(tmpdir(), 'zac-container-bundle-'));
  cleanups.push(() => rmSync(out, { recursive: true, force: true }));
  run('sh', ['scripts/container-bundle.sh', out]);
  facts.bundle = run('du', ['-sh', out]).out.split(/\s/)[0];
  facts.roles = readFileSync(join(out, 'server/dist/config.js'), 'utf8').includes('HUB_ROLE');
  console.log(`   ${out}: ${facts.bundle}`);
  return out;
}

/**
 * BuildKit when a client here can drive it (a client with the buildx plugin, or Debian's own
 * docker.io 20.10 client, which has it built in): about twice as fast as the classic builder on
 * the 20,000 files of node_modules. Otherwise the classic builder, which the Dockerfile's stage
 * order serves too.
 */
function builder() {
  if (run('docker', ['buildx', 'version'], { allowFailure: true }).ok) {
    return { client: 'docker', name: 'BuildKit (buildx)', buildKit: '1' };
  }
  const debian = '/usr/bin/docker';
  const version = existsSync(debian)
    ? run(debian, ['version', '--format', '{{.Client.Version}}'], { allowFailure: true }).out
    : '';
  const major = Number(version.split('.')[0]);
  if (major >= 18 && major < 23) {
    return { client: debian, name: `BuildKit (docker.io ${version} client)`, buildKit: '1' };
  }
  return { client: 'docker', name: 'the classic builder', buildKit: '0' };
}

function buildImage(context) {
  const chosen = builder();
  console.log(`   with ${chosen.name}`);
  // No network: everything comes from the context and the base image.
  const flags = '--network none --target runtime-prebuilt'.split(' ');
  run(chosen.client, ['build', ...flags, '-f', dockerfile, '-t', image, context], {
    env: { DOCKER_BUILDKIT: chosen.buildKit },
  });
  cleanups.push(() => run('docker', ['rmi', '-f', image], { allowFailure: true }));
  const [inspected] = JSON.parse(docker(words('image inspect'), image));
  const [base] = JSON.parse(docker(words('image inspect'), baseImage));
  facts.imageMb = inspected.Size / 1e6;
  facts.appMb = (inspected.Size - base.Size) / 1e6;
  console.log(
    `   ${image}: ${facts.imageMb.toFixed(0)} MB, ${facts.appMb.toFixed(0)} MB of it above ${baseImage}`,
  );

  if (inspected.Config.User !== 'hub') {
    throw new Error(`the image runs as "${inspected.Config.User}"`);
  }
  const uid = docker(words('run --rm --network none --entrypoint id'), image, '-u');
  if (uid === '0') throw new Error('the image runs as root');
  // Production dependencies only, no sources, and the assets the server serves.
  const contents = JSON.parse(
    docker(words('run --rm --network none --entrypoint node'), image, '-e', CONTENTS_PROBE),
  );
  if (contents.devDependencies.length || contents.sources || !contents.widget || !contents.admin) {
    throw new Error(`unexpected image contents: ${JSON.stringify(contents)}`);
  }
  console.log(
    `   runs as uid ${uid} (hub); no dev dependencies nor sources; widget and console assets present`,
  );
}

/** Run inside the image: what /app holds. */
const CONTENTS_PROBE = `
  const fs = require('fs');
  const store = fs.readdirSync('/app/server/node_modules/.pnpm');
  const dev = /^(typescript|vitest|@swc\\+core|eslint|rollup|prettier|playwright-core)@/;
  console.log(JSON.stringify({
    devDependencies: store.filter((name) => dev.test(name)),
    sources: fs.existsSync('/app/server/src'),
    widget: fs.existsSync('/app/widget/dist/widget.js'),
    admin: fs.existsSync('/app/admin/dist/index.html'),
  }));
`;

async function startHub() {
  await sql(`CREATE DATABASE ${database}`);
  cleanups.push(() => sql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  cleanups.push(async () => {
    const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  });

  // Before HUB_ROLE existed both containers ran the default role: two whole hubs.
  const roles = facts.roles ? ['api', 'worker'] : ['both', 'both'];
  console.log(
    `   roles: ${facts.roles ? 'api + worker' : 'HUB_ROLE not built yet: two default (both) hubs'}`,
  );
  const containers = [];
  for (const role of roles) {
    const name = `zac-ct-${containers.length ? 'worker' : 'api'}-${id}`;
    const port = await freePort();
    const env = {
      PORT: port,
      HOST: '127.0.0.1',
      DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
      REDIS_URL: redisUrl,
      HUB_REDIS_PREFIX: redisPrefix,
      HUB_BOOTSTRAP_API_KEY: apiKey,
      HUB_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
      ...(role === 'both' ? {} : { HUB_ROLE: role }),
    };
    cleanups.push(() => run('docker', ['rm', '-f', name], { allowFailure: true }));
    docker(
      words('run --detach --network host --name'),
      name,
      // compose.yaml's restrictions: the hub must start, run and drain under them.
      words('--read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges'),
      // The image's health command, asked every 2 s instead of 10 so the test need not wait.
      words('--health-interval 2s'),
      ...Object.entries(env).flatMap(([key, value]) => ['--env', `${key}=${value}`]),
      image,
    );
    containers.push({ name, port, role });
  }
  for (const container of containers) {
    await until(`${container.name} to report healthy`, 120_000, () => {
      const state = containerState(container.name);
      if (!state.Running) {
        process.stderr.write(logs(container.name));
        throw new Error(`${container.name} exited with ${state.ExitCode}`);
      }
      return state.Health?.Status === 'healthy';
    });
    const health = await (await fetch(`http://127.0.0.1:${container.port}/readyz`)).json();
    // From the container's start to the hub's first line (it prints once it listens).
    const startedAt = Date.parse(containerState(container.name).StartedAt);
    const firstLine = Date.parse(docker(words('logs --timestamps'), container.name).split(' ')[0]);
    console.log(
      `   ${container.name} (${container.role}, port ${container.port}): listening ` +
        `${((firstLine - startedAt) / 1000).toFixed(1)} s after its start, Docker reports it ` +
        `healthy; /readyz ${JSON.stringify(health)}`,
    );
  }
  return containers;
}

async function scenario(api) {
  const started = performance.now();
  const { startRun } = await graphql(
    api.port,
    `
      mutation ($input: StartRunInput!) {
        startRun(input: $input) {
          id
          status
        }
      }
    `,
    {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question: 'How long do I have to return an item?' },
      },
    },
  );
  const run = await until('the run to finish', 60_000, async () => {
    const { run } = await graphql(
      api.port,
      `
        query ($id: ID!) {
          run(id: $id) {
            status
            errorCode
            error
            provider
          }
        }
      `,
      { id: startRun.id },
    );
    return ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status) && run;
  });
  if (run.status !== 'SUCCEEDED') throw new Error(`the run ended ${JSON.stringify(run)}`);
  facts.runMs = performance.now() - started;
  console.log(
    `   support/faq-resolution started on the API: SUCCEEDED (${run.provider}) in ${facts.runMs.toFixed(0)} ms`,
  );
}

function stopHub(containers) {
  // API first, as a rolling stop would; each with docker's default 10 s before SIGKILL (the
  // image's HUB_SHUTDOWN_TIMEOUT_MS is 8 s).
  for (const container of containers) {
    const signalled = Date.now();
    docker('stop', container.name);
    const returned = (Date.now() - signalled) / 1000;
    const state = containerState(container.name);
    const exited = (Date.parse(state.FinishedAt) - signalled) / 1000;
    const output = logs(container.name);
    console.log(
      `   docker stop ${container.name}: exit ${state.ExitCode}, ${exited.toFixed(1)} s after ` +
        `SIGTERM (docker stop returned after ${returned.toFixed(1)} s)` +
        `${/"msg":"Stopped\."/.test(output) ? ', drained: "Stopped."' : ''}`,
    );
    if (state.ExitCode !== 0 || state.OOMKilled || exited >= 10) {
      process.stderr.write(output);
      throw new Error(`${container.name} did not drain and exit 0 within 10 s of SIGTERM`);
    }
  }
}

const hasCompose = () =>
  run('docker', ['compose', 'version'], { allowFailure: true }).ok || hasCommand('docker-compose');

/** Compose v2 when the client has it, else Debian's docker-compose 1.29, which reads this file too. */
function validateCompose() {
  const v2 = run('docker', ['compose', 'version'], { allowFailure: true }).ok;
  const [command, args] = v2 ? ['docker', ['compose']] : ['docker-compose', []];
  // compose.yaml requires a database password from the environment.
  const env = { POSTGRES_PASSWORD: 'compose-config-check' };
  run(command, [...args, '-f', 'compose.yaml', 'config', '--quiet'], { env });
  const version = run(command, [...args, 'version', '--short'], { allowFailure: true }).out;
  console.log(`   ${[command, ...args].join(' ')} config (${version}): valid`);
}

const started = performance.now();
let failed;
try {
  await phase('Docker engine', engine);
  await phase(`base image ${baseImage}`, standInBaseImage);
  const context = await phase('app tree (pnpm build, container-bundle.sh)', bundle);
  await phase('image build (--target runtime-prebuilt)', () => buildImage(context));
  const containers = await phase('start: one API and one worker container', startHub);
  await phase('scenario through GraphQL', () => scenario(containers[0]));
  await phase('docker stop (SIGTERM drain)', () => stopHub(containers));
  await phase('compose.yaml', validateCompose);
} catch (error) {
  failed = error;
} finally {
  const cleanupStarted = performance.now();
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
  timings.push(['clean-up', (performance.now() - cleanupStarted) / 1000]);
}

console.log('\n== timings');
for (const [name, seconds] of timings)
  console.log(`   ${seconds.toFixed(1).padStart(6)} s  ${name}`);
console.log(`   ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  total`);
if (failed) {
  console.error(`\ncontainer test FAILED: ${failed.stack ?? failed}`);
  process.exit(1);
}
console.log('\ncontainer test passed');
