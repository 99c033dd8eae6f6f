import { randomUUID } from 'node:crypto';
import { labeledDemoTransactions } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { callerContext } from '../context.js';
import { categorizeExpensesTool } from '../domains/finance/tools/categorize-expenses.tool.js';
import {
  TransactionClassifier,
  holdoutAccuracy,
  type LabeledExample,
} from '../domains/finance/engine/categorizer/index.js';
import { AuditService } from '../modules/audit/audit.service.js';
import {
  BankCategorizationService,
  type CategorizationWork,
} from '../modules/finance/bank-categorization.service.js';
import { BankFeedService } from '../modules/finance/bank-feed.service.js';
import { LedgerService } from '../modules/ledger/ledger.service.js';
import {
  categorizeAsSeed,
  createBankAccount,
  createBenchWorkspace,
  spreadDays,
  statementCsv,
} from './ledger-fixtures.js';
import { round } from './stats.js';

/**
 * Issue 13's second figure: importing a 10,000-row bank CSV (BankFeedService.importFile) and
 * categorizing it as the finance agent's `categorize_expenses` tool does (rules, a classifier
 * trained on the workspace's labeled history, confident predictions posted to the ledger, the rest
 * queued for review), on a workspace with 1,500 labeled transactions of history.
 */
export const BANK_FEED = {
  history: { count: 1_500, seed: 7, firstDay: '2024-01-01', days: 366 },
  statement: { count: 10_000, seed: 2026, firstDay: '2025-01-01', days: 365 },
};

export async function measureBankFeed(dataSource: DataSource, log: (message: string) => void) {
  const workspace = await createBenchWorkspace(dataSource);
  const bankAccountId = await createBankAccount(dataSource, workspace);
  const ledger = new LedgerService(dataSource, new AuditService(dataSource));
  const clock = { now: () => new Date() };
  const feed = new BankFeedService(dataSource, clock);
  const categorization = new BankCategorizationService(dataSource, ledger, clock);
  const ctx = callerContext(workspace.workspaceId, 'system:ledger-bench', { role: 'OWNER' });

  const { history, statement } = BANK_FEED;
  log(`bank feed: seeding ${history.count} labeled transactions of history`);
  const historyRows = labeled(history, 'H');
  const historyImport = await feed.importFile(ctx, {
    bankAccountId,
    fileName: 'history.csv',
    content: statementCsv(historyRows),
  });
  const seedStarted = performance.now();
  const seeded = await categorizeAsSeed(
    dataSource,
    workspace,
    historyImport.id,
    historyRows.map(({ reference, accountCode }) => ({ reference, accountCode })),
  );

  const seedMs = performance.now() - seedStarted;

  const statementRows = labeled(statement, 'S');
  const csv = statementCsv(statementRows);
  log(`bank feed: importing a ${statement.count}-row CSV (${Math.round(csv.length / 1024)} KB)`);
  const importStarted = performance.now();
  const imported = await feed.importFile(ctx, {
    bankAccountId,
    fileName: 'statement-2025.csv',
    content: csv,
  });
  const importMs = performance.now() - importStarted;

  log('bank feed: categorize_expenses over the imported transactions');
  const timing = { readMs: 0, applyMs: 0 };
  let work: CategorizationWork | undefined;
  const timedFeed = new Proxy(categorization, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        const result = (await (value as (...a: unknown[]) => Promise<unknown>).apply(
          target,
          args,
        )) as unknown;
        const elapsed = performance.now() - started;
        if (property === 'applyCategorizations') timing.applyMs += elapsed;
        else timing.readMs += elapsed;
        if (property === 'categorizationWork') work = result as CategorizationWork;
        return result;
      };
    },
  });
  const tool = categorizeExpensesTool(timedFeed);
  const toolStarted = performance.now();
  const output = await tool.execute(
    {
      workspaceId: workspace.workspaceId,
      runId: randomUUID(),
      agentKey: 'finance',
      now: new Date(),
    },
    tool.input.parse({ uncategorizedOnly: true, limit: statement.count }),
  );
  const toolMs = performance.now() - toolStarted;
  const modelMs = toolMs - timing.readMs - timing.applyMs;

  // The tool's model time, taken apart on the same examples and transactions (pure functions).
  const examples: LabeledExample[] = work?.examples ?? [];
  const pending = work?.pending ?? [];
  const trainStarted = performance.now();
  const classifier = TransactionClassifier.train(examples);
  const trainMs = performance.now() - trainStarted;
  const predictStarted = performance.now();
  for (const transaction of pending)
    classifier.predict(transaction.description, transaction.amountCents);
  const predictMs = performance.now() - predictStarted;
  const heldOutStarted = performance.now();
  holdoutAccuracy(examples, { testFraction: 0.2, seed: 13 });
  const heldOutMs = performance.now() - heldOutStarted;

  const agreement = await agreementWithLabels(
    dataSource,
    imported.id,
    statementRows,
    [...output.categorized, ...output.queuedForReview],
    new Set(output.categorized.map((c) => c.transactionId)),
  );
  const decided = output.categorized.length + output.queuedForReview.length;
  const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));
  return {
    history: {
      labeledTransactions: seeded,
      trainedOn: output.trainedOn,
      // For comparison with applySeconds: the same kind of posting (entry, two lines, the
      // transaction marked categorized; balance triggers on) done set-based in one statement.
      setBasedPostingSeconds: round(seedMs / 1000, 2),
      setBasedPostingPerSecond: Math.round(seeded / (seedMs / 1000)),
    },
    import: {
      rows: imported.rowCount,
      imported: imported.importedCount,
      duplicates: imported.duplicateCount,
      csvBytes: Buffer.byteLength(csv, 'utf8'),
      seconds: round(importMs / 1000, 2),
      rowsPerSecond: perSecond(imported.importedCount, importMs),
    },
    categorization: {
      transactions: pending.length,
      categorizedAndPosted: output.categorized.length,
      queuedForReview: output.queuedForReview.length,
      reviewThreshold: output.reviewThreshold,
      heldOutAccuracy: output.heldOutAccuracy,
      ...agreement,
      seconds: round(toolMs / 1000, 2),
      transactionsPerSecond: perSecond(pending.length, toolMs),
      split: {
        readSeconds: round(timing.readMs / 1000, 2),
        modelSeconds: round(modelMs / 1000, 2),
        modelParts: {
          trainSeconds: round(trainMs / 1000, 3),
          predictSeconds: round(predictMs / 1000, 3),
          heldOutAccuracySeconds: round(heldOutMs / 1000, 3),
        },
        trainPlusPredictTransactionsPerSecond: perSecond(pending.length, trainMs + predictMs),
        applySeconds: round(timing.applyMs / 1000, 2),
        applyTransactionsPerSecond: perSecond(decided, timing.applyMs),
      },
    },
    importAndCategorizeTransactionsPerSecond: perSecond(imported.importedCount, importMs + toolMs),
  };
}

