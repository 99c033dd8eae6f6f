import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  TransactionStartEvent,
} from 'typeorm';
import {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_SYSTEM_NAME,
  ATTR_HUB_DB_OUTCOME,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from './tracing-attributes.js';
import { TRACER_NAME } from './tracing.js';

/**
 * A span per database transaction (not per query): `db transaction`, and `db savepoint` for one
 * nested in it, from BEGIN to COMMIT or ROLLBACK. The hub opens transactions in a hundred places
 * through TypeORM's `dataSource.transaction`, so rather than wrap each, this listens to TypeORM's
 * own transaction events (an entity subscriber), which every transaction of the DataSource
 * passes through: PostgreSQL and PGlite alike.
 *
 * Only transactions inside a traced operation get a span (a GraphQL operation, a run): the
 * background loops (schedules, webhooks, recovery sweeps) open transactions every few seconds,
 * and a trace each would bury the ones that matter. Registered only while tracing is on.
 *
 * @returns the undo: the subscriber removed again.
 */
export function traceTransactions(dataSource: DataSource): () => void {
  const subscriber = new TransactionSpans();
  dataSource.subscribers.push(subscriber);
  return () => {
    const at = dataSource.subscribers.indexOf(subscriber);
    if (at >= 0) dataSource.subscribers.splice(at, 1);
  };
}

class TransactionSpans implements EntitySubscriberInterface {
  /** The open transaction and savepoints of each query runner, innermost last (null: untraced). */
  private readonly open = new WeakMap<QueryRunner, Array<Span | null>>();

  beforeTransactionStart(event: TransactionStartEvent): void {
    let stack = this.open.get(event.queryRunner);
    if (!stack) this.open.set(event.queryRunner, (stack = []));
    const outer = stack.at(-1);
    if (outer === null) {
      stack.push(null);
      return;
    }
    // Called in the caller's async context: its active span is the transaction's parent.
    const parent = outer ? trace.setSpan(context.active(), outer) : context.active();
    if (!trace.getSpan(parent)?.isRecording()) {
      stack.push(null);
      return;
    }
    const span = trace.getTracer(TRACER_NAME).startSpan(
      outer ? 'db savepoint' : 'db transaction',
      {
        kind: SpanKind.CLIENT,
        attributes: {
          [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
          [ATTR_DB_OPERATION_NAME]: outer ? 'SAVEPOINT' : 'BEGIN',
        },
      },
      parent,
    );
    stack.push(span);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const span = this.open.get(event.queryRunner)?.pop();
    if (!span) return;
    span.setAttribute(ATTR_HUB_DB_OUTCOME, 'commit');
    span.end();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const span = this.open.get(event.queryRunner)?.pop();
    if (!span) return;
    span.setAttribute(ATTR_HUB_DB_OUTCOME, 'rollback');
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'rolled back' });
    span.end();
  }
}
