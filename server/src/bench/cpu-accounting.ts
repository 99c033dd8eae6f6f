import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where a machine's CPU went during a bench phase, from Linux's /proc: the whole machine's busy
 * share, and CPU time by process group (the hub's own processes by pid, PostgreSQL and Redis by
 * name). It tells a scaling figure's bottleneck from the workers' own cost: when the machine is
 * already busy with one worker, a second has no core to run on.
 */
export interface CpuSnapshot {
  machineBusyTicks: number;
  machineTotalTicks: number;
  ticksByGroup: Record<string, number>;
}

export type ProcessGroups = Record<string, (pid: number, name: string) => boolean>;

/** USER_HZ: the unit of /proc's CPU times; 100 on every Linux build Node supports. */
const TICKS_PER_SECOND = 100;

export function cpuSnapshot(groups: ProcessGroups): CpuSnapshot | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined; // not Linux: the figures are left out
  }
  // cpu  user nice system idle iowait irq softirq steal ...
  const fields = (stat.split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const ticksByGroup: Record<string, number> = Object.fromEntries(
    Object.keys(groups).map((group) => [group, 0]),
  );
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const process = processTicks(pid);
    if (!process) continue;
    for (const [group, belongs] of Object.entries(groups)) {
      if (belongs(pid, process.name))
        ticksByGroup[group] = (ticksByGroup[group] ?? 0) + process.ticks;
    }
  }
  return { machineBusyTicks: total - idle, machineTotalTicks: total, ticksByGroup };
}

/** The machine's busy share between two snapshots, and CPU milliseconds per unit of work. */
export function cpuBetween(
  before: CpuSnapshot | undefined,
  after: CpuSnapshot | undefined,
  units: number,
) {
  if (!before || !after) return undefined;
  const busy = after.machineBusyTicks - before.machineBusyTicks;
  const total = after.machineTotalTicks - before.machineTotalTicks;
  const msPerUnit = (ticks: number) =>
    Math.round(((ticks * 1000) / TICKS_PER_SECOND / units) * 10) / 10;
  return {
    machineBusyShare: total > 0 ? Math.round((busy / total) * 1000) / 1000 : null,
    cpuMsPerRunByProcess: Object.fromEntries(
      Object.keys(after.ticksByGroup).map((group) => [
        group,
        msPerUnit((after.ticksByGroup[group] ?? 0) - (before.ticksByGroup[group] ?? 0)),
      ]),
    ),
    machineCpuMsPerRun: msPerUnit(busy),
  };
}

function processTicks(pid: number): { name: string; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (name) state ppid ...: the name may hold spaces, so split after its closing paren.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const rest = stat.slice(close + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line: 11 and 12 after "state".
    return { name, ticks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return undefined; // it exited meanwhile
  }
}
