import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
    },
  },
  { files: ['eslint.config.js', 'vitest.config.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    // Services are what agents' tools call; a service never reaches into an agent's domain.
    files: ['server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?/(.*/)?domains/',
              message:
                'modules/ never imports domains/: an engine a service needs lives in server/src/engines/ (docs/ARCHITECTURE.md, "Agents: where the logic goes").',
            },
          ],
        },
      ],
    },
  },
  {
    // An agent's tools read and write through services, never with TypeORM directly.
    files: ['server/src/domains/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^typeorm(/|$)',
              message:
                'Tools are thin adapters: load and persist through a service in server/src/modules/, not a DataSource.',
            },
          ],
        },
      ],
    },
  },
  {
    // Engines are pure computation: no database, transport, I/O or clock, so every rule in them
    // is unit-tested with worked examples and a fixed time. Their tests may use anything.
    files: ['server/src/engines/**/*.ts', 'server/src/domains/*/engine/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^typeorm(/|$)',
              message: 'Engines are pure: the tool loads and persists through a service.',
            },
            {
              regex: '^(type-)?graphql(-[a-z-]+)?(/|$)|^(@apollo|@as-integrations)/',
              message: 'Engines are pure: no GraphQL.',
            },
            {
              regex: '^@zactonics/db(/|$)',
              allowTypeImports: true,
              message:
                'Engines are pure: entity types only (import type); the tool loads rows through a service.',
            },
            {
              regex:
                '^(node:)?(fs|fs/promises|http|https|http2|net|tls|dgram|dns|dns/promises|child_process|cluster|worker_threads|readline|os)$',
              message: 'Engines are pure: no I/O.',
            },
            {
              regex: '^\\.\\.?/(.*/)?(graphql|http|events|queue)/',
              message: 'Engines are pure: no transport, events or queues.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'process', 'XMLHttpRequest', 'WebSocket', 'setTimeout', 'setInterval'].map(
          (name) => ({ name, message: 'Engines are pure: no I/O, environment or timers.' }),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Engines read no clock: take `now` as an argument.',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'Engines read no clock: take `now` as an argument.',
        },
        {
          selector:
            "CallExpression[callee.object.name=/^(Date|performance)$/][callee.property.name='now']",
          message: 'Engines read no clock: take `now` as an argument.',
        },
      ],
    },
  },
  {
    // The agent runtime knows no transport: GraphQL and HTTP are edges that call into it, and
    // its errors are plain DomainErrors mapped to GraphQL errors there (graphql/domain-errors.ts).
    files: ['server/src/runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(type-)?graphql(-[a-z-]+)?(/|$)|^(@apollo|@as-integrations)/',
              message: 'The runtime is transport-agnostic: no GraphQL here.',
            },
            {
              regex: '^\\.\\.?/(.*/)?(graphql|http)/',
              message:
                'The runtime is transport-agnostic: server/src/graphql and server/src/http call into it, never the reverse.',
            },
          ],
        },
      ],
    },
  },
);
