// A scenario's input form, read from its JSON Schema (Scenario.inputSchema, the schema the hub
// validates startRun input with): the fields to show, the form's state, and the checks that
// explain a wrong value in words before the hub is asked. The hub checks the input again; this
// covers the subset the scenarios use (strings, emails, dates, numbers, integers, booleans, enums,
// lists of strings or enum values, nested objects, and a choice between object shapes). Anything
// else is edited as JSON.

/** The part of JSON Schema the form reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  description?: string;
  title?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export type FieldKind =
  | 'text'
  | 'email'
  | 'date'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'text-list'
  | 'choice-list'
  | 'object'
  | 'json';

export interface FormField {
  /** Dotted path from the input's root (`address.city`). */
  path: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  schema: JsonSchema;
  /** Choices of a `choice` or `choice-list` field. */
  options: string[];
  /** Fields of an `object`. */
  children: FormField[];
}

/** One shape of the input (a schema with anyOf offers several: the owner picks one). */
export interface FormShape {
  label: string;
  fields: FormField[];
}

/** A field's value as typed: text, a checkbox, the picked choices. */
export type DraftValue = string | boolean | string[];
export type Draft = Record<string, DraftValue>;
/** Messages by field path ('' for the input as a whole). */
export type FieldErrors = Record<string, string>;

import { t } from '../i18n/index.js';

const typeOf = (schema: JsonSchema): string | undefined =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/** `orderNumber` -> "Order number", `amountCents` -> "Amount (cents)". */
export function labelOf(name: string, schema?: JsonSchema): string {
  if (schema?.title) return schema.title;
  const cents = /Cents$/.test(name);
  const words = name
    .replace(/Cents$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return cents ? t('scenarios.inCents', { label }) : label;
}

function fieldOf(path: string, name: string, schema: JsonSchema, required: boolean): FormField {
  const field = (kind: FieldKind, options: string[] = [], children: FormField[] = []) => ({
    path,
    label: labelOf(name, schema),
    kind,
    required,
    schema,
    options,
    children,
  });
  if (schema.enum && schema.enum.every((v) => typeof v === 'string')) {
    return field('choice', schema.enum as string[]);
  }
  switch (typeOf(schema)) {
    case 'string':
      if (schema.format === 'email') return field('email');
      if (schema.format === 'date') return field('date');
      return field('text');
    case 'integer':
      return field('integer');
    case 'number':
      return field('number');
    case 'boolean':
      return field('boolean');
    case 'array': {
      const items = schema.items ?? {};
      if (items.enum && items.enum.every((v) => typeof v === 'string')) {
        return field('choice-list', items.enum as string[]);
      }
      return typeOf(items) === 'string' ? field('text-list') : field('json');
    }
    case 'object':
      return schema.properties ? field('object', [], fieldsOf(schema, `${path}.`)) : field('json');
    default:
      return field('json');
  }
}

function fieldsOf(schema: JsonSchema, prefix = ''): FormField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldOf(`${prefix}${name}`, name, property, required.has(name)),
  );
}

/**
 * The input's shapes: one for a plain object schema; one per object in `anyOf`/`oneOf`, labelled
 * by the fields it requires ("Order number" or "Ship to state, Amount (cents)"). Null when the
 * schema is not an object the form can show (then the input is edited as JSON).
 */
export function shapesOf(schema: JsonSchema | null | undefined): FormShape[] | null {
  if (!schema) return null;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    if (!variants.every((v) => typeOf(v) === 'object' && v.properties)) return null;
    return variants.map((variant, i) => {
      const fields = fieldsOf(variant);
      const named = fields.filter((f) => f.required).map((f) => f.label);
      return {
        label: named.length ? named.join(', ') : t('scenarios.shape', { number: i + 1 }),
        fields,
      };
    });
  }
  if (typeOf(schema) !== 'object') return null;
  return [{ label: t('scenarios.input'), fields: fieldsOf(schema) }];
}

/** The shape a given input fits best: the first whose required fields it all has. */
export function shapeFor(shapes: FormShape[], input: Record<string, unknown>): number {
  const index = shapes.findIndex((shape) =>
    shape.fields.filter((f) => f.required).every((f) => input[f.path] !== undefined),
  );
  return Math.max(index, 0);
}

const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      value,
    );

/** The form's state for an input (the sample, or what the JSON editor holds); defaults fill gaps. */
export function draftOf(fields: FormField[], input: Record<string, unknown>): Draft {
  const draft: Draft = {};
  const fill = (list: FormField[]) => {
    for (const field of list) {
      if (field.kind === 'object') {
        fill(field.children);
        continue;
      }
      const given = at(input, field.path);
      const value = given === undefined ? field.schema.default : given;
      switch (field.kind) {
        case 'boolean':
          draft[field.path] = value === true;
          break;
        case 'text-list':
          draft[field.path] = Array.isArray(value) ? value.map(String).join('\n') : '';
          break;
        case 'choice-list':
          draft[field.path] = Array.isArray(value) ? value.map(String) : [];
          break;
        case 'json':
          draft[field.path] = value === undefined ? '' : JSON.stringify(value);
          break;
        default:
          draft[field.path] = value === undefined || value === null ? '' : String(value);
      }
    }
  };
  fill(fields);
  return draft;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
}

/**
 * The typed input the form's state stands for, and the messages of fields whose text is not a
 * value of their type (a number field holding "abc"). Empty optional fields are left out, so the
 * hub applies its defaults; an unticked optional checkbox is false only when it has a default.
 */
