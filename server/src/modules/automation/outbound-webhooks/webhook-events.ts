import { performance } from 'node:perf_hooks';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { redactDeep } from '../../../runtime/guardrails/pii-redaction.js';
import type { WebhookEventType } from './webhook-event-types.js';

/** What an event says: small and useful (ids, keys, a summary); never a secret. */
export type WebhookEventData = Record<string, unknown>;

/** The data, or how to build it: called only when some subscription wants the event. */
export type WebhookEventDataSource =
  WebhookEventData | (() => WebhookEventData | Promise<WebhookEventData>);

/** How long a workspace's subscribed event types are trusted before they are read again. */
const SUBSCRIBED_TYPES_TTL_MS = 2_000;

/**
 * The outbox side of outbound webhooks. `emit` writes one PENDING delivery per enabled
 * subscription of the workspace that wants the event type, with the caller's entity manager:
 * inside the caller's transaction the event exists exactly when the change it reports commits.
 * It sends nothing (the WebhookDispatcher does), so an event costs a run at most one INSERT, and
 * nothing at all in a workspace without subscriptions: the subscribed types are cached for 2 s
 * per workspace (dropped at once when this process changes a subscription; another process's
 * change is seen within 2 s).
 *
 * It is static so that each place an event happens (the run journal, approvals, handoffs,
 * leads, reminders, reports) emits in one line, with no service to thread through constructors.
 * Its state lives per DataSource, so several hubs in one process (tests) never share it.
 */
export class WebhookEvents {
  /**
   * Writes the event's deliveries with `manager` (the caller's transaction, or
   * `dataSource.manager` outside one); returns how many were written. Listeners of the data
   * source hear of it once the write commits.
   */
  static async emit(
    manager: EntityManager,
    workspaceId: string,
    type: WebhookEventType,
    data: WebhookEventDataSource,
  ): Promise<number> {
    const outbox = outboxOf(manager.dataSource);
    const wanted = await outbox.subscribedTypes(manager, workspaceId);
    if (!wanted.has(type)) return 0;
    const built = typeof data === 'function' ? await data() : data;
    // Card numbers and SSNs never leave the hub, whatever a summary picked up.
    const safe = redactDeep(built).value;
    const rows = rowsOf<{ id: string }>(
      await manager.query(
        `INSERT INTO outbound_delivery (id, subscription_id, workspace_id, event_type, payload)
         SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), s.id, s.workspace_id, $2,
                jsonb_build_object(
                  'type', $2::text,
                  'timestamp', to_char(statement_timestamp() AT TIME ZONE 'UTC',
                                       'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                  'data', $3::jsonb)
           FROM webhook_subscription s
          WHERE s.workspace_id = $1 AND s.enabled AND $2 = ANY (s.event_types)
         RETURNING id`,
        [workspaceId, type, JSON.stringify(safe)],
      ),
    );
    if (rows.length > 0) outbox.announceAfterCommit(manager.queryRunner);
    return rows.length;
  }

  /** Forgets a workspace's cached subscribed types (after this process changed a subscription). */
  static forget(dataSource: DataSource, workspaceId: string): void {
    outboxOf(dataSource).subscribed.delete(workspaceId);
  }

  /**
   * Calls `listener` each time deliveries written by this process become visible (their
   * transaction committed). Returns the way to stop listening.
   */
  static onCommitted(dataSource: DataSource, listener: () => void): () => void {
    const outbox = outboxOf(dataSource);
    outbox.listeners.add(listener);
    return () => outbox.listeners.delete(listener);
  }
}

const outboxes = new WeakMap<DataSource, Outbox>();

function outboxOf(dataSource: DataSource): Outbox {
  let outbox = outboxes.get(dataSource);
  if (!outbox) {
    outbox = new Outbox(dataSource);
    outboxes.set(dataSource, outbox);
  }
  return outbox;
}

/** One data source's cache, listeners and transactions holding unannounced deliveries. */
class Outbox implements EntitySubscriberInterface {
  readonly subscribed = new Map<string, { types: ReadonlySet<string>; readAt: number }>();
  readonly listeners = new Set<() => void>();
  /** Transactions that wrote deliveries, announced when they commit (dropped on rollback). */
  private readonly waiting = new WeakSet<QueryRunner>();

  constructor(dataSource: DataSource) {
    // TypeORM tells subscribers about every commit and rollback of the data source's query
    // runners; this is how a delivery written inside someone else's transaction wakes the
    // dispatcher only once it is visible.
    dataSource.subscribers.push(this);
  }

  async subscribedTypes(manager: EntityManager, workspaceId: string): Promise<ReadonlySet<string>> {
    const cached = this.subscribed.get(workspaceId);
    const now = performance.now();
    if (cached && now - cached.readAt < SUBSCRIBED_TYPES_TTL_MS) return cached.types;
    // With the caller's manager: on PGlite the caller's transaction holds the only session.
    const rows = rowsOf<{ type: string }>(
      await manager.query(
        `SELECT DISTINCT unnest(event_types) AS type
           FROM webhook_subscription WHERE workspace_id = $1 AND enabled`,
        [workspaceId],
      ),
    );
    const types = new Set(rows.map((row) => row.type));
    this.subscribed.set(workspaceId, { types, readAt: now });
    return types;
  }

  announceAfterCommit(queryRunner: QueryRunner | undefined): void {
    if (queryRunner?.isTransactionActive) this.waiting.add(queryRunner);
    else this.announce();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A savepoint's release is no commit: wait for the outermost transaction.
    if (event.queryRunner.isTransactionActive || !this.waiting.has(event.queryRunner)) return;
    this.waiting.delete(event.queryRunner);
    this.announce();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.waiting.delete(event.queryRunner);
  }

  private announce(): void {
    for (const listener of this.listeners) listener();
  }
}

/** TypeORM answers UPDATE and DELETE with [rows, affected], other statements with rows. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0])) {
    return result[0] as T[];
  }
  return result as T[];
}
