import { cpus, loadavg } from 'node:os';
import { DEFAULT_POSTGRES_URL } from './ledger-fixtures.js';
import { measureLedger } from './ledger-bench.js';
import { round } from './stats.js';

/**
 * The ledger benchmark alone (`node server/dist/bench/ledger-main.js` after `pnpm build`); `pnpm
 * bench` runs it too, after the hub's figures. PostgreSQL from DATABASE_URL, else the machine's
 * server. Prints one JSON object on stdout, progress on stderr; exits 0 whatever the figures.
 */
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main() {
  const loadAtStart = round(loadavg()[0] ?? 0);
  const ledger = await measureLedger({
    serverUrl: process.env.DATABASE_URL || DEFAULT_POSTGRES_URL,
    log,
  });
  const report = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      loadAverage1m: { atStart: loadAtStart, atEnd: round(loadavg()[0] ?? 0) },
    },
    ledger,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
