import { parseMoneyToCents } from '../../../engines/accounting/index.js';
import type { BankSyncConnector, BankSyncPage } from './bank-sync.js';

export interface PlaidCredentials {
  clientId: string;
  secret: string;
  /** The access token Plaid Link issued for the shop's checking account. */
  accessToken: string;
  /** https://production.plaid.com (default) or https://sandbox.plaid.com. */
  baseUrl: string;
}

/**
 * Reads PLAID_CLIENT_ID, PLAID_SECRET and PLAID_ACCESS_TOKEN (all or none) and PLAID_BASE_URL.
 * A partial set is a mistake worth stopping for, so `fail` makes the error.
 */
export function parsePlaidCredentials(
  env: Record<string, string | undefined>,
  fail: (message: string) => Error,
): PlaidCredentials | undefined {
  const names = ['PLAID_CLIENT_ID', 'PLAID_SECRET', 'PLAID_ACCESS_TOKEN'] as const;
  const set = names.filter((name) => env[name]);
  if (set.length === 0) return undefined;
  if (set.length < names.length) throw fail(`${names.join(', ')} must be set together`);
  return Object.freeze({
    clientId: env.PLAID_CLIENT_ID as string,
    secret: env.PLAID_SECRET as string,
    accessToken: env.PLAID_ACCESS_TOKEN as string,
    baseUrl: (env.PLAID_BASE_URL || 'https://production.plaid.com').replace(/\/+$/, ''),
  });
}

interface PlaidTransaction {
  transaction_id: string;
  /** Plaid's sign: positive is money OUT of the account. */
  amount: number;
  date: string;
  name: string;
  merchant_name?: string | null;
  pending?: boolean;
}

interface PlaidSyncResponse {
  added: PlaidTransaction[];
  next_cursor: string;
  has_more: boolean;
}

/**
 * Plaid's /transactions/sync. Pending transactions are skipped (their amounts and ids change when
 * they post); `modified` and `removed` are not applied, since a posted journal entry is corrected
 * by a person, not by a feed.
 */
export class PlaidConnector implements BankSyncConnector {
  readonly provider = 'plaid';

  constructor(
    private readonly credentials: PlaidCredentials,
    private readonly timeoutMs = 15_000,
  ) {}

  async sync(cursor: string | null): Promise<BankSyncPage> {
    const response = await fetch(`${this.credentials.baseUrl}/transactions/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: this.credentials.clientId,
        secret: this.credentials.secret,
        access_token: this.credentials.accessToken,
        ...(cursor ? { cursor } : {}),
        count: 500,
      }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) {
      throw new Error(`Plaid answered ${response.status} to /transactions/sync`);
    }
    const body = (await response.json()) as PlaidSyncResponse;
    const added = body.added
      .filter((t) => !t.pending)
      .map((t, index) => ({
        line: index + 1,
        postedOn: t.date,
        // A JSON number's shortest decimal form ("12.5") parsed exactly, then Plaid's sign flipped.
        amountCents: -parseMoneyToCents(String(t.amount)),
        description: t.name,
        reference: t.transaction_id,
      }))
      .filter((row) => row.amountCents !== 0);
    return { added, nextCursor: body.next_cursor, hasMore: body.has_more };
  }
}
