import { createHash } from 'node:crypto';
import {
  BankAccountEntity,
  BankImportEntity,
  BankTransactionEntity,
  LedgerAccountEntity,
  MerchantRuleEntity,
} from '@zactonics/db';
import { In, type DataSource, type EntityManager } from 'typeorm';
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
import type { Clock } from '../../runtime/clock.js';
import { posterOf, type JournalPoster } from '../ledger/journal-poster.js';
import type { LedgerService } from '../ledger/ledger.service.js';
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

/** What categorizing needs: the labeled history to learn from, the work, and the rules. */
export interface CategorizationWork {
  examples: Array<{ description: string; amountCents: number; label: string }>;
  pending: BankTransactionEntity[];
  /** A person's corrections by merchant key: these win over any prediction. */
  rulesByMerchant: ReadonlyMap<string, string>;
}

export interface CategorizationDecision {
  transactionId: string;
  accountCode: string;
  confidence: number;
  by: 'MODEL' | 'RULE';
  /** False: the suggestion waits in the review queue, nothing is posted. */
  post: boolean;
}

/** A sync stops after this many pages (500 transactions each) and continues next time. */
const MAX_SYNC_PAGES = 20;

/** Categorizations committed together (each still in its own savepoint). */
const DECISIONS_PER_COMMIT = 250;

/** Chunk size for multi-row inserts: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1_000;

/**
 * The shop's bank feed: statement imports (CSV, OFX/QFX), the transactions they bring, and
 * their categorization. A categorized transaction posts its journal entry in the same
 * transaction (the database requires both together); a person's correction becomes a merchant
 * rule that applies to like transactions at once and teaches the classifier.
 */
