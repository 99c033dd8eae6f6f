import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HOSTILE_FLOATS,
  HOSTILE_IDS,
  HOSTILE_INTS,
  HOSTILE_STRINGS,
  hostileJsonValues,
  type HostileValue,
} from './fuzz/hostile-values.js';
import {
  fieldOperations,
  loadSchema,
  requiredValues,
  typedFiller,
  type PositionKind,
} from './fuzz/schema-operations.js';
import { graphql } from './gql/console/index.js';
import { CREATE_ADMIN_USER } from './operations.js';
import { expectEventually, startTestHub, TEST_API_KEY, type TestHub } from './harness.js';
import { WidgetTestClient } from './widget-client.js';

// The rows the fuzz arranges, made as any console client would make them.
const ARRANGE_RUN = graphql(`
  mutation ArrangeRun($input: StartRunInput!) {
    startRun(input: $input) {
      id
    }
  }
`);
const ARRANGE_CONVERSATION = graphql(`
  mutation ArrangeConversation {
    startConversation {
      id
    }
  }
`);
const ARRANGE_TAKE_OVER = graphql(`
  mutation ArrangeTakeOver($id: ID!) {
    takeOverConversation(id: $id) {
      id
    }
  }
`);
const ARRANGE_ARTICLE = graphql(`
  mutation ArrangeArticle($input: CreateKnowledgeArticleInput!) {
    createKnowledgeArticle(input: $input) {
      id
    }
  }
`);
const ARRANGE_PUBLISHABLE_KEY = graphql(`
  mutation ArrangePublishableKey($input: CreatePublishableKeyInput!) {
    createPublishableKey(input: $input) {
      id
    }
  }
`);
const ARRANGE_API_KEY = graphql(`
  mutation ArrangeApiKey {
    createApiKey(name: "arranged") {
      apiKey {
        id
      }
    }
  }
`);

/**
 * Every query and mutation of both schemas (read from the committed SDL, so a new operation is
 * fuzzed without touching this file), called with hostile values in every String, ID, JSON and
 * number position, against a real hub. Every call must get data or a typed refusal (never a 5xx,
 * never INTERNAL, never a stack trace); hostile HTML is stored and returned as text; a refused
 * call writes nothing; /healthz keeps answering within a second throughout.
 */

type Endpoint = 'console' | 'widget';

interface FuzzCall {
  endpoint: Endpoint;
  operation: string;
  /** `input.title`, or `(baseline)` for the operation with valid values only. */
  position: string;
  valueName: string;
  sent: unknown;
  document: string;
  variables: Record<string, unknown>;
}

interface CallResult {
  call: FuzzCall;
  status: number;
  /** `errorCode` of each error; `UNTYPED` when an error has none or the body is not JSON. */
  codes: string[];
  body: string;
  data: unknown;
  refused: boolean;
  startedAt: number;
  ms: number;
}

/** Arguments the generic filler cannot guess (a real id, a unique email); `n` numbers each call. */
type Baseline = (n: number) => Record<string, unknown>;

interface Plans {
  baselines: Record<string, Baseline>;
  /** Operations not fuzzed, each with the reason. */
  skipped: Record<string, string>;
}

/** Ids of rows made for the fuzz, so a valid call never touches the test's own credentials. */
interface Arranged {
  run: string;
  conversation: string;
  humanConversation: string;
  articleToDelete: string;
  articleToUpdate: string;
  userToRemove: string;
  userToDemote: string;
  apiKeyToRevoke: string;
  publishableKeyToRevoke: string;
  publishableKeyForOrigins: string;
  agentMessage: string;
}

/**
 * Calls in flight at once. On PGlite every query shares one session, so /healthz waits behind
 * whatever is queued: two at a time keeps the fuzz's own volume (not its payloads) from being
 * what /healthz measures, and on a loaded 2-core machine it finished sooner than four.
 */
const CONCURRENCY = 2;
const HEALTHZ_EVERY_MS = 200;

