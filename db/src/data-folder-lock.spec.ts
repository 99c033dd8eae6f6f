import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FOLDER_LOCK_FILE, DataFolderInUseError, lockDataFolder } from './data-folder-lock.js';
import { openDatabase } from './data-source.js';
import { createTestDatabase } from './testing/test-database.js';

let dir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zactonics-lock-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** A process that just waits, and its start time as the lock file records it. */
async function sleeper(): Promise<{ pid: number; startTicks: number }> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
    stdio: 'ignore',
  });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  const pid = child.pid as number;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  return { pid, startTicks };
}

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

const writeLock = (holder: object | string) =>
  writeFile(
    join(dir, DATA_FOLDER_LOCK_FILE),
    typeof holder === 'string' ? holder : JSON.stringify(holder),
  );

const lockedPid = async () =>
  (JSON.parse(await readFile(join(dir, DATA_FOLDER_LOCK_FILE), 'utf8')) as { pid: number }).pid;

describe('lockDataFolder', () => {
  it('refuses a folder another live process holds, naming that process', async () => {
    const other = await sleeper();
    await writeLock({ pid: other.pid, host: 'here', startTicks: other.startTicks });

    const refusal = await lockDataFolder(dir).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(DataFolderInUseError);
    expect((refusal as Error).message).toContain(
      `the data folder ${dir} is in use by process ${other.pid}`,
    );
    expect(await lockedPid()).toBe(other.pid);
  });

  it('takes over a lock left by a process that died without releasing it (kill -9)', async () => {
    await writeLock({ pid: await deadPid(), host: 'here', startTicks: 1 });

    const lock = await lockDataFolder(dir);

    expect(await lockedPid()).toBe(process.pid);
    await lock.release();
  });

  it('takes over a lock whose pid now belongs to a later process (a reused pid)', async () => {
    const other = await sleeper();
    await writeLock({ pid: other.pid, host: 'here', startTicks: other.startTicks - 1 });

    const lock = await lockDataFolder(dir);

    expect(await lockedPid()).toBe(process.pid);
    await lock.release();
  });

  it('takes over a damaged lock file', async () => {
    await writeLock('{"pid":');

    const lock = await lockDataFolder(dir);

    expect(await lockedPid()).toBe(process.pid);
    await lock.release();
  });

  it('refuses a second lock in the same process, and allows one after release', async () => {
    const first = await lockDataFolder(dir);
    await expect(lockDataFolder(dir)).rejects.toBeInstanceOf(DataFolderInUseError);

    await first.release();
    expect(await readdir(dir)).toEqual([]);
    const second = await lockDataFolder(dir);
    await second.release();
  });

  it('gives the folder to one of several opens started together in one process', async () => {
    await writeLock({ pid: await deadPid(), host: 'here', startTicks: 1 });

    const outcomes = await Promise.allSettled([1, 2, 3].map(() => lockDataFolder(dir)));

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await lockedPid()).toBe(process.pid);
    for (const o of outcomes) {
      if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(DataFolderInUseError);
      else await o.value.release();
    }
  });
});

describe('openDatabase on PGlite', () => {
  it('refuses a data folder that is already open, and opens it again once closed', async () => {
    const folder = await createTestDatabase({}); // PGlite, whatever DATABASE_URL says
    try {
      const first = await openDatabase(folder.options);
      await expect(openDatabase(folder.options)).rejects.toThrow(
        `the data folder ${folder.options.dataDir} is in use by process ${process.pid}`,
      );
      await first.close();

      const second = await openDatabase(folder.options);
      expect(await second.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await second.close();
    } finally {
      await folder.drop();
    }
  });
});
