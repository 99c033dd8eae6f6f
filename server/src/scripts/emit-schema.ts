import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildHubSchema } from '../graphql/build-schema.js';

/** Writes schema/schema.graphql, or with --check fails when the committed file has drifted. */
const target = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
const sdl = `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error(
      'schema/schema.graphql is out of date: run `pnpm --filter @zactonics/server schema:emit` and commit it.',
    );
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  await writeFile(target, sdl);
  console.log(`wrote ${target}`);
}
