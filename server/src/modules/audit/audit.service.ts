import { AuditEventEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';

export interface AuditRecord {
  actor: string;
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
}

/** Appends to the audit log; pass the transaction's manager to audit atomically with a write. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(workspaceId: string, record: AuditRecord, tx?: EntityManager): Promise<void> {
    const manager = tx ?? this.dataSource.manager;
    const event = manager.create(AuditEventEntity, {
      workspaceId,
      actor: record.actor,
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      data: record.data ?? {},
    });
    // One statement: on its own, `save` would wrap the insert in a transaction of its own.
    await manager.save(event, { transaction: false });
  }
}
