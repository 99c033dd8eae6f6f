import { createHash } from 'node:crypto';
import { BankAccountEntity, BankImportEntity, BankTransactionEntity } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import {
  BankFileError,
  bankRowFingerprints,
  parseBankFile,
  type BankFileRow,
  type CsvOptions,
} from '../../engines/accounting/bank-files/index.js';
import { merchantKey } from '../../engines/accounting/merchant-key.js';
import { DomainError } from '../../errors.js';
import { NO_DATA_CHANGES, type DataChangeNotifier } from '../../events/data-changes.js';
import type { Clock } from '../../runtime/clock.js';
import { isId } from '../ids.js';
import { assertPage } from '../paging.js';
import type { BankSyncConnector } from './bank-sync/bank-sync.js';

/** The largest bank file accepted: a year of a busy account is well under 2 MB. */
export const MAX_BANK_FILE_BYTES = 5 * 1024 * 1024;

export interface ImportCommand extends CsvOptions {
  bankAccountId: string;
  fileName: string;
  content: string;
}

/** A sync stops after this many pages (500 transactions each) and continues next time. */
const MAX_SYNC_PAGES = 20;

/** Chunk size for multi-row inserts: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1_000;

/**
 * The shop's bank feed: statement imports (CSV, OFX/QFX) and bank sync, the transactions they
 * bring, and the lists the console reads. Categorizing them is bank-categorization.service.ts.
 */
