import {
  HANDOFF_STATES,
  RUN_STATUSES,
  type HandoffState,
  type LeadEntity,
  type RunStatus,
} from '@zactonics/db';
import { errorWords } from '@zactonics/schema/error-words';
import type { ConsoleServices } from '../../console-context.js';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { MAX_PAGE_SIZE } from '../paging.js';
import { inertCell } from './csv-cell.js';

/** The lists the console can download as CSV (GET /exports/<list>.csv). */
export const EXPORTED_LISTS = ['runs', 'leads', 'conversations', 'audit'] as const;
export type ExportedList = (typeof EXPORTED_LISTS)[number];

export function isExportedList(value: string): value is ExportedList {
  return (EXPORTED_LISTS as readonly string[]).includes(value);
}

/** One CSV row: text cells already made inert (inertCell), numbers as numbers, empty as ''. */
export type CsvRow = (string | number)[];

/** The services an export reads through: the same ones the console's lists use. */
export type ExportServices = Pick<
  ConsoleServices,
  | 'runs'
  | 'agents'
  | 'scenarios'
  | 'leads'
  | 'conversationList'
  | 'auditLog'
  | 'actorNames'
  | 'runStartedBy'
>;

export interface ListExport {
  columns: readonly string[];
  /**
   * The list's rows in the console's order, with the list's filters taken from the query
   * string, a page at a time: reading is checked (bad filters refused) before the first row.
   */
  rows(
    ctx: RequestContext,
    services: ExportServices,
    query: URLSearchParams,
  ): AsyncIterable<CsvRow>;
}

/** Every list's export: its columns and how its rows are read. */
export const LIST_EXPORTS: Readonly<Record<ExportedList, ListExport>> = {
  runs: {
    columns: [
      'run_id',
      'created_at',
      'agent',
      'scenario',
      'status',
      'started_by',
      'duration_seconds',
      'cost_usd',
      'input_tokens',
      'output_tokens',
      'error_code',
      'error',
      'error_detail',
    ],
    rows: (ctx, services, query) => runRows(ctx, services, query),
  },
  leads: {
    columns: [
      'name',
      'email',
      'company',
      'score',
      'tier',
      'stage',
      'consent',
      'source_page',
      'captured_at',
    ],
    rows: (ctx, services) => leadRows(ctx, services),
  },
  conversations: {
    columns: [
      'conversation_id',
      'state',
      'customer_email',
      'visitor',
      'started_at',
      'last_activity_at',
      'last_message_from',
      'last_message',
    ],
    rows: (ctx, services, query) => conversationRows(ctx, services, query),
  },
  audit: {
    columns: ['created_at', 'actor', 'actor_id', 'action', 'target_type', 'target_id', 'data'],
    rows: (ctx, services, query) => auditRows(ctx, services, query),
  },
};

/** Every page of an offset-paged list, in order. */
async function* allPages<T>(
  page: (first: number, offset: number) => Promise<{ items: T[]; totalItems: number }>,
): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const { items } = await page(MAX_PAGE_SIZE, offset);
    if (items.length > 0) yield items;
    if (items.length < MAX_PAGE_SIZE) return;
  }
}

/** The values of a repeated or comma-separated parameter (`status=A&status=B`, `status=A,B`). */
function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(values: string[], allowed: readonly T[], name: string): T[] {
  const wrong = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (wrong.length > 0) {
    throw new DomainError('INVALID_INPUT', `Unknown ${name} "${wrong[0]}".`, {
      allowed: [...allowed],
    });
  }
  return values as T[];
}

function instant(query: URLSearchParams, name: string): Date | null {
  const value = query.get(name);
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new DomainError('INVALID_INPUT', `${name} must be a date or an ISO 8601 instant.`);
  }
  return date;
}

