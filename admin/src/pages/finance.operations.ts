// The Finance area's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type {
  FinanceAccountsQuery,
  FinanceBankImportsQuery,
  FinanceCashFlowQuery,
  FinanceReceivablesQuery,
  FinanceRemindersQuery,
  FinanceReviewQueueQuery,
} from '../gql/graphql.js';

export type ReviewTransaction = FinanceReviewQueueQuery['bankTransactions']['items'][number];
export type LedgerAccountOption = FinanceAccountsQuery['accounts'][number];
export type BankAccountOption = FinanceBankImportsQuery['bankAccounts'][number];
export type BankImportRow = FinanceBankImportsQuery['bankImports']['items'][number];
export type ReceivablesAging = FinanceReceivablesQuery['receivablesAging'];
export type ReceivableRow = ReceivablesAging['rows'][number];
export type InvoiceReminderRow = FinanceRemindersQuery['invoiceReminders'][number];
export type CashFlowReport = FinanceCashFlowQuery['cashFlowReport'];
export type CashFlowWeek = CashFlowReport['trend'][number];

export const FINANCE_REVIEW_QUEUE = graphql(`
  query FinanceReviewQueue($status: BankTransactionStatus!, $first: Int!, $offset: Int!) {
    bankTransactions(status: $status, first: $first, offset: $offset) {
      totalCount
      items {
        id
        postedOn
        amountCents
        description
        merchant
        reference
        status
        accountCode
        accountName
        confidence
        categorizedBy
        journalEntryId
      }
    }
  }
`);

export const FINANCE_ACCOUNTS = graphql(`
  query FinanceAccounts {
    accounts {
      id
      code
      name
      type
      postable
    }
  }
`);

export const CATEGORIZE_BANK_TRANSACTION = graphql(`
  mutation CategorizeBankTransaction($id: ID!, $accountCode: String!) {
    categorizeBankTransaction(id: $id, accountCode: $accountCode) {
      alsoApplied
      transaction {
        id
        status
        accountCode
        accountName
        categorizedBy
        journalEntryId
      }
    }
  }
`);

export const FINANCE_BANK_IMPORTS = graphql(`
  query FinanceBankImports($first: Int!, $offset: Int!) {
    bankAccounts {
      id
      name
      institution
      last4
    }
    bankImports(first: $first, offset: $offset) {
      totalCount
      items {
        id
        bankAccountId
        fileName
        format
        layout
        rowCount
        importedCount
        duplicateCount
        importedBy
        importedAt
      }
    }
  }
`);

export const IMPORT_BANK_FILE = graphql(`
  mutation ImportBankFile($input: ImportBankFileInput!) {
    importBankFile(input: $input) {
      id
      fileName
      format
      layout
      rowCount
      importedCount
      duplicateCount
    }
  }
`);

export const FINANCE_RECEIVABLES = graphql(`
  query FinanceReceivables($asOf: String) {
    receivablesAging(asOf: $asOf) {
      asOf
      totalOpenCents
      overdueCents
      buckets {
        bucket
        count
        openCents
      }
      rows {
        invoiceId
        number
        customer
        issuedOn
        dueOn
        amountCents
        openCents
        daysOverdue
        bucket
        draftedStages
        stageDue
      }
    }
  }
`);

export const FINANCE_REMINDERS = graphql(`
  query FinanceReminders($first: Int!) {
    invoiceReminders(first: $first) {
      id
      invoiceId
      invoiceNumber
      customer
      stage
      daysOverdue
      subject
      body
      status
      sentAt
      createdAt
    }
  }
`);

export const SEND_INVOICE_REMINDER = graphql(`
  mutation SendInvoiceReminder($id: ID!) {
    sendInvoiceReminder(id: $id) {
      id
      invoiceId
      invoiceNumber
      customer
      stage
      daysOverdue
      subject
      body
      status
      sentAt
      createdAt
    }
  }
`);

export const FINANCE_CASH_FLOW = graphql(`
  query FinanceCashFlow($weekEnding: String, $historyWeeks: Int!) {
    cashFlowReport(weekEnding: $weekEnding, historyWeeks: $historyWeeks) {
      week {
        start
        end
        totalInCents
        totalOutCents
        netCents
      }
      priorWeek {
        start
        end
        totalInCents
        totalOutCents
        netCents
      }
      sameWeekLastYear {
        start
        end
        totalInCents
        totalOutCents
        netCents
      }
      inflows {
        category
        amountCents
        count
      }
      outflows {
        category
        amountCents
        count
      }
      trend {
        start
        end
        totalInCents
        totalOutCents
        netCents
      }
      anomalies {
        category
        direction
        deviation
        amountCents
        medianCents
        score
        explanation
      }
      runway {
        cashBalanceCents
        averageWeeklyNetCents
        weeksOfRunway
        weeksCounted
        explanation
      }
    }
  }
`);
