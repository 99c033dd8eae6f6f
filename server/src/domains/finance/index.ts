import type { BankCategorizationService } from '../../modules/finance/bank-categorization.service.js';
import type { BankFeedService } from '../../modules/finance/bank-feed.service.js';
import type { CashFlowService } from '../../modules/finance/cash-flow.service.js';
import type { InvoiceService } from '../../modules/finance/invoice.service.js';
import type { InvoicePaymentService } from '../../modules/finance/invoice-payment.service.js';
import type { ReceivablesService } from '../../modules/finance/receivables.service.js';
import type { LedgerService } from '../../modules/ledger/ledger.service.js';
import { defineAgent } from '../agent-definition.js';
import { FINANCE_PLAYBOOKS } from './playbooks.js';
import { cashFlowReportTool } from './tools/cash-flow-report.tool.js';
import { categorizeExpensesTool } from './tools/categorize-expenses.tool.js';
import {
  draftInvoiceRemindersTool,
  findOverdueInvoicesTool,
  sendInvoiceReminderTool,
} from './tools/overdue-invoices.tool.js';
import { paymentHistoryTool } from './tools/payment-history.tool.js';
import { recordPaymentTool } from './tools/record-payment.tool.js';
import { syncBankFeedTool } from './tools/sync-bank-feed.tool.js';

/** The services finance's tools use. */
export interface FinanceServices {
  invoices: InvoiceService;
  categorization: BankCategorizationService;
  /** The bank feed; its sync only when a bank-data provider (Plaid) is configured. */
  bankFeed: BankFeedService;
  receivables: ReceivablesService;
  /** Processor payments against invoices (the payment-received scenario). */
  invoicePayments: InvoicePaymentService;
  cashFlow: CashFlowService;
  /** The ledger; its `today` is the shop's calendar day. */
  ledger: LedgerService;
}

/**
 * Finance and operations on the shop's double-entry ledger: the bank feed categorized and
 * posted, receivables aged and chased, the weekly cash flow. Every figure comes from the
 * accounting engine in integer cents.
 */
export const financeAgent = defineAgent({
  key: 'finance',
  playbooks: FINANCE_PLAYBOOKS,
  defaultScenario: 'finance-desk',
  tools: (services: FinanceServices) => {
    // Bank sync exists only where it can work: without Plaid no model is offered sync_bank_feed
    // and categorization runs exactly as before; with it, categorization syncs first.
    const bankSync = services.bankFeed.syncConfigured ? syncBankFeedTool(services.bankFeed) : null;
    return [
      paymentHistoryTool(services.invoices),
      categorizeExpensesTool(services.categorization, bankSync),
      ...(bankSync ? [bankSync] : []),
      findOverdueInvoicesTool(services.receivables, services.ledger),
      draftInvoiceRemindersTool(services.receivables, services.ledger),
      sendInvoiceReminderTool(services.receivables),
      recordPaymentTool(services.invoicePayments),
      cashFlowReportTool(services.cashFlow, services.ledger),
    ];
  },
});