/** Strings the generic filler uses, by argument or input field name; anything else gets 'fuzz'. */
const STRING_BY_NAME: Record<string, string> = {
  email: 'fuzz@example.com',
  customerEmail: 'fuzz@example.com',
  timeZone: 'Europe/London',
  key: 'support',
  agentKey: 'support',
  scenarioKey: 'faq-resolution',
  slug: 'returns-and-refunds',
  number: 'JL-1035',
  text: 'Where is my order JL-1035?',
  password: 'correct horse battery staple',
  reason: 'Not this time.',
  name: 'Fuzz',
  title: 'Fuzz',
  body: 'Fuzz body.',
};

/**
 * Operations whose valid call would undo what the rest of the run relies on. Matched by name so
 * an operation added later with such a name is skipped until someone looks at it.
 */
const SKIPPED_BY_NAME: [RegExp, string][] = [
  [
    /^Mutation\.rotate/,
    'replaces a secret mid-run; the fuzz would then only test the refusal of stale credentials',
  ],
];

function consolePlans(ids: Arranged): Plans {
  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  return {
    baselines: {
      'Query.conversation': () => ({ id: ids.conversation }),
      'Query.run': () => ({ id: ids.run }),
      'Query.dashboard': () => ({ from: days(-7), to: days(1) }),
      'Mutation.approveRun': () => ({ id: ids.run }),
      'Mutation.cancelRun': () => ({ id: ids.run }),
      'Mutation.rejectRun': () => ({ id: ids.run, reason: 'Not this time.' }),
      // Unique emails and titles, so each call tests its hostile value, not a duplicate.
      'Mutation.createAdminUser': (n) => ({
        input: {
          email: `fuzz-user-${n}@example.com`,
          name: 'Fuzz User',
          password: 'correct horse battery staple',
          role: 'VIEWER',
        },
      }),
      'Mutation.createKnowledgeArticle': (n) => ({
        input: { title: `Fuzz article ${n}`, body: 'What a fuzz article says.' },
      }),
      'Mutation.createPublishableKey': (n) => ({
        input: { name: `Fuzz shop ${n}`, allowedOrigins: ['https://shop.example'] },
      }),
      'Mutation.deleteKnowledgeArticle': () => ({ id: ids.articleToDelete }),
      'Mutation.updateKnowledgeArticle': () => ({ id: ids.articleToUpdate, input: {} }),
      'Mutation.handBackToBot': () => ({ id: ids.conversation }),
      'Mutation.takeOverConversation': () => ({ id: ids.conversation }),
      'Mutation.resolveConversation': () => ({ id: ids.conversation }),
      'Mutation.requestHuman': () => ({ conversationId: ids.conversation }),
      'Mutation.sendHumanMessage': () => ({
        conversationId: ids.humanConversation,
        text: 'A person here.',
      }),
      'Mutation.removeAdminUser': () => ({ id: ids.userToRemove }),
      'Mutation.setAdminUserRole': () => ({ id: ids.userToDemote, role: 'VIEWER' }),
      'Mutation.revokeApiKey': () => ({ id: ids.apiKeyToRevoke }),
      'Mutation.revokePublishableKey': () => ({ id: ids.publishableKeyToRevoke }),
      'Mutation.setPublishableKeyOrigins': () => ({
        id: ids.publishableKeyForOrigins,
        allowedOrigins: ['https://shop.example'],
      }),
      'Mutation.startRun': (n) => ({
        input: {
          agentKey: 'support',
          scenarioKey: 'faq-resolution',
          input: { question: 'How do returns work?' },
          idempotencyKey: `fuzz-${n}`,
        },
      }),
      'Mutation.submitLead': (n) => ({
        input: { email: `fuzz-lead-${n}@example.com`, name: 'Fuzz Lead', consent: true },
      }),
      // Not the support agent: the widget's visitor messages and startRun go to that one.
      'Mutation.updateAgent': () => ({ key: 'content', input: {} }),
    },
    skipped: {},
  };
}

function widgetPlans(ids: Arranged): Plans {
  return {
    baselines: {
      'Mutation.rateReply': () => ({ messageId: ids.agentMessage, helpful: true }),
      'Mutation.sendVisitorMessage': (n) => ({
        clientMessageId: `fuzz-${n}`,
        text: 'Do you ship to Canada?',
      }),
      'Mutation.submitLead': (n) => ({
        input: { email: `fuzz-visitor-${n}@example.com`, name: 'Fuzz Visitor', consent: true },
      }),
    },
    skipped: {},
  };
}

