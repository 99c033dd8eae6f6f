import {
  JournalEntryEntity,
  SCHEDULE_C_LINES,
  type AccountType,
  type JournalPosterType,
  type JournalSourceType,
  type NormalBalance,
} from '@zactonics/db';
import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../errors.js';
import { NO_DATA_CHANGES, type DataChangeNotifier } from '../../events/data-changes.js';
import {
  balanceCents,
  entryViolations,
  isIsoDate,
  reversalOf,
  trialBalance,
  type EntryDraft,
  type EntryLineDraft,
  type TrialBalance,
} from '../../engines/accounting/index.js';
import type { AuditService } from '../audit/audit.service.js';
import { isId } from '../ids.js';
import { actorOf, type JournalPoster } from './journal-poster.js';
import {
  alreadyReversed,
  duplicateSource,
  entryNotFound,
  invalidDate,
  invalidEntry,
  ledgerDatabaseError,
} from './ledger-errors.js';
import { assertPage } from '../paging.js';

/** An entry to post and the document it records (at most one entry per document). */
export type PostingDraft = EntryDraft & {
  sourceType: Exclude<JournalSourceType, 'REVERSAL'>;
  /** The document's id; null for entries that record no document (a hand adjustment). */
  sourceId: string | null;
};

export interface LedgerAccountView {
  id: string;
  code: string;
  name: string;
  type: AccountType;
  normalBalance: NormalBalance;
  parentCode: string | null;
  postable: boolean;
  scheduleCLine: string | null;
  scheduleCLineLabel: string | null;
  description: string;
}

export interface JournalLineView {
  accountId: string;
  accountCode: string;
  accountName: string;
  debitCents: number;
  creditCents: number;
  memo: string | null;
}

export interface JournalEntryView {
  id: string;
  seq: number;
  occurredOn: string;
  memo: string;
  sourceType: JournalSourceType;
  sourceId: string | null;
  postedByType: JournalPosterType;
  postedBy: string;
  postedAt: Date;
  reversesEntryId: string | null;
  /** The entry that reversed this one, if any. */
  reversedByEntryId: string | null;
  totalCents: number;
  /** In posting order. */
  lines: JournalLineView[];
}

export interface JournalEntryQuery {
  /** Occurred on or after (YYYY-MM-DD). */
  from?: string | null | undefined;
  /** Occurred on or before (YYYY-MM-DD). */
  to?: string | null | undefined;
  /** Only entries with a line on this account. */
  accountCode?: string | null | undefined;
  sourceType?: JournalSourceType | null | undefined;
  first: number;
  offset: number;
}

export interface TrialBalanceView extends TrialBalance {
  asOf: string;
}

/** One account over a period: its balance before, the period's debits and credits, and after. */
export interface AccountBalanceView {
  accountId: string;
  code: string;
  name: string;
  type: AccountType;
  normalBalance: NormalBalance;
  scheduleCLine: string | null;
  /** Operating expense accounts: their department (null for the others). */
  department: string | null;
  /** Balance at the end of the day before `from`, positive on the normal side (0 without `from`). */
  openingCents: number;
  /** Debits and credits within [from, asOf] (everything up to asOf without `from`). */
  debitCents: number;
  creditCents: number;
  /** The balance as of asOf, positive on the normal side. */
  closingCents: number;
}

/** The deferred balance triggers of the ledger migration (1795710000000-ledger.ts). */
const BALANCE_TRIGGERS = 'tr_journal_entry_balanced, tr_journal_line_balanced';

/**
 * The double-entry ledger: the chart of accounts, posting (validated by the accounting engine,
 * then by the database's own triggers), reversing, and balances aggregated in SQL. Every method
 * is scoped to one workspace: another workspace's accounts and entries do not exist for it.
 *
 * Finance services post inside their own transactions with `postWithin` (categorizing a bank
 * transaction writes its entry in the same transaction); the console posts with `post`.
 */
