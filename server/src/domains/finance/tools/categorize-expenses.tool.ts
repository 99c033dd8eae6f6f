import { z } from 'zod';
import type {
  BankCategorizationService,
  CategorizationDecision,
} from '../../../modules/finance/bank-categorization.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import {
  describeBankSync,
  type BankSyncOutput,
  type SyncBankFeedTool,
} from './sync-bank-feed.tool.js';
import {
  REVIEW_THRESHOLD,
  TransactionClassifier,
  holdoutAccuracy,
} from '../engine/categorizer/index.js';

const input = z.object({
  uncategorizedOnly: z.boolean().default(true),
  limit: z.number().int().min(1).max(10_000).default(500),
});

export interface CategorizedTransaction {
  transactionId: string;
  postedOn: string;
  description: string;
  amountCents: number;
  accountCode: string;
  accountName: string;
  confidence: number;
  by: 'MODEL' | 'RULE';
}

export interface CategorizationOutput {
  trainedOn: number;
  /** Accuracy on a held-out fifth of the labeled history, measured before this run's work. */
  heldOutAccuracy: number | null;
  reviewThreshold: number;
  categorized: CategorizedTransaction[];
  queuedForReview: CategorizedTransaction[];
  /** Posted amounts by account code, in cents (money out positive). */
  postedByAccount: Record<string, number>;
  /** The bank sync run first; absent when no bank-data provider is configured. */
  bankSync?: BankSyncOutput;
}

/** Below this many labeled examples the model is not trusted: everything goes to review. */
const MIN_TRAINING_EXAMPLES = 50;

/**
 * Categorizes the bank feed: a person's merchant rules first, then a classifier trained on the
 * shop's own labeled history. A confident prediction posts its journal entry; a doubtful one
 * waits in the console's review queue with its suggestion. The model never sees amounts to add.
 *
 * With a bank connection (`bankSync`, given only when Plaid is configured) it brings the feed up
 * to date first, so a scheduled categorization is also the shop's bank sync, whoever plans the
 * run (the playbook or a model). Without one it categorizes what statement imports brought.
 */
export function categorizeExpensesTool(
  feed: BankCategorizationService,
  bankSync: SyncBankFeedTool | null = null,
): Tool<z.infer<typeof input>, CategorizationOutput> {
  return {
    name: 'categorize_expenses',
    description:
      'Categorizes uncategorized bank transactions into ledger accounts (merchant rules first, then a classifier trained on labeled history), posts the confident ones to the ledger and queues the rest for review.',
    input,
    async execute(ctx, { uncategorizedOnly, limit }) {
      const synced = bankSync ? await bankSync.execute(ctx, {}) : undefined;
      const work = await feed.categorizationWork(ctx.workspaceId, { uncategorizedOnly, limit });
      const accounts = await feed.accountsByCode(ctx.workspaceId);
      const trusted = work.examples.length >= MIN_TRAINING_EXAMPLES;
      const classifier = trusted ? TransactionClassifier.train(work.examples) : null;
      const decisions: Array<CategorizationDecision & CategorizedTransaction> = [];
      for (const transaction of work.pending) {
        const ruled = work.rulesByMerchant.get(transaction.merchant);
        const prediction = ruled
          ? { label: ruled, confidence: 1 }
          : classifier?.predict(transaction.description, transaction.amountCents);
        if (!prediction) continue;
        decisions.push({
          transactionId: transaction.id,
          postedOn: transaction.postedOn,
          description: transaction.description,
          amountCents: transaction.amountCents,
          accountCode: prediction.label,
          accountName: accounts.get(prediction.label)?.name ?? prediction.label,
          confidence: round(prediction.confidence),
          by: ruled ? 'RULE' : 'MODEL',
          post: Boolean(ruled) || prediction.confidence >= REVIEW_THRESHOLD,
        });
      }
      await feed.applyCategorizations(ctx.workspaceId, decisions, {
        type: 'AGENT',
        id: ctx.runId,
      });
      const categorized = decisions.filter((d) => d.post).map(withoutDecision);
      const postedByAccount: Record<string, number> = {};
      for (const c of categorized) {
        postedByAccount[c.accountCode] =
          (postedByAccount[c.accountCode] ?? 0) + Math.abs(c.amountCents);
      }
      return {
        trainedOn: work.examples.length,
        heldOutAccuracy: trusted
          ? round(holdoutAccuracy(work.examples, { testFraction: 0.2, seed: 13 }).accuracy)
          : null,
        reviewThreshold: REVIEW_THRESHOLD,
        categorized,
        queuedForReview: decisions.filter((d) => !d.post).map(withoutDecision),
        postedByAccount,
        ...(synced ? { bankSync: synced } : {}),
      };
    },
    summarize: (o) =>
      `${o.bankSync ? `${describeBankSync(o.bankSync)}; ` : ''}${o.categorized.length} categorized and posted, ${o.queuedForReview.length} queued for review (trained on ${o.trainedOn}, held-out accuracy ${o.heldOutAccuracy ?? 'n/a'})`,
  };
}

function withoutDecision(
  decision: CategorizationDecision & CategorizedTransaction,
): CategorizedTransaction {
  const { post: _post, ...rest } = decision;
  return rest;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
