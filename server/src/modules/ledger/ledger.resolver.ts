import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { forbidden } from '../admin-users/operation-access.js';
import { JournalEntryFilter, PostJournalEntryInput } from './ledger.inputs.js';
import { posterOf } from './journal-poster.js';
import {
  AccountBalance,
  JournalEntry,
  JournalEntryList,
  LedgerAccount,
  TrialBalance,
} from './ledger.type.js';

/** Viewers read the books; owners and admins (and keys acting as them) post. */
function requireBookkeeper(ctx: ConsoleContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(`Your role (${String(ctx.role).toLowerCase()}) cannot post to the ledger.`);
  }
}

/** "As of" defaults to today on the workspace's calendar. */
async function asOfOrToday(ctx: ConsoleContext, asOf: string | null | undefined): Promise<string> {
  return asOf ?? ctx.services.ledger.today(ctx.workspaceId, ctx.services.clock.now());
}

@Resolver()
export class LedgerResolver {
  @Query(() => [LedgerAccount], { description: 'The chart of accounts, in code order.' })
  accounts(@Ctx() ctx: ConsoleContext) {
    return ctx.services.ledger.accounts(ctx.workspaceId);
  }

  @Query(() => JournalEntryList, { description: 'Journal entries, newest posting first.' })
  journalEntries(
    @Ctx() ctx: ConsoleContext,
    @Arg('filter', () => JournalEntryFilter, { nullable: true }) filter?: JournalEntryFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ) {
    return ctx.services.ledger.journalEntries(ctx.workspaceId, { ...filter, first, offset });
  }

  @Query(() => JournalEntry, { nullable: true })
  journalEntry(@Ctx() ctx: ConsoleContext, @Arg('id', () => ID) id: string) {
    return ctx.services.ledger.entry(ctx.workspaceId, id);
  }

  @Query(() => TrialBalance, {
    description:
      "Every account's balance at the end of asOf (default: today), in debit and credit columns.",
  })
  async trialBalance(
    @Ctx() ctx: ConsoleContext,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD; default today.' })
    asOf?: string | null,
  ) {
    return ctx.services.ledger.trialBalance(ctx.workspaceId, await asOfOrToday(ctx, asOf));
  }

  @Query(() => [AccountBalance], {
    description:
      "Each postable account's balance before `from`, its debits and credits in [from, asOf] and its balance at the end of asOf (default: today). Without `from`, the period is everything up to asOf.",
  })
  async accountBalances(
    @Ctx() ctx: ConsoleContext,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD; default today.' })
    asOf?: string | null,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM-DD.' }) from?: string | null,
  ) {
    return ctx.services.ledger.accountBalances(ctx.workspaceId, {
      asOf: await asOfOrToday(ctx, asOf),
      from,
    });
  }

  @Mutation(() => JournalEntry, {
    description:
      'Posts an ADJUSTMENT entry by account code, as the caller. An unbalanced or malformed entry is refused with INVALID_JOURNAL_ENTRY (extensions.violations: each problem, by line) and nothing is written. Audited as ledger.post.',
  })
  postJournalEntry(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => PostJournalEntryInput) input: PostJournalEntryInput,
  ) {
    requireBookkeeper(ctx);
    return ctx.services.ledger.post(
      ctx.workspaceId,
      {
        occurredOn: input.occurredOn,
        memo: input.memo,
        lines: input.lines.map((line) => ({
          accountCode: line.accountCode,
          debitCents: line.debitCents,
          creditCents: line.creditCents,
          memo: line.memo ?? null,
        })),
        sourceType: 'ADJUSTMENT',
        sourceId: null,
      },
      posterOf(ctx),
    );
  }

  @Mutation(() => JournalEntry, {
    description:
      "Posts the entry that undoes another (sides swapped), dated occurredOn or the entry's own date. An entry is reversed once (JOURNAL_ENTRY_ALREADY_REVERSED). Audited as ledger.reverse.",
  })
  reverseJournalEntry(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('memo') memo: string,
    @Arg('occurredOn', () => String, {
      nullable: true,
      description: "YYYY-MM-DD; default the entry's own date.",
    })
    occurredOn?: string | null,
  ) {
    requireBookkeeper(ctx);
    return ctx.services.ledger.reverse(ctx.workspaceId, id, memo, posterOf(ctx), occurredOn);
  }
}