export class BankFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** The configured bank-data provider, if any (Plaid when its credentials are set). */
    private readonly connector: BankSyncConnector | null = null,
    /** Told after an import commits: new bank lines move the cash threshold triggers watch. */
    private readonly changes: DataChangeNotifier = NO_DATA_CHANGES,
  ) {}

  /** Whether a bank-data provider has credentials, i.e. whether `sync` can do anything. */
  get syncConfigured(): boolean {
    return this.connector !== null;
  }

  bankAccounts(workspaceId: string): Promise<BankAccountEntity[]> {
    return this.dataSource.manager.find(BankAccountEntity, {
      where: { workspaceId },
      order: { name: 'ASC' },
    });
  }

  /**
   * Imports one bank file into one account: all of it or nothing. A malformed file is refused
   * naming its row; rows seen before (this file again, or an overlapping export) are counted as
   * duplicates and not imported twice.
   */
  async importFile(ctx: RequestContext, command: ImportCommand): Promise<BankImportEntity> {
    const account = await this.requireBankAccount(ctx.workspaceId, command.bankAccountId);
    if (Buffer.byteLength(command.content, 'utf8') > MAX_BANK_FILE_BYTES) {
      throw new DomainError(
        'BANK_FILE_INVALID',
        `${command.fileName} is larger than ${MAX_BANK_FILE_BYTES / 1024 / 1024} MB; split the export by date.`,
      );
    }
    const parsed = parseOrRefuse(command);
    const fingerprints = bankRowFingerprints(parsed.rows);
    const imported = await this.dataSource.transaction((tx) =>
      this.record(tx, ctx, account, {
        fileName: command.fileName.slice(0, 255),
        format: parsed.format,
        layout: parsed.layout,
        fileSha256: createHash('sha256').update(command.content).digest('hex'),
        rows: parsed.rows.map((row, index) => ({ ...row, fingerprint: fingerprints[index] ?? '' })),
      }),
    );
    this.changes.notify(ctx.workspaceId, 'ledger');
    return imported;
  }

  /**
   * Pulls new transactions from the configured bank-data provider, page by page from where the
   * last sync left off; each page is one import, recorded with the cursor after it. Refused with
   * BANK_SYNC_NOT_CONFIGURED when no provider has credentials: nothing is made up.
   */
  async sync(ctx: RequestContext, bankAccountId: string): Promise<BankImportEntity[]> {
    const account = await this.requireBankAccount(ctx.workspaceId, bankAccountId);
    const connector = this.connector;
    if (!connector) {
      throw new DomainError(
        'BANK_SYNC_NOT_CONFIGURED',
        'Bank sync is not configured (set PLAID_CLIENT_ID, PLAID_SECRET and PLAID_ACCESS_TOKEN); import a statement file (CSV, OFX or QFX) instead.',
      );
    }
    const imports: BankImportEntity[] = [];
    let cursor = account.syncCursor;
    for (let page = 0; page < MAX_SYNC_PAGES; page++) {
      const { added, nextCursor, hasMore } = await connector.sync(cursor);
      const recorded = await this.dataSource.transaction(async (tx) => {
        const saved = await this.record(tx, ctx, account, {
          fileName: `${connector.provider} sync`,
          format: 'SYNC',
          layout: connector.provider.toUpperCase(),
          fileSha256: createHash('sha256').update(`${account.id}:${nextCursor}`).digest('hex'),
          rows: added.map((row) => ({
            ...row,
            fingerprint: `${connector.provider}:${row.reference ?? ''}`,
          })),
        });
        await tx.update(BankAccountEntity, { id: account.id }, { syncCursor: nextCursor });
        return saved;
      });
      imports.push(recorded);
      cursor = nextCursor;
      if (!hasMore) break;
    }
    this.changes.notify(ctx.workspaceId, 'ledger');
    return imports;
  }

  /** Records one import and its new rows; rows seen before are counted as duplicates. */
  private async record(
    tx: EntityManager,
    ctx: RequestContext,
    account: BankAccountEntity,
    source: {
      fileName: string;
      format: BankImportEntity['format'];
      layout: string;
      fileSha256: string;
      rows: Array<BankFileRow & { fingerprint: string }>;
    },
  ): Promise<BankImportEntity> {
    const saved = await tx.save(
      tx.create(BankImportEntity, {
        workspaceId: ctx.workspaceId,
        bankAccountId: account.id,
        fileName: source.fileName,
        format: source.format,
        layout: source.layout,
        fileSha256: source.fileSha256,
        rowCount: source.rows.length,
        importedCount: 0,
        duplicateCount: 0,
        importedBy: ctx.actor,
        importedAt: this.clock.now(),
      }),
    );
    const rows = source.rows.map((row) => ({
      workspaceId: ctx.workspaceId,
      bankAccountId: account.id,
      importId: saved.id,
      postedOn: row.postedOn,
      amountCents: row.amountCents,
      description: row.description,
      merchant: merchantKey(row.description),
      reference: row.reference,
      fingerprint: row.fingerprint,
    }));
    let imported = 0;
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const result = await tx
        .createQueryBuilder()
        .insert()
        .into(BankTransactionEntity)
        .values(rows.slice(start, start + INSERT_CHUNK))
        .orIgnore()
        .returning('id')
        .execute();
      imported += (result.raw as unknown[]).length;
    }
    saved.importedCount = imported;
    saved.duplicateCount = rows.length - imported;
    await tx.update(
      BankImportEntity,
      { id: saved.id },
      { importedCount: saved.importedCount, duplicateCount: saved.duplicateCount },
    );
    return saved;
  }

  imports(workspaceId: string, page: { first: number; offset: number }) {
    assertPage(page);
    return this.dataSource.manager.findAndCount(BankImportEntity, {
      where: { workspaceId },
      order: { importedAt: 'DESC' },
      take: page.first,
      skip: page.offset,
    });
  }

  /** Newest first; `status` narrows to e.g. the review queue (NEEDS_REVIEW). */
  transactions(
    workspaceId: string,
    filter: { status?: BankTransactionEntity['status'] | undefined },
    page: { first: number; offset: number },
  ) {
    assertPage(page);
    return this.dataSource.manager.findAndCount(BankTransactionEntity, {
      where: { workspaceId, ...(filter.status ? { status: filter.status } : {}) },
      order: { postedOn: 'DESC', id: 'ASC' },
      take: page.first,
      skip: page.offset,
    });
  }

  private async requireBankAccount(workspaceId: string, id: string): Promise<BankAccountEntity> {
    const account = isId(id)
      ? await this.dataSource.manager.findOneBy(BankAccountEntity, { workspaceId, id })
      : null;
    if (!account) {
      throw new DomainError('NOT_FOUND', 'There is no such bank account in this workspace.');
    }
    return account;
  }
}

function parseOrRefuse(command: ImportCommand) {
  const { bankAccountId: _account, fileName, content, ...options } = command;
  try {
    return parseBankFile(fileName, content, options);
  } catch (error) {
    if (error instanceof BankFileError) {
      throw new DomainError('BANK_FILE_INVALID', `${fileName}: ${error.message}`, {
        row: error.row,
        column: error.column,
      });
    }
    throw error;
  }
}