export function inputOf(
  fields: FormField[],
  draft: Draft,
): { value: Record<string, unknown>; errors: FieldErrors } {
  const value: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  const take = (list: FormField[]) => {
    for (const field of list) {
      if (field.kind === 'object') {
        take(field.children);
        continue;
      }
      const raw = draft[field.path];
      switch (field.kind) {
        case 'boolean':
          if (raw === true || field.required || field.schema.default !== undefined) {
            setAt(value, field.path, raw === true);
          }
          break;
        case 'choice-list':
          if (Array.isArray(raw) && (raw.length > 0 || field.required)) {
            setAt(value, field.path, raw);
          }
          break;
        case 'text-list': {
          const items = String(raw ?? '')
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean);
          if (items.length > 0 || field.required) setAt(value, field.path, items);
          break;
        }
        case 'integer':
        case 'number': {
          const text = String(raw ?? '').trim();
          if (text === '') break;
          const number = Number(text);
          if (!Number.isFinite(number))
            errors[field.path] = t('scenarios.mustBeNumber', { label: field.label });
          else setAt(value, field.path, number);
          break;
        }
        case 'json': {
          const text = String(raw ?? '').trim();
          if (text === '') break;
          try {
            setAt(value, field.path, JSON.parse(text));
          } catch {
            errors[field.path] = t('scenarios.mustBeJson', { label: field.label });
          }
          break;
        }
        default: {
          const text = String(raw ?? '').trim();
          if (text !== '') setAt(value, field.path, text);
        }
      }
    }
  };
  take(fields);
  return { value, errors };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with an input, field by field, in words ("Order number is required.", "Duration
 * minutes must be at least 15."). `examples` (the sample input) shows the expected form of a
 * field whose pattern the value misses. Empty when the form finds nothing wrong.
 */
export function validate(
  fields: FormField[],
  input: Record<string, unknown>,
  examples: Record<string, unknown> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  const check = (list: FormField[]) => {
    for (const field of list) {
      const value = at(input, field.path);
      if (value === undefined) {
        if (field.required) errors[field.path] = t('scenarios.required', { label: field.label });
        continue;
      }
      const message =
        field.kind === 'object'
          ? (check(field.children), null)
          : problemOf(field, value, at(examples, field.path));
      if (message) errors[field.path] = message;
    }
  };
  check(fields);
  return errors;
}

function problemOf(field: FormField, value: unknown, example: unknown): string | null {
  const { label, schema } = field;
  switch (field.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : t('scenarios.mustBeYesOrNo', { label });
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return t('scenarios.mustBeNumber', { label });
      }
      if (field.kind === 'integer' && !Number.isInteger(value)) {
        return t('scenarios.mustBeWholeNumber', { label });
      }
      return boundsOf(label, value, schema);
    case 'choice':
      return field.options.includes(String(value))
        ? null
        : t('scenarios.mustBeOneOf', { label, options: field.options.join(', ') });
    case 'choice-list':
    case 'text-list': {
      if (!Array.isArray(value)) return t('scenarios.mustBeList', { label });
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        return field.kind === 'choice-list'
          ? t('scenarios.chooseAtLeast', { count: schema.minItems, label: label.toLowerCase() })
          : t('scenarios.needsItems', { count: schema.minItems, label });
      }
      if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        return t('scenarios.tooManyItems', { count: schema.maxItems, label });
      }
      for (const item of value) {
        const problem =
          field.kind === 'choice-list'
            ? field.options.includes(String(item))
              ? null
              : t('scenarios.notOneOf', { value: String(item), options: field.options.join(', ') })
            : textProblem(
                t('scenarios.eachOf', { label: label.toLowerCase() }),
                item,
                schema.items ?? {},
                undefined,
              );
        if (problem) {
          return field.kind === 'choice-list'
            ? t('scenarios.listProblem', { label, problem })
            : problem;
        }
      }
      return null;
    }
    case 'json':
      return null;
    default:
      return textProblem(label, value, schema, example);
  }
}

function textProblem(
  label: string,
  value: unknown,
  schema: JsonSchema,
  example: unknown,
): string | null {
  if (typeof value !== 'string') return t('scenarios.mustBeText', { label });
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    return schema.minLength === 1
      ? t('scenarios.cannotBeEmpty', { label })
      : t('scenarios.needsCharacters', { count: schema.minLength, label });
  }
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    return t('scenarios.tooManyCharacters', { count: schema.maxLength, label });
  }
  if (schema.format === 'email' && !EMAIL.test(value)) {
    return t('scenarios.mustBeEmail', { label });
  }
  if (schema.format === 'date' && !(DATE.test(value) && !Number.isNaN(Date.parse(value)))) {
    return t('scenarios.mustBeDate', { label });
  }
  if (schema.pattern && schema.format !== 'email' && schema.format !== 'date') {
    let pattern: RegExp | null = null;
    try {
      pattern = new RegExp(schema.pattern, 'u');
    } catch {
      // A pattern this browser cannot read is left to the hub.
    }
    if (pattern && !pattern.test(value)) {
      return typeof example === 'string'
        ? t('scenarios.notInFormLike', { label, example })
        : t('scenarios.notInForm', { label });
    }
  }
  return null;
}

function boundsOf(label: string, value: number, schema: JsonSchema): string | null {
  if (schema.minimum !== undefined && value < schema.minimum) {
    return t('scenarios.atLeast', { label, limit: schema.minimum });
  }
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
    return t('scenarios.moreThan', { label, limit: schema.exclusiveMinimum });
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    return t('scenarios.atMost', { label, limit: schema.maximum });
  }
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
    return t('scenarios.lessThan', { label, limit: schema.exclusiveMaximum });
  }
  return null;
}

/** Parses the JSON editor's text: a JSON object, or the reason it is not one. */
export function parseInput(text: string): { value: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      error: t('scenarios.invalidJson', {
        error: error instanceof Error ? error.message : String(error),
      }),
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: t('scenarios.notAnObject') };
  }
  return { value: value as Record<string, unknown> };
}
