import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

describe('tracing configuration (OTEL_* variables)', () => {
  it('is off without an OTLP endpoint, and with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_SERVICE_NAME: 'shop-hub' }).tracing).toBeUndefined();
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(loadConfig({ ...endpoint, OTEL_SDK_DISABLED: 'true' }).tracing).toBeUndefined();
    expect(loadConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).tracing).toBeUndefined();
  });

  it('sends to <base>/v1/traces, or to the traces endpoint as given, with the default service name and ratio', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      endpoint: 'http://collector:4318/v1/traces',
      headers: {},
      serviceName: 'zactonics-hub',
      sampleRatio: 1,
    });
    const both = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/otlp/spans',
      OTEL_SERVICE_NAME: 'shop-hub',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    }).tracing;
    expect(both).toMatchObject({
      endpoint: 'https://traces.example/otlp/spans',
      serviceName: 'shop-hub',
      sampleRatio: 0.25,
    });
  });

  it('reads export headers as URL-encoded key=value pairs, the traces-only ones winning', () => {
    const tracing = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=general, X-Team=shop%20ops',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-api-key=traces',
    }).tracing;
    expect(tracing?.headers).toEqual({ 'x-api-key': 'traces', 'x-team': 'shop ops' });
  });

  it('refuses a bad endpoint, sampler ratio, header list, exporter or protocol without echoing secrets', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'ftp://collector' })).toThrow(
      /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http\(s\) URL/,
    );
    expect(() => loadConfig({ ...endpoint, OTEL_TRACES_SAMPLER_ARG: '1.5' })).toThrow(
      /OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1/,
    );
    expect(() => loadConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(
      /http\/json/,
    );
    let refused: unknown;
    try {
      loadConfig({ ...endpoint, OTEL_EXPORTER_OTLP_HEADERS: 'secret-value-no-key' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ConfigError);
    expect(String((refused as Error).message)).not.toContain('secret-value-no-key');
  });
});
