import { randomUUID } from 'node:crypto';
import {
  context,
  diag,
  DiagLogLevel,
  INVALID_SPAN_CONTEXT,
  propagation,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type SpanOptions,
} from '@opentelemetry/api';
// Types only: the SDK's code is loaded when tracing starts, never by a hub without an endpoint.
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { setActiveTraceIdSource } from '../logging/log-context.js';
import {
  ATTR_ERROR_TYPE,
  ATTR_HUB_ROLE,
  ATTR_SERVICE_INSTANCE_ID,
  ATTR_SERVICE_NAME,
} from './tracing-attributes.js';
import { DEFAULT_SERVICE_NAME, type TracingConfig } from './tracing-config.js';

/**
 * OpenTelemetry tracing for the hub (docs/OBSERVABILITY.md#traces). The code that makes spans
 * (GraphQL operations, runs, model and tool calls, transactions, the run queue) uses the
 * `@opentelemetry/api` alone, through the helpers below; `startTracing` registers the SDK behind
 * it only when an OTLP endpoint is configured.
 *
 * Off costs nothing measurable: no provider, no propagator and, above all, no context manager is
 * registered (the AsyncLocalStorage one runs a hook for every promise and socket write, which
 * slowed the run-stream fan-out by about 15%), and every helper returns at its first line. The
 * fan-out path (events/, run-stream.ts, the WebSocket frames) makes no span either way.
 */

/** The instrumentation scope every hub span is made under. */
export const TRACER_NAME = '@zactonics/server';

/** W3C trace context as text headers: what a queued run carries from its enqueuer. */
export interface TraceCarrier {
  traceparent?: string;
  tracestate?: string;
}

export interface HubTracing {
  readonly enabled: boolean;
  /** Exports the spans ended so far. */
  flush(): Promise<void>;
  /** Exports what is left, then unregisters the SDK: the API is a no-op again. */
  shutdown(): Promise<void>;
}

const OFF: HubTracing = Object.freeze({
  enabled: false,
  flush: async () => undefined,
  shutdown: async () => undefined,
});

/** Whether this process traces now (one traced hub at a time: the API's registry is global). */
let tracing = false;

export function tracingEnabled(): boolean {
  return tracing;
}

/**
 * Starts the SDK when `config` names an endpoint (or a test hands an exporter), else returns a
 * tracing that is off. Spans are batched and POSTed as OTLP/JSON; the process's log lines take
 * their `traceId` from the active span from here on.
 */
export async function startTracing(
  config: TracingConfig | undefined,
  options: {
    role: string;
    /** Where spans go instead of the OTLP endpoint (tests: an InMemorySpanExporter). */
    exporter?: SpanExporter | undefined;
    /** The SDK's own warnings (an export the collector refused, a queue that overflowed). */
    warn?: (message: string) => void;
  },
): Promise<HubTracing> {
  if (!config && !options.exporter) return OFF;
  if (tracing) throw new Error('tracing is already started in this process');
  const [base, hooks, core, resources] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
    import('@opentelemetry/resources'),
  ]);
  const exporter =
    options.exporter ??
    new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter({
      url: config?.endpoint,
      headers: { ...config?.headers },
    });
  const provider = new base.BasicTracerProvider({
    resource: resources.resourceFromAttributes({
      [ATTR_SERVICE_NAME]: config?.serviceName ?? DEFAULT_SERVICE_NAME,
      [ATTR_SERVICE_INSTANCE_ID]: randomUUID(),
      [ATTR_HUB_ROLE]: options.role,
    }),
    // A caller's sampled traceparent is followed; new traces are kept at the configured ratio.
    sampler: new base.ParentBasedSampler({
      root: new base.TraceIdRatioBasedSampler(config?.sampleRatio ?? 1),
    }),
    spanProcessors: [new base.BatchSpanProcessor(exporter)],
  });
  const warn = options.warn;
  if (warn) {
    const quiet = () => undefined;
    diag.setLogger(
      {
        error: (message) => warn(`tracing: ${message}`),
        warn: (message) => warn(`tracing: ${message}`),
        info: quiet,
        debug: quiet,
        verbose: quiet,
      },
      DiagLogLevel.WARN,
    );
  }
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(new hooks.AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  tracing = true;
  setActiveTraceIdSource(activeTraceId);

  let stopped: Promise<void> | undefined;
  return {
    enabled: true,
    flush: () => provider.forceFlush(),
    shutdown: () =>
      (stopped ??= (async () => {
        setActiveTraceIdSource(() => undefined);
        tracing = false;
        try {
          await provider.shutdown();
        } finally {
          trace.disable();
          context.disable();
          propagation.disable();
          diag.disable();
        }
      })()),
  };
}

function activeTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span.spanContext().traceId : undefined;
}

function tracer() {
  return trace.getTracer(TRACER_NAME);
}

/** What `inSpan` hands its work when tracing is off: setting attributes on it does nothing. */
const NO_SPAN: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Runs `work` in a new span, the active one for everything it calls; the span ends when `work`
 * settles, with error status when it throws. `parent` defaults to the active context. Off, it is
 * `work(NO_SPAN)`.
 */
export function inSpan<T>(
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
  parent?: Context,
): Promise<T> {
  if (!tracing) return work(NO_SPAN);
  return tracer().startActiveSpan(name, options, parent ?? context.active(), async (span) => {
    try {
      return await work(span);
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A span that the caller makes active or ends itself (e.g. one ended by a response's `close`). */
export function startSpan(name: string, options: SpanOptions, parent: Context): Span {
  return tracing ? tracer().startSpan(name, options, parent) : NO_SPAN;
}

/** Marks a span failed: an error status, `error.type`, and the exception when one was thrown. */
export function failSpan(span: Span, error: unknown, errorType?: string): void {
  if (!span.isRecording()) return;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error) span.recordException(error);
  span.setAttribute(ATTR_ERROR_TYPE, errorType ?? (error instanceof Error ? error.name : 'error'));
  span.setStatus({ code: SpanStatusCode.ERROR, message });
}

/** Marks a span failed by an outcome that is not an exception (a tool's typed failure). */
export function failSpanWith(span: Span, errorType: string, message: string): void {
  if (!span.isRecording()) return;
  span.setAttribute(ATTR_ERROR_TYPE, errorType);
  span.setStatus({ code: SpanStatusCode.ERROR, message });
}

/** The active trace as W3C headers, to carry across a queue; empty when off or outside a trace. */
export function traceCarrier(): TraceCarrier {
  if (!tracing) return {};
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/**
 * The context that continues `carrier`'s trace, or the root (a new trace) without one: a queued
 * run is never the child of whatever happened to be active where the queue delivered it.
 */
export function contextOf(carrier: TraceCarrier | Record<string, unknown> | undefined): Context {
  if (!tracing || !carrier) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, carrier);
}

/** Runs `work` with `parent` as the active context (as is, when tracing is off). */
export function withContext<T>(parent: Context, work: () => T): T {
  return tracing ? context.with(parent, work) : work();
}

/** The active context (the root when tracing is off). */
export function activeContext(): Context {
  return tracing ? context.active() : ROOT_CONTEXT;
}
