import { readFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { it, expect } from 'vitest';
import { buildHubSchema } from '../graphql/build-schema.js';
import { buildWidgetSchema } from '../graphql/build-widget-schema.js';

it('h4 schema drift', async () => {
  for (const [file, build] of [['schema.graphql', buildHubSchema], ['widget.graphql', buildWidgetSchema]] as const) {
    const sdl = `${printSchema(lexicographicSortSchema(await build()))}\n`;
    const committed = await readFile(new URL(`../../../schema/${file}`, import.meta.url), 'utf8');
    if (process.env.H4_WRITE) await (await import('node:fs/promises')).writeFile(`/tmp/h4/${file}`, sdl);
    expect(sdl === committed, file).toBe(true);
  }
});
