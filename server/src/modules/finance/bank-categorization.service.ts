import {
  BankAccountEntity,
  BankTransactionEntity,
  LedgerAccountEntity,
  MerchantRuleEntity,
} from '@zactonics/db';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { NO_DATA_CHANGES, type DataChangeNotifier } from '../../events/data-changes.js';
import type { Clock } from '../../runtime/clock.js';
import { isId } from '../ids.js';
import { posterOf, type JournalPoster } from '../ledger/journal-poster.js';
import type { LedgerService } from '../ledger/ledger.service.js';

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

/** Categorizations committed together (each still in its own savepoint). */
const DECISIONS_PER_COMMIT = 250;

/**
 * Categorizing the bank feed: the labeled history and the waiting transactions for the
 * classifier, recording its decisions (a confident one posts its journal entry in the same
 * transaction; a doubtful one waits in the review queue with its suggestion), and a person's
 * correction, which becomes a merchant rule applied to like transactions at once.
 */
export class BankCategorizationService {
  private readonly cashAccounts = new Map<string, LedgerAccountEntity>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    /** Told after postings commit: categorizing a bank line moves cash (threshold triggers). */
    private readonly changes: DataChangeNotifier = NO_DATA_CHANGES,
  ) {}

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
    if (categorized > 0) this.changes.notify(workspaceId, 'ledger');
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
    const corrected = await this.dataSource.transaction(async (tx) => {
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
      return {
        transaction: await tx.findOneByOrFail(BankTransactionEntity, { id: transaction.id }),
        alsoApplied: alike.length,
      };
    });
    this.changes.notify(ctx.workspaceId, 'ledger');
    return corrected;
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
}
