import type { BankAccountEntity } from '@zactonics/db';
import { z } from 'zod';
import { callerContext } from '../../../context.js';
import type { BankFeedService } from '../../../modules/finance/bank-feed.service.js';
import type { Tool, ToolContext } from '../../../runtime/tool-registry.js';
import { asTool } from '../../domain-tool-error.js';

const input = z.object({});

export type SyncBankFeedTool = Tool<z.infer<typeof input>, BankSyncOutput>;

export interface BankSyncOutput {
  /** The account the connector feeds; null when none can be told (see `skipped`). */
  bankAccount: { id: string; name: string; last4: string } | null;
  /** Transactions the sync brought in that the feed did not have. */
  imported: number;
  /** Transactions the provider sent again that were already in the feed (not imported twice). */
  duplicates: number;
  /** Why nothing was synced, when nothing was. */
  skipped: string | null;
}

/**
 * The bank account the configured connector feeds, or why none can be told.
 *
 * The connector holds ONE access token (Plaid Link issues it for one Item, the shop's checking
 * account) and pulls that Item's transactions with no account filter; the cursor is kept on the
 * bank account it was synced into. So exactly one account is linked, never all of them: syncing
 * the same token into two accounts would import every transaction twice. The linked one is the
 * account that has synced before (it holds the cursor); before any sync, a shop with one bank
 * account (the demo's checking) can only mean that one. With several accounts and none (or more
 * than one) synced, guessing could post a whole feed to the wrong account: the owner links it by
 * syncing it once from the console.
 */
export function linkedBankAccount(
  accounts: readonly BankAccountEntity[],
): { account: BankAccountEntity } | { skipped: string } {
  const synced = accounts.filter((a) => a.syncCursor !== null);
  const candidates = synced.length > 0 ? synced : accounts;
  const [account] = candidates;
  if (account && candidates.length === 1) return { account };
  if (!account) return { skipped: 'The workspace has no bank account to sync into.' };
  const which = synced.length > 0 ? `${synced.length} have synced before` : 'none has synced yet';
  return {
    skipped: `Of ${accounts.length} bank accounts ${which}, so which one the bank connection feeds is unknown: sync that one from the console.`,
  };
}

/** Syncs the linked bank account (see linkedBankAccount): what categorization runs first. */
export async function syncLinkedBankAccount(
  feed: BankFeedService,
  ctx: ToolContext,
): Promise<BankSyncOutput> {
  const linked = linkedBankAccount(await feed.bankAccounts(ctx.workspaceId));
  if ('skipped' in linked) {
    return { bankAccount: null, imported: 0, duplicates: 0, skipped: linked.skipped };
  }
  const { account } = linked;
  const imports = await asTool(() =>
    feed.sync(callerContext(ctx.workspaceId, `agent:${ctx.agentKey}`), account.id),
  );
  return {
    bankAccount: { id: account.id, name: account.name, last4: account.last4 },
    imported: imports.reduce((sum, i) => sum + i.importedCount, 0),
    duplicates: imports.reduce((sum, i) => sum + i.duplicateCount, 0),
    skipped: null,
  };
}

/** One line for the run timeline (also the start of categorize_expenses' line). */
export function describeBankSync(o: BankSyncOutput): string {
  return o.bankAccount
    ? `Bank sync brought in ${o.imported} new transaction(s) to ${o.bankAccount.name} (…${o.bankAccount.last4})${o.duplicates > 0 ? `, ${o.duplicates} already in the feed` : ''}`
    : `Bank sync skipped: ${o.skipped ?? 'no linked account'}`;
}

/**
 * Pulls the bank feed's new transactions from the configured provider (Plaid) into the linked
 * account. Registered only when a provider is configured (see the finance agent's definition),
 * so neither a model nor a playbook is offered a sync that could only fail.
 */
export function syncBankFeedTool(feed: BankFeedService): SyncBankFeedTool {
  return {
    name: 'sync_bank_feed',
    description:
      "Pulls the bank account's new transactions from the connected bank (Plaid) into the bank feed, from where the last sync left off; categorize_expenses syncs first by itself.",
    input,
    execute: (ctx) => syncLinkedBankAccount(feed, ctx),
    summarize: describeBankSync,
  };
}