export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    /** Told after a posting commits (threshold triggers watch the cash). */
    private readonly changes: DataChangeNotifier = NO_DATA_CHANGES,
  ) {}

  /** The chart of accounts, in code order. */
  async accounts(workspaceId: string): Promise<LedgerAccountView[]> {
    const rows: Array<{
      id: string;
      code: string;
      name: string;
      type: AccountType;
      normal_balance: NormalBalance;
      parent_code: string | null;
      postable: boolean;
      schedule_c_line: string | null;
      description: string;
    }> = await this.dataSource.query(
      `SELECT a.id, a.code, a.name, a.type, a.normal_balance, p.code AS parent_code, a.postable,
              a.schedule_c_line, a.description
         FROM ledger_account a LEFT JOIN ledger_account p ON p.id = a.parent_id
        WHERE a.workspace_id = $1
        ORDER BY a.code`,
      [workspaceId],
    );
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      type: row.type,
      normalBalance: row.normal_balance,
      parentCode: row.parent_code,
      postable: row.postable,
      scheduleCLine: row.schedule_c_line,
      scheduleCLineLabel: scheduleCLabel(row.schedule_c_line),
      description: row.description,
    }));
  }

  /**
   * Posts an entry inside the caller's transaction. Refuses, writing nothing, with
   * INVALID_JOURNAL_ENTRY (`details.violations`: every problem, by line) an entry the engine
   * finds wrong, including an account code that is not a postable account of this workspace,
   * and with DUPLICATE_JOURNAL_SOURCE a document already posted. The database's balance check
   * runs before this returns (not at the caller's commit), so its refusal is typed here too.
   * Refusals found before writing (the engine's violations, a document already posted) leave the
   * caller's transaction usable; a refusal by the database itself (a race on the same document)
   * leaves it aborted, as any failed statement does.
   */
  async postWithin(
    tx: EntityManager,
    workspaceId: string,
    draft: PostingDraft,
    poster: JournalPoster,
  ): Promise<JournalEntryEntity> {
    if ((draft.sourceType as JournalSourceType) === 'REVERSAL') {
      throw new DomainError(
        'INVALID_JOURNAL_ENTRY',
        'A REVERSAL entry is posted by reverse(), which names the entry it undoes.',
        { violations: [], sourceType: draft.sourceType },
      );
    }
    return this.insertEntry(tx, workspaceId, draft, poster, null);
  }

  /** postWithin in a transaction of its own, audited as `ledger.post`. */
  async post(
    workspaceId: string,
    draft: PostingDraft,
    poster: JournalPoster,
  ): Promise<JournalEntryView> {
    const entry = await this.inTransaction(async (tx) => {
      const posted = await this.postWithin(tx, workspaceId, draft, poster);
      await this.audit.record(
        workspaceId,
        {
          actor: actorOf(poster),
          action: 'ledger.post',
          targetType: 'journal_entry',
          targetId: posted.id,
          data: {
            occurredOn: posted.occurredOn,
            sourceType: posted.sourceType,
            sourceId: posted.sourceId,
            totalCents: totalDebits(draft.lines),
            lines: draft.lines.length,
          },
        },
        tx,
      );
      return posted;
    });
    this.changes.notify(workspaceId, 'ledger');
    return this.requireEntry(workspaceId, entry.id);
  }

  /**
   * Posts the entry that undoes another (each line's sides swapped; source REVERSAL naming the
   * original), dated `occurredOn` or else the original's own date, and audits it as
   * `ledger.reverse`. An entry is reversed at most once (JOURNAL_ENTRY_ALREADY_REVERSED);
   * an unknown id or another workspace's is NOT_FOUND.
   */
  async reverse(
    workspaceId: string,
    entryId: string,
    memo: string,
    poster: JournalPoster,
    occurredOn?: string | null,
  ): Promise<JournalEntryView> {
    const reversal = await this.inTransaction(async (tx) => {
      const original = await this.findEntry(tx, workspaceId, entryId);
      if (!original) throw entryNotFound();
      const [existing] = (await tx.query(
        'SELECT id FROM journal_entry WHERE reverses_entry_id = $1',
        [original.id],
      )) as Array<{ id: string }>;
      if (existing) throw alreadyReversed(original.id, existing.id);
      const lines = await this.linesOf(tx, [original.id]);
      const draft: EntryDraft = {
        occurredOn: occurredOn ?? original.occurredOn,
        memo,
        lines: reversalOf(
          lines.map(({ accountCode, debitCents, creditCents, memo: lineMemo }) => ({
            accountCode,
            debitCents,
            creditCents,
            memo: lineMemo,
          })),
        ),
      };
      const posted = await this.insertEntry(
        tx,
        workspaceId,
        { ...draft, sourceType: 'REVERSAL', sourceId: original.id },
        poster,
        original.id,
      );
      await this.audit.record(
        workspaceId,
        {
          actor: actorOf(poster),
          action: 'ledger.reverse',
          targetType: 'journal_entry',
          targetId: original.id,
          data: { reversalId: posted.id, occurredOn: posted.occurredOn },
        },
        tx,
      );
      return posted;
    });
    this.changes.notify(workspaceId, 'ledger');
    return this.requireEntry(workspaceId, reversal.id);
  }

  /** One entry with its lines, or null (unknown, or another workspace's). */
  async entry(workspaceId: string, entryId: string): Promise<JournalEntryView | null> {
    const entry = await this.findEntry(this.dataSource.manager, workspaceId, entryId);
    if (!entry) return null;
    const [view] = await this.views(this.dataSource.manager, [entry]);
    return view ?? null;
  }

  /** Journal entries, newest posting (highest seq) first, with their lines. */
  async journalEntries(
    workspaceId: string,
    query: JournalEntryQuery,
  ): Promise<{ items: JournalEntryView[]; totalItems: number }> {
    assertPage(query);
    for (const field of ['from', 'to'] as const) {
      const value = query[field];
      if (value != null && !isIsoDate(value)) throw invalidDate(field, value);
    }
    const where = ['e.workspace_id = $1'];
    const params: unknown[] = [workspaceId];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.from != null) where.push(`e.occurred_on >= ${param(query.from)}`);
    if (query.to != null) where.push(`e.occurred_on <= ${param(query.to)}`);
    if (query.sourceType != null) where.push(`e.source_type = ${param(query.sourceType)}`);
    if (query.accountCode != null) {
      where.push(
        `EXISTS (SELECT 1 FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
                  WHERE l.entry_id = e.id AND a.workspace_id = $1 AND a.code = ${param(query.accountCode)})`,
      );
    }
    const conditions = where.join(' AND ');
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::text AS total FROM journal_entry e WHERE ${conditions}`,
      params,
    )) as [{ total: string }];
    const rows = (await this.dataSource.query(
      `SELECT ${ENTRY_COLUMNS} FROM journal_entry e WHERE ${conditions}
        ORDER BY e.seq DESC LIMIT ${param(query.first)} OFFSET ${param(query.offset)}`,
      params,
    )) as EntryRow[];
    return {
      items: await this.views(this.dataSource.manager, rows.map(entryOf)),
      totalItems: Number(total),
    };
  }

  /**
   * The trial balance as of the end of `asOf`: one aggregate over the workspace's lines up to
   * that date (ix_journal_line_balance covers it), by account, then the engine's columns.
   */
  async trialBalance(workspaceId: string, asOf: string): Promise<TrialBalanceView> {
    if (!isIsoDate(asOf)) throw invalidDate('asOf', asOf);
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.code, a.name, a.type, a.normal_balance, t.debit::text AS debit, t.credit::text AS credit
         FROM (SELECT account_id, sum(debit_cents) AS debit, sum(credit_cents) AS credit
                 FROM journal_line
                WHERE workspace_id = $1 AND occurred_on <= $2
                GROUP BY account_id) t
         JOIN ledger_account a ON a.id = t.account_id`,
      [workspaceId, asOf],
    )) as Array<{
      id: string;
      code: string;
      name: string;
      type: AccountType;
      normal_balance: NormalBalance;
      debit: string;
      credit: string;
    }>;
    const balance = trialBalance(
      rows.map((row) => ({
        accountId: row.id,
        code: row.code,
        name: row.name,
        type: row.type,
        normalBalance: row.normal_balance,
        debitCents: Number(row.debit),
        creditCents: Number(row.credit),
      })),
    );
    return { asOf, ...balance };
  }

  /**
   * Every postable account's balance before `from`, its debits and credits within [from, asOf]
   * and its balance as of `asOf` (without `from`: everything up to asOf is the period), in code
   * order: what a profit and loss statement, a balance sheet or a deduction total reads. One
   * aggregate, like the trial balance. `activityOnly` reads just the period's lines (openings 0,
   * closing = the period's net): all an income statement needs, without scanning the years before.
   */
  async accountBalances(
    workspaceId: string,
    period: { asOf: string; from?: string | null | undefined; activityOnly?: boolean },
  ): Promise<AccountBalanceView[]> {
    if (!isIsoDate(period.asOf)) throw invalidDate('asOf', period.asOf);
    const from = period.from ?? null;
    if (from !== null && !isIsoDate(from)) throw invalidDate('from', from);
    if (from !== null && from > period.asOf) {
      throw new DomainError('INVALID_INPUT', `"from" (${from}) is after "asOf" (${period.asOf}).`, {
        field: 'from',
      });
    }
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.code, a.name, a.type, a.normal_balance, a.schedule_c_line, a.department,
              coalesce(t.opening_debit, 0)::text AS opening_debit,
              coalesce(t.opening_credit, 0)::text AS opening_credit,
              coalesce(t.debit, 0)::text AS debit, coalesce(t.credit, 0)::text AS credit
         FROM ledger_account a
         LEFT JOIN (
           SELECT account_id,
                  sum(debit_cents) FILTER (WHERE occurred_on < $3) AS opening_debit,
                  sum(credit_cents) FILTER (WHERE occurred_on < $3) AS opening_credit,
                  sum(debit_cents) FILTER (WHERE $3::date IS NULL OR occurred_on >= $3) AS debit,
                  sum(credit_cents) FILTER (WHERE $3::date IS NULL OR occurred_on >= $3) AS credit
             FROM journal_line
            WHERE workspace_id = $1 AND occurred_on <= $2
              AND (NOT $4::boolean OR $3::date IS NULL OR occurred_on >= $3)
            GROUP BY account_id
         ) t ON t.account_id = a.id
        WHERE a.workspace_id = $1 AND a.postable
        ORDER BY a.code`,
      [workspaceId, period.asOf, from, period.activityOnly === true],
    )) as Array<{
      id: string;
      code: string;
      name: string;
      type: AccountType;
      normal_balance: NormalBalance;
      schedule_c_line: string | null;
      department: string | null;
      opening_debit: string;
      opening_credit: string;
      debit: string;
      credit: string;
    }>;
    return rows.map((row) => {
      const openingCents = balanceCents(
        row.normal_balance,
        Number(row.opening_debit),
        Number(row.opening_credit),
      );
      const debitCents = Number(row.debit);
      const creditCents = Number(row.credit);
      return {
        accountId: row.id,
        code: row.code,
        name: row.name,
        type: row.type,
        normalBalance: row.normal_balance,
        scheduleCLine: row.schedule_c_line,
        department: row.department,
        openingCents,
        debitCents,
        creditCents,
        closingCents: openingCents + balanceCents(row.normal_balance, debitCents, creditCents),
      };
    });
  }

  /**
   * The dates of the first and the last journal entry, or null while the books are empty. Read
   * from the entries (a line's date is its entry's, enforced by the ledger's triggers), whose
   * (workspace_id, occurred_on) index answers min and max without a scan of the lines.
   */
  async booksSpan(workspaceId: string): Promise<{ first: string; last: string } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT min(occurred_on)::text AS first, max(occurred_on)::text AS last
         FROM journal_entry WHERE workspace_id = $1`,
      [workspaceId],
    )) as Array<{ first: string | null; last: string | null }>;
    return row?.first && row.last ? { first: row.first, last: row.last } : null;
  }

  /** Today's date on the workspace's calendar (its time zone), for "as of now". */
  async today(workspaceId: string, now: Date): Promise<string> {
    const [workspace] = (await this.dataSource.query(
      'SELECT time_zone FROM workspace WHERE id = $1',
      [workspaceId],
    )) as Array<{ time_zone: string }>;
    const local = DateTime.fromJSDate(now, { zone: workspace?.time_zone ?? 'UTC' });
    return (local.isValid ? local : DateTime.fromJSDate(now, { zone: 'UTC' })).toISODate() ?? '';
  }

  private async insertEntry(
    tx: EntityManager,
    workspaceId: string,
    draft: EntryDraft & { sourceType: JournalSourceType; sourceId: string | null },
    poster: JournalPoster,
    reversesEntryId: string | null,
  ): Promise<JournalEntryEntity> {
    if (!poster.id.trim()) {
      throw new DomainError('INVALID_INPUT', 'A journal entry needs who posted it.', {
        field: 'poster',
      });
    }
    const accounts = (await tx.query(
      'SELECT id, code, postable FROM ledger_account WHERE workspace_id = $1',
      [workspaceId],
    )) as Array<{ id: string; code: string; postable: boolean }>;
    const byCode = new Map(accounts.map((account) => [account.code, account]));
    const violations = entryViolations(draft, byCode);
    if (violations.length) throw invalidEntry(violations);
    if (draft.sourceId !== null && reversesEntryId === null) {
      const [existing] = (await tx.query(
        `SELECT id FROM journal_entry
          WHERE workspace_id = $1 AND source_type = $2 AND source_id = $3`,
        [workspaceId, draft.sourceType, draft.sourceId],
      )) as Array<{ id: string }>;
      if (existing) throw duplicateSource(draft.sourceType, draft.sourceId, existing.id);
    }
    const memo = draft.memo.trim();
    try {
      const [row] = (await tx.query(
        `INSERT INTO journal_entry
           (workspace_id, occurred_on, memo, source_type, source_id, posted_by_type, posted_by, reverses_entry_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         RETURNING ${ENTRY_COLUMNS.replaceAll('e.', '')}`,
        [
          workspaceId,
          draft.occurredOn,
          memo,
          draft.sourceType,
          draft.sourceId,
          poster.type,
          poster.id,
          reversesEntryId,
        ],
      )) as EntryRow[];
      const entry = entryOf(row as EntryRow);
      await tx.query(
        `INSERT INTO journal_line
           (entry_id, workspace_id, account_id, occurred_on, debit_cents, credit_cents, memo)
         SELECT $1, $2, l.account_id, $3, l.debit, l.credit, l.memo
           FROM unnest($4::uuid[], $5::bigint[], $6::bigint[], $7::text[])
                WITH ORDINALITY AS l(account_id, debit, credit, memo, n)
          ORDER BY l.n`,
        [
          entry.id,
          workspaceId,
          draft.occurredOn,
          draft.lines.map((line) => byCode.get(line.accountCode)?.id),
          draft.lines.map((line) => line.debitCents),
          draft.lines.map((line) => line.creditCents),
          draft.lines.map((line) => line.memo?.trim() || null),
        ],
      );
      // The balance triggers are deferred to commit; fire them now, so the caller's commit
      // cannot fail on this entry and the refusal is typed here. Then defer them again.
      await tx.query(`SET CONSTRAINTS ${BALANCE_TRIGGERS} IMMEDIATE`);
      await tx.query(`SET CONSTRAINTS ${BALANCE_TRIGGERS} DEFERRED`);
      return entry;
    } catch (error) {
      throw ledgerDatabaseError(error, draft) ?? error;
    }
  }

  /** A transaction whose refusals by the database (at any statement or at commit) are typed. */
  private async inTransaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw ledgerDatabaseError(error) ?? error;
    }
  }

  private async requireEntry(workspaceId: string, entryId: string): Promise<JournalEntryView> {
    const view = await this.entry(workspaceId, entryId);
    if (!view) throw entryNotFound();
    return view;
  }

  private async findEntry(
    manager: EntityManager,
    workspaceId: string,
    entryId: string,
  ): Promise<JournalEntryEntity | null> {
    if (!isId(entryId)) return null;
    const [row] = (await manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM journal_entry e WHERE e.id = $1 AND e.workspace_id = $2`,
      [entryId, workspaceId],
    )) as EntryRow[];
    return row ? entryOf(row) : null;
  }

  private async linesOf(manager: EntityManager, entryIds: string[]) {
    const rows = (await manager.query(
      `SELECT l.entry_id, l.account_id, a.code, a.name, l.debit_cents::text AS debit,
              l.credit_cents::text AS credit, l.memo
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE l.entry_id = ANY($1::uuid[])
        ORDER BY l.id`,
      [entryIds],
    )) as Array<{
      entry_id: string;
      account_id: string;
      code: string;
      name: string;
      debit: string;
      credit: string;
      memo: string | null;
    }>;
    return rows.map((row) => ({
      entryId: row.entry_id,
      accountId: row.account_id,
      accountCode: row.code,
      accountName: row.name,
      debitCents: Number(row.debit),
      creditCents: Number(row.credit),
      memo: row.memo,
    }));
  }

  /** Entries with their lines and reversals: two queries for a whole page. */
  private async views(
    manager: EntityManager,
    entries: JournalEntryEntity[],
  ): Promise<JournalEntryView[]> {
    if (entries.length === 0) return [];
    const ids = entries.map((entry) => entry.id);
    const lines = await this.linesOf(manager, ids);
    const reversals = (await manager.query(
      'SELECT id, reverses_entry_id FROM journal_entry WHERE reverses_entry_id = ANY($1::uuid[])',
      [ids],
    )) as Array<{ id: string; reverses_entry_id: string }>;
    const reversedBy = new Map(reversals.map((row) => [row.reverses_entry_id, row.id]));
    const linesByEntry = new Map<string, JournalLineView[]>();
    for (const { entryId, ...line } of lines) {
      const list = linesByEntry.get(entryId) ?? [];
      list.push(line);
      linesByEntry.set(entryId, list);
    }
    return entries.map((entry) => {
      const entryLines = linesByEntry.get(entry.id) ?? [];
      return {
        id: entry.id,
        seq: Number(entry.seq),
        occurredOn: entry.occurredOn,
        memo: entry.memo,
        sourceType: entry.sourceType,
        sourceId: entry.sourceId,
        postedByType: entry.postedByType,
        postedBy: entry.postedBy,
        postedAt: entry.postedAt,
        reversesEntryId: entry.reversesEntryId,
        reversedByEntryId: reversedBy.get(entry.id) ?? null,
        totalCents: totalDebits(entryLines),
        lines: entryLines,
      };
    });
  }
}

const ENTRY_COLUMNS = `e.id, e.seq::text AS seq, e.workspace_id, e.occurred_on::text AS occurred_on,
  e.memo, e.source_type, e.source_id, e.posted_by_type, e.posted_by, e.reverses_entry_id, e.posted_at`;

interface EntryRow {
  id: string;
  seq: string;
  workspace_id: string;
  occurred_on: string;
  memo: string;
  source_type: JournalSourceType;
  source_id: string | null;
  posted_by_type: JournalPosterType;
  posted_by: string;
  reverses_entry_id: string | null;
  posted_at: Date | string;
}

function entryOf(row: EntryRow): JournalEntryEntity {
  return Object.assign(new JournalEntryEntity(), {
    id: row.id,
    seq: row.seq,
    workspaceId: row.workspace_id,
    occurredOn: row.occurred_on,
    memo: row.memo,
    sourceType: row.source_type,
    sourceId: row.source_id,
    postedByType: row.posted_by_type,
    postedBy: row.posted_by,
    reversesEntryId: row.reverses_entry_id,
    postedAt: row.posted_at instanceof Date ? row.posted_at : new Date(row.posted_at),
  });
}

function totalDebits(lines: ReadonlyArray<Pick<EntryLineDraft, 'debitCents'>>): number {
  return lines.reduce((sum, line) => sum + line.debitCents, 0);
}

function scheduleCLabel(line: string | null): string | null {
  if (line === null) return null;
  return (SCHEDULE_C_LINES as Record<string, string>)[line] ?? null;
}
