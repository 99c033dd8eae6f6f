import type { BankTransactionEntity, InvoiceReminderEntity } from '@zactonics/db';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { DomainError } from '../../errors.js';
import { assertIsoDate } from './iso-date.js';
import { ImportBankFileInput } from './finance.inputs.js';
import type { ReconciliationView } from './reconciliation.service.js';
import {
  BankAccount,
  BankImport,
  BankImportPage,
  BankReconciliation,
  BankTransaction,
  BankTransactionPage,
  BankTransactionStatusEnum,
  CashFlowReport,
  CategoryCorrection,
  InvoiceReminder,
  ReceivablesAging,
} from './finance.type.js';

/** The console's Finance area: bank feed, review queue, receivables and the cash flow. */
@Resolver()
export class FinanceResolver {
  @Query(() => [BankAccount])
  bankAccounts(@Ctx() ctx: ConsoleContext): Promise<BankAccount[]> {
    return ctx.services.bankFeed.bankAccounts(ctx.workspaceId);
  }

  @Query(() => BankImportPage, { description: 'Newest first.' })
  async bankImports(
    @Ctx() ctx: ConsoleContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<BankImportPage> {
    const [items, totalCount] = await ctx.services.bankFeed.imports(ctx.workspaceId, {
      first,
      offset,
    });
    return { items, totalCount };
  }

  @Query(() => BankTransactionPage, {
    description: 'Newest first; status NEEDS_REVIEW is the review queue.',
  })
  async bankTransactions(
    @Ctx() ctx: ConsoleContext,
    @Arg('status', () => BankTransactionStatusEnum, { nullable: true })
    status: BankTransactionEntity['status'] | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<BankTransactionPage> {
    const [rows, totalCount] = await ctx.services.bankFeed.transactions(
      ctx.workspaceId,
      { status: status ?? undefined },
      { first, offset },
    );
    return { items: await transactionViews(ctx, rows), totalCount };
  }

  @Mutation(() => BankImport, {
    description:
      'Imports a bank statement (CSV, OFX, QFX): all of it or nothing. A malformed file is refused (BANK_FILE_INVALID) naming its row; rows imported before are counted as duplicates.',
  })
  importBankFile(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => ImportBankFileInput) input: ImportBankFileInput,
  ): Promise<BankImport> {
    return ctx.services.bankFeed.importFile(ctx, {
      bankAccountId: input.bankAccountId,
      fileName: input.fileName,
      content: input.content,
      ...(input.layout ? { layout: input.layout } : {}),
      ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}),
      ...(input.signConvention ? { signConvention: input.signConvention } : {}),
    });
  }

  @Mutation(() => [BankImport], {
    description:
      "Pulls the account's new transactions from the configured bank-data provider (Plaid), one import per page; BANK_SYNC_NOT_CONFIGURED without credentials.",
  })
  syncBankAccount(
    @Ctx() ctx: ConsoleContext,
    @Arg('bankAccountId', () => ID) bankAccountId: string,
  ): Promise<BankImport[]> {
    return ctx.services.bankFeed.sync(ctx, bankAccountId);
  }

  @Mutation(() => CategoryCorrection, {
    description:
      "Puts a transaction in an account (posting or reclassifying it), remembers the merchant as a rule and applies it to the merchant's other waiting transactions.",
  })
  async categorizeBankTransaction(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('accountCode') accountCode: string,
  ): Promise<CategoryCorrection> {
    const { transaction, alsoApplied } = await ctx.services.categorization.correct(
      ctx,
      id,
      accountCode,
    );
    const [view] = await transactionViews(ctx, [transaction]);
    return { transaction: view as BankTransaction, alsoApplied };
  }

  @Query(() => ReceivablesAging, {
    description: 'Open invoices aged as of a date (today by default).',
  })
  async receivablesAging(
    @Ctx() ctx: ConsoleContext,
    @Arg('asOf', () => String, { nullable: true }) asOf: string | null,
  ): Promise<ReceivablesAging> {
    const day = asOf ?? (await today(ctx));
    assertIsoDate(day, 'asOf');
    const receivables = ctx.services.receivables;
    const [aging, overdue] = await Promise.all([
      receivables.aging(ctx.workspaceId, day),
      receivables.overdue(ctx.workspaceId, day),
    ]);
    const reminderState = new Map(overdue.map((o) => [o.invoiceId, o]));
    return {
      asOf: aging.asOf,
      totalOpenCents: aging.totalOpenCents,
      overdueCents: aging.overdueCents,
      buckets: Object.entries(aging.buckets).map(([bucket, total]) => ({ bucket, ...total })),
      rows: aging.rows.map((row) => ({
        invoiceId: row.id,
        number: row.number,
        customer: row.customer,
        issuedOn: row.issuedOn,
        dueOn: row.dueOn,
        amountCents: row.amountCents,
        openCents: row.openCents,
        daysOverdue: row.daysOverdue,
        bucket: row.bucket,
        draftedStages: reminderState.get(row.id)?.draftedStages ?? [],
        stageDue: reminderState.get(row.id)?.stageDue ?? null,
      })),
    };
  }

  @Query(() => [InvoiceReminder], { description: 'Newest first.' })
  invoiceReminders(
    @Ctx() ctx: ConsoleContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<InvoiceReminder[]> {
    return ctx.services.receivables.reminderViews(ctx.workspaceId, first);
  }

  @Mutation(() => InvoiceReminder, {
    description:
      "Sends a drafted reminder to the invoice's customer, once (REMINDER_NOT_DRAFTED otherwise; MAIL_NOT_CONFIGURED without SMTP).",
  })
  async sendInvoiceReminder(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<InvoiceReminder> {
    const sent: InvoiceReminderEntity = await ctx.services.receivables.send(ctx, id);
    const views = await ctx.services.receivables.reminderViews(ctx.workspaceId, 100);
    const view = views.find((v) => v.id === sent.id);
    if (!view) throw new DomainError('NOT_FOUND', 'There is no such invoice reminder.');
    return view;
  }

  @Query(() => BankReconciliation, {
    description: 'Bank lines not yet explained against open invoices and bills.',
  })
  async bankReconciliation(@Ctx() ctx: ConsoleContext): Promise<BankReconciliation> {
    return reconciliationView(await ctx.services.reconciliation.report(ctx.workspaceId));
  }

  @Mutation(() => BankReconciliation, {
    description:
      'Posts every sure match (cash against receivables or payables) and returns what is left.',
  })
  async applyBankMatches(@Ctx() ctx: ConsoleContext): Promise<BankReconciliation> {
    return reconciliationView(await ctx.services.reconciliation.applyMatches(ctx));
  }

  @Query(() => CashFlowReport, {
    description: 'The week ending `weekEnding` (today by default) against its history.',
  })
  async cashFlowReport(
    @Ctx() ctx: ConsoleContext,
    @Arg('weekEnding', () => String, { nullable: true }) weekEnding: string | null,
    @Arg('historyWeeks', () => Int, { defaultValue: 13 }) historyWeeks: number,
  ): Promise<CashFlowReport> {
    const day = weekEnding ?? (await today(ctx));
    assertIsoDate(day, 'weekEnding');
    if (historyWeeks < 4 || historyWeeks > 52) {
      throw new DomainError('INVALID_INPUT', 'historyWeeks must be 4-52.');
    }
    const report = await ctx.services.cashFlow.weekly(ctx.workspaceId, day, historyWeeks);
    const { start, end, totalInCents, totalOutCents, netCents } = report;
    return { ...report, week: { start, end, totalInCents, totalOutCents, netCents } };
  }
}

function reconciliationView(report: ReconciliationView): BankReconciliation {
  const items = new Map(report.items.map((item) => [item.id, item]));
  return {
    matches: report.matches,
    mismatches: report.mismatches,
    ambiguities: report.ambiguities.map((a) => a.reason),
    unmatchedLineCount: report.unmatchedLines.length,
    unmatchedItems: report.unmatchedItems.flatMap((id) => {
      const item = items.get(id);
      return item ? [item] : [];
    }),
  };
}

/** Today on the shop's calendar (its time zone). */
function today(ctx: ConsoleContext): Promise<string> {
  return ctx.services.ledger.today(ctx.workspaceId, ctx.services.clock.now());
}

async function transactionViews(
  ctx: ConsoleContext,
  rows: BankTransactionEntity[],
): Promise<BankTransaction[]> {
  const accounts = await ctx.services.categorization.accountsByCode(ctx.workspaceId);
  const byId = new Map([...accounts.values()].map((a) => [a.id, a]));
  return rows.map((row) => {
    const account = row.accountId ? byId.get(row.accountId) : undefined;
    return {
      ...row,
      accountCode: account?.code ?? null,
      accountName: account?.name ?? null,
    };
  });
}
