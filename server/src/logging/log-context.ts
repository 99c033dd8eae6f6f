import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { scrubText } from './secret-scrubber.js';

/**
 * What every log line written while a request or a run is being handled carries, without anyone
 * passing it along: the logger reads it from an AsyncLocalStorage (`mixin` in hub-logger.ts).
 * A request fills `requestId` and `traceId` when it arrives, then `workspaceId` once its caller
 * is known; a run fills `runId`, `traceId` and `workspaceId` when an executor claims it.
 */
export interface LogContextFields {
  requestId?: string;
  /** W3C trace id (32 lowercase hex digits): the request's `traceparent`, else generated. */
  traceId?: string;
  workspaceId?: string;
  runId?: string;
}

const storage = new AsyncLocalStorage<LogContextFields>();

/**
 * Runs `work` in the context `fields` (that object itself: `bindLogContext` adds to it, and
 * running again with it later, e.g. when a response finishes, logs with all it gathered). A
 * nested context starts afresh: a run executed from inside a request's async chain (the
 * in-process queue) does not carry that request's ids.
 */
export function withLogContext<T>(fields: LogContextFields, work: () => T): T {
  return storage.run(fields, work);
}

/**
 * Adds fields to the current context, for every line logged from here on in it (e.g. the
 * workspace once a request's credential is checked). Outside any context it does nothing.
 */
export function bindLogContext(fields: LogContextFields): void {
  const store = storage.getStore();
  if (store) Object.assign(store, definedOnly(fields));
}

/**
 * Where a trace id comes from when a tracer is active: OpenTelemetry (a later task) registers
 * `() => trace.getActiveSpan()?.spanContext().traceId`, and log lines then carry the active
 * span's trace id instead of the context's own.
 */
let activeTraceId: () => string | undefined = () => undefined;

export function setActiveTraceIdSource(source: () => string | undefined): void {
  activeTraceId = source;
}

/** The fields of the current context (empty outside any), with the active span's trace id. */
export function currentLogFields(): LogContextFields {
  const store = storage.getStore();
  const traceId = activeTraceId();
  if (!store) return traceId ? { traceId } : {};
  return traceId ? { ...store, traceId } : { ...store };
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The trace id of a W3C `traceparent` header (version 00 or a later one read as 00), or
 * undefined when it is missing or malformed (all-zero ids and version ff are invalid).
 */
export function traceIdOf(traceparent: string | string[] | undefined): string | undefined {
  if (typeof traceparent !== 'string') return undefined;
  const match = TRACEPARENT.exec(traceparent.trim().toLowerCase().slice(0, 55));
  if (!match) return undefined;
  const [, version, traceId, parentId] = match;
  if (version === 'ff' || /^0+$/.test(traceId ?? '') || /^0+$/.test(parentId ?? '')) {
    return undefined;
  }
  return traceId;
}

/** A new random trace id in the W3C format (16 random bytes, lowercase hex). */
export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

/** Request ids we accept from a client or proxy: short, and safe in a header and a log line. */
const REQUEST_ID = /^[A-Za-z0-9._:=+/-]{1,128}$/;

/**
 * The client's `x-request-id` when it is acceptable, else a new one. Nothing the scrubber would
 * change is taken (a key or a card number sent as an id): the id goes into every line unscrubbed.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  if (typeof header === 'string' && REQUEST_ID.test(header) && scrubText(header) === header) {
    return header;
  }
  return randomBytes(12).toString('base64url');
}

function definedOnly(fields: LogContextFields): LogContextFields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as LogContextFields;
}