async function* runRows(
  ctx: RequestContext,
  services: ExportServices,
  query: URLSearchParams,
): AsyncGenerator<CsvRow> {
  const filter = {
    agentKey: query.get('agent') || null,
    scenarioKey: query.get('scenario') || null,
    statuses: oneOf<RunStatus>(listParam(query, 'status'), RUN_STATUSES, 'status'),
  };
  const agents = services.agents.loader(ctx);
  const scenarios = services.scenarios.loader(ctx);
  for await (const runs of allPages((first, offset) =>
    services.runs.list(ctx, { ...filter, first, offset }),
  )) {
    const [startedBy, agentRows, scenarioRows] = await Promise.all([
      services.runStartedBy.startedByMany(ctx.workspaceId, runs),
      agents.loadMany(runs.map((r) => r.agentId)),
      scenarios.loadMany(runs.flatMap((r) => (r.scenarioId ? [r.scenarioId] : []))),
    ]);
    const scenarioTitle = new Map(
      scenarioRows.flatMap((s) => (s instanceof Error ? [] : [[s.id, s.title] as const])),
    );
    for (const [i, run] of runs.entries()) {
      const agent = agentRows[i];
      const seconds =
        run.startedAt && run.finishedAt
          ? Math.round((run.finishedAt.getTime() - run.startedAt.getTime()) / 100) / 10
          : '';
      yield [
        run.id,
        run.createdAt.toISOString(),
        inertCell(agent && !(agent instanceof Error) ? agent.name : ''),
        inertCell(run.scenarioId ? scenarioTitle.get(run.scenarioId) : ''),
        run.status,
        inertCell(startedBy[i]),
        seconds,
        Number(run.costUsd),
        run.inputTokens,
        run.outputTokens,
        run.errorCode ?? '',
        run.errorCode ? inertCell(errorWords(run.errorCode)) : '',
        inertCell(run.error),
      ];
    }
  }
}

async function* leadRows(ctx: RequestContext, services: ExportServices): AsyncGenerator<CsvRow> {
  for await (const leads of allPages((first, offset) => leadPage(ctx, services, first, offset))) {
    for (const lead of leads) {
      yield [
        inertCell(lead.name),
        inertCell(lead.email),
        inertCell(lead.company),
        lead.score ?? '',
        lead.tier ?? '',
        lead.stage,
        lead.consent ? 'yes' : 'no',
        inertCell(lead.sourcePage),
        lead.createdAt.toISOString(),
      ];
    }
  }
}

async function leadPage(
  ctx: RequestContext,
  services: ExportServices,
  first: number,
  offset: number,
): Promise<{ items: LeadEntity[]; totalItems: number }> {
  const items = await services.leads.list(ctx, first, offset);
  return { items, totalItems: items.length };
}

async function* conversationRows(
  ctx: RequestContext,
  services: ExportServices,
  query: URLSearchParams,
): AsyncGenerator<CsvRow> {
  const handoffStates = oneOf<HandoffState>(listParam(query, 'state'), HANDOFF_STATES, 'state');
  for await (const conversations of allPages((first, offset) =>
    services.conversationList.list(ctx, { handoffStates, first, offset }),
  )) {
    const visitors = conversations.flatMap((c) => (c.visitorId ? [`visitor:${c.visitorId}`] : []));
    const [names, lastMessages] = await Promise.all([
      services.actorNames.names(ctx.workspaceId, visitors),
      Promise.all(conversations.map((c) => services.conversationList.lastMessage(ctx, c.id))),
    ]);
    for (const [i, conversation] of conversations.entries()) {
      const last = lastMessages[i] ?? null;
      const activity =
        last && last.createdAt > conversation.updatedAt ? last.createdAt : conversation.updatedAt;
      yield [
        conversation.id,
        conversation.handoffState,
        inertCell(conversation.customerEmail),
        inertCell(conversation.visitorId ? names.get(`visitor:${conversation.visitorId}`) : ''),
        conversation.createdAt.toISOString(),
        activity.toISOString(),
        last?.role ?? '',
        inertCell(last?.text),
      ];
    }
  }
}

async function* auditRows(
  ctx: RequestContext,
  services: ExportServices,
  query: URLSearchParams,
): AsyncGenerator<CsvRow> {
  const filter = {
    search: query.get('search'),
    actions: listParam(query, 'action'),
    actor: query.get('actor'),
    from: instant(query, 'from'),
    to: instant(query, 'to'),
  };
  for await (const events of allPages((first, offset) =>
    services.auditLog.list(ctx, { ...filter, first, offset }),
  )) {
    const names = await services.actorNames.names(
      ctx.workspaceId,
      events.map((e) => e.actor),
    );
    for (const event of events) {
      yield [
        event.createdAt.toISOString(),
        inertCell(names.get(event.actor) ?? event.actor),
        inertCell(event.actor),
        event.action,
        inertCell(event.targetType),
        inertCell(event.targetId),
        inertCell(JSON.stringify(event.data)),
      ];
    }
  }
}
