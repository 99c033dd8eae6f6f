import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildHubSchema } from '../graphql/build-schema.js';
import { buildWidgetSchema } from '../graphql/build-widget-schema.js';

/**
 * Writes the committed schemas (the console's schema/schema.graphql and the widget's
 * schema/widget.graphql), or with --check fails when a committed file has drifted.
 */
const schemas: [string, () => Promise<GraphQLSchema>][] = [
  ['schema.graphql', buildHubSchema],
  ['widget.graphql', buildWidgetSchema],
];
const check = process.argv.includes('--check');

for (const [file, build] of schemas) {
  const target = fileURLToPath(new URL(`../../../schema/${file}`, import.meta.url));
  const sdl = `${printSchema(lexicographicSortSchema(await build()))}\n`;
  if (check) {
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed !== sdl) {
      console.error(
        `schema/${file} is out of date: run \`pnpm --filter @zactonics/server schema:emit\` and commit it.`,
      );
      process.exit(1);
    }
    console.log(`schema/${file} is up to date`);
  } else {
    await writeFile(target, sdl);
    console.log(`wrote ${target}`);
  }
}
