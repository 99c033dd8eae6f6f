import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { createHubLogger, type LogFormat, type LogLevel } from './hub-logger.js';
import {
  bindLogContext,
  newTraceId,
  requestIdFrom,
  setActiveTraceIdSource,
  traceIdOf,
  withLogContext,
} from './log-context.js';

// What must never reach a log line, whatever form it is logged in.
const API_KEY = 'sk_test_logger_0123456789abcdef';
const LIVE_KEY = 'sk_live_Qm9vX2Jhcl9iYXpfcXV4X3F1dXg';
const ANTHROPIC_KEY = 'sk-ant-api03-abcdefghijklmnop';
const WEBHOOK_SECRET = 'whsec_0123456789abcdef0123456789abcdef';
const VISITOR_TOKEN = 'v1.eyJ2IjoiYWJjIiwidyI6IjEyMyJ9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
const PASSWORD = 'Tr0ub4dor&3-horse';
const SESSION = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0';
const CARD = '4242 4242 4242 4242';
const CARD_DIGITS = '4242424242424242';
const AMEX = '3782-822463-10005';
const SECRETS = [
  API_KEY,
  LIVE_KEY,
  ANTHROPIC_KEY,
  WEBHOOK_SECRET,
  VISITOR_TOKEN,
  PASSWORD,
  SESSION,
  CARD,
  CARD_DIGITS,
  AMEX,
  '378282246310005',
];

function capture(level: LogLevel = 'debug', format: LogFormat = 'json') {
  const lines: string[] = [];
  const logger = createHubLogger(
    { level, format },
    {
      destination: new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(...String(chunk).split('\n'));
          done();
        },
      }),
    },
  );
  return {
    logger,
    text: () => lines.join('\n'),
    records: () =>
      lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LogRecord),
  };
}

type LogRecord = Record<string, unknown> & { msg: string; level: string };

