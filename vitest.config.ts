import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// esbuild (vitest's default transform) emits no decorator metadata, which type-graphql and
// TypeORM need, so every TypeScript file goes through swc with legacy decorators instead.
const decoratorsViaSwc = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
});

export default defineConfig({
  plugins: [decoratorsViaSwc],
  resolve: {
    // One graphql module for ESM and CJS importers alike ("another module or realm" otherwise).
    alias: { graphql: 'graphql/index.js' },
  },
  // Workspace packages resolve to their TypeScript sources (the `source` export condition), so
  // tests never run a stale build. The rest are Vite's default server conditions.
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['{db,schema,server,e2e}/src/**/*.{spec,e2e-spec}.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
