import { BankAccountEntity, BankTransactionEntity, LedgerAccountEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import {
  reconcile,
  type BankLine,
  type OpenItem,
  type Reconciliation,
} from '../../engines/accounting/index.js';
import { posterOf } from '../ledger/journal-poster.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { NO_DATA_CHANGES, type DataChangeNotifier } from '../../events/data-changes.js';

/** Where a matched payment lands: receivables for an invoice, payables for a bill. */
const SETTLES = { INVOICE: '1100', BILL: '2010' } as const;
const DOCUMENT_TABLE = { INVOICE: 'invoice', BILL: 'bill' } as const;

export interface ReconciliationView extends Reconciliation {
  lines: BankLine[];
  items: OpenItem[];
}

/**
 * Bank reconciliation: the bank lines not yet explained (uncategorized or in review) against the
 * open invoices and bills. The engine matches by document number, amount and date window;
 * applying a match posts the payment (cash against receivables or payables), marks the line
 * categorized by MATCH and adds the payment to the document, in one transaction per match.
 */
export class ReconciliationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    /** Told after payments are applied (threshold triggers watch open invoices). */
    private readonly changes: DataChangeNotifier = NO_DATA_CHANGES,
  ) {}

  async report(workspaceId: string): Promise<ReconciliationView> {
    const lines = await this.openLines(workspaceId);
    const items = await this.openItems(workspaceId);
    return { ...reconcile(lines, items), lines, items };
  }

  /** Applies every match the engine is sure of; mismatches and ambiguities stay for a person. */
  async applyMatches(ctx: RequestContext): Promise<ReconciliationView> {
    const { matches, lines, items } = await this.report(ctx.workspaceId);
    const poster = posterOf(ctx);
    for (const match of matches) {
      const line = lines.find((l) => l.id === match.lineId);
      const item = items.find((i) => i.id === match.itemId);
      if (!line || !item) continue;
      await this.dataSource.transaction((tx) =>
        this.settle(tx, ctx.workspaceId, line, item, poster),
      );
    }
    if (matches.length > 0) {
      // A payment settles an invoice (or bill) and moves cash: both watched topics.
      this.changes.notify(ctx.workspaceId, 'invoices');
      this.changes.notify(ctx.workspaceId, 'ledger');
    }
    return this.report(ctx.workspaceId);
  }

  private async settle(
    tx: EntityManager,
    workspaceId: string,
    line: BankLine,
    item: OpenItem,
    poster: ReturnType<typeof posterOf>,
  ): Promise<void> {
    const transaction = await tx.findOne(BankTransactionEntity, {
      where: { workspaceId, id: line.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!transaction || transaction.status === 'CATEGORIZED') return;
    const bank = await tx.findOneByOrFail(BankAccountEntity, { id: transaction.bankAccountId });
    const cash = await tx.findOneByOrFail(LedgerAccountEntity, { id: bank.ledgerAccountId });
    const settles = await tx.findOneByOrFail(LedgerAccountEntity, {
      workspaceId,
      code: SETTLES[item.type],
    });
    const cents = Math.abs(line.amountCents);
    const [debit, credit] = item.type === 'INVOICE' ? [cash, settles] : [settles, cash];
    const entry = await this.ledger.postWithin(
      tx,
      workspaceId,
      {
        occurredOn: line.postedOn,
        memo: `Payment of ${item.number} (${item.counterparty})`,
        sourceType: 'PAYMENT',
        sourceId: transaction.id,
        lines: [
          { accountCode: debit.code, debitCents: cents, creditCents: 0 },
          { accountCode: credit.code, debitCents: 0, creditCents: cents },
        ],
      },
      poster,
    );
    await tx.update(
      BankTransactionEntity,
      { id: transaction.id },
      {
        status: 'CATEGORIZED',
        accountId: settles.id,
        confidence: 1,
        categorizedBy: 'MATCH',
        journalEntryId: entry.id,
        matchedType: item.type,
        matchedId: item.id,
      },
    );
    await tx.query(
      `UPDATE ${DOCUMENT_TABLE[item.type]}
          SET paid_cents = paid_cents + $3,
              status = CASE WHEN paid_cents + $3 >= amount_cents THEN 'PAID' ELSE status END
        WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, item.id, cents],
    );
  }

  private async openLines(workspaceId: string): Promise<BankLine[]> {
    const rows = await this.dataSource.manager.find(BankTransactionEntity, {
      where: [
        { workspaceId, status: 'UNCATEGORIZED' },
        { workspaceId, status: 'NEEDS_REVIEW' },
      ],
      order: { postedOn: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => ({
      id: row.id,
      postedOn: row.postedOn,
      amountCents: row.amountCents,
      description: row.description,
      reference: row.reference,
    }));
  }

  private async openItems(workspaceId: string): Promise<OpenItem[]> {
    const rows = (await this.dataSource.query(
      `SELECT i.id, 'INVOICE' AS type, i.number, coalesce(c.company, c.name) AS counterparty,
              i.amount_cents - i.paid_cents AS open_cents,
              to_char(i.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(i.due_on, 'YYYY-MM-DD') AS due_on
         FROM invoice i JOIN customer c ON c.id = i.customer_id
        WHERE i.workspace_id = $1 AND i.paid_cents < i.amount_cents
       UNION ALL
       SELECT b.id, 'BILL', b.number, b.vendor, b.amount_cents - b.paid_cents,
              to_char(b.issued_on, 'YYYY-MM-DD'), to_char(b.due_on, 'YYYY-MM-DD')
         FROM bill b
        WHERE b.workspace_id = $1 AND b.paid_cents < b.amount_cents`,
      [workspaceId],
    )) as Array<{
      id: string;
      type: 'INVOICE' | 'BILL';
      number: string;
      counterparty: string;
      open_cents: string;
      issued_on: string;
      due_on: string;
    }>;
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      number: row.number,
      counterparty: row.counterparty,
      openCents: Number(row.open_cents),
      issuedOn: row.issued_on,
      dueOn: row.due_on,
    }));
  }
}
