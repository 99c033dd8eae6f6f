// Size budget: the launcher every shop page pays for, and what opening the chat loads on top.
// Fails (exit 1) when either gzip size is over budget. Run after `pnpm build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const LAUNCHER_MAX = 10 * 1024;
const LAZY_MAX = 45 * 1024;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const launcher = join(dist, 'widget.js');
const chunkDir = join(dist, 'widget');
if (!existsSync(launcher) || !existsSync(chunkDir)) {
  console.error('dist/ is missing: run `pnpm build` first.');
  process.exit(1);
}
const chunks = readdirSync(chunkDir).filter((f) => f.endsWith('.js'));
const launcherSize = gz(launcher);
const lazySize = chunks.reduce((sum, f) => sum + gz(join(chunkDir, f)), 0);

const row = (name, size, max) =>
  `${size <= max ? 'ok  ' : 'FAIL'} ${name.padEnd(28)} ${String(size).padStart(6)} B gzip (budget ${max} B)`;
console.log(row('dist/widget.js (launcher)', launcherSize, LAUNCHER_MAX));
console.log(row(`dist/widget/*.js (${chunks.length} lazy)`, lazySize, LAZY_MAX));
if (launcherSize > LAUNCHER_MAX || lazySize > LAZY_MAX) process.exit(1);