const filler = typedFiller((typeName, name) =>
  typeName === 'ID' ? randomUUID() : (STRING_BY_NAME[name] ?? 'fuzz'),
);

function corpusFor(kind: PositionKind): readonly HostileValue[] {
  switch (kind) {
    case 'string':
      return HOSTILE_STRINGS;
    case 'id':
      return HOSTILE_IDS;
    case 'json':
      // The only JSON argument is a run's input; the FAQ scenario reads `question`.
      return hostileJsonValues('question');
    case 'int':
      return HOSTILE_INTS;
    case 'float':
      return HOSTILE_FLOATS;
  }
}

/** The baseline call of each operation, then one call per hostile value per position. */
function callsFor(
  endpoint: Endpoint,
  schema: GraphQLSchema,
  plans: Plans,
): {
  calls: FuzzCall[];
  covered: string[];
  skipped: Record<string, string>;
} {
  let n = 0;
  const calls: FuzzCall[] = [];
  const covered: string[] = [];
  const skipped: Record<string, string> = {};
  for (const operation of fieldOperations(schema, filler)) {
    const reason =
      plans.skipped[operation.name] ??
      SKIPPED_BY_NAME.find(([pattern]) => pattern.test(operation.name))?.[1];
    if (reason) {
      skipped[operation.name] = reason;
      continue;
    }
    covered.push(operation.name);
    const baseline = (i: number) =>
      plans.baselines[operation.name]?.(i) ?? requiredValues(operation.args, filler);
    const call = (
      position: string,
      hostile: HostileValue | null,
      variables: FuzzCall['variables'],
    ) =>
      calls.push({
        endpoint,
        operation: operation.name,
        position,
        valueName: hostile?.name ?? '-',
        sent: hostile?.value,
        document: operation.document,
        variables,
      });
    call('(baseline)', null, baseline(++n));
    for (const position of operation.positions) {
      for (const hostile of corpusFor(position.kind)) {
        call(position.label, hostile, position.apply(baseline(++n), hostile.value));
      }
    }
  }
  return { calls, covered, skipped };
}

/** Runs `work` over `items`, `concurrency` at a time, keeping the order of results. */
async function pool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  const queue = items.map((item, index) => ({ item, index }));
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        results[next.index] = await work(next.item);
      }
    }),
  );
  return results;
}

