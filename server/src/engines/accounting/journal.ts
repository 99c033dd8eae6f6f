import { formatDecimal } from './money.js';

/**
 * The rules a journal entry must meet before it is posted, checked in code so the caller gets
 * every problem at once, by line, in words. The database refuses an unbalanced entry too (a
 * deferred constraint trigger, db/src/migrations/1795710000000-ledger.ts); this is the friendly
 * first line, not the only one.
 */

export type AccountType = 'ASSET' | 'LIABILITY' | 'EQUITY' | 'REVENUE' | 'COGS' | 'EXPENSE';
export type NormalBalance = 'DEBIT' | 'CREDIT';

export interface EntryLineDraft {
  /** A ledger_account code, e.g. '1010'. */
  accountCode: string;
  debitCents: number;
  creditCents: number;
  memo?: string | null;
}

export interface EntryDraft {
  /** Calendar date 'YYYY-MM-DD'. */
  occurredOn: string;
  memo: string;
  lines: EntryLineDraft[];
}

export type EntryViolationCode =
  | 'TOO_FEW_LINES'
  | 'UNBALANCED'
  | 'LINE_NOT_ONE_SIDED'
  | 'AMOUNT_NOT_CENTS'
  | 'AMOUNT_TOO_LARGE'
  | 'UNKNOWN_ACCOUNT'
  | 'ACCOUNT_NOT_POSTABLE'
  | 'INVALID_DATE'
  | 'EMPTY_MEMO';

export interface EntryViolation {
  code: EntryViolationCode;
  message: string;
  /** 1-based line number, for violations of one line. */
  line?: number;
}

/**
 * Largest amount on one line: 100 billion dollars. Far above any real posting, and low enough that
 * thousands of lines still sum below Number.MAX_SAFE_INTEGER.
 */
export const MAX_LINE_CENTS = 10_000_000_000_000;

/** Longest entry memo, as the database's check (ck_journal_entry_memo) allows. */
export const MAX_MEMO_LENGTH = 500;

/** True for a real calendar date written 'YYYY-MM-DD' ('2026-02-29' is not one). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Everything wrong with a draft entry, in order: the entry's date and memo, then each line (by
 * 1-based number), then the balance. Empty when the entry may be posted. The memo is judged
 * trimmed; the caller stores it trimmed. The balance is only judged when every amount is a valid
 * number of cents, so one typo does not also report a meaningless difference.
 */
export function entryViolations(
  draft: EntryDraft,
  accountsByCode: ReadonlyMap<string, { postable: boolean }>,
): EntryViolation[] {
  const violations: EntryViolation[] = [];

  if (!isIsoDate(draft.occurredOn)) {
    violations.push({
      code: 'INVALID_DATE',
      message: `"${draft.occurredOn}" is not a calendar date written YYYY-MM-DD`,
    });
  }
  const memo = draft.memo.trim();
  if (memo.length === 0) {
    violations.push({ code: 'EMPTY_MEMO', message: 'the entry needs a memo saying what it is' });
  } else if (memo.length > MAX_MEMO_LENGTH) {
    violations.push({
      code: 'EMPTY_MEMO',
      message: `the memo is ${memo.length} characters; at most ${MAX_MEMO_LENGTH} are kept`,
    });
  }
  if (draft.lines.length < 2) {
    violations.push({
      code: 'TOO_FEW_LINES',
      message: `an entry needs at least two lines (one debit, one credit); this one has ${draft.lines.length}`,
    });
  }

  let amountsValid = true;
  let debits = 0n;
  let credits = 0n;
  draft.lines.forEach((line, index) => {
    const n = index + 1;
    const account = accountsByCode.get(line.accountCode);
    if (!account) {
      violations.push({
        code: 'UNKNOWN_ACCOUNT',
        line: n,
        message: `line ${n}: there is no account ${line.accountCode}`,
      });
    } else if (!account.postable) {
      violations.push({
        code: 'ACCOUNT_NOT_POSTABLE',
        line: n,
        message: `line ${n}: account ${line.accountCode} is a heading; post to one of its sub-accounts`,
      });
    }

    const sides = [
      ['debit', line.debitCents],
      ['credit', line.creditCents],
    ] as const;
    let lineValid = true;
    for (const [side, amount] of sides) {
      if (!Number.isSafeInteger(amount) || amount < 0) {
        lineValid = false;
        violations.push({
          code: 'AMOUNT_NOT_CENTS',
          line: n,
          message: `line ${n}: the ${side} ${String(amount)} is not a non-negative whole number of cents`,
        });
      } else if (amount > MAX_LINE_CENTS) {
        lineValid = false;
        violations.push({
          code: 'AMOUNT_TOO_LARGE',
          line: n,
          message: `line ${n}: the ${side} ${formatDecimal(amount)} is above the ${formatDecimal(MAX_LINE_CENTS)} a line may carry`,
        });
      }
    }
    if (!lineValid) {
      amountsValid = false;
      return;
    }
    if (line.debitCents > 0 === line.creditCents > 0) {
      violations.push({
        code: 'LINE_NOT_ONE_SIDED',
        line: n,
        message:
          line.debitCents > 0
            ? `line ${n}: has both a debit ${formatDecimal(line.debitCents)} and a credit ${formatDecimal(line.creditCents)}; use two lines`
            : `line ${n}: has neither a debit nor a credit`,
      });
    }
    debits += BigInt(line.debitCents);
    credits += BigInt(line.creditCents);
  });

  if (amountsValid && debits !== credits) {
    const difference = debits > credits ? debits - credits : credits - debits;
    violations.push({
      code: 'UNBALANCED',
      message: `debits ${formatDecimal(debits)} and credits ${formatDecimal(credits)} differ by ${formatDecimal(difference)}`,
    });
  }
  return violations;
}

/**
 * The lines of the entry that undoes another: each line's sides swapped. Posted entries are
 * immutable, so a correction is this reversal plus a new, right entry.
 */
export function reversalOf(lines: EntryLineDraft[]): EntryLineDraft[] {
  return lines.map((line) => ({
    ...line,
    debitCents: line.creditCents,
    creditCents: line.debitCents,
  }));
}
