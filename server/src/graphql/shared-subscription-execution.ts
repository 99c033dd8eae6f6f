import { DONE, PollingStage, pollOf, type Fail, type Wake } from '../events/pollable.js';
import {
  Kind,
  createSourceEventStream,
  execute,
  getOperationAST,
  print,
  subscribe,
  type ExecutionArgs,
  type ExecutionResult,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** How the events of one shared root field are shared. */
export interface SharedRootField {
  /**
   * The object the field's resolvers read from an event: events with the same one share one
   * execution per operation; null executes the event for its subscriber alone. Default: the
   * event itself (the pub/sub hands every subscriber the same object).
   */
  contentOf?(event: object): object | null;
  /** Events only operations selecting a field receive (see RUN_STEP_IN_PROGRESS). */
  optIn?: { field: string; carries(event: unknown): boolean };
}

/**
 * A drop-in for graphql's `subscribe` (graphql-ws's `subscribe` option) that executes an event
 * once per distinct operation instead of once per subscriber, for the root fields named here.
 *
 * graphql-ws maps every event through a full GraphQL execution for each subscriber: with 1,000
 * clients watching one run, that is 1,000 identical executions of each step. The pub/sub hands
 * every subscriber the very same step object, and a `RunStep`'s fields depend on nothing but that
 * object and the selection (no context, no per-viewer field), so subscribers with the same query
 * and variables can share the result. Results are keyed by the event's content in a WeakMap, so
 * they live exactly as long as it. Only list root fields whose results are viewer-independent.
 *
 * Sharing the result object is also what lets the socket layer serialize it once for all those
 * subscribers (http/graphql-ws-server.ts caches each payload's JSON by the result's identity).
 */
export function createSharedSubscribe(sharedRootFields: Readonly<Record<string, SharedRootField>>) {
  const resultsByContent: ResultCache = new WeakMap();

  return async function sharedSubscribe(args: ExecutionArgs) {
    const name = rootFieldName(args);
    const field =
      name !== undefined && Object.hasOwn(sharedRootFields, name)
        ? sharedRootFields[name]
        : undefined;
    if (!field) return subscribe(args);
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source; // errors raised before streaming
    const { optIn } = field;
    return new SharedExecutions(source[Symbol.asyncIterator](), {
      args,
      key: `${args.operationName ?? ''}\0${JSON.stringify(args.variableValues ?? {})}\0${printed(args.document)}`,
      field,
      withheld: optIn && !selectsRootSubfield(args, optIn.field) ? optIn : undefined,
      signal: (args.contextValue as { signal?: AbortSignal } | undefined)?.signal,
      cache: resultsByContent,
    });
  };
}

type ResultCache = WeakMap<object, Map<string, Result>>;

/** One subscription's operation, as far as sharing its executions goes. */
interface SharedOperation {
  args: ExecutionArgs;
  /** Same key, same operation: name, variables and document text. */
  key: string;
  field: SharedRootField;
  /** Set when the operation does not select the opt-in field: its events are skipped. */
  withheld: SharedRootField['optIn'];
  signal: AbortSignal | undefined;
  cache: ResultCache;
}

/**
 * A subscription's results: each event of the source, executed once per operation for all
 * subscribers that share it. Like graphql-js's own mapper, `return()` goes straight to the
 * source, never waits on it. A class rather than closures: one lives per subscription, for as
 * long as the socket follows it (see the idle-sockets benchmark).
 */
class SharedExecutions extends PollingStage<unknown, ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown, undefined>,
    private readonly operation: SharedOperation,
  ) {
    super(pollOf(source));
  }

  /** An event's result, in the bus's delivery when the source polls and the execution is plain. */
  poll(
    wake: Wake<ExecutionResult>,
    fail: Fail,
  ): IteratorResult<ExecutionResult, undefined> | undefined {
    for (;;) {
      const event = this.fromSource(wake, fail);
      if (!event) return undefined;
      if (event.done) return DONE;
      if (this.operation.withheld?.carries(event.value)) continue;
      const executed = this.execute(event.value);
      // Executions of plain fields are synchronous: they need no promise.
      if (!(executed instanceof Promise)) return { done: false, value: executed };
      executed.then((value) => wake({ done: false, value }), fail);
      return undefined;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    await this.source.return?.();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult, undefined>> {
    await this.source.return?.();
    throw error;
  }

  private execute(event: unknown): Result {
    const { args, key, field, signal, cache } = this.operation;
    const content =
      typeof event === 'object' && event !== null
        ? field.contentOf
          ? field.contentOf(event)
          : event
        : null;
    if (!content) return execute({ ...args, rootValue: event });
    let results = cache.get(content);
    if (!results) cache.set(content, (results = new Map()));
    let result = results.get(key);
    if (result) return result;
    result = execute({ ...args, rootValue: event });
    // A subscriber whose client has left resolves nothing (client-abort.ts): its result, an
    // error, is its own and must not reach the others.
    if (!signal?.aborted) results.set(key, result);
    return result;
  }
}

/**
 * A run step still being written (`streaming: true`: its opened version, a partial replay, a text
 * delta) goes only to operations that select `textDelta`, the clients that know how to apply it
 * (docs/RUN-STREAM.md). Every other client keeps the original protocol: each step once, finished.
 * Filtered here because only the execution layer sees the selection.
 */
export const RUN_STEP_IN_PROGRESS: NonNullable<SharedRootField['optIn']> = {
  field: 'textDelta',
  carries: (event) => (event as { streaming?: unknown } | null)?.streaming === true,
};

/** Whether the root field's selection names `field` (directly or through fragments). */
function selectsRootSubfield(args: ExecutionArgs, field: string): boolean {
  const root = getOperationAST(args.document, args.operationName)?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD || !root.selectionSet) return false;
  const fragments = new Map(
    args.document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const names = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return names(selection.selectionSet, seen);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return false;
      return names(fragment, new Set(seen).add(name));
    });
  return names(root.selectionSet, new Set());
}

/** Documents are shared between subscriptions (interned-documents.ts): print each once. */
const printedDocuments = new WeakMap<DocumentNode, string>();

function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) printedDocuments.set(document, (text = print(document)));
  return text;
}

function rootFieldName(args: ExecutionArgs): string | undefined {
  const selection = getOperationAST(args.document, args.operationName)?.selectionSet.selections[0];
  return selection?.kind === 'Field' ? selection.name.value : undefined;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}
