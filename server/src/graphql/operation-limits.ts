import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { DomainError, type DomainErrorDetails } from '../errors.js';
import { domainErrorOf, toGraphQLError } from './domain-errors.js';
import { unstorableLiteral, unstorableText } from './storable-text.js';

/**
 * How much one GraphQL operation may ask for. Each bound stops a known attack before it costs
 * anything: `maxQueryBytes` and `maxTokens` bound parsing; `maxDepth` and `maxAliases` are
 * checked before the full validation (whose overlapping-fields rule is quadratic in the number of
 * aliases of one field); `maxCost` bounds the rows an operation can make the database read.
 */
export interface OperationLimits {
  maxQueryBytes: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Items in one list in the variables (PostgreSQL takes at most 65,535 parameters). */
  maxListItems: number;
  /** Nesting of the variables' values (objects and lists). */
  maxInputDepth: number;
  /** `__schema` / `__type`: tools need the typed contract, anonymous callers do not. */
  introspection: boolean;
}

/**
 * The console schema (secret keys and console users). The largest operation of the console, the
 * widget and the e2e suite is measured in operation-limits.spec.ts and stays well inside.
 */
export const CONSOLE_LIMITS: OperationLimits = {
  maxQueryBytes: 16 * 1024,
  maxTokens: 2_000,
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 5_000,
  maxListItems: 1_000,
  maxInputDepth: 8,
  introspection: true,
};

/** The widget schema: anonymous visitors with a public key; its operations are small. */
export const WIDGET_LIMITS: OperationLimits = {
  maxQueryBytes: 4 * 1024,
  maxTokens: 400,
  maxDepth: 6,
  maxAliases: 3,
  maxCost: 300,
  maxListItems: 50,
  maxInputDepth: 4,
  introspection: false,
};

/**
 * The cost of a list stored inside its parent's row (an answer's citations, a score's factors),
 * set per field with type-graphql's `complexity` option: it reads no rows of its own.
 */
export const EMBEDDED_LIST_COST = 1;

/** The page size assumed for a list without a `first` argument (a run's steps, its approvals). */
export const UNPAGED_LIST_SIZE = 20;

export interface OperationRequest {
  query: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** A parsed, fully validated operation within every limit, ready to execute. */
export interface CheckedOperation {
  document: DocumentNode;
  cost: number;
}

/**
 * Parse, bound, validate and price one operation, with the same answers over HTTP and
 * WebSocket: MALFORMED_QUERY (does not parse), QUERY_TOO_COMPLEX (a limit, named in
 * `extensions.limit`), INVALID_QUERY (not valid against the schema), INVALID_INPUT (variables).
 */
export class OperationGuard {
  private readonly boundRules: ValidationRule[];
  private readonly schemaRules: ValidationRule[];
  private readonly estimators: ComplexityEstimator[];

  constructor(
    private readonly schema: GraphQLSchema,
    readonly limits: OperationLimits,
  ) {
    this.boundRules = [
      maxDepthRule({
        ...reportAs('maxDepth', limits.maxDepth, 'levels'),
        // The standard introspection query (GraphiQL, codegen, Postman) is 21 levels deep through
        // `ofType`; where introspection is allowed, `__schema` is bounded by graphql-js's
        // MaxIntrospectionDepthRule, the tokens and the aliases instead.
        ignoreIntrospection: limits.introspection,
        // Depth counts fields, the nesting the server resolves: a client that names its
        // selections as fragments (the generated operations do) pays no extra level for it.
        flattenFragments: true,
      }),
      maxAliasesRule(reportAs('maxAliases', limits.maxAliases, 'aliases')),
    ];
    this.schemaRules = limits.introspection
      ? [...specifiedRules]
      : [...specifiedRules, NoSchemaIntrospectionCustomRule];
    this.estimators = [
      fieldExtensionsEstimator(),
      pagedListEstimator,
      simpleEstimator({ defaultComplexity: 0 }),
    ];
  }

