// Module hooks (node:module `register`) that let a child process run the hub from its TypeScript
// sources, as vitest runs them in-process: workspace packages resolve to their sources (the
// `source` export condition), `./x.js` imports between workspace sources find `./x.ts`, and
// TypeScript goes through swc with decorator metadata (type-graphql and TypeORM need it; esbuild
// cannot emit it). A spawned hub then never runs a stale build and needs no `pnpm build` first.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

const WORKSPACE = new URL('../../', import.meta.url).href;

const SWC_OPTIONS = {
  sourceMaps: 'inline',
  module: { type: 'es6' },
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
};

export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('@zactonics/')) {
    return nextResolve(specifier, { ...context, conditions: ['source', ...context.conditions] });
  }
  const parent = context.parentURL ?? '';
  if (
    specifier.startsWith('.') &&
    specifier.endsWith('.js') &&
    parent.startsWith(WORKSPACE) &&
    !parent.includes('/node_modules/')
  ) {
    const source = new URL(`${specifier.slice(0, -3)}.ts`, parent);
    if (existsSync(fileURLToPath(source))) return { url: source.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { code } = await transform(await readFile(filename, 'utf8'), { ...SWC_OPTIONS, filename });
  return { format: 'module', source: code, shortCircuit: true };
}
