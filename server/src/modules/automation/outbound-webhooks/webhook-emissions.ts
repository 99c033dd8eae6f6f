import type {
  ApprovalEntity,
  ConversationEntity,
  HandoffState,
  InvoiceEntity,
  InvoiceReminderEntity,
  LeadEntity,
  ReportKind,
  RunEntity,
} from '@zactonics/db';
import type { EntityManager } from 'typeorm';
import { rowsOf, WebhookEvents, type WebhookEventData } from './webhook-events.js';

/**
 * What each event says, and when it is emitted: one call at each place an event happens, so
 * those places stay one line each and the payloads are decided here, together. Data is small
 * and useful (ids, keys, a short summary), never a secret (no signing secrets, download tokens
 * or card numbers; `WebhookEvents.emit` redacts card numbers and SSNs on top).
 */

const SUMMARY_CHARS = 500;

/** run.succeeded / run.failed, in the transaction that finishes the run (not for CANCELLED). */
export function emitRunFinished(manager: EntityManager, run: RunEntity): Promise<number> {
  if (run.status !== 'SUCCEEDED' && run.status !== 'FAILED') return Promise.resolve(0);
  const type = run.status === 'SUCCEEDED' ? 'run.succeeded' : 'run.failed';
  return WebhookEvents.emit(manager, run.workspaceId, type, async () => ({
    ...(await runKeys(manager, run)),
    id: run.id,
    status: run.status,
    trigger: run.trigger,
    conversationId: run.conversationId,
    parentRunId: run.parentRunId,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    ...(run.status === 'SUCCEEDED'
      ? { summary: summaryOf(run.output?.text) }
      : { errorCode: run.errorCode, error: summaryOf(run.error) }),
  }));
}

/** approval.requested, in the transaction that makes the run wait for a person. */
export function emitApprovalRequested(
  manager: EntityManager,
  run: RunEntity,
  approval: ApprovalEntity,
): Promise<number> {
  return WebhookEvents.emit(manager, run.workspaceId, 'approval.requested', async () => ({
    id: approval.id,
    runId: run.id,
    ...(await runKeys(manager, run)),
    actionKind: approval.actionKind,
    tool: approval.toolName,
    policy: approval.policy,
    summary: summaryOf(approval.reason),
    amountCents: approval.amountCents,
    expiresAt: approval.expiresAt.toISOString(),
  }));
}

/**
 * conversation.handed_off, in the transaction of the handoff move, when the conversation goes to
 * a person: a person was asked for (HUMAN_REQUESTED), or one stepped in while the bot answered.
 */
export function emitConversationHandedOff(
  manager: EntityManager,
  conversation: ConversationEntity,
  from: HandoffState,
  actor: string,
): Promise<number> {
  const to = conversation.handoffState;
  const handedOff = to === 'HUMAN_REQUESTED' || (to === 'HUMAN' && from === 'BOT');
  if (!handedOff) return Promise.resolve(0);
  return WebhookEvents.emit(manager, conversation.workspaceId, 'conversation.handed_off', {
    id: conversation.id,
    handedTo: to === 'HUMAN' ? 'PERSON' : 'WAITING_FOR_PERSON',
    state: to,
    previousState: from,
    // Who moved it, by kind only (visitor, user, api_key, system): ids stay in the hub.
    movedBy: actor.split(':')[0] ?? actor,
    at: conversation.handoffChangedAt.toISOString(),
  });
}

/**
 * lead.scored_hot, after a scoring that moved the lead into the HOT tier: once per time it
 * becomes hot, not again when a hot lead is scored again (a second form submission).
 */
export function emitLeadScoredHot(
  manager: EntityManager,
  workspaceId: string,
  lead: LeadEntity,
  previousTier: LeadEntity['tier'],
): Promise<number> {
  if (lead.tier !== 'HOT' || previousTier === 'HOT') return Promise.resolve(0);
  return WebhookEvents.emit(manager, workspaceId, 'lead.scored_hot', {
    id: lead.id,
    email: lead.email,
    name: lead.name,
    company: lead.company,
    score: lead.score,
    tier: lead.tier,
    stage: lead.stage,
  });
}

/** invoice.reminder_sent, once the reminder email was handed to the mail server. */
export function emitInvoiceReminderSent(
  manager: EntityManager,
  reminder: InvoiceReminderEntity,
  invoice: InvoiceEntity,
  to: string,
  status: InvoiceReminderEntity['status'],
): Promise<number> {
  if (status !== 'SENT') return Promise.resolve(0);
  return WebhookEvents.emit(manager, reminder.workspaceId, 'invoice.reminder_sent', {
    reminderId: reminder.id,
    invoiceId: invoice.id,
    invoiceNumber: invoice.number,
    stage: reminder.stage,
    daysOverdue: reminder.daysOverdue,
    to,
  });
}

/**
 * report.ready, in the transaction that stores a filing package or annual report. The files are
 * described, not linked: a download link is a bearer token, so the receiver asks the API
 * (filingPackage) for fresh links.
 */
export function emitReportReady(
  manager: EntityManager,
  report: {
    workspaceId: string;
    packageId: string;
    kind: ReportKind;
    periodKey: string;
    title: string;
  },
  files: ReadonlyArray<{
    id: string;
    format: string;
    filename: string;
    byteSize: number;
    sha256: string;
  }>,
): Promise<number> {
  if (report.kind !== 'FILING_PACKAGE' && report.kind !== 'ANNUAL_REPORT') {
    return Promise.resolve(0);
  }
  return WebhookEvents.emit(manager, report.workspaceId, 'report.ready', {
    packageId: report.packageId,
    kind: report.kind,
    period: report.periodKey,
    title: report.title,
    files: files.map((file) => ({
      id: file.id,
      format: file.format,
      filename: file.filename,
      byteSize: file.byteSize,
      sha256: file.sha256,
    })),
  });
}

/** The sample a test delivery carries: shaped like run.succeeded, marked as a test. */
export function testRunEventData(): WebhookEventData {
  return {
    test: true,
    id: '00000000-0000-4000-8000-000000000000',
    agentKey: 'support',
    scenarioKey: 'faq-resolution',
    status: 'SUCCEEDED',
    trigger: 'MANUAL',
    conversationId: null,
    parentRunId: null,
    finishedAt: null,
    summary: 'A test event from Zactonics Hub: your endpoint received and can verify webhooks.',
  };
}

async function runKeys(
  manager: EntityManager,
  run: RunEntity,
): Promise<{ agentKey: string | null; scenarioKey: string | null }> {
  const [row] = rowsOf<{ agent_key: string | null; scenario_key: string | null }>(
    await manager.query(
      `SELECT (SELECT key FROM agent WHERE id = $1) AS agent_key,
              (SELECT key FROM scenario WHERE id = $2) AS scenario_key`,
      [run.agentId, run.scenarioId],
    ),
  );
  return { agentKey: row?.agent_key ?? null, scenarioKey: row?.scenario_key ?? null };
}

function summaryOf(text: unknown): string | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_CHARS ? `${flat.slice(0, SUMMARY_CHARS - 1)}…` : flat;
}
