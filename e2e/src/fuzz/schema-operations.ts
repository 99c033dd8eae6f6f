import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** The committed SDL of one endpoint, as clients see it. */
export function loadSchema(file: 'schema.graphql' | 'widget.graphql'): GraphQLSchema {
  const path = fileURLToPath(new URL(`../../../schema/${file}`, import.meta.url));
  return buildSchema(readFileSync(path, 'utf8'));
}

/** What kind of hostile value an input position takes. */
export type PositionKind = 'string' | 'id' | 'json' | 'int' | 'float';

/** One place in an operation's variables where a hostile value goes (`input.title`, `id`). */
export interface InputPosition {
  label: string;
  kind: PositionKind;
  /** Returns a copy of `variables` with `value` at this position (in a list: `[value]`). */
  apply(variables: Record<string, unknown>, value: unknown): Record<string, unknown>;
}

/** A minimal valid operation for one root field, with every position a hostile value can take. */
export interface FieldOperation {
  /** `Query.agent`, `Mutation.startRun`. */
  name: string;
  root: 'query' | 'mutation';
  field: string;
  document: string;
  args: readonly GraphQLArgument[];
  positions: InputPosition[];
}

/** Fills a value the server accepts for a type (and for the argument or field it is named by). */
export type Filler = (type: GraphQLInputType, name: string) => unknown;

const MAX_INPUT_NESTING = 3;

/**
 * Every query and mutation field of `schema`, each as one operation with its arguments passed as
 * variables (so hostile values travel as JSON, as a real client sends them) and a shallow
 * selection of scalar fields.
 */
export function fieldOperations(schema: GraphQLSchema, fill: Filler): FieldOperation[] {
  const operations: FieldOperation[] = [];
  for (const root of ['query', 'mutation'] as const) {
    const type = root === 'query' ? schema.getQueryType() : schema.getMutationType();
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const positions: InputPosition[] = [];
      for (const arg of field.args) {
        collectPositions(arg.type, [arg.name], [arg.type], false, fill, positions);
      }
      operations.push({
        name: `${type.name}.${field.name}`,
        root,
        field: field.name,
        document: documentFor(root, field),
        args: field.args,
        positions,
      });
    }
  }
  return operations;
}

function documentFor(root: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => {
    // An argument with a default may be omitted: its variable is declared nullable, so an absent
    // variable leaves the default in place.
    const type =
      arg.defaultValue !== undefined && isNonNullType(arg.type)
        ? String(getNullableType(arg.type))
        : String(arg.type);
    return `$${arg.name}: ${type}`;
  });
  const header = variables.length ? `(${variables.join(', ')})` : '';
  const args = field.args.length
    ? `(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})`
    : '';
  return `${root} Fuzz_${field.name}${header} { ${field.name}${args} ${selectionFor(field.type, 0)} }`;
}

/**
 * The scalar fields of the returned object; one level further only for a page's `items` and for
 * an object with almost no scalars of its own (`CreatedApiKey { apiKey { ... } plainKey }`).
 * Shallow on purpose: the operation limits bound depth and cost, and the fuzz is about inputs.
 */
function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const callable = Object.values(named.getFields()).filter((f) =>
    f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
  const leaves = callable.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
  const objects = callable.filter((f) => isObjectType(getNamedType(f.type)));
  const nested =
    depth > 0
      ? []
      : objects
          .filter((f) => f.name === 'items' || leaves.length < 2)
          .map((f) => `${f.name} ${selectionFor(f.type, depth + 1)}`);
  const parts = [...leaves, ...nested];
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

function kindOf(typeName: string): PositionKind | undefined {
  switch (typeName) {
    case 'String':
      return 'string';
    case 'ID':
      return 'id';
    case 'JSON':
    case 'JSONObject':
      return 'json';
    case 'Int':
    case 'SafeInt':
      return 'int';
    case 'Float':
      return 'float';
    default:
      return undefined;
  }
}

function collectPositions(
  type: GraphQLInputType,
  path: string[],
  types: GraphQLInputType[],
  inList: boolean,
  fill: Filler,
  out: InputPosition[],
): void {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    collectPositions(nullable.ofType as GraphQLInputType, path, types, true, fill, out);
    return;
  }
  if (isScalarType(nullable)) {
    const kind = kindOf(nullable.name);
    if (!kind) return;
    out.push({
      label: path.join('.') + (inList ? '[]' : ''),
      kind,
      apply: (variables, value) => setAt(variables, path, types, inList ? [value] : value, fill),
    });
    return;
  }
  if (isInputObjectType(nullable) && path.length <= MAX_INPUT_NESTING) {
    for (const field of Object.values(nullable.getFields())) {
      collectPositions(
        field.type,
        [...path, field.name],
        [...types, field.type],
        inList,
        fill,
        out,
      );
    }
  }
}

/**
 * A deep copy of `variables` with `value` at `path`; an input object on the way that the
 * baseline left out is created with its required fields filled.
 */
function setAt(
  variables: Record<string, unknown>,
  path: string[],
  types: GraphQLInputType[],
  value: unknown,
  fill: Filler,
): Record<string, unknown> {
  const copy = structuredClone(variables);
  let target: Record<string, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      target[key] = value;
      return;
    }
    if (typeof target[key] !== 'object' || target[key] === null) {
      target[key] = fill(types[i] as GraphQLInputType, key);
    }
    target = target[key] as Record<string, unknown>;
  });
  return copy;
}

/** Required arguments (and required fields of input objects) filled, optional ones left out. */
export function requiredValues(
  args: readonly GraphQLArgument[],
  fill: Filler,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      values[arg.name] = fill(arg.type, arg.name);
    }
  }
  return values;
}

/**
 * A generic filler: a value of the right type for `name`, which `named` can override for
 * strings and ids (an email for `email`, a real run id for `id`).
 */
export function typedFiller(named: (typeName: 'String' | 'ID', name: string) => unknown): Filler {
  const fill: Filler = (type, name) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [fill(nullable.ofType as GraphQLInputType, name)];
    if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
    if (isInputObjectType(nullable)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(nullable.getFields())) {
        if (isNonNullType(field.type) && field.defaultValue === undefined) {
          value[field.name] = fill(field.type, field.name);
        }
      }
      return value;
    }
    switch ((nullable as { name: string }).name) {
      case 'String':
      case 'ID':
        return named((nullable as { name: 'String' | 'ID' }).name, name);
      case 'Int':
      case 'SafeInt':
        return 1;
      case 'Float':
        return 0.5;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
        return new Date().toISOString();
      case 'JSON':
      case 'JSONObject':
        return {};
      default:
        throw new Error(`no filler for ${String(nullable)} (${name})`);
    }
  };
  return fill;
}
