import type { AccountType, NormalBalance } from './journal.js';

/**
 * Balances from the debit and credit totals per account (summed by the database, not here: the
 * trial balance over a million lines is one SQL aggregate, and this turns its rows into the
 * statement people read).
 */

/**
 * An account's balance, positive on its normal side: cash (DEBIT) with 500.00 in and 120.00 out
 * is 380.00; sales (CREDIT) with 1,000.00 credited is 1,000.00. Negative means the account is on
 * its unusual side (an overdrawn bank account, a refund-heavy contra account).
 */
export function balanceCents(
  normalBalance: NormalBalance,
  debitCents: number,
  creditCents: number,
): number {
  return normalBalance === 'DEBIT' ? debitCents - creditCents : creditCents - debitCents;
}

export interface AccountTotals {
  accountId: string;
  code: string;
  name: string;
  type: AccountType;
  normalBalance: NormalBalance;
  /** Sum of the account's debit lines in the period, in cents. */
  debitCents: number;
  creditCents: number;
}

export interface TrialBalanceRow extends AccountTotals {
  /** Positive on the account's normal side (see balanceCents). */
  balanceCents: number;
  /** The net, in the debit column when debits exceed credits; otherwise 0. */
  debitBalanceCents: number;
  /** The net, in the credit column when credits exceed (or equal) debits; otherwise 0. */
  creditBalanceCents: number;
}

export interface TrialBalance {
  /** Sorted by account code; accounts with no debits and no credits are left out. */
  rows: TrialBalanceRow[];
  totalDebitCents: number;
  totalCreditCents: number;
  /** The two columns agree: the books balance. */
  balanced: boolean;
}

/**
 * The trial balance: each account's net in the debit or credit column by which side is larger,
 * whatever its normal balance (a contra account such as returns and allowances simply shows on
 * the debit side among the revenues). An account whose lines cancel out is still listed, at zero,
 * because it had activity. Sums are exact (bigint) and refused if they leave safe integers.
 */
export function trialBalance(totals: AccountTotals[]): TrialBalance {
  let totalDebit = 0n;
  let totalCredit = 0n;
  const rows: TrialBalanceRow[] = [];
  for (const account of totals) {
    for (const amount of [account.debitCents, account.creditCents]) {
      if (!Number.isSafeInteger(amount) || amount < 0) {
        throw new RangeError(
          `account ${account.code}: ${amount} is not a non-negative whole number of cents`,
        );
      }
    }
    if (account.debitCents === 0 && account.creditCents === 0) continue;
    const net = account.debitCents - account.creditCents;
    const row: TrialBalanceRow = {
      ...account,
      balanceCents: balanceCents(account.normalBalance, account.debitCents, account.creditCents),
      debitBalanceCents: net > 0 ? net : 0,
      creditBalanceCents: net < 0 ? -net : 0,
    };
    totalDebit += BigInt(row.debitBalanceCents);
    totalCredit += BigInt(row.creditBalanceCents);
    rows.push(row);
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    rows,
    totalDebitCents: safe(totalDebit),
    totalCreditCents: safe(totalCredit),
    balanced: totalDebit === totalCredit,
  };
}

function safe(cents: bigint): number {
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`a total of ${cents} cents is too large to count exactly`);
  }
  return Number(cents);
}
