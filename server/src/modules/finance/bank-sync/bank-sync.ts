import type { BankFileRow } from '../../../engines/accounting/bank-files/index.js';

/** One page of a bank sync: new transactions since the cursor, and where to continue. */
export interface BankSyncPage {
  /** `reference` carries the provider's transaction id, which identifies the row across syncs. */
  added: BankFileRow[];
  nextCursor: string;
  hasMore: boolean;
}

/**
 * A bank-data provider that pulls an account's transactions (Plaid's /transactions/sync is the
 * model: a cursor, pages of added transactions). The hub has none unless credentials are
 * configured; without one, syncing says so and the shop imports statement files instead. No
 * transaction is ever invented for a missing connector.
 */
export interface BankSyncConnector {
  readonly provider: string;
  sync(cursor: string | null): Promise<BankSyncPage>;
}
