/**
 * Where the hub's traces go, from OpenTelemetry's own standard variables (so a collector set up
 * for other services needs nothing hub-specific). Tracing is on only when an OTLP endpoint is
 * configured: without one, no SDK starts and the OpenTelemetry API stays its no-op self.
 */
export interface TracingConfig {
  /**
   * Where spans are POSTed (OTLP over HTTP, JSON): OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given,
   * else OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`.
   */
  readonly endpoint: string;
  /** Sent with every export (OTEL_EXPORTER_OTLP_HEADERS, then ..._TRACES_HEADERS), e.g. an API key. */
  readonly headers: Readonly<Record<string, string>>;
  /** OTEL_SERVICE_NAME, default `zactonics-hub`. */
  readonly serviceName: string;
  /**
   * Share of new traces kept (OTEL_TRACES_SAMPLER_ARG, 0 to 1, default 1). A span whose caller
   * sent a sampled `traceparent` follows the caller's decision (parent-based sampling).
   */
  readonly sampleRatio: number;
}

export const DEFAULT_SERVICE_NAME = 'zactonics-hub';

/**
 * Parses the OTEL_* variables. OTEL_SDK_DISABLED=true turns tracing off whatever else is set;
 * OTEL_TRACES_EXPORTER, when set, must be `otlp` (or `none`, which is off too).
 */
export function parseTracingConfig(
  env: NodeJS.ProcessEnv,
  fail: (message: string) => Error,
): TracingConfig | undefined {
  if ((env.OTEL_SDK_DISABLED ?? '').toLowerCase() === 'true') return undefined;
  const exporter = (env.OTEL_TRACES_EXPORTER || 'otlp').toLowerCase();
  if (exporter === 'none') return undefined;
  if (exporter !== 'otlp') {
    throw fail(
      `OTEL_TRACES_EXPORTER must be otlp or none (the hub exports OTLP over HTTP), got "${exporter}"`,
    );
  }
  const endpoint = tracesEndpoint(env, fail);
  if (endpoint === undefined) return undefined;
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL;
  if (protocol && protocol !== 'http/json') {
    throw fail(
      `OTEL_EXPORTER_OTLP_PROTOCOL must be http/json (what the hub sends), got "${protocol}"`,
    );
  }
  return Object.freeze({
    endpoint,
    headers: Object.freeze({
      ...otlpHeaders(env, 'OTEL_EXPORTER_OTLP_HEADERS', fail),
      ...otlpHeaders(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS', fail),
    }),
    serviceName: env.OTEL_SERVICE_NAME || DEFAULT_SERVICE_NAME,
    sampleRatio: sampleRatio(env, fail),
  });
}

function tracesEndpoint(
  env: NodeJS.ProcessEnv,
  fail: (message: string) => Error,
): string | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || undefined;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined;
  const name = traces ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT';
  const raw = traces ?? base;
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail(`${name} must be an http(s) URL, e.g. http://collector:4318`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fail(`${name} must be an http(s) URL, e.g. http://collector:4318`);
  }
  // The signal-specific variable is the whole URL; the general one is a base (the spec's rule).
  if (traces) return url.href;
  return `${url.href.replace(/\/+$/, '')}/v1/traces`;
}

/** `key1=value1,key2=value2`, values URL-encoded (the OTLP exporter specification's format). */
function otlpHeaders(
  env: NodeJS.ProcessEnv,
  name: string,
  fail: (message: string) => Error,
): Record<string, string> {
  const raw = env[name];
  if (!raw) return {};
  const headers: Record<string, string> = {};
  for (const pair of raw.split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.indexOf('=');
    const key = at > 0 ? pair.slice(0, at).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) {
      // The message never repeats the value: it may be a vendor's API key.
      throw fail(`${name} must be key=value pairs separated by commas`);
    }
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      throw fail(`${name}: the value of "${key}" is not valid URL encoding`);
    }
    headers[key.toLowerCase()] = value;
  }
  return headers;
}

function sampleRatio(env: NodeJS.ProcessEnv, fail: (message: string) => Error): number {
  const raw = env.OTEL_TRACES_SAMPLER_ARG;
  if (raw === undefined || raw === '') return 1;
  const ratio = Number(raw);
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
    throw fail(`OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1, got "${raw}"`);
  }
  return ratio;
}