function expectNoSecret(text: string) {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('the hub logger', () => {
  it('writes one JSON object a line with time, level name, message and the context ids', () => {
    const { logger, records } = capture();
    const traceId = newTraceId();
    withLogContext({ requestId: 'req-1', traceId }, () => {
      logger.info('before the caller is known');
      bindLogContext({ workspaceId: 'ws-1' });
      logger.info('after', { operation: 'startRun' });
    });

    const [before, after] = records();
    expect(before).toMatchObject({ level: 'info', msg: 'before the caller is known' });
    expect(before).toMatchObject({ requestId: 'req-1', traceId });
    expect(before).not.toHaveProperty('workspaceId');
    expect(after).toMatchObject({ requestId: 'req-1', traceId, workspaceId: 'ws-1' });
    expect(after).toMatchObject({ operation: 'startRun' });
    expect(new Date(String(after?.time)).toISOString()).toBe(after?.time);
  });

  it('carries the ids into lines logged deep in awaited work, and keeps concurrent contexts apart', async () => {
    const { logger, records } = capture();
    const deep = async (what: string) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await Promise.resolve();
      logger.info(what);
    };
    await Promise.all([
      withLogContext({ runId: 'run-a', workspaceId: 'ws-a', traceId: 'a'.repeat(32) }, () =>
        deep('in run a'),
      ),
      withLogContext({ runId: 'run-b', workspaceId: 'ws-b', traceId: 'b'.repeat(32) }, () =>
        deep('in run b'),
      ),
    ]);
    logger.info('outside');

    const byMessage = Object.fromEntries(records().map((r) => [r.msg, r]));
    expect(byMessage['in run a']).toMatchObject({ runId: 'run-a', workspaceId: 'ws-a' });
    expect(byMessage['in run b']).toMatchObject({ runId: 'run-b', workspaceId: 'ws-b' });
    expect(byMessage.outside).not.toHaveProperty('runId');
  });

  it('lets a nested context start afresh: a run started from a request does not carry its request id', () => {
    const { logger, records } = capture();
    withLogContext({ requestId: 'req-1', traceId: 'c'.repeat(32) }, () =>
      withLogContext({ runId: 'run-1', traceId: 'd'.repeat(32) }, () => logger.info('run line')),
    );
    expect(records()[0]).toMatchObject({ runId: 'run-1', traceId: 'd'.repeat(32) });
    expect(records()[0]).not.toHaveProperty('requestId');
  });

  it('takes the trace id of an active span when a tracer registers one', () => {
    const { logger, records } = capture();
    setActiveTraceIdSource(() => 'e'.repeat(32));
    try {
      withLogContext({ requestId: 'r', traceId: 'f'.repeat(32) }, () => logger.info('traced'));
    } finally {
      setActiveTraceIdSource(() => undefined);
    }
    expect(records()[0]).toMatchObject({ traceId: 'e'.repeat(32), requestId: 'r' });
  });

  it('scrubs keys, tokens, passwords and card numbers from messages, fields and errors', () => {
    const { logger, text, records } = capture();
    withLogContext({ requestId: 'req-2', traceId: newTraceId(), workspaceId: 'ws-2' }, () => {
      logger.info(`a visitor pasted ${CARD} and the key ${API_KEY}`);
      logger.info(`Amex ${AMEX}, digits ${CARD_DIGITS}, Anthropic ${ANTHROPIC_KEY}`);
      logger.warn('a request', {
        headers: { authorization: `Bearer ${API_KEY}`, cookie: `zac_session=${SESSION}` },
        body: { password: PASSWORD, note: `call me, card ${CARD}`, cardNumber: 4242424242424242 },
        connectionParams: { visitorToken: VISITOR_TOKEN },
        secrets: [WEBHOOK_SECRET, LIVE_KEY],
        inputTokens: 1200,
        createdAt: new Date('2026-12-04T10:00:00Z'),
      });
      const cause = new Error(`upstream refused ${LIVE_KEY}`);
      logger.error(
        'the model call failed',
        new Error(`Authorization: Bearer ${API_KEY} was refused for ${CARD}`, { cause }),
      );
      logger.error('a domain refusal', new DomainError('INVALID_INPUT', `bad card ${AMEX}`));
      logger.error('a thrown string', `password=${PASSWORD} is wrong`);
      logger
        .child({ component: 'webhooks', apiKey: API_KEY })
        .info(`delivered to ${WEBHOOK_SECRET}`);
    });

    expectNoSecret(text());
    const lines = records();
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(line).toMatchObject({ requestId: 'req-2', workspaceId: 'ws-2' });
    }
    const [pasted, amex, request, modelFailed, refusal, , child] = lines;
    expect(pasted?.msg).toBe('a visitor pasted [card ••••4242] and the key sk_[redacted]');
    expect(amex?.msg).toContain('[card ••••0005]');
    expect(request).toMatchObject({
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
      body: { password: '[redacted]', note: 'call me, card [card ••••4242]' },
      connectionParams: { visitorToken: '[redacted]' },
      inputTokens: 1200,
      createdAt: '2026-12-04T10:00:00.000Z',
    });
    expect(modelFailed?.err).toMatchObject({
      type: 'Error',
      message: 'Authorization: Bearer sk_[redacted] was refused for [card ••••4242]',
      cause: { message: 'upstream refused sk_[redacted]' },
    });
    expect(String((modelFailed?.err as { stack: string }).stack)).toContain('hub-logger.spec.ts');
    expect(refusal?.err).toMatchObject({ type: 'DomainError', errorCode: 'INVALID_INPUT' });
    expect(child).toMatchObject({ component: 'webhooks', apiKey: '[redacted]' });
  });

  it('keeps numbers, ids and amounts that are not card numbers', () => {
    const { logger, records } = capture();
    logger.info('order 10023 of $1,234.56 for 6c7eaac3-f7a4-4690-9692-182643b8cf37', {
      at: 1733300000000,
      orderNumber: 'JLG-10023',
      phone: '+1 512 555 0199',
    });
    expect(records()[0]).toMatchObject({
      msg: 'order 10023 of $1,234.56 for 6c7eaac3-f7a4-4690-9692-182643b8cf37',
      at: 1733300000000,
      orderNumber: 'JLG-10023',
      phone: '+1 512 555 0199',
    });
  });

  it('writes nothing below its level, and nothing at all when silent', () => {
    const warnOnly = capture('warn');
    warnOnly.logger.debug('no');
    warnOnly.logger.info('no');
    warnOnly.logger.warn('yes');
    expect(warnOnly.records().map((r) => r.msg)).toEqual(['yes']);

    const silent = capture('silent');
    silent.logger.error('no', new Error('no'));
    expect(silent.text()).toBe('');
  });

  it('writes readable lines in the pretty format, scrubbed the same way', () => {
    const { logger, text } = capture('info', 'pretty');
    withLogContext({ requestId: 'req-3', runId: 'run-3' }, () =>
      logger.info(`support message with ${CARD} from ${API_KEY}`, { password: PASSWORD }),
    );
    expect(text()).toMatch(/INFO.*support message with \[card ••••4242\] from sk_\[redacted\]/);
    expect(text()).toContain('req-3');
    expect(text()).toContain('run-3');
    expectNoSecret(text());
  });
});

describe('request and trace ids', () => {
  it('accepts a client x-request-id that is short and plain, and makes one up otherwise', () => {
    expect(requestIdFrom('9f1c2d3e-aaaa-bbbb-cccc-0123456789ab')).toBe(
      '9f1c2d3e-aaaa-bbbb-cccc-0123456789ab',
    );
    for (const bad of [undefined, '', 'a'.repeat(129), 'has space', 'new\nline', ['a', 'b']]) {
      const id = requestIdFrom(bad);
      expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(id).not.toBe(bad);
    }
    // The id goes into every line as it is: nothing the scrubber would change is taken.
    for (const secret of [CARD_DIGITS, API_KEY]) expect(requestIdFrom(secret)).not.toBe(secret);
  });

  it('reads the trace id of a W3C traceparent and refuses malformed or zero ids', () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect(traceIdOf(`00-${traceId}-00f067aa0ba902b7-01`)).toBe(traceId);
    expect(traceIdOf(`00-${traceId.toUpperCase()}-00f067aa0ba902b7-01`)).toBe(traceId);
    expect(traceIdOf(`00-${'0'.repeat(32)}-00f067aa0ba902b7-01`)).toBeUndefined();
    expect(traceIdOf(`00-${traceId}-${'0'.repeat(16)}-01`)).toBeUndefined();
    expect(traceIdOf(`ff-${traceId}-00f067aa0ba902b7-01`)).toBeUndefined();
    expect(traceIdOf('garbage')).toBeUndefined();
    expect(traceIdOf(undefined)).toBeUndefined();
    expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