  /**
   * What needs only the query text: size, tokens, depth, aliases. Cheap, so it runs before the
   * full validation, whose overlapping-fields rule is quadratic in the aliases of one field.
   */
  checkBounds(query: unknown): DocumentNode | GraphQLError[] {
    if (typeof query !== 'string' || query.trim() === '') {
      return [refusal('MALFORMED_QUERY', 'The request has no GraphQL query.')];
    }
    if (Buffer.byteLength(query) > this.limits.maxQueryBytes) {
      return [tooComplex('maxQueryBytes', this.limits.maxQueryBytes, 'bytes of query text')];
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.limits.maxTokens });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      if (/more th[ae][nt] \d+ tokens/.test(error.message)) {
        return [tooComplex('maxTokens', this.limits.maxTokens, 'tokens')];
      }
      return [refusal('MALFORMED_QUERY', excerpt(error.message))];
    }
    const bounds = validate(this.schema, document, this.boundRules, { maxErrors: 5 });
    return bounds.length > 0 ? [...bounds] : document;
  }

  /** The schema's own rules (and the introspection policy), on a document within the bounds. */
  checkSchema(document: DocumentNode): GraphQLError[] {
    return validate(this.schema, document, this.schemaRules, { maxErrors: 10 }).map((error) =>
      domainErrorOf(error)
        ? error
        : refusal('INVALID_QUERY', excerpt(error.message), {
            ...(error.locations ? { locations: error.locations } : {}),
          }),
    );
  }

  /** The variables' shape, then the operation's cost with them (page sizes come from them). */
  checkExecution(
    document: DocumentNode,
    variables: unknown,
    operationName: unknown,
  ): number | GraphQLError[] {
    const inputProblem = this.inputProblem(variables, 0) ?? unstorableLiteral(document);
    if (inputProblem) return [refusal('INVALID_INPUT', inputProblem)];
    let cost: number;
    try {
      cost = getComplexity({
        schema: this.schema,
        query: document,
        estimators: this.estimators,
        variables: (variables ?? {}) as Record<string, unknown>,
        ...(typeof operationName === 'string' ? { operationName } : {}),
      });
    } catch (error) {
      // Variables that do not fit their types: execution would refuse them the same way.
      if (error instanceof GraphQLError) {
        return [refusal('INVALID_INPUT', excerpt(error.message))];
      }
      throw error;
    }
    if (cost > this.limits.maxCost) {
      return [tooComplex('maxCost', this.limits.maxCost, 'cost units', cost)];
    }
    return cost;
  }

  /** Both checks, for a transport that runs them together (WebSocket). */
  check(request: OperationRequest): CheckedOperation | GraphQLError[] {
    const document = this.checkBounds(request.query);
    if (Array.isArray(document)) return document;
    const invalid = this.checkSchema(document);
    if (invalid.length > 0) return invalid;
    const cost = this.checkExecution(document, request.variables, request.operationName);
    return typeof cost === 'number' ? { document, cost } : cost;
  }

  /** `path` names where the value is (`$input.tags[2]`), so a refusal says which text it was. */
  private inputProblem(value: unknown, depth: number, path = '$'): string | undefined {
    if (typeof value === 'string') {
      const problem = unstorableText(value);
      return problem && `${path}: ${problem}`;
    }
    if (value === null || typeof value !== 'object') return undefined;
    if (depth > this.limits.maxInputDepth) {
      return `Input values may nest at most ${this.limits.maxInputDepth} levels deep.`;
    }
    if (Array.isArray(value)) {
      if (value.length > this.limits.maxListItems) {
        return `A list in the input may hold at most ${this.limits.maxListItems} items; this one has ${value.length}.`;
      }
      for (const [index, item] of value.entries()) {
        const problem = this.inputProblem(item, depth + 1, `${path}[${index}]`);
        if (problem) return problem;
      }
      return undefined;
    }
    for (const [key, item] of Object.entries(value)) {
      const at = depth === 0 ? `$${key}` : `${path}.${key}`;
      // A JSON argument's keys are stored too (a run's input).
      const keyProblem = this.inputProblem(key, depth + 1, `${path} (a key)`);
      if (keyProblem) return keyProblem;
      const problem = this.inputProblem(item, depth + 1, at);
      if (problem) return problem;
    }
    return undefined;
  }
}

/**
 * The cost model, roughly the rows an operation makes the database read: an object costs one
 * plus what it selects; a list of objects costs its page size times that (plus one for the list).
 * The page size is the `first` argument (its default when omitted); in a page type
 * `XList { items, totalItems }` the parent's `first` multiplies `items`; any other list counts
 * UNPAGED_LIST_SIZE items. Scalars and lists of scalars come with their row and cost nothing.
 */
const pagedListEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection reads the schema in memory, no rows.
  if (isIntrospection(type, field.name)) return 0;
  const returned = getNullableType(field.type);
  const first = typeof args.first === 'number' ? Math.max(0, args.first) : undefined;
  if (isListType(returned)) {
    if (!isCompositeType(getNamedType(returned))) return 0;
    const perItem = 1 + childComplexity;
    if (first !== undefined) return 1 + first * perItem;
    if (isPage(type)) return perItem;
    return 1 + UNPAGED_LIST_SIZE * perItem;
  }
  if (first !== undefined) return 1 + first * childComplexity;
  if (isCompositeType(returned)) return 1 + childComplexity;
  return undefined;
};

function isIntrospection(type: unknown, fieldName: string): boolean {
  return fieldName.startsWith('__') || (isObjectType(type) && type.name.startsWith('__'));
}

function isPage(type: unknown): boolean {
  return isObjectType(type) && type.name.endsWith('List') && 'items' in type.getFields();
}

/**
 * GraphQL Armor's rules throw out of `validate` by default; here they report a typed
 * QUERY_TOO_COMPLEX error naming the limit instead.
 */
function reportAs(limit: keyof OperationLimits, max: number, unit: string) {
  return {
    n: max,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = Number(/found (\d+)/.exec(error.message)?.[1]);
        context?.reportError(tooComplex(limit, max, unit, found));
      },
    ],
  };
}

function tooComplex(limit: string, max: number, unit: string, found?: number): GraphQLError {
  const seen = found !== undefined && Number.isFinite(found) ? ` (this one: ${found})` : '';
  return refusal(
    'QUERY_TOO_COMPLEX',
    `The operation exceeds ${limit}: at most ${max} ${unit}${seen}.`,
    { limit, max, ...(seen ? { found } : {}) },
  );
}

/** The guard answers in graphql-js's terms (validation reports GraphQLErrors): a typed refusal. */
function refusal(
  code: DomainError['errorCode'],
  message: string,
  details?: DomainErrorDetails,
): GraphQLError {
  return toGraphQLError(new DomainError(code, message, details));
}

/** Messages can quote the query (a 20 MB field name): clients and logs get a bounded excerpt. */
export function excerpt(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
