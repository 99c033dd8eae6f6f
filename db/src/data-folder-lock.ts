import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, mkdir, readFile, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** The lock file, inside the data folder (it moves with the folder; PGlite ignores it). */
export const DATA_FOLDER_LOCK_FILE = 'hub.lock';

/** What the lock file records about the process holding the folder. */
interface Holder {
  pid: number;
  host: string;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid apart. */
  startTicks: number | null;
}

export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';

  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data folder ${dataDir} is in use by process ${pid}: stop that hub first ` +
        '(embedded PGlite allows one process per data folder; use PostgreSQL to run several)',
    );
  }
}

export interface DataFolderLock {
  /** Removes the lock file; safe to call more than once. */
  release(): Promise<void>;
}

/** Folders this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

/**
 * Claims `dataDir` for this process, like PostgreSQL's postmaster.pid: a file naming the holder's
 * pid, created atomically (written aside, then hard-linked into place, so nobody reads it half
 * written). A lock whose holder is dead (killed with -9, crashed) is stale and taken over at once.
 *
 * Why not an mtime-refreshed lock (proper-lockfile): a long PGlite query blocks the event loop
 * (WebAssembly runs on it), the refresh stops, and after the stale period a second process would
 * take over a folder its live holder is still writing. A pid can be checked at any time.
 */
export async function lockDataFolder(dataDir: string): Promise<DataFolderLock> {
  const folder = resolve(dataDir);
  const path = join(folder, DATA_FOLDER_LOCK_FILE);
  // Claimed here before the file exists, so two opens in this process cannot both pass; a lock
  // file naming this pid is then a previous process's (see isAlive).
  if (heldHere.has(path)) throw new DataFolderInUseError(folder, process.pid);
  heldHere.add(path);
  try {
    await claim(path, folder);
  } catch (error) {
    heldHere.delete(path);
    throw error;
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      // Only our own file: never remove a lock another process took over meanwhile.
      if ((await readHolder(path))?.pid === process.pid) await unlink(path).catch(() => undefined);
      heldHere.delete(path);
    },
  };
}

async function claim(path: string, folder: string): Promise<void> {
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    startTicks: processInfo(process.pid)?.startTicks ?? null,
  };
  // Each turn either takes the lock, refuses, or removes a stale one; a few turns cover a race
  // with another newcomer.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusively(path, me)) return;
    const holder = await readHolder(path);
    if (holder === undefined) continue; // released between our attempt and the read
    if (isAlive(holder)) throw new DataFolderInUseError(folder, holder.pid);
    await removeStale(path, holder);
  }
  throw new Error(`could not lock the data folder ${folder}: its lock changed hands repeatedly`);
}

async function createExclusively(path: string, me: Holder): Promise<boolean> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(aside, JSON.stringify(me));
  try {
    await link(aside, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}

/** The holder the lock file names; undefined if there is none. Unreadable content counts as dead. */
async function readHolder(path: string): Promise<Holder | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    if (typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0) {
      return {
        pid: parsed.pid,
        host: String(parsed.host ?? ''),
        startTicks: typeof parsed.startTicks === 'number' ? parsed.startTicks : null,
      };
    }
  } catch {
    // fall through: not ours, or damaged
  }
  return { pid: 0, host: '', startTicks: null };
}

function isAlive(holder: Holder): boolean {
  // Our own pid in a lock we do not hold: a previous process with the same pid (a container's
  // pid 1 after a restart). Another host's pid cannot be checked from here: like PostgreSQL, the
  // pid decides (a folder shared over the network between hosts is not supported).
  if (holder.pid <= 0 || holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: alive, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid is taken: by the holder, unless it exited unreaped (a zombie) or the pid was reused
  // by a process started later.
  const now = processInfo(holder.pid);
  if (!now) return true;
  if (now.state === 'Z' || now.state === 'X') return false;
  return holder.startTicks === null || now.startTicks === holder.startTicks;
}

/**
 * Removes a stale lock that still names `stale`. Two newcomers may find the same stale lock: the
 * takeover directory lets one of them at a time check and remove it, so neither can remove the
 * lock the other has just created.
 */
async function removeStale(path: string, stale: Holder): Promise<void> {
  const guard = `${path}.takeover`;
  try {
    await mkdir(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A takeover takes milliseconds; an old guard was left by a process that died during one.
    const age = Date.now() - ((await stat(guard).catch(() => null))?.mtimeMs ?? Date.now());
    if (age > 5_000) await rmdir(guard).catch(() => undefined);
    else await new Promise((done) => setTimeout(done, 50));
    return;
  }
  try {
    const current = await readHolder(path);
    if (current && current.pid === stale.pid && current.startTicks === stale.startTicks) {
      await unlink(path).catch(() => undefined);
    }
  } finally {
    await rmdir(guard).catch(() => undefined);
  }
}

/** State and start time (clock ticks since boot) from /proc/<pid>/stat; null off Linux. */
function processInfo(pid: number): { state: string; startTicks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = Number(fields[19]); // field 22
    return Number.isFinite(startTicks) ? { state: fields[0] ?? '', startTicks } : null;
  } catch {
    return null;
  }
}