/** What a stack trace or a source path looks like in a response. */
const STACK_TRACE = /\bat (?:async )?[\w$.<>]+ \(|\bat \/|node_modules|\.ts:\d+:\d+|"stacktrace"/;

const isHtmlPayload = (value: unknown) =>
  typeof value === 'string' && /<[a-z]|javascript:/i.test(value);

/** Values of `key` in `data`, one or two levels down (`title`, `apiKey.name`, `items[].title`). */
function echoesOf(data: unknown, key: string, depth = 0): unknown[] {
  if (data === null || typeof data !== 'object' || depth > 2) return [];
  if (Array.isArray(data)) return data.flatMap((item) => echoesOf(item, key, depth));
  const record = data as Record<string, unknown>;
  return [
    ...(key in record ? [record[key]] : []),
    ...Object.values(record).flatMap((value) => echoesOf(value, key, depth + 1)),
  ];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

const describeCall = (r: CallResult) =>
  `${r.call.endpoint} ${r.call.operation} ${r.call.position}=${r.call.valueName}: ` +
  `HTTP ${r.status} ${r.codes.join(',') || 'ok'} ${r.body.slice(0, 200)}`;

describe('every operation of both schemas, with hostile values in every input position', () => {
  let t: TestHub;
  let widget: WidgetTestClient;
  let results: CallResult[] = [];
  const healthz: { at: number; ms: number }[] = [];
  const report: Record<string, unknown> = {};
  const writtenByRefusals: Record<string, number> = {};
  const acceptedOnReplay: CallResult[] = [];

  const slowestHealthz = () => healthz.reduce((a, b) => (b.ms > a.ms ? b : a));

  /** Rows made for the fuzz: a run, conversations, articles, users and keys it may change. */
  async function arrange(): Promise<Arranged> {
    const { startRun } = await t.client.request(ARRANGE_RUN, {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question: 'Returns?' },
      },
    });
    const conversation = async () =>
      (await t.client.request(ARRANGE_CONVERSATION)).startConversation.id;
    const humanConversation = await conversation();
    await t.client.request(ARRANGE_TAKE_OVER, { id: humanConversation });
    const article = async (title: string) =>
      (
        await t.client.request(ARRANGE_ARTICLE, {
          input: { title, body: 'Arranged for the fuzz.' },
        })
      ).createKnowledgeArticle.id;
    const user = async (email: string) =>
      (
        await t.client.request(CREATE_ADMIN_USER, {
          input: {
            email,
            name: 'Arranged',
            password: 'correct horse battery staple',
            role: 'ADMIN',
          },
        })
      ).createAdminUser.id;
    const publishableKey = async (name: string) =>
      (
        await t.client.request(ARRANGE_PUBLISHABLE_KEY, {
          input: { name, allowedOrigins: ['https://arranged.example'] },
        })
      ).createPublishableKey.id;
    const { createApiKey } = await t.client.request(ARRANGE_API_KEY);

    // A visitor with an agent reply to rate.
    await widget.send('How do returns work?', 'arranged-1');
    let agentMessage = '';
    await expectEventually(async () => {
      const found = (await widget.conversation())?.messages.find((m) => m.role === 'AGENT');
      expect(found).toBeDefined();
      agentMessage = found?.id ?? '';
    }, 20_000);

    return {
      run: startRun.id,
      conversation: await conversation(),
      humanConversation,
      articleToDelete: await article('Arranged to be deleted'),
      articleToUpdate: await article('Arranged to be updated'),
      userToRemove: await user('arranged-remove@example.com'),
      userToDemote: await user('arranged-demote@example.com'),
      apiKeyToRevoke: createApiKey.apiKey.id,
      publishableKeyToRevoke: await publishableKey('arranged to revoke'),
      publishableKeyForOrigins: await publishableKey('arranged for origins'),
      agentMessage,
    };
  }

  /** One call over HTTP; a hub that does not answer within 30 s is recorded as status 0. */
  async function send(call: FuzzCall): Promise<CallResult> {
    const started = performance.now();
    let status: number;
    let body: string;
    try {
      const response = await fetch(
        call.endpoint === 'console' ? t.hub.graphqlUrl : widget.endpoint,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(call.endpoint === 'console'
              ? { authorization: `Bearer ${TEST_API_KEY}` }
              : { origin: t.hub.url, 'x-zac-visitor': widget.token ?? '' }),
          },
          body: JSON.stringify({ query: call.document, variables: call.variables }),
          signal: AbortSignal.timeout(30_000),
        },
      );
      status = response.status;
      body = await response.text();
    } catch (error) {
      status = 0;
      body = String(error);
    }
    let json: { data?: unknown; errors?: { extensions?: { errorCode?: unknown } }[] } | undefined;
    try {
      json = JSON.parse(body) as typeof json;
    } catch {
      json = undefined;
    }
    const codes = json
      ? (json.errors ?? []).map((e) =>
          typeof e.extensions?.errorCode === 'string' ? e.extensions.errorCode : 'UNTYPED',
        )
      : ['UNTYPED'];
    return {
      call,
      status,
      codes,
      body,
      data: json?.data,
      refused: codes.length > 0,
      startedAt: started,
      ms: performance.now() - started,
    };
  }

  /** Row counts of every table of the hub. */
  async function tableCounts(): Promise<Record<string, number>> {
    const tables = await t.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name: table } of tables) {
      const [row] = await t.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      counts[table] = Number(row?.n);
    }
    return counts;
  }

  /** Waits until no run is queued or running and the row counts hold still. */
  async function quietCounts(): Promise<Record<string, number>> {
    let previous = '';
    let counts: Record<string, number> = {};
    await expectEventually(async () => {
      const [active] = await t.query<{ n: string }>(
        `SELECT count(*) AS n FROM run WHERE status IN ('QUEUED', 'RUNNING')`,
      );
      expect(Number(active?.n)).toBe(0);
      counts = await tableCounts();
      const now = JSON.stringify(counts);
      const same = now === previous;
      previous = now;
      expect(same).toBe(true);
    }, 30_000);
    return counts;
  }

  beforeAll(async () => {
    const began = performance.now();
    t = await startTestHub({
      // The fuzz is about inputs: the widget's request limits (replayed by abuse-widget) would
      // otherwise refuse most calls with RATE_LIMITED before they reach a resolver.
      HUB_WIDGET_MESSAGES_PER_MINUTE: '10000',
      HUB_WIDGET_SESSIONS_PER_MINUTE: '100000',
      HUB_WIDGET_ADDRESS_REQUESTS_PER_MINUTE: '1000000',
      HUB_WIDGET_VISITOR_REQUESTS_PER_MINUTE: '1000000',
      HUB_WIDGET_KEY_REQUESTS_PER_MINUTE: '1000000',
      // FUZZ_DEVELOPMENT=1 when diagnosing: an INTERNAL error then carries its real message.
      ...(process.env.FUZZ_DEVELOPMENT === '1' ? { NODE_ENV: 'development' } : {}),
    });
    const hubStarted = performance.now();
    widget = new WidgetTestClient(t.hub.url, t.hub.demoPublishableKey, t.hub.url);
    await widget.startSession();
    const ids = await arrange();
    const arranged = performance.now();

    const consolePlan = callsFor('console', loadSchema('schema.graphql'), consolePlans(ids));
    const widgetPlan = callsFor('widget', loadSchema('widget.graphql'), widgetPlans(ids));
    const calls = [...consolePlan.calls, ...widgetPlan.calls];

    // /healthz every 200 ms from the first fuzz call to the end of the replay.
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const started = performance.now();
        const ok = await fetch(`${t.hub.url}/healthz`, { signal: AbortSignal.timeout(10_000) })
          .then((response) => response.status === 200)
          .catch(() => false);
        healthz.push({ at: started, ms: ok ? performance.now() - started : Infinity });
        await new Promise((resolve) => setTimeout(resolve, HEALTHZ_EVERY_MS));
      }
    })();
    const fuzzStarted = performance.now();
    try {
      results = await pool(calls, CONCURRENCY, send);
      const fuzzMs = performance.now() - fuzzStarted;

      // A refused call must not have written anything. The calls above ran alongside accepted
      // ones and their runs, so the refused mutations are replayed alone on a quiet hub and
      // every table is counted before and after (a query writes nothing by contract). Left out:
      // RATE_LIMITED (depends on timing, not on the input), and baselines, valid calls refused
      // only for the state another call left behind (a conversation already handed back).
      const refused = results
        .filter(
          (r) =>
            r.refused &&
            r.call.operation.startsWith('Mutation.') &&
            r.call.position !== '(baseline)' &&
            !r.codes.includes('RATE_LIMITED'),
        )
        .map((r) => r.call);
      const quietFrom = performance.now();
      const before = await quietCounts();
      const replayFrom = performance.now();
      const replayed = await pool(refused, CONCURRENCY, send);
      acceptedOnReplay.push(...replayed.filter((r) => !r.refused));
      const after = await tableCounts();
      for (const [table, rows] of Object.entries(after)) {
        if (rows !== before[table]) writtenByRefusals[table] = rows - (before[table] ?? 0);
      }
      Object.assign(report, {
        operations: {
          console: consolePlan.covered.length,
          widget: widgetPlan.covered.length,
        },
        skipped: { ...consolePlan.skipped, ...widgetPlan.skipped },
        calls: results.length,
        replayedRefusals: refused.length,
        seconds: {
          hubStart: seconds(hubStarted - began),
          arrange: seconds(arranged - hubStarted),
          fuzz: seconds(fuzzMs),
          quiet: seconds(replayFrom - quietFrom),
          replay: seconds(performance.now() - replayFrom),
        },
      });
    } finally {
      sampling = false;
      await sampler;
    }
    const codes: Record<string, number> = {};
    for (const r of results)
      for (const code of new Set(r.codes)) codes[code] = (codes[code] ?? 0) + 1;
    Object.assign(report, {
      codes,
      accepted: results.filter((r) => !r.refused).length,
      healthzSamples: healthz.length,
      slowestHealthzMs: Math.round(slowestHealthz().ms),
      inFlightDuringSlowestHealthz: results
        .filter((r) => {
          const h = slowestHealthz();
          return r.startedAt < h.at + h.ms && r.startedAt + r.ms > h.at;
        })
        .map((r) => `${Math.round(r.ms)} ms ${describeCall(r).slice(0, 100)}`),
      msByOperation: Object.entries(
        results.reduce<Record<string, number>>((acc, r) => {
          acc[r.call.operation] = (acc[r.call.operation] ?? 0) + r.ms;
          return acc;
        }, {}),
      )
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([op, ms]) => `${op} ${Math.round(ms)}`),
      slowestCalls: [...results]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 8)
        .map((r) => `${Math.round(r.ms)} ms ${describeCall(r).slice(0, 120)}`),
      totalSeconds: seconds(performance.now() - began),
      longestErrorMessage: Math.max(
        0,
        ...results.flatMap((r) =>
          ((safeJson(r.body) as { errors?: { message?: string }[] })?.errors ?? []).map(
            (e) => e.message?.length ?? 0,
          ),
        ),
      ),
    });
    console.log(`fuzz-operations: ${JSON.stringify(report, null, 2)}`);
  }, 300_000);

  afterAll(async () => {
    await widget?.close();
    await t?.close();
  });

  it('covers every query and mutation of both schemas, each with a valid baseline call', () => {
    const covered = report.operations as { console: number; widget: number };
    expect(covered.console).toBeGreaterThanOrEqual(40);
    expect(covered.widget).toBeGreaterThanOrEqual(8);
    // A baseline the schema refuses would make every hostile call of its operation meaningless.
    const invalidBaselines = results.filter(
      (r) =>
        r.call.position === '(baseline)' &&
        r.codes.some((c) => ['INVALID_QUERY', 'MALFORMED_QUERY', 'QUERY_TOO_COMPLEX'].includes(c)),
    );
    expect(invalidBaselines.map(describeCall)).toEqual([]);
  });

  it('answers every call with data or a typed refusal: an answer, no 5xx, no INTERNAL, no untyped error', () => {
    const failures = results.filter(
      (r) =>
        r.status === 0 ||
        r.status >= 500 ||
        r.codes.includes('INTERNAL') ||
        r.codes.includes('UNTYPED'),
    );
    expect(failures.map(describeCall)).toEqual([]);
  });

  it('quotes at most an excerpt of a hostile value in an error (70,000 characters sent)', () => {
    const long = results.filter((r) =>
      ((safeJson(r.body) as { errors?: unknown[] } | undefined)?.errors ?? []).some(
        (error) => JSON.stringify(error).length > 2_000,
      ),
    );
    expect(long.map(describeCall)).toEqual([]);
  });

  it('never shows a stack trace or a source path in a response', () => {
    expect(results.filter((r) => STACK_TRACE.test(r.body)).map(describeCall)).toEqual([]);
  });

  it('returns accepted hostile HTML as the text it was sent, never altered or escaped', () => {
    const altered: string[] = [];
    let verbatim = 0;
    for (const r of results) {
      if (r.refused || !isHtmlPayload(r.call.sent)) continue;
      const key = r.call.position.replace(/^.*\./, '').replace('[]', '');
      const sent = r.call.sent as string;
      for (const echo of echoesOf(r.data, key).flat()) {
        if (typeof echo !== 'string') continue;
        if (echo === sent || echo === sent.trim()) {
          verbatim++;
          continue;
        }
        // A slug made from a title is a new value, not the title altered.
        if (/^[a-z0-9-]+$/.test(echo)) continue;
        altered.push(`${describeCall(r)} -> ${JSON.stringify(echo).slice(0, 120)}`);
      }
    }
    expect(altered).toEqual([]);
    // Titles, bodies, names, messages, prompts: the check above compared real echoes.
    expect(verbatim).toBeGreaterThanOrEqual(20);
  });

  it('writes nothing for a refused call (every table counted around the replayed refusals)', () => {
    expect(acceptedOnReplay.map(describeCall)).toEqual([]);
    expect(writtenByRefusals).toEqual({});
  });

  it('keeps /healthz answering within a second throughout the fuzz', () => {
    expect(healthz.length).toBeGreaterThan(5);
    expect(slowestHealthz().ms).toBeLessThan(1_000);
  });
});
