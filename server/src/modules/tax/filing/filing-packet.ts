import type { FilingFrequency, SalesTaxFilingStatus } from '@zactonics/db';
import type { SalesTaxPeriod } from '../sales-tax/sales-tax-liability.js';

/**
 * A sales tax filing packet as prepared: the state return worksheet, the Schedule C summary, the
 * document checklist and every rule behind them. Plain data, stored as is (sales_tax_filing.content)
 * and rendered into the PDF and CSV, so the API, the documents and the agent's answer say the same.
 */

export interface WorksheetLine {
  /** Stable key: TOTAL_SALES, STATE_TAX_DUE, TIMELY_FILING_DISCOUNT ... */
  key: string;
  /** The form's item number ("1", "8", "11"), or "" for a memo line the form does not have. */
  item: string;
  label: string;
  /** Exact cents. */
  cents: number;
  /** The state column (Items 8-13), when the form splits state and local. */
  stateCents: number | null;
  localCents: number | null;
  /** What to write on the form: whole dollars for Items 1-5 ("$12,345"), else dollars and cents. */
  formEntry: string;
  /** How it was computed, with the figures. */
  formula: string;
  ruleIds: string[];
}

export interface WorksheetJurisdiction {
  level: string;
  code: string;
  name: string;
  rate: string;
  taxableSalesCents: number;
  taxOwedCents: number;
  ruleIds: string[];
}

export interface WorksheetLocation {
  label: string;
  channel: string;
  grossSalesCents: number;
  taxableSalesCents: number;
  taxCollectedCents: number;
  combinedRate: string;
}

export interface DueDate {
  /** The date the rule names (the 20th). */
  nominal: string;
  /** After moving past weekends and the state's holidays (Texas: its banking holidays; others: the DC legal holidays). */
  due: string;
  skipped: Array<{ date: string; reason: string }>;
  ruleIds: string[];
}

/** NOT_DUE: before the due date; OVERDUE: after it (the hub does not know whether it was filed). */
export type DeadlineStatus = 'NOT_DUE' | 'DUE_TODAY' | 'OVERDUE';

export interface ReturnReconciliation {
  taxOwedCents: number;
  taxCollectedCents: number;
  ledgerCollectedCents: number;
  /** Owed − collected: positive = the shop owes more than it charged buyers. */
  differenceCents: number;
  differenceReasons: string[];
  /** Collected − net tax due on a timely return: what the shop keeps (the discount, and any over-collection). */
  keptOnTimelyReturnCents: number;
}

export interface ReturnWorksheet {
  state: string;
  form: { id: string; title: string };
  period: SalesTaxPeriod;
  filingFrequency: FilingFrequency;
  /** Where the frequency came from: the registration, or the default (quarterly). */
  frequencySource: 'REGISTRATION' | 'DEFAULT';
  registeredOn: string;
  accountNumber: string | null;
  lines: WorksheetLine[];
  jurisdictions: WorksheetJurisdiction[];
  locations: WorksheetLocation[];
  dueDate: DueDate;
  deadlineStatus: DeadlineStatus;
  /** Texas only (its prepayment discount); null for a state whose prepayment rules the hub lacks. */
  prepayment: {
    /** The last day a prepayment earns the prepayment discount. */
    dueDate: DueDate;
    /** 1.25% of the tax due, had at least 90% of it been prepaid by dueDate. */
    discountIfPrepaidCents: number;
    /** Timely filing (0.5%) plus prepayment (1.25%): 1.75% in all. */
    totalDiscountIfPrepaidCents: number;
    recorded: boolean;
  } | null;
  /** Net tax due if filed after the due date: no discount (penalties not computed). */
  netTaxDueIfLateCents: number;
  reconciliation: ReturnReconciliation;
  notes: string[];
  salesTaxRuleSetVersion: string;
  jurisdictionTableVersion: string;
}

export interface ScheduleCLine {
  /** "1", "2", "4", "7", "8" ... "31", or the ledger's code for an expense line. */
  line: string;
  label: string;
  cents: number;
  formula: string;
  ruleIds: string[];
}

export interface ScheduleCWorksheet {
  taxYear: number;
  /** The last day the books hold in the year: a year still running is partial. */
  booksThrough: string | null;
  partialYear: boolean;
  lines: ScheduleCLine[];
  netProfitCents: number;
  ruleSetVersion: string;
}

/** HELD: in the hub; PARTIAL: some of it (figures without the document); NOT_HELD: ask for it. */
export type ChecklistStatus = 'HELD' | 'PARTIAL' | 'NOT_HELD';

export interface ChecklistItem {
  key: string;
  title: string;
  status: ChecklistStatus;
  detail: string;
}

export interface PacketRule {
  id: string;
  concept: string;
  summary: string;
  citation: { title: string; section: string; url: string; published: string };
  readAt: string[];
  ruleSetVersion: string;
}

export interface SalesTaxFilingPacketContent {
  workspaceName: string;
  state: string;
  period: SalesTaxPeriod;
  status: SalesTaxFilingStatus;
  /** The shop's today when prepared (its time zone). */
  preparedOn: string;
  preparedAt: string;
  returnWorksheet: ReturnWorksheet;
  scheduleC: ScheduleCWorksheet | null;
  /** Why there is no Schedule C summary (a year the rules do not cover), else null. */
  scheduleCNote: string | null;
  checklist: ChecklistItem[];
  rules: PacketRule[];
  ruleSetVersion: string;
}
