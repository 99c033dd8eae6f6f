import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

// esbuild (vitest's default transform) emits no decorator metadata, which type-graphql and
// TypeORM need, so every TypeScript file goes through swc with legacy decorators instead.
const decoratorsViaSwc = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
});

// `pnpm test:database` (CI's PostgreSQL pass) runs only the specs that can reach a database: pure
// engines import no database (lint enforces it), so a second pass over them proves nothing new.
const PURE_SPECS = ['server/src/engines/**', 'server/src/domains/*/engine/**'];
// Nor the browser specs: they test what the console and the widget render and how they behave,
// through the same GraphQL the API e2e specs exercise on both databases; a second pass over them
// cost about five minutes of CI and proved nothing about PostgreSQL.
const BROWSER_SPECS = [
  'e2e/src/accounts-browser.e2e-spec.ts',
  'e2e/src/admin-console.e2e-spec.ts',
  'e2e/src/console-layout.e2e-spec.ts',
  'e2e/src/console-scenarios.e2e-spec.ts',
  'e2e/src/cost-budgets-console.e2e-spec.ts',
  'e2e/src/widget-browser-streaming.e2e-spec.ts',
  'e2e/src/widget-browser.e2e-spec.ts',
];
const databaseOnly = process.env.HUB_TEST_SCOPE === 'database';

export default defineConfig({
  plugins: [decoratorsViaSwc],
  resolve: {
    // One graphql module for ESM and CJS importers alike ("another module or realm" otherwise).
    alias: { graphql: 'graphql/index.js' },
  },
  // Workspace packages resolve to their TypeScript sources (the `source` export condition), so
  // tests never run a stale build. The rest are Vite's default server conditions but `module`:
  // vitest hands these to Node as --conditions for the packages it leaves to Node, and under
  // `module` OpenTelemetry's packages offer ESM builds with extensionless imports that Node
  // cannot load. Node never uses `module` when the hub runs, so the tests match production.
  ssr: { resolve: { conditions: ['source', 'node', 'development|production'] } },
  test: {
    include: ['{db,schema,server,e2e}/src/**/*.{spec,e2e-spec}.ts'],
    exclude: databaseOnly
      ? [...configDefaults.exclude, ...PURE_SPECS, ...BROWSER_SPECS]
      : configDefaults.exclude,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One module graph per worker, not per file: importing the server (type-graphql, TypeORM,
    // Apollo) took ~1.5 s of every file and its first queries ran cold; shared, the database
    // specs ran in half the time (389 s to 184 s for server/src/modules). Specs own no global
    // state: each opens its own database and hub and closes them, and restores any fake timers
    // or stubbed env it sets.
    isolate: false,
  },
});
