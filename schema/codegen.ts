// GraphQL Code Generator: typed operations for every client, from the schema files the server
// emits (no running hub needed). Each client writes its operations with its own `graphql()`
// beside the code that uses them; `pnpm codegen` regenerates, `pnpm check:codegen` fails on drift.
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { ClientPresetConfig } from '@graphql-codegen/client-preset';

const CONSOLE_SCHEMA = 'schema.graphql';
const WIDGET_SCHEMA = 'widget.graphql';

// The hub's custom scalars, as they travel in JSON.
const scalars = {
  DateTimeISO: 'string',
  JSONObject: 'Record<string, unknown>',
  SafeInt: 'number',
};

const typesConfig = {
  scalars,
  strictScalars: true,
  // Enums as `as const` objects: a type for free, and a runtime list where a page needs one
  // (unused objects are tree-shaken from the bundles).
  enumType: 'const',
  useTypeImports: true,
  skipTypename: true,
  // Plain strings (with the types attached), so no GraphQL AST or parser ships to the browser.
  documentMode: 'string',
};

/** The client preset for one client's folder of operations. */
function client(schema: string, documents: string[]): CodegenConfig['generates'][string] {
  return {
    schema,
    documents: [...documents, '!**/gql/**'],
    preset: 'client',
    presetConfig: { fragmentMasking: false } satisfies ClientPresetConfig,
    config: typesConfig,
  };
}

const config: CodegenConfig = {
  overwrite: true,
  emitLegacyCommonJSImports: false,
  importExtension: '.js',
  generates: {
    '../admin/src/gql/': client(CONSOLE_SCHEMA, ['../admin/src/**/*.ts']),
    '../widget/src/gql/': client(WIDGET_SCHEMA, ['../widget/src/**/*.ts']),
    // e2e speaks to both endpoints: its widget operations live in widget-client.ts.
    '../e2e/src/gql/console/': client(CONSOLE_SCHEMA, [
      '../e2e/src/**/*.ts',
      '!../e2e/src/widget-client.ts',
    ]),
    '../e2e/src/gql/widget/': client(WIDGET_SCHEMA, ['../e2e/src/widget-client.ts']),
  },
};

export { config as default };