/** The statement's rows with dates spread over the period, money out, and a Reference. */
function labeled(
  plan: { count: number; seed: number; firstDay: string; days: number },
  prefix: string,
) {
  const days = spreadDays(plan.firstDay, plan.days, plan.count);
  return labeledDemoTransactions(plan.count, plan.seed).map((row, i) => ({
    postedOn: days[i] as string,
    amountCents: row.amountCents,
    description: row.description,
    reference: `${prefix}${String(i + 1).padStart(6, '0')}`,
    accountCode: row.accountCode,
  }));
}

/**
 * How often the tool's account agrees with the demo data's own label (the true account; some
 * merchants are truly ambiguous, e.g. Amazon), over everything it decided and over what it posted.
 */
async function agreementWithLabels(
  dataSource: DataSource,
  importId: string,
  rows: ReadonlyArray<{ reference: string; accountCode: string }>,
  decisions: ReadonlyArray<{ transactionId: string; accountCode: string }>,
  posted: ReadonlySet<string>,
) {
  const references = (await dataSource.query(
    'SELECT id, reference FROM bank_transaction WHERE import_id = $1',
    [importId],
  )) as Array<{ id: string; reference: string }>;
  const referenceOf = new Map(references.map((row) => [row.id, row.reference]));
  const labelOf = new Map(rows.map((row) => [row.reference, row.accountCode]));
  let agree = 0;
  let postedAgree = 0;
  for (const decision of decisions) {
    const label = labelOf.get(referenceOf.get(decision.transactionId) ?? '');
    if (label !== decision.accountCode) continue;
    agree++;
    if (posted.has(decision.transactionId)) postedAgree++;
  }
  const share = (part: number, whole: number) => (whole ? round(part / whole, 4) : null);
  return {
    suggestionsMatchingLabel: share(agree, decisions.length),
    postedMatchingLabel: share(postedAgree, posted.size),
  };
}