export class BankFeedService {
  private readonly cashAccounts = new Map<string, LedgerAccountEntity>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    /** The configured bank-data provider, if any (Plaid when its credentials are set). */
    private readonly connector: BankSyncConnector | null = null,
  ) {}

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
    return this.dataSource.transaction((tx) =>
      this.record(tx, ctx, account, {
        fileName: command.fileName.slice(0, 255),
        format: parsed.format,
        layout: parsed.layout,
        fileSha256: createHash('sha256').update(command.content).digest('hex'),
        rows: parsed.rows.map((row, index) => ({ ...row, fingerprint: fingerprints[index] ?? '' })),
      }),
    );
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

  /**
   * The labeled history (categorized by a person, a rule or the seed: never the model's own
   * guesses, which would teach it its mistakes), the transactions to categorize, and the rules.
   */
  async categorizationWork(
    workspaceId: string,
    options: { uncategorizedOnly: boolean; limit: number },
  ): Promise<CategorizationWork> {
    const labeled = (await this.dataSource.query(
      `SELECT t.description, t.amount_cents, a.code
         FROM bank_transaction t JOIN ledger_account a ON a.id = t.account_id
        WHERE t.workspace_id = $1 AND t.status = 'CATEGORIZED'
          AND t.categorized_by IN ('PERSON', 'RULE', 'SEED')`,
      [workspaceId],
    )) as Array<{ description: string; amount_cents: string; code: string }>;
    const pending = await this.dataSource.manager.find(BankTransactionEntity, {
      where: {
        workspaceId,
        status: options.uncategorizedOnly ? 'UNCATEGORIZED' : In(['UNCATEGORIZED', 'NEEDS_REVIEW']),
      },
      order: { postedOn: 'ASC', id: 'ASC' },
      take: options.limit,
    });
    const rules = await this.dataSource.query(
      `SELECT r.merchant, a.code FROM merchant_rule r JOIN ledger_account a ON a.id = r.account_id
        WHERE r.workspace_id = $1`,
      [workspaceId],
    );
    return {
      examples: labeled.map((row) => ({
        description: row.description,
        amountCents: Number(row.amount_cents),
        label: row.code,
      })),
      pending,
      rulesByMerchant: new Map(
        (rules as Array<{ merchant: string; code: string }>).map((r) => [r.merchant, r.code]),
      ),
    };
  }

  /**
   * Records decisions: a posted one categorizes its transaction and posts its entry, one not
   * posted waits in the review queue with its suggestion. Decisions commit in chunks, each in a
   * savepoint of its own, so one refused posting does not undo the others; a transaction someone
   * else categorized in the meantime is left as they left it.
   */
  async applyCategorizations(
    workspaceId: string,
    decisions: readonly CategorizationDecision[],
    poster: JournalPoster,
  ): Promise<{ categorized: number; queued: number }> {
    const accounts = await this.accountsByCode(workspaceId);
    let categorized = 0;
    let queued = 0;
    for (let start = 0; start < decisions.length; start += DECISIONS_PER_COMMIT) {
      const chunk = decisions.slice(start, start + DECISIONS_PER_COMMIT);
      await this.dataSource.transaction(async (tx) => {
        const locked = await tx.find(BankTransactionEntity, {
          where: { workspaceId, id: In(chunk.map((d) => d.transactionId)) },
          order: { id: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        });
        const byId = new Map(locked.map((t) => [t.id, t]));
        for (const decision of chunk) {
          const account = accounts.get(decision.accountCode);
          const transaction = byId.get(decision.transactionId);
          if (!account || !transaction || transaction.status === 'CATEGORIZED') continue;
          if (!decision.post) {
            await tx.update(
              BankTransactionEntity,
              { id: transaction.id },
              { status: 'NEEDS_REVIEW', accountId: account.id, confidence: decision.confidence },
            );
            queued++;
            continue;
          }
          const posted = await tx
            .transaction((savepoint) =>
              this.categorizeWithin(savepoint, transaction, account, {
                by: decision.by,
                confidence: decision.confidence,
                poster,
              }),
            )
            .then(
              () => true,
              (error: unknown) => {
                // A refused posting (e.g. posted meanwhile by another path) leaves the
                // transaction waiting; anything unexpected still fails the whole call.
                if (error instanceof DomainError) return false;
                throw error;
              },
            );
          if (posted) categorized++;
        }
      });
    }
    return { categorized, queued };
  }

  /**
   * A person's correction: the transaction goes to `accountCode`; the merchant becomes a rule;
   * like transactions still waiting (uncategorized or in review) follow the rule at once. A
   * transaction already posted elsewhere is reclassified by an adjusting entry (posted entries
   * are never edited).
   */
  async correct(
    ctx: RequestContext,
    transactionId: string,
    accountCode: string,
  ): Promise<{ transaction: BankTransactionEntity; alsoApplied: number }> {
    const accounts = await this.accountsByCode(ctx.workspaceId);
    const account = accounts.get(accountCode);
    if (!account || !account.postable) {
      throw new DomainError(
        'ACCOUNT_NOT_FOUND',
        `There is no postable account ${accountCode.slice(0, 12)} in this workspace's chart of accounts.`,
      );
    }
    const poster = posterOf(ctx);
    return this.dataSource.transaction(async (tx) => {
      const transaction = isId(transactionId)
        ? await tx.findOne(BankTransactionEntity, {
            where: { workspaceId: ctx.workspaceId, id: transactionId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!transaction) {
        throw new DomainError('NOT_FOUND', 'There is no such bank transaction in this workspace.');
      }
      await tx
        .createQueryBuilder()
        .insert()
        .into(MerchantRuleEntity)
        .values({
          workspaceId: ctx.workspaceId,
          merchant: transaction.merchant,
          accountId: account.id,
          createdBy: ctx.actor,
        })
        .orUpdate(['account_id', 'created_by', 'updated_at'], ['workspace_id', 'merchant'])
        .execute();
      if (transaction.status === 'CATEGORIZED') {
        await this.reclassifyWithin(tx, transaction, account, poster);
      } else {
        await this.categorizeWithin(tx, transaction, account, {
          by: 'PERSON',
          confidence: 1,
          poster,
        });
      }
      const alike = await tx.find(BankTransactionEntity, {
        where: {
          workspaceId: ctx.workspaceId,
          merchant: transaction.merchant,
          status: In(['UNCATEGORIZED', 'NEEDS_REVIEW']),
        },
        lock: { mode: 'pessimistic_write' },
      });
      for (const other of alike) {
        await this.categorizeWithin(tx, other, account, { by: 'RULE', confidence: 1, poster });
      }
      const corrected = await tx.findOneByOrFail(BankTransactionEntity, { id: transaction.id });
      return { transaction: corrected, alsoApplied: alike.length };
    });
  }

  async accountsByCode(workspaceId: string): Promise<Map<string, LedgerAccountEntity>> {
    const accounts = await this.dataSource.manager.find(LedgerAccountEntity, {
      where: { workspaceId },
    });
    return new Map(accounts.map((a) => [a.code, a]));
  }

  private async categorizeWithin(
    tx: EntityManager,
    transaction: BankTransactionEntity,
    account: LedgerAccountEntity,
    how: { by: 'MODEL' | 'RULE' | 'PERSON'; confidence: number; poster: JournalPoster },
  ): Promise<void> {
    const cash = await this.cashAccountOf(tx, transaction.bankAccountId);
    const cents = Math.abs(transaction.amountCents);
    const moneyIn = transaction.amountCents > 0;
    const entry = await this.ledger.postWithin(
      tx,
      transaction.workspaceId,
      {
        occurredOn: transaction.postedOn,
        memo: transaction.description.slice(0, 500) || 'Bank transaction',
        sourceType: 'BANK_TRANSACTION',
        sourceId: transaction.id,
        lines: [
          {
            accountCode: cash.code,
            debitCents: moneyIn ? cents : 0,
            creditCents: moneyIn ? 0 : cents,
          },
          {
            accountCode: account.code,
            debitCents: moneyIn ? 0 : cents,
            creditCents: moneyIn ? cents : 0,
          },
        ],
      },
      how.poster,
    );
    await tx.update(
      BankTransactionEntity,
      { id: transaction.id },
      {
        status: 'CATEGORIZED',
        accountId: account.id,
        confidence: how.confidence,
        categorizedBy: how.by,
        journalEntryId: entry.id,
      },
    );
  }

  /** The ledger account holding a bank account's balance (a bank account's never changes). */
  private async cashAccountOf(
    tx: EntityManager,
    bankAccountId: string,
  ): Promise<LedgerAccountEntity> {
    const known = this.cashAccounts.get(bankAccountId);
    if (known) return known;
    const bankAccount = await tx.findOneByOrFail(BankAccountEntity, { id: bankAccountId });
    const cash = await tx.findOneByOrFail(LedgerAccountEntity, { id: bankAccount.ledgerAccountId });
    this.cashAccounts.set(bankAccountId, cash);
    return cash;
  }

  /** Moves a posted transaction's amount from its old account to the new one. */
  private async reclassifyWithin(
    tx: EntityManager,
    transaction: BankTransactionEntity,
    account: LedgerAccountEntity,
    poster: JournalPoster,
  ): Promise<void> {
    const previous = await tx.findOneByOrFail(LedgerAccountEntity, {
      id: transaction.accountId as string,
    });
    if (previous.id !== account.id) {
      const cents = Math.abs(transaction.amountCents);
      const moneyIn = transaction.amountCents > 0;
      // Money out had debited the old account: debit the new one, credit the old (and the
      // other way round for money in).
      const [debit, credit] = moneyIn ? [previous, account] : [account, previous];
      await this.ledger.postWithin(
        tx,
        transaction.workspaceId,
        {
          occurredOn: transaction.postedOn,
          memo: `Reclassified ${transaction.description.slice(0, 300)} from ${previous.code} to ${account.code}`,
          sourceType: 'ADJUSTMENT',
          sourceId: `${transaction.id}:reclassified:${this.clock.now().toISOString()}`,
          lines: [
            { accountCode: debit.code, debitCents: cents, creditCents: 0 },
            { accountCode: credit.code, debitCents: 0, creditCents: cents },
          ],
        },
        poster,
      );
    }
    await tx.update(
      BankTransactionEntity,
      { id: transaction.id },
      { accountId: account.id, confidence: 1, categorizedBy: 'PERSON' },
    );
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
